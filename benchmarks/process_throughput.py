"""Throughput and memory of the process stage against bare trafilatura (prints figures).

    uv run python benchmarks/process_throughput.py                 # 5,000 pages, then 50,000 for RSS
    uv run python benchmarks/process_throughput.py --sizes 5000    # one size

For each size, in a fresh child process: generate N realistic pages about 7-OH as WARC captures
with their fetch log (as a crawl leaves them), run our process stage on them (all cores), and
report pages/s and peak RSS (this process and, separately, the largest pool worker). At the
first size it also runs bare single-process `trafilatura.extract` over the same pages, in
processes of their own, alternating with ours (bare, ours, bare, ours, ..., bare: this machine is
shared and its speed drifts), and prints each of our runs' ratio to the bare runs either side of
it, and their median.
"""

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLAIMS = [
    "Each tablet contains {n} mg of 7-OH.", "New users should start with {a} to {b} mg of 7-OH.",
    "Calls to poison centers about 7-OH rose {p}% last year.", "{n} patients were treated for 7-OH symptoms.",
    "7-OH was roughly {n} times more potent than morphine in animal studies.",
    "7-OH is not a controlled substance under federal law.", "No deaths linked to 7-OH have been reported in {town}.",
    "The {town} ordinance would make selling 7-OH a misdemeanor with fines up to ${b}00.",
    "Doctors in {town} said {n} people were hospitalized after taking 7-OH tablets in {month}.",
    "Vendors say a {n} mg 7-OH shot eases pain within {a} hours.",
]
# Sentences are put together from parts, so that, as in real news, pages share words but not their
# wording (templates of whole sentences would make every page a near duplicate of every other).
TOWNS = ["Riverbend", "Cedar Valley", "Greenfield", "Harbor Point", "Millbrook", "Oak Ridge", "Lakeside", "Fairview",
         "Brookhaven", "Pine Hill", "Westport", "Ashford", "Maple Grove", "Stone Creek", "Red Bluff", "Clearwater"]
PEOPLE = ["Dana Whitfield", "Marcus Lee", "Priya Natarajan", "Tom Okafor", "Elena Ruiz", "Sam Adeyemi", "Karen Osei",
          "Ray Dominguez", "Helen Vasquez", "Joel Park", "Anita Brooks", "Luis Moreno", "Grace Kim", "Owen Price"]
ROLES = ["a pharmacist", "an emergency physician", "the county health officer", "a shop owner", "a council member",
         "a toxicologist", "an addiction counselor", "a police spokesperson", "a parent", "a state senator",
         "a school nurse", "the store manager"]
SUBJECTS = ["{person}, {role} in {town},", "Officials in {town}", "Several residents", "The county health department",
            "Two store clerks", "A spokesperson for the sheriff's office", "Members of the {town} council",
            "Parents at {town} High School", "Local pharmacists", "The regional poison center", "{person}",
            "Volunteers at the {town} clinic", "Lawmakers from {town}", "A group of vendors"]
VERBS = ["said", "told the council", "wrote in a letter", "argued", "noted on {day}", "warned", "explained",
         "repeated during the hearing", "posted online", "told reporters"]
OBJECTS = ["that the packages look like candy", "that sales picked up over the summer",
           "that customers ask for the tablets by brand", "that the {street} Street store restocked on {day}",
           "that nobody tracked sales before this year", "that the labels changed twice since {month}",
           "that the meeting ran past {n} p.m.", "that inspectors visited {n} shops on {street} Street",
           "that the survey covered {n} households", "that the shelf by the register was empty on {day}",
           "that the matter will come back in {month}", "that families had called the school about it",
           "that a second hearing is planned for {month}", "that the brochure was printed in two languages"]
TAILS = ["", "", " according to minutes of the meeting", " after a long discussion", " in a statement on {day}",
         " before the vote", " during an interview at the {town} library", " while the review continues"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "March", "May", "July", "September", "October", "November"]
