"""Week-over-week claim changes between two versions of a document, with the reasons.

Both texts are read into units (sentences, list items, table rows) with their facts
(`claims.extract.read_units`) and aligned whatever their sentence boundaries and order
(`claims.align`). Each group of aligned units is then judged:

- equal wording, a repeated copy, or units that are not claims: no change;
- a group whose facts differ (numbers after normalising, negations, schedules and levels, places,
  agencies, comparisons, penalties, conditions, substances, statuses, dates of effect), that names
  someone or somewhere the other version never mentions, or that gained or lost a clause outright
  (two or more words with no counterpart, or a category word such as "withdrawal"): `modified`;
- anything else (reworded, reordered, re-split, typos fixed, a number written another way): no change;
- a claim left without a partner: `removed` or `added`.

The diff reads the facts from the texts, not from stored claim rows, so warehouses written by an
older extractor diff with the current rules; stored claims only lend their ids.
"""

import difflib
from dataclasses import dataclass, field

from claimwatch.topic import Topic
from claims.align import Group, align, stem, tokens
from claims.classify import scores
from claims.extract import Unit, read_units
from claims.facts import UNIT_WORDS, differing_facts, same_numbers

HIGH_CATEGORIES = ("legal_status", "safety")
_POSTINGS = 2000  # units looked at for one word when testing whether a clause moved (bounds the cost)
MEDIUM_CATEGORIES = ("dosage", "potency", "statistics")
# Words whose coming or going changes no claim: hedges, intensifiers, links between sentences, and
# words standing for the subject.
FLUFF = frozenset("""also very really quite just currently generally usually typically normally often sometimes
probably possibly potentially likely reportedly report reported thought suspected believed said known considered
somewhat slightly bit more most less rather fairly highly extremely strongly simply still even now already however
therefore thus moreover furthermore additionally addition instead though although interesting note please drug
substance product topic one ones thing things way something anything everything well much many lot lots need needs
recommend recommended recommendation advise advised suggest suggested important importantly particular particularly
specific specifically certain mainly mostly main primary primarily overall further make makes made get gets got
like such example instance including include includes include""".split())


@dataclass(frozen=True)
class ClaimRef:
    claim_id: str | None
    category: str
    text: str
    facts: dict


@dataclass(frozen=True)
class Change:
    category: str
    change_type: str          # added, removed, modified
    before: ClaimRef | None
    after: ClaimRef | None
    severity: str
    reason: str


@dataclass
class Verdict:
    """One group of aligned units and what the diff made of it."""
    group: Group
    change: Change | None
    reasons: list[str] = field(default_factory=list)


@dataclass
class DiffResult:
    before: list[Unit]
    after: list[Unit]
    verdicts: list[Verdict]

    @property
    def changes(self) -> list[Change]:
        return [v.change for v in self.verdicts if v.change is not None]


def severity(category: str, change_type: str, before: ClaimRef | None, after: ClaimRef | None) -> str:
    """high: legal status or safety, or a polarity flip; medium: dosage, potency, statistics; low: the rest."""
    if before and after and before.facts.get("negated") != after.facts.get("negated"):
        return "high"
    if category in HIGH_CATEGORIES:
        return "high"
    if category in MEDIUM_CATEGORIES:
        return "medium"
    return "low"


def diff_claims(before: list[ClaimRef], after: list[ClaimRef], before_text: str | None, after_text: str | None,
                topic: Topic) -> list[Change]:
    """The claim changes from one version to the next (the stored claims lend their ids)."""
    return diff_versions(before_text, after_text, topic, before, after).changes


def diff_versions(before_text: str | None, after_text: str | None, topic: Topic,
                  before_claims: list[ClaimRef] = (), after_claims: list[ClaimRef] = ()) -> DiffResult:
    """Every unit of both versions, their alignment, and the verdict on each aligned group."""
    if before_text is None:  # callers without the text: its claims, one a line
        before_text = "\n".join(c.text for c in before_claims)
    if after_text is None:
        after_text = "\n".join(c.text for c in after_claims)
    memo: dict = {}  # most sentences are in both versions: their facts are read once
    before = read_units(before_text, topic, memo)
    after = read_units(after_text, topic, memo)
    groups = align(before, after)
    context = _Context(before, after, _ids(before, before_claims), _ids(after, after_claims))
    verdicts = _merge_lines([_judge(g, context) for g in sorted(groups, key=_reading_order)], before, after)
    return DiffResult(before, after, verdicts)


