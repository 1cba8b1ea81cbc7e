"""Whether two groups of aligned units assert the same thing.

Similarity cannot tell: "15 mg" -> "30 mg" is a near-identical sentence. A group is judged on
- its facts (claimwatch.claims.facts), merged over its units (as sets when it was re-split: a re-split sentence
  repeats a figure);
- the places and bodies it names that the other version of the page never mentions (a misspelt,
  abbreviated or spelt-out name is the same name);
- a clause gained or lost outright: two or more words, or one word of harm or law, with nothing
  taken away on the other side, and not found together in another sentence of the other version.
Rewording swaps words on both sides and is no change.
"""

import difflib
import re
from dataclasses import dataclass

from claimwatch.claims.align import stem, tokens
from claimwatch.claims.claim_sentences import Unit
from claimwatch.claims.classify import scores
from claimwatch.claims.facts import UNIT_WORDS, differing_facts

HIGH_CATEGORIES = ("legal_status", "safety")
_POSTINGS = 2000  # units looked at for one word when testing whether a clause moved (bounds the cost)
# Words whose coming or going changes no claim: hedges, intensifiers, links between sentences, and
# words standing for the subject.
FLUFF = frozenset("""also very really quite just currently generally usually typically normally often sometimes
probably possibly potentially likely reportedly report reported thought suspected believed said known considered
somewhat slightly bit more most less rather fairly highly extremely strongly simply still even now already however
therefore thus moreover furthermore additionally addition instead though although interesting note please drug
substance product topic one ones thing things way something anything everything well much many lot lots need needs
recommend recommended recommendation advise advised suggest suggested important importantly particular particularly
specific specifically certain mainly mostly main primary primarily overall further make makes made get gets got
like such example instance including include includes""".split())


class Pages:
    """The units of both versions, and what the comparison of a group may need to know of the whole
    pages (each worked out once, when first needed)."""

    def __init__(self, before: list[Unit], after: list[Unit]):
        self.before, self.after = before, after
        self._cache: dict = {}

    def _once(self, name: str, make):
        if name not in self._cache:
            self._cache[name] = make()
        return self._cache[name]

    @property
    def before_words(self) -> set[str]:
        return self._once("before_words", lambda: {w for u in self.before for w in u.words})

    @property
    def after_words(self) -> set[str]:
        return self._once("after_words", lambda: {w for u in self.after for w in u.words})

    def spelt_out(self, acronym: str) -> bool:
        """Whether a page spells the acronym out: its letters start a run of words ("CSU": "community
        support unit")."""
        if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
            return False
        initials = self._once("initials", lambda: " ".join(
            "".join(w[0] for w in u.text.lower().split() if w[:1].isalpha()) for u in self.before + self.after))
        return acronym in initials

    def sentence_holding(self, side: str):
        """A test: does one unit of this side hold most (three quarters) of these words together?"""
        units = self.before if side == "before" else self.after

        def index() -> dict[str, list[int]]:
            out: dict[str, list[int]] = {}
            for n, u in enumerate(units):
                for w in set(u.words):
                    out.setdefault(w, []).append(n)
            return out

        def holds(words: list[str]) -> bool:
            postings = self._once(side + "_index", index)
            counts: dict[int, int] = {}
            for w in set(words):
                for n in postings.get(w, ())[:_POSTINGS]:
                    counts[n] = counts.get(n, 0) + 1
            return bool(counts) and max(counts.values()) * 4 >= 3 * len(set(words))

        return holds


def _merged(units: list[Unit], as_set: bool = False) -> dict:
    """The facts of several units as one: lists joined, negations summed."""
    out: dict = {}
    for u in units:
        for k, v in u.facts.items():
            if isinstance(v, list):
                out.setdefault(k, []).extend(v)
            elif isinstance(v, bool):
                out[k] = out.get(k, False) or v
            elif isinstance(v, (int, float)):
                out[k] = out.get(k, 0) + v
    for v in out.values():
        if isinstance(v, list):
            v.sort()
    if as_set:  # re-split sentences repeat a figure ("teams of 4" ... "this limit of 4")
        out["numbers"] = [list(q) for q in sorted({tuple(q) for q in out.get("numbers", [])})]
    return out


@dataclass
class Difference:
    """What differs between the units of a group, and the unit on each side that holds it."""
    reasons: list[str]
    summary: str
    before: Unit
    after: Unit


