#!/usr/bin/env python3
"""Write holdout3/pairs.jsonl from the pages and their weekly edits (standard library only).

    python tests/claims_eval/holdout3/build.py

Deterministic: the same sources always give the same file. The records are
validated with check.py before anything is written.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check  # noqa: E402
import pages_news  # noqa: E402
import pages_other  # noqa: E402
import pages_rules  # noqa: E402
import pages_shop  # noqa: E402


def records():
    out = []
    for module in (pages_shop, pages_news, pages_rules, pages_other):
        for page in module.pages():
            out.extend(page.records())
    return out


def main():
    recs = records()
    errs = check.validate(recs)
    if errs:
        for e in errs:
            print("FAIL", e)
        return 1
    path = HERE / "pairs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"wrote {len(recs)} pairs to {path.relative_to(HERE.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