STREETS = ["Main", "Mill", "Front", "Elm", "Harbor", "Church", "Union", "Lake"]
SITES = ["Riverbend Ledger", "Valley Courier", "Greenfield Gazette", "Harbor Times", "Lakeside Herald",
         "Fairview Post", "Westport Daily", "Stone Creek Tribune"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(person=rng.choice(PEOPLE), role=rng.choice(ROLES), town=rng.choice(TOWNS),
                           day=rng.choice(DAYS), month=rng.choice(MONTHS), street=rng.choice(STREETS),
                           n=rng.randint(2, 60), a=rng.randint(1, 4), b=rng.randint(5, 10), p=rng.randint(5, 80))


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    return _fill(" ".join(parts) + rng.choice(TAILS) + ".", rng)


def story(story_id: int) -> list[str]:
    """The paragraphs of a story (the same for every page that carries it)."""
    rng = random.Random(story_id)
    paragraphs = []
    for _ in range(rng.randint(8, 16)):
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            sentences.insert(rng.randint(0, len(sentences)), _fill(rng.choice(CLAIMS), rng))
        paragraphs.append(" ".join(sentences))
    return paragraphs


def make_page(i: int, rng: random.Random) -> bytes:
    """A news page of realistic weight (about the median of the public benchmark's real pages,
    ~110 KB): head with preloads, styles, analytics and a JSON state blob, an icon sprite, a mega
    menu, ads, the article, related stories with teasers, a comment thread and a fat footer.
    One page in 20 is a syndicated copy of an earlier story under another site's template, with
    one sentence edited: the near duplicates the process stage must cluster."""
    story_id, site = i, SITES[i % len(SITES)]
    paragraphs = story(i)
    if i % 20 == 19:
        story_id, site = i - 19 + rng.randint(0, 18), SITES[(i + 3) % len(SITES)]
        paragraphs = story(story_id)
        paragraphs[rng.randrange(len(paragraphs))] = _sentence(rng)
    title = f"Story {story_id}: 7-OH in {TOWNS[story_id % len(TOWNS)]}"
    menu = "".join(f'<li class="menu-item"><a href="/section/{k}" data-track="nav-{k}">Section {k}</a><ul class="sub">'
                   + "".join(f'<li><a href="/section/{k}/{j}">Topic {k}.{j}</a></li>' for j in range(8))
                   + "</ul></li>" for k in range(14))
    teasers = [(rng.randint(0, 99999), _sentence(rng)) for _ in range(8)]
    related = "".join(f'<div class="teaser"><a href="/story/{n}"><img src="/img/{n}.jpg" alt="">'
                      f"<h3>Related story {n}</h3></a><p>{text}</p></div>" for n, text in teasers)
    comments = "".join(f'<li class="comment"><span class="who">reader{rng.randint(1, 999)}</span>'
                       f"<p>{_sentence(rng)}</p><a href='#'>Reply</a> <a href='#'>Report</a></li>"
                       for _ in range(rng.randint(5, 20)))
    footer = "".join(f'<a href="/about/{k}">Footer link {k}</a> ' for k in range(60))
    script = "window.dataLayer=window.dataLayer||[];" + "".join(
        f"dataLayer.push({{'event':'e{k}','value':{rng.randint(0, 9999)}}});" for k in range(120))
    style = "".join(f".c{k}{{margin:{k % 9}px;padding:{k % 7}px;color:#{k:06x}}}" for k in range(300))
    sprite = "".join(f'<symbol id="icon-{k}" viewBox="0 0 24 24"><path d="M{k % 24} 2l{rng.randint(1, 9)} '
                     f'{rng.randint(1, 9)}h-{rng.randint(1, 9)}v{rng.randint(1, 9)}l-{rng.randint(1, 9)}z"/></symbol>'
                     for k in range(60))
    state = json.dumps({"props": {"pageProps": {"articles": [
        {"id": rng.randint(0, 10**6), "headline": f"Related story {rng.randint(0, 99999)}", "teaser": _sentence(rng),
         "url": f"/story/{rng.randint(0, 99999)}", "image": {"src": f"/img/{rng.randint(0, 99999)}.jpg", "w": 1200, "h": 675},
         "tags": rng.sample(TOWNS, 3), "author": rng.choice(PEOPLE)} for _ in range(180)]}}})
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": f"2026-11-{1 + i % 9:02d}T08:00:00Z",
                     "author": {"@type": "Person", "name": f"Reporter {i % 97}"}})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}"><meta name="author" content="Reporter {i % 97}">'
            f'<meta property="article:published_time" content="2026-11-{1 + i % 9:02d}T08:00:00Z">'
            f'<link rel="canonical" href="http://bench.example/news/story-{i}.html">'
            + "".join(f'<link rel="preload" href="/static/chunk-{k}.js" as="script">' for k in range(20)) +
            f'<script type="application/ld+json">{ld}</script><style>{style}</style><script>{script}</script></head><body>'
            f'<svg style="display:none">{sprite}</svg>'
            f'<div class="cookie">We use cookies. <button>Accept all cookies</button></div>'
            f'<header><nav><ul class="menu">{menu}</ul></nav></header><div class="ad">Advertisement {rng.randint(1, 999)}</div>'
            f"<main><article><h1>{title}</h1><p class='byline'>By Reporter {i % 97} · "
            f"Updated Nov. {1 + i % 20}, 2026</p>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            f'<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a></div></article>'
            f'<section class="related"><h2>Related</h2>{related}</section>'
            f'<section class="comments"><h2>{rng.randint(5, 400)} comments</h2><ul>{comments}</ul></section></main>'
            f"<aside><h2>Trending</h2>{related[:2000]}</aside><div class='ad'>Advertisement</div>"
            f"<footer>{footer} © 2026</footer><script>{script}</script>"
            f'<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>').encode()