def compare(b_units: list[Unit], a_units: list[Unit], ctx: "Pages") -> Difference:
    """Compare what two groups of units assert: their facts, the places they name, their clauses.
    An empty `reasons` means the same claim in other words."""
    resplit = len(b_units) > 1 or len(a_units) > 1
    fb, fa = _merged(b_units, resplit), _merged(a_units, resplit)
    reasons = []
    differing = differing_facts(fb, fa)
    if "comparisons" in differing and _same_comparisons(fb, fa, b_units, a_units, ctx):
        differing.remove("comparisons")
    for key in ("conditions", "substances"):
        if key in differing and _misspelt_only(fb.get(key, []), fa.get(key, []), b_units, a_units):
            differing.remove(key)
    if "numbers" in differing and _number_typo_fixed(" ".join(u.masked for u in b_units),
                                                     " ".join(u.masked for u in a_units)):
        differing.remove("numbers")
    for key in differing:
        reasons.append(f"{key} differ: {_show(fb.get(key))} -> {_show(fa.get(key))}")
    dropped = [n for u in b_units for n in u.names if not _named_in(n, ctx.after_words) and not ctx.spelt_out(n)]
    named = [n for u in a_units for n in u.names if not _named_in(n, ctx.before_words) and not ctx.spelt_out(n)]
    if dropped:
        reasons.append("no longer names " + ", ".join(sorted(set(dropped))))
    if named:
        reasons.append("now names " + ", ".join(sorted(set(named))))
    clause = _clause_change(" ".join(u.masked for u in b_units), " ".join(u.masked for u in a_units), ctx)
    if clause:
        reasons.append(clause)
    summary = ", ".join(differing + (["names"] if dropped or named else []) + (["wording"] if clause else []))
    return Difference(reasons, summary, _carrier(b_units, fa, ctx.after_words), _carrier(a_units, fb, ctx.before_words))


# A number with two decimal points is no number ("25.47.5mg"); dates written with dots are not this
_MALFORMED_NUMBER = re.compile(r"(?<![\d.])\d{1,3}\.\d+\.\d{1,3}(?![\d.])")
_NOT_DIGITS = re.compile(r"\D+")


def _number_typo_fixed(before: str, after: str) -> bool:
    """A malformed number made whole, or the reverse, with the same digits in the same order
    ("25.47.5mg" -> "25-47.5mg"): a typo fixed, not a new figure."""
    if not (_MALFORMED_NUMBER.search(before) or _MALFORMED_NUMBER.search(after)):
        return False
    return _NOT_DIGITS.sub("", before) == _NOT_DIGITS.sub("", after)


def _misspelt_only(before: list[str], after: list[str], b_units: list[Unit], a_units: list[Unit]) -> bool:
    """Conditions or substances that differ only because one side misspells the word ("Withdrawl
    symptoms" -> "Withdrawal symptoms"): each word read on one side only is on the other side, spelt
    a letter or two differently."""
    b_words = {w for u in b_units for w in u.text.lower().split()}
    a_words = {w for u in a_units for w in u.text.lower().split()}
    for values, other in ((set(before) - set(after), a_words), (set(after) - set(before), b_words)):
        for value in values:
            if not all(_misspelt_in(word, other) for word in value.split()):
                return False
    return True


def _misspelt_in(word: str, words: set[str]) -> bool:
    return len(word) >= 5 and any(
        w[:1] == word[:1] and abs(len(w) - len(word)) <= 2 and difflib.SequenceMatcher(None, word, w).ratio() >= 0.85
        for w in (w.strip(".,;:!?()\"'") for w in words))


_LOOKALIKES = str.maketrans({"1": "l", "0": "o", "5": "s"})


def _subsequence(short: str, word: str) -> bool:
    letters = iter(word)
    return all(c in letters for c in short)


def _same_comparisons(fb: dict, fa: dict, b_units: list[Unit], a_units: list[Unit], ctx: "Pages") -> bool:
    """Comparisons that differ only by a target now named, or no longer named, where the other side
    makes the same comparison without one and the target is on its page ("less potent" -> "less
    potent than codeine" on a page about a codeine analogue)."""
    b_text = " ".join(u.masked.lower() for u in b_units)
    a_text = " ".join(u.masked.lower() for u in a_units)
    for mine, other_text, other_page, theirs in ((fb, a_text, ctx.after_words, fa), (fa, b_text, ctx.before_words, fb)):
        for comparison in set(mine.get("comparisons", [])) - set(theirs.get("comparisons", [])):
            phrase, target = comparison.rsplit(" than ", 1)
            if phrase not in other_text or stem(target) not in other_page:
                return False
    return True


