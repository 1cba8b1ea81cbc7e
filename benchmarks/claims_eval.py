"""Precision and recall of the weekly claim flags on the labelled set (prints figures).

    uv run python benchmarks/claims_eval.py [--verbose]
"""

import sys
import time
from pathlib import Path

from claimwatch.claims.evaluation import evaluate, load_pairs

EVAL = Path(__file__).resolve().parent.parent / "tests" / "claims_eval"
SETS = {"tuning set (used to develop the rules)": EVAL / "pairs.jsonl",
        "held-out set (written blind; its misses were not used to tune categories)": EVAL / "holdout" / "pairs.jsonl"}


def main() -> None:
    for title, path in SETS.items():
        print(f"== {title}: {path.relative_to(EVAL.parent.parent)}")
        report(load_pairs(path))
        print()


def report(pairs: list[dict]) -> None:
    started = time.perf_counter()
    score = evaluate(pairs)
    seconds = time.perf_counter() - started
    flagged = sum(p["flagged"] for p in pairs)
    print(f"pairs: {score.pairs} ({flagged} with real claim changes, {score.pairs - flagged} noise only)")
    print(f"flag precision: {score.precision:.3f}  ({score.true_positives} right of "
          f"{score.true_positives + score.false_positives} flagged)")
    print(f"flag recall:    {score.recall:.3f}  ({score.true_positives} of {flagged} changed pairs flagged)")
    print(f"right category: {score.category_share:.3f}  ({score.right_category} of {score.true_positives} flagged pairs)")
    print(f"time: {seconds:.2f} s ({score.pairs / seconds:.0f} pairs/s)")
    if "--verbose" in sys.argv:
        for pair_id, what in score.misses:
            print(f"  {pair_id}: {what}")


if __name__ == "__main__":
    main()