REAL_PAGES = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction" / "html"


def real_pages() -> list[bytes]:
    """The public benchmark's real pages (181 sites' markup), when ../shared has them."""
    import gzip

    return [gzip.open(f).read() for f in sorted(REAL_PAGES.glob("*.html.gz"))]


def real_page(i: int, rng: random.Random, templates: list[bytes]) -> bytes:
    """A real page's markup with a paragraph about 7-OH put into its body (so it is relevant)."""
    html = templates[i % len(templates)]
    claims = " ".join(_fill(rng.choice(CLAIMS), rng) for _ in range(3))
    insert = f"<p>Story {i}: {claims}</p>".encode()
    at = html.find(b"</p>")
    return html[:at + 4] + insert + html[at + 4:] if at >= 0 else html + insert


def build_captures(db_file: Path, pages: int, real: bool = False) -> None:
    """WARC files and fetch log rows exactly as a crawl leaves them, without the network."""
    from claimwatch.core.paths import captures_dir
    from claimwatch.stages.crawl import _read_fetch_logs
    from crawlers.capture import CaptureWriter
    from warehouse import db

    run_id = "bench"
    run_dir = captures_dir(db_file) / run_id
    run_dir.mkdir(parents=True)
    offset = dt.datetime(2026, 11, 10, 9) - dt.datetime.now(dt.UTC).replace(tzinfo=None)
    writer = CaptureWriter(run_dir, "page", run_id, offset)
    rng = random.Random(11)
    templates = real_pages() if real else []
    for i in range(pages):
        url = f"http://bench.example/news/story-{i}.html"
        body = real_page(i, rng, templates) if real else make_page(i, rng)
        writer.record({"source": "bench", "role": "document", "url": url, "final_url": url, "status": 200,
                       "outcome": "ok", "content_type": "text/html"},
                      body=body, headers=[("Content-Type", "text/html")])
    writer.close()
    with db.writer(db_file) as con:
        for rows in _read_fetch_logs(run_dir, "2026-W46"):
            db.append_rows(con, "fetch_log", rows)


class WorkerPeaks:
    """Peak RSS (VmHWM) of this process's descendants, sampled twice a second: the pool's workers
    are children of its forkserver, which getrusage(RUSAGE_CHILDREN) does not see."""

    def __init__(self):
        import threading

        self.peak_kb, self._running = 0, True
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _descendants(self) -> list[int]:
        parents = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
                parents[int(status.parent.name)] = int(fields["PPid"])
            except (OSError, ValueError, KeyError):
                continue
        found, frontier = [], {os.getpid()}
        while frontier:
            frontier = {pid for pid, ppid in parents.items() if ppid in frontier}
            found += frontier
        return found

    def _sample(self) -> None:
        while self._running:
            for pid in self._descendants():
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except (OSError, ValueError):
                    continue
            time.sleep(0.5)

    def stop(self) -> float:
        self._running = False
        self._thread.join()
        return self.peak_kb / 1024


def measure(pages: int, db_file: Path) -> dict:
    """The process stage on the captures in db_file's folder (made by another process, so that
    peak RSS here is the stage's alone)."""
    from claimwatch.core.config import Config
    from claimwatch.stages.process import process

    workers = WorkerPeaks()
    started = time.perf_counter()
    result = process(Config(path=Path("bench")), db_file, weeks={"2026-W46"}, log=lambda m: None)
    ours = time.perf_counter() - started
    return {"pages": pages, "ours_s": ours, "versions": result.versions, "claims": result.claims,
            "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_worker_mb": workers.stop()}