def _merge_lines(verdicts: list[Verdict], before: list[Unit], after: list[Unit]) -> list[Verdict]:
    """Sentences added (or removed) together on one line are one change: a new paragraph is reported
    whole, with the category of its first claim."""
    out: list[Verdict] = []
    for v in verdicts:
        last = out[-1] if out else None
        c, p = v.change, last.change if last else None
        if c and p and c.change_type == p.change_type and c.change_type in ("added", "removed"):
            side, units = ("after", after) if c.change_type == "added" else ("before", before)
            mine = getattr(v.group, side)[0]
            theirs = getattr(last.group, side)[-1]
            if units[mine].line == units[theirs].line and mine == theirs + 1:
                ref = getattr(p, side)
                merged = ClaimRef(ref.claim_id, ref.category, f"{ref.text} {getattr(c, side).text}", ref.facts)
                pair = (None, merged) if side == "after" else (merged, None)
                group = Group(last.group.before + v.group.before, last.group.after + v.group.after, last.group.how)
                out[-1] = Verdict(group, _change(c.change_type, *pair, p.reason), last.reasons)
                continue
        out.append(v)
    return out


def _reading_order(group: Group) -> tuple:
    return (group.after[0] if group.after else float("inf"), group.before[0] if group.before else -1)


def _ids(units: list[Unit], stored: list[ClaimRef]) -> dict[int, str | None]:
    """Unit position -> the stored claim id of the same text, when there is one."""
    by_text: dict[str, list[str | None]] = {}
    for ref in stored:
        by_text.setdefault(ref.text, []).append(ref.claim_id)
    ids = {}
    for u in units:
        if by_text.get(u.text):
            ids[u.position] = by_text[u.text].pop(0)
    return ids


class _Context:
    """The two versions, and what the judging of a group may need to know of the whole page (each
    worked out once, when first needed)."""

    def __init__(self, before: list[Unit], after: list[Unit], before_ids: dict, after_ids: dict):
        self.before, self.after = before, after
        self.before_ids, self.after_ids = before_ids, after_ids
        self._cache: dict = {}

    def ref(self, unit: Unit, side: str, category: str) -> ClaimRef:
        ids = self.before_ids if side == "before" else self.after_ids
        return ClaimRef(ids.get(unit.position), unit.category or category, unit.text, unit.facts)

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
        """Whether a page spells the acronym out: its letters start a run of words ("ITT": "initial
        teacher training")."""
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


def _judge(group: Group, ctx: _Context) -> Verdict:
    b_units = [ctx.before[i] for i in group.before]
    a_units = [ctx.after[j] for j in group.after]
    if group.how == "same":
        return Verdict(group, None, ["same wording"])
    if group.how == "repeated":
        return Verdict(group, None, ["a repeated copy: the same words are still on the other version"])
    claims = [u for u in b_units + a_units if u.is_claim]
    if not claims:
        why = "; ".join(sorted({u.why for u in b_units + a_units}))
        return Verdict(group, None, [f"not a claim ({why})"])
    if not a_units:
        unit = b_units[0]
        ref = ctx.ref(unit, "before", unit.category)
        return Verdict(group, _change("removed", ref, None, "claim no longer on the page"), ["claim no longer on the page"])
    if not b_units:
        unit = a_units[0]
        ref = ctx.ref(unit, "after", unit.category)
        return Verdict(group, _change("added", None, ref, "new claim on the page"), ["new claim on the page"])
    return _compare(group, b_units, a_units, ctx, claims[-1].category)


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
    for k, v in out.items():
        if isinstance(v, list):
            v.sort()
    if as_set:  # re-split sentences repeat a figure ("groups of 6" ... "this rule of 6")
        out["numbers"] = [list(q) for q in sorted({tuple(q) for q in out.get("numbers", [])})]
    return out


