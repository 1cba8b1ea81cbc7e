-- One version of a page, with its text, for the web view's diff.
SELECT version_id, substr(md5(url), 1, 16) AS page_id, url, fetch_id, fetched_at, week, title, text
FROM page_versions
WHERE version_id = $version_id
