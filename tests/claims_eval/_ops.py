"""Edit operations used by build_pairs.py to derive the week-2 text from the week-1 text.

Every pair is written once (its week-1 text) plus a list of edits; the labelled claim changes
come from the edits themselves, so the labels can never drift from the texts.
"""

import textwrap


def T(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


# --- labelled claim changes -------------------------------------------------------------

def mod(category, old, new):
    """A claim sentence rewritten with a different fact (number, negation, schedule, place...)."""
    return {"op": "mod", "category": category, "old": old, "new": new}


def add(category, after, sentence, line=False, bullet=False):
    """A new claim sentence: in the same paragraph right after `after`, or (line=True) as a new
    line after the line that ends with `after`; bullet=True makes the new line a list item."""
    return {"op": "add", "category": category, "after": after, "sentence": sentence, "line": line, "bullet": bullet}


def rem(category, sentence):
    """A claim sentence deleted (its whole line if it is alone on the line)."""
    return {"op": "rem", "category": category, "sentence": sentence}


# --- noise ------------------------------------------------------------------------------

def sub(old, new, kind):
    return {"op": "sub", "old": old, "new": new, "kind": kind}


def ins(after, text, kind, line=False):
    return {"op": "ins", "after": after, "text": text, "line": line, "kind": kind}


def dele(text, kind):
    return {"op": "dele", "text": text, "kind": kind}


def move(line_prefix, after_prefix, kind="reorder"):
    """Move the line starting with line_prefix to just after the line starting with after_prefix
    (None: to the top)."""
    return {"op": "move", "line": line_prefix, "after": after_prefix, "kind": kind}


# --- application ------------------------------------------------------------------------

def _once(text, old):
    n = text.count(old)
    if n != 1:
        raise ValueError(f"expected exactly one occurrence, found {n}: {old!r}")


def _line_index(lines, prefix):
    hits = [i for i, l in enumerate(lines) if l.startswith(prefix)]
    if len(hits) != 1:
        raise ValueError(f"expected one line starting with {prefix!r}, found {len(hits)}")
    return hits[0]


def _delete(text, piece):
    _once(text, piece)
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l in (piece, "- " + piece):
            del lines[i]
            return "\n".join(lines)
    if piece + " " in text:
        return text.replace(piece + " ", "", 1)
    if " " + piece in text:
        return text.replace(" " + piece, "", 1)
    raise ValueError(f"cannot delete cleanly: {piece!r}")


def _insert(text, after, new, line, bullet=False):
    _once(text, after)
    if line:
        lines = text.split("\n")
        idx = [i for i, l in enumerate(lines) if l.endswith(after)]
        if len(idx) != 1:
            raise ValueError(f"no single line ending with {after!r}")
        lines.insert(idx[0] + 1, ("- " if bullet else "") + new)
        return "\n".join(lines)
    return text.replace(after, after + " " + new, 1)


def apply(before, edits):
    text, changes, noise = before, [], []
    for e in edits:
        op = e["op"]
        if op in ("mod", "sub"):
            _once(text, e["old"])
            text = text.replace(e["old"], e["new"], 1)
            if op == "mod":
                changes.append({"category": e["category"], "change_type": "modified", "before": e["old"], "after": e["new"]})
        elif op == "add":
            text = _insert(text, e["after"], e["sentence"], e["line"], e["bullet"])
            changes.append({"category": e["category"], "change_type": "added", "before": None, "after": e["sentence"]})
        elif op == "rem":
            text = _delete(text, e["sentence"])
            changes.append({"category": e["category"], "change_type": "removed", "before": e["sentence"], "after": None})
        elif op == "ins":
            text = _insert(text, e["after"], e["text"], e["line"])
        elif op == "dele":
            text = _delete(text, e["text"])
        elif op == "move":
            lines = text.split("\n")
            line = lines.pop(_line_index(lines, e["line"]))
            at = 0 if e["after"] is None else _line_index(lines, e["after"]) + 1
            lines.insert(at, line)
            text = "\n".join(lines)
        else:
            raise ValueError(op)
        if op in ("sub", "ins", "dele", "move") and e["kind"] not in noise:
            noise.append(e["kind"])
    return text, changes, noise
