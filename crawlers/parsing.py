"""Plain parsers for the documents that lead to pages: feeds and sitemaps."""

from dataclasses import dataclass

import feedparser
from scrapy.utils.sitemap import Sitemap

from crawlers.outcomes import ParseError


@dataclass(frozen=True)
class Entry:
    url: str
    updated: str | None = None  # as the feed or sitemap states it


def parse_feed(body: bytes) -> list[Entry]:
    """RSS or Atom entries with a link. Malformed feeds yield what can be recovered, or ParseError."""
    parsed = feedparser.parse(body)
    entries = []
    for item in parsed.entries:
        link = item.get("link")
        if link:
            entries.append(Entry(url=link.strip(), updated=item.get("updated") or item.get("published")))
    if parsed.bozo and not entries:
        raise ParseError(f"not a readable feed: {parsed.get('bozo_exception')}")
    return entries


def parse_sitemap(body: bytes) -> tuple[str, list[Entry]]:
    """('urlset' | 'sitemapindex', entries)."""
    try:
        sitemap = Sitemap(body)
        entries = [Entry(url=d["loc"].strip(), updated=d.get("lastmod")) for d in sitemap if d.get("loc")]
    except (StopIteration, SyntaxError, ValueError) as exc:
        raise ParseError(f"not a readable sitemap: {exc}") from None
    if sitemap.type not in ("urlset", "sitemapindex"):
        raise ParseError(f"not a sitemap: root element is <{sitemap.type}>")
    return sitemap.type, entries