def _named_in(name: str, words: set[str]) -> bool:
    """Whether the page's words hold the name: as written, misspelt by a letter or two ("NaCl", "NaC1";
    "Recieved"), or spelt out when it is an acronym ("CSU": "community support unit")."""
    parts = [w for w in tokens(name) if w != "#"]
    if all(p in words for p in parts):
        return True
    if any(c.isdigit() for c in name) and _named_in(name.translate(_LOOKALIKES), words):
        return True  # "NaC1" for "NaCl", "C0DEINE": a digit typed for a letter
    if len(parts) == 1 and any(c in "lo" for c in parts[0]) and any(
            any(c.isdigit() for c in w) and w.translate(_LOOKALIKES) == parts[0] for w in words):
        return True
    if len(parts) == 1 and 3 <= len(parts[0]) <= 5 and any(
            w[0] == parts[0][0] and len(w) > len(parts[0]) and _subsequence(parts[0], w) for w in words):
        # an abbreviation: "Fla." for Florida, "Calif." for California; a code of two letters ("MD", "MS")
        # stands for itself, or it would be read into any word that holds its letters ("made", "most")
        return True
    if len(parts) == 1 and len(parts[0]) >= 4:
        word = parts[0]
        if any(abs(len(w) - len(word)) <= 2 and w[:1] == word[:1]
               and difflib.SequenceMatcher(None, word, w).ratio() >= 0.8 for w in words):
            return True
    return False


def _show(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show_one(v) for v in value) + "]"
    return str(value if value is not None else "-")


def _show_one(value) -> str:
    if isinstance(value, list) and len(value) == 3:  # a quantity
        low, high, unit = value
        number = f"{low:g}" if low == high else f"{low:g}-{high:g}"
        return f"{number} {unit}".strip()
    return str(value)


def _clause_change(before_masked: str, after_masked: str, ctx: "Pages") -> str | None:
    """A clause gained or lost outright: words on one side with no counterpart on the other (two or
    more in a row, or a word of harm or law), while the other side lost nothing, and not found
    together in another sentence of the other version (a clause moved there is still on the page).
    Rewording swaps words on both sides and is no change."""
    b_words = [w for w in tokens(before_masked) if w != "#" and w not in FLUFF and w not in UNIT_WORDS]
    a_words = [w for w in tokens(after_masked) if w != "#" and w not in FLUFF and w not in UNIT_WORDS]
    b_missing = _missing(b_words, a_words)
    a_missing = _missing(a_words, b_words)
    if b_missing and not a_missing:
        run = _run_or_cue(b_words, b_missing, ctx.after_words, ctx.sentence_holding("after"))
        return f"words removed: {run}" if run else None
    if a_missing and not b_missing:
        run = _run_or_cue(a_words, a_missing, ctx.before_words, ctx.sentence_holding("before"))
        return f"words added: {run}" if run else None
    return None


def _missing(words: list[str], other: list[str]) -> list[int]:
    """Positions of the words with no counterpart in `other` (typos and inflections count as counterparts)."""
    others = set(other)
    prefixes = {w[:5] for w in other if len(w) > 5}
    out = []
    for i, w in enumerate(words):
        if w in others or (len(w) > 5 and w[:5] in prefixes):
            continue
        if any(abs(len(o) - len(w)) <= 2 and difflib.SequenceMatcher(None, w, o).ratio() >= 0.8 for o in others):
            continue
        out.append(i)
    return out


def _run_or_cue(words: list[str], missing: list[int], other_page: set[str], holds) -> str | None:
    runs, run = [], [missing[0]]
    for i in missing[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            runs.append(run)
            run = [i]
    runs.append(run)
    for run in sorted(runs, key=len, reverse=True):
        clause = [words[i] for i in run]
        if len(run) >= 2 and not holds(clause):
            return " ".join(clause)
    # one word can be enough when it names a harm or a legal state ("rashes and seizures")
    cues = [words[i] for i in missing if words[i] not in other_page and _grave(scores(words[i]))]
    return " ".join(cues) if cues else None


def _grave(cue_scores: dict[str, int]) -> bool:
    return any(cue_scores[c] >= 2 for c in HIGH_CATEGORIES)


def _carrier(units: list[Unit], other_facts: dict, other_words: set[str]) -> Unit:
    """The unit of a group that holds what differs (a group may hold several sentences)."""
    if len(units) == 1:
        return units[0]
    other_numbers = [q[:2] for q in other_facts.get("numbers", [])]
    for u in units:
        if any(q[:2] not in other_numbers for q in u.facts.get("numbers", [])):
            return u
        if any(d not in other_facts.get("dates", []) for d in u.facts.get("dates", [])):
            return u
        if any(not _named_in(n, other_words) for n in u.names):
            return u
    return next((u for u in units if u.is_claim), units[0])
