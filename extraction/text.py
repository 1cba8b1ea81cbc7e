"""Normalizing extracted text, so that versions differ only when the words do."""

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u00a0": " ", "\u2009": " ", "\u202f": " "})
_SPACE = re.compile(r"[ \t\r\f\v]+")


def normalize_text(text: str) -> str:
    """NFKC, straight quotes and dashes, single spaces, no blank lines."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
