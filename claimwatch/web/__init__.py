"""`claimwatch web`: a read-only web view of the warehouse (changes, page histories and diffs, captured
pages, sources, notices, trends), its Atom feed and JSON API."""
