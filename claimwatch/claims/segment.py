"""Sentence segmentation of extracted text: paragraphs, list items and table rows first, then
sentences.

Sentences end at . ! or ? (and any closing quote or bracket) followed by a space and a capital,
digit or opening quote. The dots of abbreviations ("Dr.", "U.S.", "e.g.", "approx.", "Nov. 9",
initials) are hidden first, so they do not end a sentence. This is the part of pysbd's rules that
our pages need, at about 20 times its speed (pysbd compiles regular expressions on every call).
"""

import re

import re2

_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+")
_TABLE_CELLS = re.compile(r"\s*\|\s*")
_ABBREVIATION = (
    r"(?:[A-Za-z]\.){2,}"                      # U.S., e.g., i.e., a.m., U.K.
    r"|[A-Z]\."                                # initials: J. Smith
    r"|(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd|vs|etc|approx|est|al|Gov|Sen|Rep|Gen|Lt|Sgt|Capt|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Fig|Figs|Vol|pp|ca|cf|Mt|Ave|Blvd|Dept|Univ|"
    r"Fla|Calif|Ala|Ariz|Ark|Colo|Conn|Del|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|oz|fl)\."
    r"|No\.(?=\s*\d)"
)
_ABBREVIATIONS = re.compile(rf"(?<![\w.])(?:{_ABBREVIATION})")
# Most lines hold no abbreviation, and Python's engine tries the lookbehind at every position (20 us
# a line); RE2 tells in one pass whether a line may hold one. Its test is looser (no lookarounds, an
# ASCII-only \w), so it never passes over a line that the exact pattern would change.
_MAY_ABBREVIATE = re2.compile(r"(?:^|[^\w.])(?:" + _ABBREVIATION.replace(r"(?=\s*\d)", "") + ")")
_BOUNDARY = re.compile(r"(?<=[.!?])([\"\u201d\u2019')\]]*)\s+(?=[\"\u201c\u2018(\[]*[A-Z0-9])")
_HIDDEN_DOT = "\u2024"


def split_sentences(paragraph: str) -> list[str]:
    hidden = paragraph
    if _MAY_ABBREVIATE.search(paragraph):
        hidden = _ABBREVIATIONS.sub(lambda m: m[0].replace(".", _HIDDEN_DOT), paragraph)
    parts = _BOUNDARY.split(hidden)  # [sentence, closing marks, sentence, closing marks, ...]
    sentences = (parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2))
    return [s.replace(_HIDDEN_DOT, ".").strip() for s in sentences if s.strip()]


def sentences(text: str) -> list[str]:
    """Sentences in reading order. Each line of trafilatura's output is a paragraph, list item or table row."""
    return [sentence for sentence, _, _ in units(text)]


def units(text: str) -> list[tuple[str, str, int]]:
    """(sentence, kind, line number) in reading order; kind is "paragraph", "list" (a list item) or
    "table" (a row)."""
    out: list[tuple[str, str, int]] = []
    for number, line in enumerate(text.splitlines()):
        kind = "list" if _LIST_MARK.match(line) else "paragraph"
        line = _LIST_MARK.sub("", line).strip()
        if "|" in line:
            # a table row "Strength | 15 mg per tablet" reads as "Strength: 15 mg per tablet"
            cells = [c for c in _TABLE_CELLS.split(line) if c]
            line = ": ".join(cells)
            kind = "table"
        if line:
            out.extend((sentence, kind, number) for sentence in split_sentences(line))
    return out
