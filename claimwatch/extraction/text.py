"""Normalizing extracted text, so that versions differ only when the words do."""

import hashlib
import re
import unicodedata

import re2

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


# Page furniture that extractors let through now and then; it changes without the page changing.
# RE2: Python's engine backtracked through each ".*" alternative on every line (a third of a
# millisecond a page); the words are ASCII.
_FURNITURE_LINE = re2.compile(
    r"(?i)^(?:\d[\d,]*\s+(?:comments?|replies|shares|views|reviews|ratings)"
    r"|(?:comments?|replies|shares|views)\s*[:(]?\s*\d[\d,]*\)?"
    r"|(?:updated|last updated|last modified|published|posted|page generated|last refreshed|content current as of)\b.{0,60}"
    r"|share (?:this|on|via)\b.*|(?:advertisement|sponsored|ad)|.*\bwe use cookies\b.*|.*\baccept (?:all )?cookies\b.*"
    r"|(?:sign up|subscribe)\b.{0,80}newsletter.*|(?:read more|continue reading|see also|related)\b.{0,80}"
    r"|\d(?:\.\d)? out of 5 stars.*)$"
)


def identity_text(text: str, normalized: bool = False) -> str:
    """The text a version is identified by: normalized, furniture lines left out."""
    lines = (text if normalized else normalize_text(text)).splitlines()
    return "\n".join(line for line in lines if not _FURNITURE_LINE.match(line))


def content_hash(text: str, normalized: bool = False) -> str:
    """The hash of the identity text (`normalized`: the text is normalize_text's already)."""
    return hashlib.sha256(identity_text(text, normalized).encode("utf-8")).hexdigest()
