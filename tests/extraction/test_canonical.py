"""Canonical URLs: one key per story, whatever tracking link or page variant it was reached by."""

import pytest
from trafilatura.utils import load_html

from claimwatch.extraction.canonical import canonical_url, normalize_url

STORY = "https://www.example.com/news/fda-7-oh-warning"


def head(*tags: str) -> str:
    return "<!doctype html><html><head><title>t</title>" + "".join(tags) + "</head><body><p>x</p></body></html>"


@pytest.mark.parametrize("url, expected", [
    # tracking parameters, first / middle / last / only, any case
    (STORY + "?utm_source=twitter&utm_medium=social&id=7", STORY + "?id=7"),
    (STORY + "?id=7&utm_campaign=spring&page=2", STORY + "?id=7&page=2"),
    (STORY + "?page=2&fbclid=IwAR0abc", STORY + "?page=2"),
    (STORY + "?gclid=Cj0KCQ&dclid=x&msclkid=y&yclid=z", STORY),
    (STORY + "?mc_cid=1a2b&mc_eid=3c4d", STORY),
    (STORY + "?_hsenc=p2AN&_hsmi=123&igshid=MzRl&ref_src=twsrc%5Etfw", STORY),
    (STORY + "?cmpid=rss&s_cid=abc&spm=a2g0o.home&UTM_Source=News", STORY),
    ("https://example.com/a?", "https://example.com/a"),
    # fragments
    (STORY + "#comments", STORY),
    (STORY + "?utm_source=x#section-2", STORY),
    ("https://example.com/#!/route", "https://example.com/"),
    # scheme, host, ports
    ("HTTPS://WWW.Example.COM/News/Story", "https://www.example.com/News/Story"),
    ("https://example.com:443/x", "https://example.com/x"),
    ("http://example.com:80/x", "http://example.com/x"),
    ("https://example.com:8443/x", "https://example.com:8443/x"),
    ("http://example.com/x", "http://example.com/x"),  # no guessing https
    ("https://X.com", "https://x.com/"),
    ("https://x.com/dir/", "https://x.com/dir/"),  # trailing slash kept
    ("https://x.com/dir", "https://x.com/dir"),
    # query parameter order, blank values, percent-encoding
    ("https://x.com/s?b=2&a=1&c=3", "https://x.com/s?a=1&b=2&c=3"),
    ("https://x.com/s?q=a%20b", "https://x.com/s?q=a+b"),
    ("https://x.com/%7euser/a%2fb", "https://x.com/~user/a%2Fb"),
    # non-ASCII paths and IDN hosts
    ("https://example.com/straße", "https://example.com/stra%C3%9Fe"),
    ("https://example.com/stra%c3%9fe", "https://example.com/stra%C3%9Fe"),
    ("https://bücher.de/kratom", "https://xn--bcher-kva.de/kratom"),
    ("https://новости.рф/7-ОН", "https://xn--b1amnebsh.xn--p1ai/7-%D0%9E%D0%9D"),
    # garbage stays as given (stripped), never raises
    ("  https://x.com/a  ", "https://x.com/a"),
    ("not a url", "not a url"),
    ("", ""),
    ("mailto:press@fda.gov", "mailto:press@fda.gov"),
    ("https://x.com:99999/a", "https://x.com:99999/a"),
    ("http://[::1", "http://[::1"),
])
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize("page_url, html, expected", [
    # same-site rel=canonical: absolute, relative, root-relative, www difference, case of rel
    (STORY + "?utm_source=x", head(f'<link rel="canonical" href="{STORY}">'), STORY),
    ("https://www.example.com/news/story-2/print", head('<link rel="canonical" href="../story-2">'),
     "https://www.example.com/news/story-2"),
    ("https://www.example.com/p?id=9", head('<link rel="canonical" href="/news/story-9/">'),
     "https://www.example.com/news/story-9/"),
    ("https://example.com/news/story", head(f'<link rel="canonical" href="{STORY}">'), STORY),
    (STORY, head('<link rel="canonical" href="https://example.com/news/short">'), "https://example.com/news/short"),
    ("https://example.com/a", head('<LINK REL="Canonical" HREF="/b">'), "https://example.com/b"),
    ("https://example.com/a", head('<link rel="alternate canonical" href="/b">'), "https://example.com/b"),
    # canonical carrying tracking parameters, fragment, odd host spelling: cleaned
    (STORY, head(f'<link rel="canonical" href="{STORY}?utm_source=rss&fbclid=1#top">'), STORY),
    (STORY, head('<link rel="canonical" href="HTTPS://WWW.EXAMPLE.COM:443/news/fda-7-oh-warning">'), STORY),
    # AMP page pointing to the regular article
    (STORY + "/amp/", head(f'<link rel="canonical" href="{STORY}/">'), STORY + "/"),
    ("https://example.com/amp/news/fda-7-oh-warning", head(f'<link rel="canonical" href="{STORY}">'), STORY),
    # http page declaring its https canonical: same site, taken as declared
    ("http://www.example.com/news/x", head('<link rel="canonical" href="https://www.example.com/news/x">'),
     "https://www.example.com/news/x"),
    # cross-site canonical (syndication, hijack attempt, other subdomain, other port): ignored
    (STORY + "?utm_medium=email", head('<link rel="canonical" href="https://wire-service.com/story/123">'), STORY),
    ("https://blog.example.com/a", head('<link rel="canonical" href="https://www.example.com/a">'),
     "https://blog.example.com/a"),
    ("https://example.com/a", head('<link rel="canonical" href="https://example.com:8080/a">'), "https://example.com/a"),
    ("https://example.com.evil.net/a", head('<link rel="canonical" href="https://example.com/a">'),
     "https://example.com.evil.net/a"),
    # malformed or missing href: next declaration, else the page's own URL
    (STORY, head('<link rel="canonical" href="http://[broken">'), STORY),
    (STORY, head('<link rel="canonical">'), STORY),
    (STORY, head('<link rel="canonical" href="   ">'), STORY),
    (STORY, head('<link rel="canonical" href="javascript:void(0)">'), STORY),
    (STORY, head('<link rel="canonical" href="http://[broken">', '<link rel="canonical" href="/news/ok">'),
     "https://www.example.com/news/ok"),
    # multiple canonical tags: the first wins
    (STORY, head('<link rel="canonical" href="/news/first">', '<link rel="canonical" href="/news/second">'),
     "https://www.example.com/news/first"),
    # og:url as fallback only, same-site rule too
    (STORY + "?fbclid=1", head(f'<meta property="og:url" content="{STORY}?utm_source=fb">'), STORY),
    (STORY, head('<meta property="og:url" content="/news/og">', '<link rel="canonical" href="/news/link">'),
     "https://www.example.com/news/link"),
    (STORY, head('<meta property="og:url" content="https://facebook.com/example">'), STORY),
    # template error: every page declaring the home page as canonical is not merged into it
    (STORY, head('<link rel="canonical" href="https://www.example.com/">'), STORY),
    ("https://www.example.com/?p=123", head('<link rel="canonical" href="/">'), "https://www.example.com/?p=123"),
    ("https://www.example.com/?utm_source=x", head('<link rel="canonical" href="/">'), "https://www.example.com/"),
    # <base href> is what relative hrefs resolve against
    ("https://example.com/a/b", head('<base href="https://example.com/c/">', '<link rel="canonical" href="d">'),
     "https://example.com/c/d"),
    # non-ASCII canonical path
    ("https://example.ru/news?id=7", head('<link rel="canonical" href="/новости/7-он">'),
     "https://example.ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/7-%D0%BE%D0%BD"),
    # no HTML, garbage HTML, garbage page URL: never raises
    (STORY + "#x", None, STORY),
    (STORY + "#x", "", STORY),
    (STORY, "\x00\x01<<<>>><link rel=canonical href=", STORY),
    (STORY, '<?xml version="1.0" encoding="utf-8"?><html><head><link rel="canonical" href="/x"></head></html>',
     "https://www.example.com/x"),
    (STORY, "<html><head><link rel=canonical href='/y'" + "<div>" * 5000, "https://www.example.com/y"),
    ("not a url", head('<link rel="canonical" href="https://example.com/a">'), "not a url"),
    ("https://example.com:99999/a", head('<link rel="canonical" href="/b">'), "https://example.com:99999/a"),
])
def test_canonical_url(page_url, html, expected):
    assert canonical_url(page_url, html) == expected
    # the extractor passes the tree it already parsed: same answer
    tree = load_html(html) if html else None
    if tree is not None:
        assert canonical_url(page_url, tree) == expected


def test_tracking_variants_collapse_to_one_key():
    variants = [
        STORY,
        STORY + "?utm_source=twitter&utm_medium=social",
        STORY + "#comments",
        "HTTPS://WWW.EXAMPLE.COM:443" + "/news/fda-7-oh-warning?fbclid=IwAR0",
        "https://example.com/news/fda-7-oh-warning/amp?gclid=1",
    ]
    page = head(f'<link rel="canonical" href="{STORY}?utm_source=rss">')
    assert {canonical_url(url, page) for url in variants} == {STORY}
