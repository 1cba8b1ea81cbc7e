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
        hidden = _ABBREVIATIONS.sub(lambda m: (m[1] or m[2]) + _HIDDEN_DOT, line)
        for sentence in _SEGMENTER.segment(hidden):
            sentence = sentence.replace(_HIDDEN_DOT, ".").strip()
            if sentence:
                out.append((sentence, kind))
    return out
