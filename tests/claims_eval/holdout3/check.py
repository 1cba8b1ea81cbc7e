#!/usr/bin/env python3
"""Validate holdout3/pairs.jsonl and print its counts. Standalone, standard library only.

    python tests/claims_eval/holdout3/check.py [pairs.jsonl]

Exit status 0 when every check passes, 1 otherwise.
"""

import collections
import json
import pathlib
import re
import sys

NOISE_KINDS = {"reorder", "reword", "typo", "punctuation", "date", "furniture",
               "non_claim_sentence", "number_format", "paragraph_split"}
CATEGORIES = {"legal_status", "potency", "safety", "dosage", "efficacy", "statistics", "product"}
CHANGE_KINDS = {"number", "status", "negation", "quantifier", "modified", "added", "removed"}
FAMILIES = {"shop", "news", "care", "regulator", "other"}
FIELDS = ("id", "family", "page", "topic", "before", "after", "flagged", "kinds",
          "categories", "noise", "evidence", "note")
MIN_LINES, MAX_LINES = 15, 80

# A naive sentence split, enough to tell whether an evidence phrase lies inside
# one sentence that really changed (and not in an unchanged sibling sentence).
_SENT = re.compile(r'(?:(?<=[.!?])|(?<=[.!?][”"’)]))\s+(?=[“"‘(]?[A-Z0-9])')
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def sentences(text):
    out = []
    for line in text.split("\n"):
        body = line[2:] if line.startswith("- ") else line
        if body.startswith("|"):
            out.append(body)
        else:
            out.extend(s for s in _SENT.split(body) if s)
    return out


def _check_evidence(r, errs):
    before, after = r["before"], r["after"]
    b_lines, a_lines = set(before.split("\n")), set(after.split("\n"))
    b_sents, a_sents = set(sentences(before)), set(sentences(after))
    for ev in r["evidence"]:
        nb, na = before.count(ev), after.count(ev)
        if nb + na == 0:
            errs.append(f"{r['id']}: evidence {ev!r} is in neither text")
            continue
        if nb > 1 or na > 1:
            errs.append(f"{r['id']}: evidence {ev!r} is not unique (before {nb}, after {na})")
        for text, other_lines, other_sents, side in ((before, a_lines, a_sents, "before"),
                                                      (after, b_lines, b_sents, "after")):
            if ev not in text:
                continue
            for line in text.split("\n"):
                if ev in line and line in other_lines:
                    errs.append(f"{r['id']}: evidence {ev!r} is on an unchanged line ({side})")
            holders = [s for s in sentences(text) if ev in s]
            if not holders:
                errs.append(f"{r['id']}: evidence {ev!r} spans sentences ({side})")
            elif all(s in other_sents for s in holders):
                errs.append(f"{r['id']}: evidence {ev!r} is in an unchanged sentence ({side})")


def validate(records):
    errs = []
    seen = set()
    for n, r in enumerate(records, 1):
        missing = [f for f in FIELDS if f not in r]
        if missing:
            errs.append(f"record {n}: missing {missing}")
            continue
        rid = r["id"]
        if rid in seen:
            errs.append(f"{rid}: duplicate id")
        seen.add(rid)
        if r["family"] not in FAMILIES:
            errs.append(f"{rid}: unknown family {r['family']!r}")
        topic = r["topic"]
        if not isinstance(topic, dict) or not topic.get("name") or not topic.get("aliases"):
            errs.append(f"{rid}: topic needs name and aliases")
        else:
            for side in ("before", "after"):
                low = r[side].lower()
                if not any(a.lower() in low for a in topic["aliases"]):
                    errs.append(f"{rid}: {side} text names none of the topic aliases")
        if r["flagged"] != bool(r["kinds"]):
            errs.append(f"{rid}: flagged={r['flagged']} but kinds={r['kinds']}")
        if bool(r["categories"]) != r["flagged"] or bool(r["evidence"]) != r["flagged"]:
            errs.append(f"{rid}: categories/evidence must be present exactly when flagged")
        if not r["flagged"] and not r["noise"]:
            errs.append(f"{rid}: an unchanged pair must name its noise")
        if not set(r["kinds"]) <= CHANGE_KINDS:
            errs.append(f"{rid}: bad kinds {r['kinds']}")
        if not set(r["categories"]) <= CATEGORIES:
            errs.append(f"{rid}: bad categories {r['categories']}")
        if not set(r["noise"]) <= NOISE_KINDS:
            errs.append(f"{rid}: bad noise kinds {r['noise']}")
        if r["before"] == r["after"]:
            errs.append(f"{rid}: before == after")
        for side in ("before", "after"):
            lines = r[side].split("\n")
            if not MIN_LINES <= len(lines) <= MAX_LINES:
                errs.append(f"{rid}: {side} has {len(lines)} lines (want {MIN_LINES}-{MAX_LINES})")
            if any(not ln.strip() or ln != ln.strip() for ln in lines):
                errs.append(f"{rid}: {side} has a blank or padded line")
            if _HTML.search(r[side]):
                errs.append(f"{rid}: {side} contains HTML")
        if not r["note"].strip():
            errs.append(f"{rid}: empty note")
        if r.get("date_before") and r.get("date_after") and r["date_before"] >= r["date_after"]:
            errs.append(f"{rid}: dates out of order")
        _check_evidence(r, errs)
    return errs


def report(records):
    flagged = [r for r in records if r["flagged"]]
    out = [f"pairs: {len(records)}  changed {len(flagged)}, unchanged {len(records) - len(flagged)}"
           f"  ({100 * len(flagged) / max(1, len(records)):.1f}% changed)",
           f"pages: {len({r['page'] for r in records})}", "", "per family:  pairs  changed  unchanged  pages"]
    for fam in sorted(FAMILIES):
        rs = [r for r in records if r["family"] == fam]
        ch = sum(r["flagged"] for r in rs)
        out.append(f"  {fam:<10} {len(rs):>5}  {ch:>7}  {len(rs) - ch:>9}  {len({r['page'] for r in rs}):>5}")
    out += ["", "per category (changed pairs carrying it):"]
    cats = collections.Counter(c for r in flagged for c in r["categories"])
    for c in sorted(CATEGORIES):
        out.append(f"  {c:<14} {cats[c]:>3}")
    out.append(f"  pairs with 2+ categories: {sum(len(r['categories']) > 1 for r in flagged)}")
    out += ["", "change kinds (changed pairs carrying it):"]
    kinds = collections.Counter(k for r in flagged for k in r["kinds"])
    for k in sorted(CHANGE_KINDS):
        out.append(f"  {k:<14} {kinds[k]:>3}")
    out += ["", "noise kinds:          unchanged  changed"]
    for k in sorted(NOISE_KINDS):
        nu = sum(k in r["noise"] for r in records if not r["flagged"])
        nc = sum(k in r["noise"] for r in flagged)
        out.append(f"  {k:<20} {nu:>9}  {nc:>7}")
    out.append(f"  changed pairs that also carry noise: {sum(bool(r['noise']) for r in flagged)}")
    return "\n".join(out)


def main(argv):
    path = pathlib.Path(argv[1]) if len(argv) > 1 else pathlib.Path(__file__).with_name("pairs.jsonl")
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            print(f"line {n}: not JSON: {e}")
            return 1
    errs = validate(records)
    print(report(records))
    print()
    for e in errs:
        print("FAIL", e)
    print("all checks passed" if not errs else f"{len(errs)} check(s) failed")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
