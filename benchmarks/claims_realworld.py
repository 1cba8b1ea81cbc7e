"""The claim diff on real page revisions: flag precision, recall and strict recall (prints figures).

    uv run python benchmarks/claims_realworld.py [--dir PATH] [--half a|b] [--verbose]

Scores every `*.jsonl` of the real-world development set (`../shared/realworld` beside the repository
by default; its README defines the records and the scoring): a pair is flagged when the diff of its
two texts, with the pair's own topic, reports any change. Strict recall counts a changed pair only
when a reported change's before or after sentence contains one of the pair's `evidence` phrases.
False alarms are counted by the noise kinds of their pairs, misses by the kinds of their change.

`--half a` / `--half b` scores one of two fixed halves of the pairs (split by a hash of the pair id),
so that a rule written while looking at one half can be checked on the other. The set is not ours:
it is read where it lies and never copied into the project; without it this prints a message and
exits 0.
"""

import argparse
import hashlib
import sys
import time
from pathlib import Path

from claimwatch.claims.evaluation import RealworldScore, load_pairs, score_realworld

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld"


def half_of(record_id: str) -> str:
    return "ab"[hashlib.sha1(record_id.encode()).digest()[0] % 2]


def row(name: str, score: RealworldScore) -> str:
    flagged = score.true_positives + score.false_positives
    return (f"{name:<20} {score.precision:>5.3f} ({score.true_positives}/{flagged})".ljust(37)
            + f"{score.recall:>5.3f} ({score.true_positives}/{score.changed})".ljust(17)
            + f"{score.strict_recall:>5.3f} ({score.strict_hits}/{score.changed})".ljust(17)
            + f"{score.false_positives}/{score.unchanged}")


def describe(change) -> str:
    before = change.before.text if change.before else "-"
    after = change.after.text if change.after else "-"
    return f"{change.category} {change.change_type} [{change.reason}]: {before!r} -> {after!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help=f"folder of *.jsonl files (default {DEFAULT_DIR})")
    parser.add_argument("--half", choices=("a", "b"), help="score one fixed half of the pairs only")
    parser.add_argument("--verbose", action="store_true", help="list every false alarm and miss")
    args = parser.parse_args(argv)

    files = sorted(args.dir.glob("*.jsonl")) if args.dir.is_dir() else []
    if not files:
        print(f"no real-world pairs in {args.dir} (the development set is not on this machine): nothing to score")
        return 0
    started = time.perf_counter()
    scores = {}
    for path in files:
        records = [r for r in load_pairs(path) if args.half is None or half_of(r["id"]) == args.half]
        scores[path.name] = score_realworld(records)
    seconds = time.perf_counter() - started
    overall = RealworldScore([r for s in scores.values() for r in s.results])

    print(f"real-world claim diff: {args.dir}" + (f" (half {args.half})" if args.half else ""))
    print(f"{'file':<20} {'flag precision':<16} {'flag recall':<16} {'strict recall':<16} false alarms")
    for name, score in scores.items():
        print(row(name, score))
    print(row("all", overall))
    print(f"\nfalse alarms by noise kind: {_counts(overall.false_alarms_by_noise())}")
    print(f"misses by kind:             {_counts(overall.misses_by_kind())}")
    for name, score in scores.items():
        print(f"  {name}: false alarms {_counts(score.false_alarms_by_noise())}; misses {_counts(score.misses_by_kind())}")
    print(f"\n{len(overall.results)} pairs in {seconds:.1f} s")
    if args.verbose:
        _details(overall)
    return 0


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"


def _details(score: RealworldScore) -> None:
    for r in score.results:
        record = r.record
        if r.flagged == record["flagged"] and (not r.flagged or r.on_target):
            continue
        what = ("FALSE ALARM" if not record["flagged"] else "MISSED" if not r.flagged else "OFF TARGET")
        print(f"\n{what} {record['id']}  kinds={record.get('kinds')} noise={record.get('noise')}")
        print(f"  note: {record.get('note')}")
        if record["flagged"]:
            print(f"  evidence: {record.get('evidence')}")
        for change in r.changes:
            print("  - " + describe(change))


if __name__ == "__main__":
    sys.exit(main())
