"""Validate tests/claims_eval/pairs.jsonl and print the counts quoted in README.md.

    python tests/claims_eval/stats.py            # counts; exits 1 if a check fails
"""

import json
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ("legal_status", "potency", "safety", "dosage", "efficacy", "statistics", "product")
CHANGE_TYPES = ("added", "removed", "modified")
KINDS = ("article", "notice", "paper", "product")
ALIASES = ("7-OH", "7OH", "7-hydroxymitragynine", "7-Hydroxymitragynine", "7-OHM")


def load(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                pairs.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"line {n}: not JSON: {e}")
    return pairs


def problems(p):
    out = []
    b, a = p["before"], p["after"]
    if p["kind"] not in KINDS:
        out.append(f"kind {p['kind']!r}")
    if b == a:
        out.append("before and after are identical")
    for name, text in (("before", b), ("after", a)):
        paragraphs = [l for l in text.split("\n") if l.strip()]
        if not 4 <= len(paragraphs) <= 15:
            out.append(f"{name} has {len(paragraphs)} paragraphs")
        if not any(alias in text for alias in ALIASES):
            out.append(f"{name} does not name the compound")
        if "<" in text and ">" in text and "</" in text:
            out.append(f"{name} looks like HTML")
    if p["flagged"] != bool(p["changes"]):
        out.append("flagged disagrees with changes")
    for c in p["changes"]:
        if c["category"] not in CATEGORIES or c["change_type"] not in CHANGE_TYPES:
            out.append(f"bad label {c}")
            continue
        cb, ca, t = c["before"], c["after"], c["change_type"]
        if (cb is None) != (t == "added") or (ca is None) != (t == "removed"):
            out.append(f"before/after nulls do not fit {t}: {c}")
        if cb is not None:
            if cb not in b:
                out.append(f"changes.before not in before text: {cb!r}")
            if cb in a:
                out.append(f"changes.before still in after text: {cb!r}")
        if ca is not None:
            if ca not in a:
                out.append(f"changes.after not in after text: {ca!r}")
            if ca in b:
                out.append(f"changes.after already in before text: {ca!r}")
    return out


def main(path=Path(__file__).resolve().parent / "pairs.jsonl"):
    pairs = load(path)
    bad = {p["id"]: problems(p) for p in pairs}
    bad = {k: v for k, v in bad.items() if v}
    ids = Counter(p["id"] for p in pairs)
    dupes = [k for k, n in ids.items() if n > 1]

    flagged = [p for p in pairs if p["flagged"]]
    changes = [c for p in flagged for c in p["changes"]]
    by_cat = Counter(c["category"] for c in changes)
    by_type = Counter(c["change_type"] for c in changes)
    per_pair = Counter(len(p["changes"]) for p in flagged)
    noise_only = [p for p in pairs if not p["flagged"]]
    noise_kinds_noise_only = Counter(k for p in noise_only for k in p.get("noise", []))
    noise_kinds_flagged = Counter(k for p in flagged for k in p.get("noise", []))
    kinds = Counter(p["kind"] for p in pairs)

    print(f"pairs: {len(pairs)}  (flagged {len(flagged)}, noise-only {len(noise_only)})")
    print("page kinds: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print(f"labelled changes: {len(changes)}  (pairs with 1 change: {per_pair[1]}, with 2: {per_pair[2]})")
    print()
    print("changes by category x type:")
    print(f"  {'category':<13}" + "".join(f"{t:>10}" for t in CHANGE_TYPES) + f"{'total':>8}")
    for cat in CATEGORIES:
        row = Counter(c["change_type"] for c in changes if c["category"] == cat)
        print(f"  {cat:<13}" + "".join(f"{row[t]:>10}" for t in CHANGE_TYPES) + f"{by_cat[cat]:>8}")
    print(f"  {'total':<13}" + "".join(f"{by_type[t]:>10}" for t in CHANGE_TYPES) + f"{len(changes):>8}")
    print()
    print("noise kinds (number of pairs containing each kind):")
    print(f"  {'kind':<20}{'noise-only':>11}{'flagged':>9}")
    for k in sorted(set(noise_kinds_noise_only) | set(noise_kinds_flagged)):
        print(f"  {k:<20}{noise_kinds_noise_only[k]:>11}{noise_kinds_flagged[k]:>9}")
    print(f"  flagged pairs that also contain noise: {sum(1 for p in flagged if p.get('noise'))}")

    ok = not bad and not dupes
    print()
    if dupes:
        print(f"duplicate ids: {dupes}")
    for k, v in bad.items():
        for msg in v:
            print(f"FAIL {k}: {msg}")
    print("all checks passed" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
