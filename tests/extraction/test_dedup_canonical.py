"""Duplicates and canonical URLs through the real process stage (local site, real DuckDB)."""

import datetime as dt

import duckdb

from claimwatch.core.config import load_config
from claimwatch.demo.web_server import SiteServer
from claimwatch.extraction.text import content_hash
from claimwatch.stages.crawl import crawl
from claimwatch.stages.process import process
from tests.helpers import write_sources

STORY = ("<p>Pharmacists in the county warned that 7-OH tablets sold at gas stations are far stronger than "
         "kratom leaf.</p><p>Twelve patients were treated for 7-OH symptoms at the county hospital since "
         "September, officials said.</p><p>No deaths linked to 7-OH have been reported in the county.</p>")


def page(site: str, chrome: str, canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f'<html lang="en"><head><title>Pharmacists warn about 7-OH | {site}</title>{link}'
            f'<meta property="og:site_name" content="{site}"></head><body><nav><a href="/">{site} home</a></nav>'
            f"<div class='ad'>{chrome}</div><article><h1>Pharmacists warn about 7-OH</h1>{STORY}</article>"
            f"<footer>{chrome} comments</footer></body></html>")


def test_copies_and_tracking_links_become_one_story(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "b").mkdir()
    (site / "a" / "story.html").write_text(page("Gazette A", "Buy now", canonical="/a/story.html"))
    (site / "b" / "copy.html").write_text(page("Wire B", "Subscribe today"))  # same text, other template
    with SiteServer(site) as server:
        body = ('[[source]]\nname = "Pages"\nkind = "page"\n'
                'urls = ["{{BASE}}/a/story.html?utm_source=twitter&utm_medium=social", '
                '"{{BASE}}/a/story.html?fbclid=IwAR0abc#comments", "{{BASE}}/b/copy.html"]\n')
        config = load_config(write_sources(tmp_path / "s.toml", server.base, body))
        db_file = tmp_path / "w.duckdb"
        crawl(config, db_file, dt.date(2026, 11, 10), log=lambda m: None)
        process(config, db_file, log=lambda m: None)
        con = duckdb.connect(str(db_file), read_only=True)
        documents = con.execute("SELECT url, site, cluster_id FROM documents ORDER BY url").fetchall()
        outcomes = sorted(o for (o,) in con.execute("SELECT outcome FROM extractions").fetchall())
    # the two tracking links are one document, under the canonical URL; the copy is its own
    # document in the same cluster
    assert [(u.removeprefix(server.base), s) for u, s, _ in documents] == [("/a/story.html", "Gazette A"),
                                                                          ("/b/copy.html", "Wire B")]
    assert len({c for _, _, c in documents}) == 1
    assert outcomes == ["new_version", "new_version", "same_text"]  # the second tracking link: same text, no version


def test_leaked_furniture_does_not_make_a_version():
    week1 = "Pharmacists warn\n14 comments\nUpdated Nov. 9, 2026\nTwelve patients were treated for 7-OH symptoms."
    week2 = ("Pharmacists warn\n22 comments\nUpdated Nov. 16, 2026\nShare this article\n"
             "Twelve patients were treated for 7-OH symptoms.")
    assert content_hash(week1) == content_hash(week2)
    assert content_hash(week1) != content_hash(week1.replace("Twelve", "Twenty"))


def test_furniture_lines_by_re2_as_by_python(labelled_texts):
    # RE2 reads the furniture pattern as Python's engine does, over furniture and over article lines
    import re

    from claimwatch.extraction.text import _FURNITURE_LINE, identity_text, normalize_text

    furniture = ["14 comments", "Comments (22)", "Updated Nov. 9, 2026 at 5 p.m.", "LAST MODIFIED: today", "Share this",
                 "Advertisement", "We use cookies to improve your experience.", "Accept all cookies",
                 "Sign up for our weekly newsletter", "Read more: 7-OH ban", "4.5 out of 5 stars (120)",
                 "Publié le 9 novembre", "Posted by Dana \u00e9t\u00e9"]
    lines = furniture + [line for text in labelled_texts for line in normalize_text(text).splitlines()]
    python = re.compile(_FURNITURE_LINE.pattern)
    assert [bool(_FURNITURE_LINE.match(x)) for x in lines] == [bool(python.match(x)) for x in lines]
    assert sum(bool(python.match(x)) for x in furniture) == 12 and len(lines) > 500
    text = normalize_text("\n".join(lines))
    assert identity_text(text, normalized=True) == identity_text(text)
