"""Extraction, text normalization and duplicate clusters."""

import datetime as dt
from array import array
from pathlib import Path

from claimwatch.extraction.dedup import signature
from claimwatch.extraction.main_text import decode_body, document_kind, extract_page
from claimwatch.extraction.text import content_hash, normalize_text
from claimwatch.stages.process import update_clusters
from tests.helpers import DEMO_WEB
from warehouse import db

WEB = DEMO_WEB


def test_extracts_main_text_and_metadata_without_chrome():
    html = (WEB / "week1/riverbend-ledger/news/2026/11/pharmacists-warn-about-7-oh-tablets.html").read_text()
    page = extract_page(html, "http://127.0.0.1/riverbend-ledger/news/2026/11/pharmacists-warn-about-7-oh-tablets.html")
    assert page.title.startswith("Pharmacists warn about 7-OH tablets")
    assert page.site == "Riverbend Ledger" and page.author and page.published.startswith("2026-11")
    assert page.language == "en" and page.modified.startswith("2026-11")
    assert "12 patients have been treated" in page.text
    assert "comments" not in page.text.lower() and "advertisement" not in page.text.lower()


def test_declared_language_and_modified_date_in_their_usual_spellings():
    body = "<p>" + "Pharmacists in Riverbend warn that 7-OH tablets are sold at gas stations. " * 8 + "</p>"
    cases = [
        ('<html lang="en-US"><head>', "en", None),
        ('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head>', "de", None),
        ('<html lang="english"><head><meta property="article:modified_time" content="2026-11-02T09:00:00Z">', None,
         "2026-11-02"),
        ('<html><head><meta name="dateModified" content="soon"><script type="application/ld+json">'
         '{"@type": "NewsArticle", "dateModified": "2026-11-03"}</script>', None, "2026-11-03"),
    ]
    for head, language, modified in cases:
        page = extract_page(f"<!doctype html>{head}<title>t</title></head><body><article>{body}</article></body></html>",
                            "https://x.example/a")
        assert (page.language, page.modified) == (language, modified), head


def test_scripts_styles_and_icons_never_reach_the_text():
    html = ("<html><head><script>var x = 'seven OH';</script><style>p{color:red}</style></head><body>"
            "<svg><text>icon label</text></svg><article><p>" + "7-OH tablets were sold at gas stations. " * 10 +
            "</p></article><noscript>Enable JavaScript</noscript></body></html>")
    page = extract_page(html, "https://x.example/a")
    assert "7-OH tablets" in page.text
    assert not any(junk in page.text for junk in ("var x", "color:red", "icon label", "Enable JavaScript"))


def test_churning_chrome_gives_the_same_text():
    path = "riverbend-ledger/news/2026/11/council-debates-licensing-rules-for-shops.html"
    week1 = extract_page((WEB / "week1" / path).read_text(), "http://x/" + path)
    week2 = extract_page((WEB / "week2" / path).read_text(), "http://x/" + path)
    assert (WEB / "week1" / path).read_bytes() != (WEB / "week2" / path).read_bytes()
    # only the typo fix differs in the text
    assert normalize_text(week1.text).replace("recieved", "received") == normalize_text(week2.text)


def test_decoding_uses_charset_and_meta():
    text = "Caf\u00e9 owners say 7-OH \u201cshots\u201d sell out"
    cp1252 = f"<html><head><meta charset='windows-1252'></head><body><p>{text}</p></body></html>".encode("cp1252")
    assert text in decode_body(cp1252, "text/html")
    assert text in decode_body(text.encode("cp1252"), "text/html; charset=windows-1252")


def test_normalized_hash_ignores_quotes_dashes_and_spacing():
    assert content_hash("It\u2019s  \u201c7-OH\u201d \u2013 a test\n\n") == content_hash("It's \"7-OH\" - a test")
    assert content_hash("15 mg") != content_hash("25 mg")


def test_document_kind():
    assert document_kind("notice", "article") == "notice"
    assert document_kind(None, "product") == "product"
    assert document_kind(None, None) == "article"


