"""Cost of the claim step: extraction speed, and time and peak memory of one diff at 1k / 10k claims.

    uv run python benchmarks/claims_cost.py                   # extraction, then diffs of 1,000 and 10,000 claims
    uv run python benchmarks/claims_cost.py --sizes 1000 2000 # other sizes
    uv run python benchmarks/claims_cost.py --skip-extraction

Extraction: `claims_of` over every text of the labelled sets (tests/claims_eval), ms a page (best
of three passes; the machine is shared).

Diff: for each size N, in a child process of its own (so that its peak RSS is the diff's), two
versions of a page of N claim sentences are generated: the second has its paragraphs shuffled,
5% of its numbers changed, 5% of its sentences reworded, 2% deleted and 2% added, and 3% split
or merged with a neighbour. Their claims are extracted first (not timed), then
`claimwatch.claims.diff.diff_claims` is timed, as the process stage calls it. Printed: seconds, changes found,
the child's peak RSS and its RSS before the diff. A second, hostile shape repeats one table row
N times with different numbers (every row shares every word). `--timeout` gives up on a size
(the diff before issue 13 was quadratic: a figure it could not reach is printed as such).
"""

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUBJECTS = ["7-OH tablets", "7-OH", "The product", "These gummies", "A 7-OH shot", "The extract", "7-OH products"]
VERBS = ["contain", "were linked to", "are sold in", "were tested for", "caused", "are banned in", "relieve"]
UNITS = ["mg", "%", "patients", "stores", "calls", "hours", "days"]
PLACES = ["Florida", "Ohio", "Texas", "Oregon", "Utah", "Iowa", "Maine", "Idaho"]


def _word(rng: random.Random) -> str:
    # made-up words: real pages have many rare words, and alignment leans on them
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def _sentence(rng: random.Random) -> str:
    extra = " ".join(_word(rng) for _ in range(rng.randint(2, 6)))
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.randint(2, 400)} {rng.choice(UNITS)} "
            f"in {rng.choice(PLACES)} according to {extra}.")


def page_pair(n: int, seed: int = 13) -> tuple[str, str]:
    """Two versions of a page of n claim sentences, three to a paragraph, with realistic edits."""
    rng = random.Random(seed)
    before = [_sentence(rng) for _ in range(n)]
    after = []
    for s in before:
        roll = rng.random()
        if roll < 0.05:  # a number changes
            s = s.replace(next(w for w in s.split() if w.isdigit()), str(rng.randint(401, 900)), 1)
        elif roll < 0.10:  # reworded, same facts
            s = s.replace(" according to ", " as stated by ")
        elif roll < 0.12:  # deleted
            continue
        elif roll < 0.14:  # a new sentence beside it
            after.append(_sentence(rng))
        after.append(s)
    paragraphs = [" ".join(after[i:i + 3]) for i in range(0, len(after), 3)]
    for i in range(0, len(paragraphs) - 1, 33):  # ~3%: merged with the next paragraph's first sentence
        paragraphs[i] = paragraphs[i].rstrip(".") + ", and " + paragraphs[i + 1]
        paragraphs[i + 1] = ""
    rng.shuffle(paragraphs)
    before_text = "\n".join(" ".join(before[i:i + 3]) for i in range(0, n, 3))
    return before_text, "\n".join(p for p in paragraphs if p)


def table_pair(n: int, seed: int = 13) -> tuple[str, str]:
    """A hostile shape: one table row repeated n times, only its numbers differ; 10% of them change."""
    rng = random.Random(seed)
    rows = [rng.randint(1, 50) for _ in range(n)]
    after = [v if rng.random() > 0.1 else v + 100 for v in rows]
    return ("\n".join(f"| 7-OH strength per tablet | {v} mg |" for v in rows),
            "\n".join(f"| 7-OH strength per tablet | {v} mg |" for v in after))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(n: int, shape: str) -> dict:
    from claimwatch.claims.claim_sentences import claims_of
    from claimwatch.claims.diff import ClaimRef, diff_claims
    from claimwatch.core.topic import DEFAULT_TOPIC as topic

    before_text, after_text = (page_pair if shape == "page" else table_pair)(n)
    before = [ClaimRef(None, c.category, c.text, c.facts) for c in claims_of(before_text, topic)]
    after = [ClaimRef(None, c.category, c.text, c.facts) for c in claims_of(after_text, topic)]
    rss_before = _rss_mb()
    started = time.perf_counter()
    changes = diff_claims(before, after, before_text, after_text, topic)
    seconds = time.perf_counter() - started
    return {"claims": [len(before), len(after)], "seconds": seconds, "changes": len(changes),
            "rss_before_mb": rss_before, "peak_rss_mb": _rss_mb()}


def extraction_ms() -> tuple[float, int]:
    from claimwatch.claims.claim_sentences import claims_of
    from claimwatch.claims.evaluation import load_pairs
    from claimwatch.core.topic import DEFAULT_TOPIC as topic

    texts = [t for path in sorted((ROOT / "tests" / "claims_eval").glob("**/pairs.jsonl"))
             for p in load_pairs(path) for t in (p["before"], p["after"])]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            claims_of(text, topic)
        best = min(best, time.perf_counter() - started)
    return best * 1000 / len(texts), len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--shapes", nargs="+", default=["page", "table"], choices=["page", "table"])
    parser.add_argument("--timeout", type=float, default=600, help="seconds to give one size (default 600)")
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("N", "SHAPE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(int(args.child[0]), args.child[1])))
        return
    if not args.skip_extraction:
        ms, pages = extraction_ms()
        print(f"claim extraction: {ms:.3f} ms a page ({pages} labelled texts, best of 3)")
    print(f"{'shape':<6} {'claims (before/after)':<22} {'diff s':>8} {'changes':>8} {'peak RSS MB':>12} "
          f"{'RSS before diff MB':>19}")
    for shape in args.shapes:
        for n in args.sizes:
            try:
                out = subprocess.run([sys.executable, __file__, "--child", str(n), shape], capture_output=True,
                                     text=True, timeout=args.timeout, check=True).stdout
            except subprocess.TimeoutExpired:
                print(f"{shape:<6} {n:<22} gave up after {args.timeout:.0f} s")
                continue
            r = json.loads(out.splitlines()[-1])
            claims = f"{r['claims'][0]}/{r['claims'][1]}"
            print(f"{shape:<6} {claims:<22} {r['seconds']:>8.2f} {r['changes']:>8} {r['peak_rss_mb']:>12.0f} "
                  f"{r['rss_before_mb']:>19.0f}")


if __name__ == "__main__":
    main()