def measure_bare(db_file: Path) -> dict:
    """Bare `trafilatura.extract` with default settings, one process, over the same captures
    (bodies read and decoded beforehand: extraction time only)."""
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    from claimwatch.extraction.main_text import decode_body

    bodies = []
    for warc in sorted((db_file.parent / "bench-captures").rglob("*.warc.gz")):
        with open(warc, "rb") as f:
            bodies += [decode_body(r.content_stream().read(), "text/html") for r in ArchiveIterator(f)]
    started = time.perf_counter()
    for html in bodies:
        trafilatura.extract(html)
    return {"bare_s": time.perf_counter() - started}


def _child(size: int, db_file: Path, extra: list[str]) -> dict:
    child = subprocess.run([sys.executable, __file__, "--child", str(size), "--db", str(db_file)] + extra,
                           capture_output=True, text=True)
    if child.returncode:
        sys.exit(f"the {size}-page run failed:\n{child.stderr[-3000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--rounds", type=int, default=3,
                        help="our runs at the first size, each between two bare runs (default 3; the median ratio counts)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--real", action="store_true",
                        help="pages from the public extraction benchmark's real markup (needs ../shared)")
    args = parser.parse_args()
    if args.build:
        build_captures(Path(args.build[1]), int(args.build[0]), args.real)
        return
    if args.child:
        print(json.dumps(measure_bare(Path(args.db)) if args.bare else measure(args.child, Path(args.db))))
        return
    if args.real and not REAL_PAGES.is_dir():
        print(f"--real needs the public benchmark pages in {REAL_PAGES}; not found")
        return
    print("pages: " + ("real markup from the public extraction benchmark, a 7-OH paragraph added" if args.real
                       else "generated news pages (~107 KB each, 1 in 20 a syndicated copy)"), flush=True)
    results = []
    for i, size in enumerate(args.sizes):
        with tempfile.TemporaryDirectory() as tmp:
            db_file = Path(tmp) / "bench.duckdb"
            subprocess.run([sys.executable, __file__, "--build", str(size), str(db_file)]
                           + (["--real"] if args.real else []), check=True)
            pristine = db_file.read_bytes()
            r = {"ratios": []}
            # at the first size, bare extraction and ours alternate (bare, ours, bare, ours, ..., bare)
            # and each of our runs is compared with the bare runs either side: the machine is shared,
            # and its speed drifts within minutes
            bare = [_child(size, db_file, ["--bare"])["bare_s"]] if i == 0 else []
            for _ in range(args.rounds if i == 0 else 1):
                db_file.write_bytes(pristine)  # each of our runs starts from the captures alone
                r.update(_child(size, db_file, []))
                if i == 0:
                    bare.append(_child(size, db_file, ["--bare"])["bare_s"])
                    r["ratios"].append(((bare[-2] + bare[-1]) / 2 / r["ours_s"], [size / s for s in bare[-2:]],
                                        size / r["ours_s"]))
        results.append(r)
        line = (f"{r['pages']:>6} pages: process stage {r['pages'] / r['ours_s']:.1f} pages/s "
                f"({r['versions']} versions, {r['claims']} claims); peak RSS main {r['rss_self_mb']:.0f} MB, "
                f"largest worker {r['rss_worker_mb']:.0f} MB")
        for ratio, bare_rates, ours_rate in r["ratios"]:
            line += (f"\n        ours {ours_rate:.1f} pages/s; bare trafilatura.extract, 1 process, "
                     f"{bare_rates[0]:.1f} before and {bare_rates[1]:.1f} after: ratio ours/bare {ratio:.2f}x")
        if r["ratios"]:
            ratios = sorted(ratio for ratio, _, _ in r["ratios"])
            line += (f"\n        median ratio over {len(ratios)} rounds: {ratios[len(ratios) // 2]:.2f}x "
                     f"(target >= 1.5x)")
        print(line, flush=True)
    if len(results) > 1:
        first, last = results[0], results[-1]
        for key in ("rss_self_mb", "rss_worker_mb"):
            print(f"peak RSS ({key.split('_')[1]}) at {last['pages']} / at {first['pages']} pages: "
                  f"{last[key] / first[key]:.2f} (target <= 1.2)")


if __name__ == "__main__":
    main()
