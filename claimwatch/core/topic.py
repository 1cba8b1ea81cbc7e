"""Recognising the topic's names in text, in the spellings pages really use."""

import re
from dataclasses import dataclass
from functools import cached_property

# Separators seen between the parts of a name: hyphens and dashes of every kind, spaces.
_SEP = r"[\s\-\u2010\u2011\u2012\u2013\u2014]?"


def _alias_pattern(alias: str) -> str:
    # "7-OH" also matches "7OH", "7 OH" and "7‑oh"; "7-hydroxymitragynine" also "7-hydroxy mitragynine".
    parts = [p for p in re.split(r"[\s\-\u2010-\u2014]+", alias.strip()) if p]
    pieces = []
    for i, part in enumerate(parts):
        if i:
            pieces.append(_SEP)
        # split letter/digit boundaries ("7OH" -> "7", "OH") so each may be separated
        chunks = re.findall(r"\d+|[^\W\d_]+", part)
        pieces.append(_SEP.join(re.escape(c) for c in chunks))
    body = "".join(pieces)
    # "hydroxymitragynine" may be written "hydroxy mitragynine"
    body = body.replace("hydroxymitragynine", "hydroxy" + _SEP + "mitragynine")
    return body


@dataclass(frozen=True)
class Topic:
    name: str
    aliases: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern:
        names = sorted({self.name, *self.aliases}, key=len, reverse=True)
        alternatives = "|".join(_alias_pattern(a.lower()) for a in names)
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)

    def mentioned_in(self, text: str) -> bool:
        return bool(self.pattern.search(text or ""))

    def mask(self, text: str, placeholder: str = "TOPIC") -> str:
        """Replace the topic's names, so that the "7" of "7-OH" is not read as a number."""
        return self.pattern.sub(placeholder, text)


DEFAULT_TOPIC = Topic(
    name="7-hydroxymitragynine",
    aliases=("7-hydroxymitragynine", "7-OH", "7OH", "7-OHM"),
)
