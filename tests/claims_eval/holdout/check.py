"""Validate the held-out set (holdout/pairs.jsonl) and print its counts.

    python tests/claims_eval/holdout/check.py [path/to/pairs.jsonl]

Exit status 1 when a check fails.  Standalone: imports nothing from the project.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["legal_status", "potency", "safety", "dosage", "efficacy", "statistics", "product"]
CHANGE_TYPES = ["added", "removed", "modified"]
KINDS = {"article", "notice", "paper", "product"}
NOISE_KINDS = ["reorder", "reword", "typo", "punctuation", "date", "furniture",
               "non_claim_sentence", "number_format", "paragraph_split"]
COMPOUND = re.compile(r"7-?OH|7-hydroxymitragynine", re.I)
HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(?:amp|lt|gt|nbsp|quot);")

# composition the brief asks for
MIN_PER_CATEGORY = 3
MIN_TYPES = {"modified": 12, "added": 5, "removed": 5}
N_FLAGGED = N_NOISE = 25


def main(path: Path) -> int:
    errors: list[str] = []
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            pairs.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc})")

    ids = Counter(p.get("id") for p in pairs)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]

    cat_type = Counter()
    kinds = Counter()
    noise_only, noise_flagged = Counter(), Counter()
    per_pair = Counter()
    for p in pairs:
        pid = p.get("id", "?")
        for key in ("id", "kind", "before", "after", "flagged", "changes", "note", "noise"):
            if key not in p:
                errors.append(f"{pid}: missing {key}")
        if any(k not in p for k in ("before", "after", "changes", "flagged")):
            continue
        b, a, changes = p["before"], p["after"], p["changes"]
        kinds[p.get("kind")] += 1
        if p.get("kind") not in KINDS:
            errors.append(f"{pid}: bad kind {p.get('kind')!r}")
        if p["flagged"] != bool(changes):
            errors.append(f"{pid}: flagged={p['flagged']} but {len(changes)} changes")
        if b == a:
            errors.append(f"{pid}: before == after")
        for nk in p.get("noise", []):
            if nk not in NOISE_KINDS:
                errors.append(f"{pid}: bad noise kind {nk!r}")
        if not changes and not p.get("noise"):
            errors.append(f"{pid}: noise-only pair without noise kinds")
        for label, text in (("before", b), ("after", a)):
            paras = [l for l in text.split("\n") if l.strip()]
            if not 4 <= len(paras) <= 15:
                errors.append(f"{pid}: {label} has {len(paras)} paragraphs")
            if not COMPOUND.search(text):
                errors.append(f"{pid}: {label} does not name the compound")
            if HTML.search(text):
                errors.append(f"{pid}: {label} contains HTML")
        cats = Counter()
        for c in changes:
            cat, ct, cb, ca = c.get("category"), c.get("change_type"), c.get("before"), c.get("after")
            if cat not in CATEGORIES:
                errors.append(f"{pid}: bad category {cat!r}")
            if ct not in CHANGE_TYPES:
                errors.append(f"{pid}: bad change_type {ct!r}")
            cats[cat] += 1
            cat_type[(cat, ct)] += 1
            if (cb is None) != (ct == "added") or (ca is None) != (ct == "removed"):
                errors.append(f"{pid}: null before/after does not fit {ct}")
            if cb is not None:
                if cb not in b:
                    errors.append(f"{pid}: label before not in before text: {cb!r}")
                if cb in a:
                    errors.append(f"{pid}: label before still in after text: {cb!r}")
                if cb.startswith("- "):
                    errors.append(f"{pid}: list marker kept in label: {cb!r}")
            if ca is not None:
                if ca not in a:
                    errors.append(f"{pid}: label after not in after text: {ca!r}")
                if ca in b:
                    errors.append(f"{pid}: label after already in before text: {ca!r}")
                if ca.startswith("- "):
                    errors.append(f"{pid}: list marker kept in label: {ca!r}")
        errors += [f"{pid}: two changes in category {k}" for k, v in cats.items() if v > 1]
        per_pair[len(changes)] += 1
        target = noise_flagged if changes else noise_only
        for nk in set(p.get("noise", [])):
            target[nk] += 1

    flagged = sum(1 for p in pairs if p.get("changes"))
    n_changes = sum(cat_type.values())
    print(f"pairs: {len(pairs)}  (flagged {flagged}, noise-only {len(pairs) - flagged})")
    print("page kinds: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print(f"labelled changes: {n_changes}  (" + ", ".join(
        f"pairs with {k} change{'s' if k != 1 else ''}: {v}" for k, v in sorted(per_pair.items()) if k) + ")")
    print()
    print("changes by category x type:")
    print(f"  {'category':<14}" + "".join(f"{t:>10}" for t in CHANGE_TYPES) + f"{'total':>10}")
    for cat in CATEGORIES:
        row = [cat_type[(cat, t)] for t in CHANGE_TYPES]
        print(f"  {cat:<14}" + "".join(f"{v:>10}" for v in row) + f"{sum(row):>10}")
    tot = [sum(cat_type[(c, t)] for c in CATEGORIES) for t in CHANGE_TYPES]
    print(f"  {'total':<14}" + "".join(f"{v:>10}" for v in tot) + f"{sum(tot):>10}")
    print()
    print("noise kinds (number of pairs containing each kind):")
    print(f"  {'kind':<20}{'noise-only':>11}{'flagged':>9}")
    for nk in NOISE_KINDS:
        print(f"  {nk:<20}{noise_only[nk]:>11}{noise_flagged[nk]:>9}")
    with_noise = sum(1 for p in pairs if p.get("changes") and p.get("noise"))
    print(f"  flagged pairs that also contain noise: {with_noise}")

    # composition required for this set
    if flagged != N_FLAGGED or len(pairs) - flagged != N_NOISE:
        errors.append(f"composition: want {N_FLAGGED} flagged + {N_NOISE} noise-only")
    for cat in CATEGORIES:
        if sum(cat_type[(cat, t)] for t in CHANGE_TYPES) < MIN_PER_CATEGORY:
            errors.append(f"composition: fewer than {MIN_PER_CATEGORY} changes in {cat}")
    for t, m in MIN_TYPES.items():
        if sum(cat_type[(c, t)] for c in CATEGORIES) < m:
            errors.append(f"composition: fewer than {m} {t} changes")

    print()
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent / "pairs.jsonl"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