def _compare(group: Group, b_units: list[Unit], a_units: list[Unit], ctx: _Context, category: str) -> Verdict:
    resplit = len(b_units) > 1 or len(a_units) > 1
    fb, fa = _merged(b_units, resplit), _merged(a_units, resplit)
    reasons = []
    differing = differing_facts(fb, fa)
    if "comparisons" in differing and _same_comparisons(fb, fa, b_units, a_units, ctx):
        differing.remove("comparisons")
    for key in differing:
        reasons.append(f"{key} differ: {_show(fb.get(key))} -> {_show(fa.get(key))}")
    dropped = [n for n in fb.get("names", []) if not _named_in(n, ctx.after_words) and not ctx.spelt_out(n)]
    named = [n for n in fa.get("names", []) if not _named_in(n, ctx.before_words) and not ctx.spelt_out(n)]
    if dropped:
        reasons.append("no longer names " + ", ".join(sorted(set(dropped))))
    if named:
        reasons.append("now names " + ", ".join(sorted(set(named))))
    clause = _clause_change(" ".join(u.masked for u in b_units), " ".join(u.masked for u in a_units), ctx)
    if clause:
        reasons.append(clause)
    if not reasons:
        return Verdict(group, None, [_noise_reason(group, b_units, a_units)])
    before = _carrier(b_units, fa, ctx.after_words)
    after = _carrier(a_units, fb, ctx.before_words)
    change = _change("modified", ctx.ref(before, "before", category), ctx.ref(after, "after", category),
                     ", ".join(differing + (["names"] if dropped or named else []) + (["wording"] if clause else [])))
    return Verdict(group, change, reasons)


_LOOKALIKES = str.maketrans({"1": "l", "0": "o", "5": "s"})


def _subsequence(short: str, word: str) -> bool:
    letters = iter(word)
    return all(c in letters for c in short)


def _same_comparisons(fb: dict, fa: dict, b_units: list[Unit], a_units: list[Unit], ctx: "_Context") -> bool:
    """Comparisons that differ only by a target now named, or no longer named, where the other side
    makes the same comparison without one and the target is on its page ("less potent" -> "less
    potent than MPH" on a page about an MPH analogue)."""
    b_text = " ".join(u.masked.lower() for u in b_units)
    a_text = " ".join(u.masked.lower() for u in a_units)
    for mine, other_text, other_page, theirs in ((fb, a_text, ctx.after_words, fa), (fa, b_text, ctx.before_words, fb)):
        for comparison in set(mine.get("comparisons", [])) - set(theirs.get("comparisons", [])):
            phrase, target = comparison.rsplit(" than ", 1)
            if phrase not in other_text or stem(target) not in other_page:
                return False
    return True


def _named_in(name: str, words: set[str]) -> bool:
    """Whether the page's words hold the name: as written, misspelt by a letter or two ("HCl", "HC1";
    "Distrubed"), or spelt out when it is an acronym ("ITT": "initial teacher training")."""
    parts = [w for w in tokens(name) if w != "#"]
    if all(p in words for p in parts):
        return True
    if any(c.isdigit() for c in name) and _named_in(name.translate(_LOOKALIKES), words):
        return True  # "HC1" for "HCl", "C0VID": a digit typed for a letter
    if len(parts) == 1 and any(c in "lo" for c in parts[0]) and any(
            any(c.isdigit() for c in w) and w.translate(_LOOKALIKES) == parts[0] for w in words):
        return True
    if len(parts) == 1 and len(parts[0]) <= 5 and any(
            w[0] == parts[0][0] and len(w) > len(parts[0]) and _subsequence(parts[0], w) for w in words):
        return True  # an abbreviation: "Fla." for Florida, "Calif." for California
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


def _noise_reason(group: Group, b_units: list[Unit], a_units: list[Unit]) -> str:
    if group.how == "resegmented":
        return f"same facts, split or merged differently ({len(b_units)} -> {len(a_units)} sentences)"
    if group.how == "same category":
        return f"same facts in a rewritten sentence of the same category (similarity {group.similarity:.2f})"
    return f"same facts, reworded (similarity {group.similarity:.2f})"


def _clause_change(before_masked: str, after_masked: str, ctx: "_Context") -> str | None:
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
    # one word can be enough when it names a harm or a legal state ("addiction and withdrawals")
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
        if any(not _named_in(n, other_words) for n in u.facts.get("names", [])):
            return u
    return next((u for u in units if u.is_claim), units[0])


def _change(change_type: str, before: ClaimRef | None, after: ClaimRef | None, reason: str) -> Change:
    category = (after or before).category if change_type != "removed" else before.category
    return Change(category, change_type, before, after, severity(category, change_type, before, after), reason)
