"""Main-text quality and speed of our extraction vs. other trafilatura settings (prints figures).

    uv run python benchmarks/extraction_quality.py [--limit N] [--workers 1]

Data: the public article-extraction benchmark (scrapinghub/article-extraction-benchmark, 181
news and blog pages with a human-checked article body) in shared/benchmarks/article-extraction,
scored as its README says: word 4-gram multisets, per-page precision and recall, averaged over
pages, F1 = harmonic mean of the two averages. With 181 pages, F1 differences under ~0.01 are
noise. Also reports how often our extraction finds each metadata field (the ground truth has
no metadata to compare with).

pages/s: with one worker, extraction time only (pages are read and decoded beforehand); with
more, wall-clock throughput of a process pool that is sent page ids, not HTML.
"""

import argparse
import gzip
import json
import re
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from claimwatch.extraction.main_text import decode_body, extract_page

BENCHMARK = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction"

# name -> keyword arguments for trafilatura.extract(html, url=..., **kwargs); "ours" is extract_page.
CANDIDATES = {
    "defaults (bare extract(html))": {},
    "include_comments=False": dict(include_comments=False),
    "no comments + favor_precision": dict(include_comments=False, favor_precision=True),
    "no comments + favor_recall": dict(include_comments=False, favor_recall=True),
    "no comments + fast": dict(include_comments=False, fast=True),
    "no comments + precision + fast": dict(include_comments=False, favor_precision=True, fast=True),
    "no comments + recall + fast": dict(include_comments=False, favor_recall=True, fast=True),
}
OURS = "ours: extract_page (EXTRACT_OPTIONS)"
SETTINGS = [OURS, *CANDIDATES]

WORD = re.compile(r"\w+")
METADATA = {"title": "title", "author": "author", "date": "published", "modified": "modified",
            "sitename": "site", "language": "language"}


# --- scoring, as the benchmark README describes it -------------------------------------------

def shingles(text: str, n: int = 4) -> Counter:
    words = WORD.findall(text or "")
    if not words:
        return Counter()
    if len(words) < n:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def page_counts(expected: str, extracted: str) -> tuple[int, int, int]:
    """True positives, false positives, false negatives of one page's shingles."""
    want, got = shingles(expected), shingles(extracted)
    tp = sum((want & got).values())
    return tp, sum(got.values()) - tp, sum(want.values()) - tp


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    accuracy: float  # share of pages whose word lists are exactly equal
    empty: int       # pages where nothing was extracted


def score(pairs: list[tuple[str, str]]) -> Score:
    """pairs: (expected, extracted) per page."""
    precisions, recalls, exact, empty = [], [], 0, 0
    for expected, extracted in pairs:
        tp, fp, fn = page_counts(expected, extracted)
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
        exact += WORD.findall(expected) == WORD.findall(extracted or "")
        empty += not (extracted or "").strip()
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f1, exact / len(pairs) if pairs else 0.0, empty)


# --- running the extractors ------------------------------------------------------------------

def load_truth(limit: int | None) -> dict[str, dict]:
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    return {page_id: truth[page_id] for page_id in ids}


def read_page(page_id: str) -> str:
    """The stored bytes through our decoding path (header charset, meta tags, sniffing)."""
    return decode_body(gzip.decompress((BENCHMARK / "html" / f"{page_id}.html.gz").read_bytes()), None)


def run(setting: str, html: str, url: str) -> str:
    if setting == OURS:
        page = extract_page(html, url)
        return page.text if page else ""
    if setting == "defaults (bare extract(html))":
        return trafilatura.extract(html) or ""
    return trafilatura.extract(html, url=url, **CANDIDATES[setting]) or ""


def run_one_in_worker(job: tuple[str, str, str]) -> str:
    setting, page_id, url = job
    return run(setting, read_page(page_id), url)


URL_DATE = re.compile(r"/(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|\b)")
HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?[A-Za-z]", re.I)


def metadata_figures(pages: dict[str, str], truth: dict[str, dict]) -> tuple[dict[str, float], str, float]:
    """Share of pages where our options find each field; the extracted date checked against a
    date written in the URL (the only metadata truth the benchmark offers); share of <html lang>."""
    found, dated, agree = Counter(), 0, 0
    for page_id, html in pages.items():
        url = truth[page_id]["url"]
        page = extract_page(html, url)
        for field, attribute in METADATA.items():
            found[field] += bool(page is not None and (getattr(page, attribute, None) or "").strip())
        if in_url := URL_DATE.search(url):
            dated += 1
            agree += page is not None and page.published == "-".join(in_url.groups())
    html_lang = sum(bool(HTML_LANG.search(html[:5000])) for html in pages.values())
    shares = {field: found[field] / len(pages) for field in METADATA}
    return shares, f"{agree} of {dated}", html_lang / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")
    parser.add_argument("--workers", type=int, default=1, help="processes (default 1: in-process timing)")
    args = parser.parse_args()
    if not (BENCHMARK / "ground-truth.json").is_file():
        print(f"article-extraction benchmark not found at {BENCHMARK}: nothing to measure")
        return

    truth = load_truth(args.limit)
    pages = {page_id: read_page(page_id) for page_id in truth}
    megabytes = sum(len(html.encode("utf-8")) for html in pages.values()) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML, trafilatura {trafilatura.__version__}, "
          f"workers={args.workers}")
    run(OURS, next(iter(pages.values())), "https://example.com/")  # warm-up: imports, compiled patterns

    rows = []
    pool = ProcessPoolExecutor(args.workers) if args.workers > 1 else None
    if pool:  # start the workers and warm them up outside the timings
        first = next(iter(truth))
        list(pool.map(run_one_in_worker, [(OURS, first, truth[first]["url"])] * args.workers))
    try:
        for setting in SETTINGS:
            started = time.perf_counter()
            if pool:
                jobs = [(setting, page_id, truth[page_id]["url"]) for page_id in truth]
                texts = list(pool.map(run_one_in_worker, jobs, chunksize=4))
            else:
                texts = [run(setting, pages[page_id], truth[page_id]["url"]) for page_id in truth]
            seconds = time.perf_counter() - started
            result = score([(truth[page_id]["articleBody"], text) for page_id, text in zip(truth, texts, strict=True)])
            rows.append((setting, result, len(pages) / seconds))
    finally:
        if pool:
            pool.shutdown()

    width = max(len(name) for name, *_ in rows)
    print(f"{'setting':<{width}} | precision | recall |    F1 | pages/s | exact | empty")
    print(f"{'-' * width}-|-----------|--------|-------|---------|-------|------")
    for name, s, speed in rows:
        print(f"{name:<{width}} |     {s.precision:.3f} |  {s.recall:.3f} | {s.f1:.3f} | "
              f"{speed:7.1f} | {s.accuracy:.3f} | {s.empty:5d}")
    ours = rows[0][1].f1
    better = [(name, s.f1) for name, s, _ in rows[1:] if s.f1 > ours]
    print("better F1 than ours: " + (", ".join(f"{n} ({f:.3f})" for n, f in better) or "none")
          + "  (differences under ~0.01 are noise on 181 pages)")

    shares, url_dates, html_lang = metadata_figures(pages, truth)
    print("metadata found by our options (share of pages): "
          + ", ".join(f"{field} {share:.2f}" for field, share in shares.items()))
    print(f"  extracted date equals the date in the URL: {url_dates} pages whose URL has one")
    print(f"  pages declaring <html lang=…>: {html_lang:.2f}; trafilatura fills `language` only when "
          "given target_language and py3langid is installed")


if __name__ == "__main__":
    main()