STORY = " ".join(f"Sentence {i} of the syndicated story about 7-OH tablets sold at gas stations." for i in range(40))


def cluster_texts(db_file: Path, docs: list[tuple[str, dt.datetime, str]]) -> dict[str, str]:
    """Store (url, first seen, text) documents as versions, in the order given, in a new warehouse;
    run the process stage's clustering; return {url: cluster id}."""
    versions = []
    for n, (url, seen, text) in enumerate(docs):
        versions.append({"version_id": f"v{n}", "url": url, "fetch_id": f"f{n}", "fetched_at": seen,
                         "week": "2026-W46", "content_hash": content_hash(text), "kind": "article", "text": text,
                         "minhash": signature(text)})
    with db.writer(db_file) as con:
        db.append_rows(con, "page_versions", versions)
    update_clusters(db_file)
    with db.reader(db_file) as con:
        return dict(con.execute("SELECT url, cluster_id FROM document_clusters").fetchall())


def test_near_duplicates_share_a_cluster_in_any_order(tmp_path):
    t = dt.datetime(2026, 11, 10)
    docs = [
        ("https://ledger.example/story", t, STORY),
        ("https://wire.example/copy", t + dt.timedelta(hours=1),
         "This story originally appeared elsewhere. " + STORY.replace("Sentence 7", "Line 7")),
        ("https://other.example/unrelated", t, "A different article about kratom laws in Ohio. " * 20),
        ("https://mirror.example/exact", t + dt.timedelta(hours=2), STORY),
    ]
    forward = cluster_texts(tmp_path / "forward.duckdb", docs)
    backward = cluster_texts(tmp_path / "backward.duckdb", list(reversed(docs)))
    assert forward == backward
    story = forward["https://ledger.example/story"]
    assert forward["https://wire.example/copy"] == story == forward["https://mirror.example/exact"]
    assert forward["https://other.example/unrelated"] != story
    # a later copy does not rename the cluster
    later = cluster_texts(tmp_path / "later.duckdb", docs + [("https://late.example/c", t + dt.timedelta(days=3), STORY)])
    assert later["https://late.example/c"] == story


def test_a_chain_of_copies_is_one_cluster_named_after_its_earliest(tmp_path):
    # each text is a window of 20 sentences, one further along than the last: neighbours are near
    # copies, texts ten apart are not, so the components must follow the chain through many pairs
    sentences = [f"Sentence {i} says 7-OH tablets were sold at {i + 3} stores in county {i * 7}." for i in range(40)]
    t = dt.datetime(2026, 11, 10)
    docs = [(f"https://site{k}.example/story", t + dt.timedelta(hours=k), " ".join(sentences[k:k + 20]))
            for k in range(16)]
    lone = ("https://alone.example/x", t, "An unrelated page about kratom tea in Oregon. " * 30)
    forward = cluster_texts(tmp_path / "chain.duckdb", docs + [lone])
    backward = cluster_texts(tmp_path / "chain-back.duckdb", [lone] + docs[::-1])
    assert forward == backward
    assert {forward[url] for url, _, _ in docs} == {forward["https://site0.example/story"]}
    assert forward["https://alone.example/x"] != forward["https://site0.example/story"]
    with db.reader(tmp_path / "chain.duckdb") as con:  # the ends of the chain are no copies of each other
        first, last = (con.execute("SELECT minhash FROM page_versions WHERE url = ?", [url]).fetchone()[0]
                       for url in ("https://site0.example/story", "https://site15.example/story"))
    assert sum(a == b for a, b in zip(array("I", first), array("I", last), strict=True)) / 128 < 0.5


def test_undeclared_cp1252_is_guessed():
    text = "\u201cWe stopped selling 7-OH shots,\u201d said the caf\u00e9 owner"
    assert text in decode_body(f"<p>{text}</p>".encode("cp1252"), "text/html")
    assert text in decode_body(f"<p>{text}</p>".encode(), "text/html")
