"""Sentence segmentation of extracted text: paragraphs and list items first, then pysbd."""

import re

import pysbd

_SEGMENTER = pysbd.Segmenter(language="en", clean=False)
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+")
_TABLE_CELLS = re.compile(r"\s*\|\s*")
# Abbreviations pysbd splits after; their dot is hidden while segmenting.
_ABBREVIATIONS = re.compile(
    r"\b(approx|est|vs|Gov|Sen|Rep|Lt|Sgt|Capt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd)\.(?=\s+[\w$~])|\b(Nos?)\.(?=\s*\d)"
)
_HIDDEN_DOT = "\u2024"
# pysbd is careful but slow (it compiles regexes per call); a line with no abbreviation-like dot
# is split by the plain rule below, the rest goes to pysbd.
_TRICKY = re.compile(
    r"\b[A-Z]\.|\b[a-z]\.[a-z]\.|\.\.\.|\u2026|"
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd|No|Nos|vs|etc|approx|est|al|Gov|Sen|Rep|Gen|Lt|Sgt|Capt|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Fig|Vol|pp|ca|cf|Mt|Ave|Blvd|Dept|Univ|mg|oz|fl)\.",
)
_BOUNDARY = re.compile(r"(?<=[.!?])([\"\u201d\u2019')\]]*)\s+(?=[\"\u201c\u2018(\[]*[A-Z0-9])")


def _split(line: str) -> list[str]:
    if not _TRICKY.search(line):
        parts = _BOUNDARY.split(line)  # [sentence, closing marks, sentence, closing marks, ...]
        return [parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    hidden = _ABBREVIATIONS.sub(lambda m: (m[1] or m[2]) + _HIDDEN_DOT, line)
    return [sentence.replace(_HIDDEN_DOT, ".") for sentence in _SEGMENTER.segment(hidden)]


def sentences(text: str) -> list[str]:
    """Sentences in reading order. Each line of trafilatura's output is a paragraph, list item or table row."""
    return [sentence for sentence, _ in units(text)]


def units(text: str) -> list[tuple[str, str]]:
    """(sentence, kind) in reading order; kind is "paragraph", "list" (a list item) or "table" (a row)."""
    out = []
    for line in text.splitlines():
        kind = "list" if _LIST_MARK.match(line) else "paragraph"
        line = _LIST_MARK.sub("", line).strip()
        if "|" in line:
            # a table row "Strength | 15 mg per tablet" reads as "Strength: 15 mg per tablet"
            cells = [c for c in _TABLE_CELLS.split(line) if c]
            line = ": ".join(cells)
            kind = "table"
        if not line:
            continue
        for sentence in _split(line):
            sentence = sentence.strip()
            if sentence:
                out.append((sentence, kind))
    return out
