"""Google News RSS search (``https://news.google.com/rss/search?q=...&hl=en-US&gl=US&ceid=US:en``).

TERMS: the feed's own ``<copyright>`` says it "is made available solely for the purpose of
rendering Google News results within a personal feed reader for personal, non-commercial use.
Any other use of the feed is expressly prohibited." This source kind must therefore stay
**opt-in** (off unless a sources file enables it explicitly, for a use the operator has
cleared).

Format (recorded answers in ``tests/payloads/google_news``): RSS 2.0, ``<generator>NFE/5.0</generator>``,
items in relevance order (not date order), no paging, at most ~100 items. Each item:

- ``<title>Headline - Publisher</title>``: the suffix is split off into ``metadata["publisher"]``
  when it matches ``<source>`` (publisher names may themselves end oddly, e.g. "San Juan Record |");
- ``<link>https://news.google.com/rss/articles/CBMi...?oc=5</link>``: a Google redirect token,
  **not** the publisher URL, which is not in the feed (the token does not decode to it). It is
  kept as ``url``; resolving it means fetching it through Google;
- ``<source url="https://publisher-home">Publisher</source>``: publisher name and home page;
- ``<pubDate>`` RFC 822 GMT; ``<description>``: escaped HTML, often an ``<ol>`` of related
  coverage by other outlets (a ready-made syndication cluster), kept in ``metadata["related"]``.
"""

from __future__ import annotations

from lxml import html as lxml_html

from crawlers.apis import ApiEntry, build_url, clean, iso_from_rfc822, load_xml, text_of
from crawlers.outcomes import ParseError

SOURCE = "google_news"
API_URL = "https://news.google.com/rss/search"
DOCUMENT_KIND = "article"


def search_url(query: str) -> str:
    """The search feed of a query (US English edition)."""
    return build_url(API_URL, [("q", query.strip()), ("hl", "en-US"), ("gl", "US"), ("ceid", "US:en")])


def split_title(title: str | None, publisher: str | None) -> tuple[str | None, str | None]:
    """('Headline - Publisher', 'Publisher') -> ('Headline', 'Publisher')."""
    title = clean(title)
    publisher = clean(publisher)
    if not title:
        return None, publisher
    if publisher and title.endswith(f" - {publisher}") and len(title) > len(publisher) + 3:
        return title[: -len(publisher) - 3].rstrip(), publisher
    if not publisher and " - " in title:
        head, tail = title.rsplit(" - ", 1)
        if head.strip() and tail.strip() and len(tail) <= 80:
            return head.strip(), tail.strip()
    return title, publisher


def _related(description: str | None) -> list[dict]:
    """[{title, url, publisher}] from the item's HTML description (the coverage cluster)."""
    if not description or "<" not in description:
        return []
    try:
        fragment = lxml_html.fragment_fromstring(description, create_parent="div")
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return []
    related = []
    containers = fragment.findall(".//li") or [fragment]
    for container in containers:
        link = container.find(".//a")
        if link is None or not clean(link.get("href")):
            continue
        font = container.find(".//font")
        related.append({
            "title": text_of(link),
            "url": clean(link.get("href")),
            "publisher": text_of(font) if font is not None else None,
        })
    return related


def parse(body: bytes, content_type: str | None) -> list[ApiEntry]:
    """Entries of a search feed (Google News RSS has no next page)."""
    root = load_xml(body, content_type, SOURCE)
    if root.tag != "rss":
        raise ParseError(f"{SOURCE}: expected an RSS feed, got <{root.tag}>")
    channel = root.find("channel")
    if channel is None:
        raise ParseError(f"{SOURCE}: RSS feed without <channel>")
    entries = []
    for item in channel.findall("item"):
        link = clean(item.findtext("link"))
        if not link:
            continue
        source = item.find("source")
        publisher = text_of(source) if source is not None else None
        title, publisher = split_title(item.findtext("title"), publisher)
        guid = item.find("guid")
        related = _related(item.findtext("description"))
        metadata = {
            "publisher": publisher,
            "publisher_url": clean(source.get("url")) if source is not None else None,
            "guid": clean(guid.text) if guid is not None else None,
            "raw_title": clean(item.findtext("title")),
            "pub_date": clean(item.findtext("pubDate")),
            "related": [r for r in related if r["url"] != link],
            "google_redirect": link.startswith("https://news.google.com/"),
        }
        entries.append(ApiEntry(
            url=link,
            title=title,
            published=iso_from_rfc822(item.findtext("pubDate")),
            document_kind=DOCUMENT_KIND,
            metadata=metadata,
        ))
    return entries
