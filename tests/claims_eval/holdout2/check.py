"""Validate the second held-out set (holdout2/pairs.jsonl) and print its counts.

    python tests/claims_eval/holdout2/check.py [path/to/pairs.jsonl]

Exit status 1 when a check fails.  Standalone: imports nothing from the project.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["legal_status", "potency", "safety", "dosage", "efficacy", "statistics", "product"]
KINDS = ["number", "status", "negation", "quantifier", "modified", "added", "removed"]
NOISE_KINDS = ["reorder", "reword", "typo", "punctuation", "date", "furniture",
               "non_claim_sentence", "number_format", "paragraph_split"]
FAMILIES = ["vendor", "news", "regulator", "other"]
REQUIRED = ["id", "family", "kind", "topic", "before", "after", "flagged", "kinds", "categories",
            "noise", "evidence", "note"]
HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(?:amp|lt|gt|nbsp|quot);")

# composition the set was written to
CHANGED_SHARE = (0.40, 0.50)
MIN_PER_CATEGORY = 4


def check_pair(p: dict) -> list[str]:
    pid = p.get("id", "?")
    missing = [k for k in REQUIRED if k not in p]
    if missing:
        return [f"{pid}: missing {', '.join(missing)}"]
    errs: list[str] = []
    b, a = p["before"], p["after"]
    topic = p["topic"]
    if not (isinstance(topic, dict) and topic.get("name") and topic.get("aliases")):
        errs.append(f"{pid}: topic needs a name and aliases")
    if b == a:
        errs.append(f"{pid}: before == after")
    if p["family"] not in FAMILIES:
        errs.append(f"{pid}: bad family {p['family']!r}")
    if p["flagged"] != bool(p["kinds"]):
        errs.append(f"{pid}: flagged={p['flagged']} but kinds={p['kinds']}")
    if p["flagged"] != bool(p["categories"]) or p["flagged"] != bool(p["evidence"]):
        errs.append(f"{pid}: categories/evidence do not agree with flagged")
    errs += [f"{pid}: bad kind {k!r}" for k in p["kinds"] if k not in KINDS]
    errs += [f"{pid}: bad category {c!r}" for c in p["categories"] if c not in CATEGORIES]
    errs += [f"{pid}: bad noise kind {n!r}" for n in p["noise"] if n not in NOISE_KINDS]
    if not p["flagged"] and not p["noise"]:
        errs.append(f"{pid}: unchanged pair without noise kinds")
    for label, text in (("before", b), ("after", a)):
        n = len(text.split("\n"))
        if not 15 <= n <= 60:
            errs.append(f"{pid}: {label} has {n} lines")
        if HTML.search(text):
            errs.append(f"{pid}: {label} contains HTML")
        if isinstance(topic, dict) and not any(al.lower() in text.lower() for al in topic.get("aliases", [])):
            errs.append(f"{pid}: {label} names no alias of the topic")
    b_lines, a_lines = set(b.split("\n")), set(a.split("\n"))
    for ph in p["evidence"]:
        if ph not in b and ph not in a:
            errs.append(f"{pid}: evidence not verbatim in before or after: {ph!r}")
        # an evidence phrase must point at changed text only: no line that is the same
        # in both versions may contain it
        same = [l for l in b_lines & a_lines if ph in l]
        if same:
            errs.append(f"{pid}: evidence {ph!r} also in an unchanged line: {same[0]!r}")
    for c in p.get("changes", []):
        if c["category"] not in p["categories"]:
            errs.append(f"{pid}: change category {c['category']!r} not in categories")
        if c["before"] is not None and (c["before"] not in b or c["before"] in a):
            errs.append(f"{pid}: changed sentence not (only) in before: {c['before']!r}")
        if c["after"] is not None and (c["after"] not in a or c["after"] in b):
            errs.append(f"{pid}: changed sentence not (only) in after: {c['after']!r}")
    return errs


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
    for p in pairs:
        errors += check_pair(p)

    ok = [p for p in pairs if all(k in p for k in REQUIRED)]
    changed = [p for p in ok if p["flagged"]]
    print(f"pairs: {len(ok)}  (changed {len(changed)}, unchanged {len(ok) - len(changed)}, "
          f"changed share {len(changed) / max(len(ok), 1):.2f})")
    print(f"pages: {len({p.get('page') for p in ok})}")
    print()
    print(f"  {'family':<12}{'pairs':>7}{'changed':>9}{'unchanged':>11}")
    for fam in FAMILIES:
        fp = [p for p in ok if p["family"] == fam]
        fc = sum(p["flagged"] for p in fp)
        print(f"  {fam:<12}{len(fp):>7}{fc:>9}{len(fp) - fc:>11}")
    print()
    topics = Counter(p["topic"]["name"] for p in ok)
    print("topics: " + ", ".join(f"{t} {n}" for t, n in topics.most_common()))
    print()
    cats = Counter(c for p in changed for c in p["categories"])
    print("changed pairs by category (a pair with two categories counts in both):")
    for c in CATEGORIES:
        print(f"  {c:<14}{cats[c]:>4}")
    multi = sum(1 for p in changed if len(p["categories"]) > 1)
    print(f"  pairs with two categories: {multi}")
    print()
    kinds = Counter(k for p in changed for k in p["kinds"])
    print("change kinds (pairs containing each): " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print()
    print("noise kinds (pairs containing each):")
    print(f"  {'kind':<20}{'unchanged':>10}{'changed':>9}")
    for nk in NOISE_KINDS:
        u = sum(1 for p in ok if not p["flagged"] and nk in p["noise"])
        f = sum(1 for p in changed if nk in p["noise"])
        print(f"  {nk:<20}{u:>10}{f:>9}")
    print(f"  changed pairs that also contain noise: {sum(1 for p in changed if p['noise'])}")

    share = len(changed) / max(len(ok), 1)
    if not CHANGED_SHARE[0] <= share <= CHANGED_SHARE[1]:
        errors.append(f"composition: changed share {share:.2f} outside {CHANGED_SHARE}")
    errors += [f"composition: fewer than {MIN_PER_CATEGORY} changed pairs in {c}"
               for c in CATEGORIES if cats[c] < MIN_PER_CATEGORY]

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
