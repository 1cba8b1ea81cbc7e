"""Two versions of a page compared: claim by claim (the claim diff itself, with its verdicts) and line
by line, with the changed words marked as in the digest."""

import difflib

from claimwatch.claims.diff import ClaimRef, diff_versions
from claimwatch.core.topic import Topic
from claimwatch.digest.render import highlight

CONTEXT = 1  # unchanged lines shown around a change; the rest are folded


def claim_diff(before_text: str, after_text: str, before: list[ClaimRef], after: list[ClaimRef],
               topic: Topic) -> list[dict]:
    """Every aligned group of sentences that is not word for word the same, with its verdict."""
    result = diff_versions(before_text, after_text, topic, before, after)
    out = []
    for verdict in result.verdicts:
        group = verdict.group
        if group.how == "same":
            continue
        before_part = " ".join(result.before[i].text for i in group.before)
        after_part = " ".join(result.after[j].text for j in group.after)
        b_parts, a_parts = highlight(before_part, after_part)
        change = verdict.change
        out.append({"flagged": change is not None, "how": group.how,
                    "category": change.category if change else None,
                    "change_type": change.change_type if change else None,
                    "severity": change.severity if change else None,
                    "reasons": verdict.reasons, "before": before_part, "after": after_part,
                    "before_parts": b_parts, "after_parts": a_parts})
    out.sort(key=lambda g: not g["flagged"])  # flagged first, each side in reading order
    return out


def text_diff(before_text: str, after_text: str) -> list[dict]:
    """Blocks of lines: `equal` (folded when long), `replace` (word-marked), `delete`, `insert`."""
    b, a = before_text.splitlines(), after_text.splitlines()
    blocks: list[dict] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, b, a, autojunk=False).get_opcodes():
        if op == "equal":
            lines = b[i1:i2]
            if len(lines) > 2 * CONTEXT + 1:
                blocks.append({"op": "equal", "lines": lines[:CONTEXT]})
                blocks.append({"op": "folded", "count": len(lines) - 2 * CONTEXT})
                blocks.append({"op": "equal", "lines": lines[-CONTEXT:]})
            else:
                blocks.append({"op": "equal", "lines": lines})
        elif op == "replace":
            b_parts, a_parts = highlight("\n".join(b[i1:i2]), "\n".join(a[j1:j2]))
            blocks.append({"op": "replace", "before_parts": b_parts, "after_parts": a_parts})
        elif op == "delete":
            blocks.append({"op": "delete", "lines": b[i1:i2]})
        else:
            blocks.append({"op": "insert", "lines": a[j1:j2]})
    if blocks and blocks[0]["op"] == "equal" and len(blocks) > 1 and blocks[1]["op"] == "folded":
        blocks[1]["count"] += len(blocks[0]["lines"])  # no context needed before the first change
        blocks.pop(0)
    return blocks
