"""Week-over-week claim changes between two versions of a document, with the reasons.

Both texts are read into units (sentences, list items, table rows) with their facts
(`claimwatch.claims.claim_sentences.read_units`) and aligned whatever their sentence boundaries and order
(`claimwatch.claims.align`). Each group of aligned units is then judged:

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

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimwatch.claims.align import Group, align
from claimwatch.claims.claim_sentences import Unit, read_units
from claimwatch.claims.compare import HIGH_CATEGORIES, Pages, compare
from claimwatch.core.topic import Topic

MEDIUM_CATEGORIES = ("dosage", "potency", "statistics")
@dataclass(frozen=True)
class ClaimRef:
    claim_id: str | None
    category: str | None  # None: a sentence that is no claim, changed with the claims beside it
    text: str
    facts: dict


@dataclass(frozen=True)
class Change:
    category: str | None
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


def severity(category: str | None, change_type: str, before: ClaimRef | None, after: ClaimRef | None) -> str:
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
                  before_claims: Sequence[ClaimRef] = (), after_claims: Sequence[ClaimRef] = ()) -> DiffResult:
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
        if last and c and p and c.change_type == p.change_type and c.change_type in ("added", "removed"):
            side, units = ("after", after) if c.change_type == "added" else ("before", before)
            mine = getattr(v.group, side)[0]
            theirs = getattr(last.group, side)[-1]
            if units[mine].line == units[theirs].line and mine == theirs + 1:
                ref = getattr(p, side)
                merged = ClaimRef(ref.claim_id, ref.category, f"{ref.text} {getattr(c, side).text}", ref.facts)
                before_ref, after_ref = (None, merged) if side == "after" else (merged, None)
                group = Group(last.group.before + v.group.before, last.group.after + v.group.after, last.group.how)
                out[-1] = Verdict(group, _change(c.change_type, before_ref, after_ref, p.reason), last.reasons)
                continue
        out.append(v)
    return out


def _reading_order(group: Group) -> tuple:
    return (group.after[0] if group.after else float("inf"), group.before[0] if group.before else -1)


def _ids(units: list[Unit], stored: Sequence[ClaimRef]) -> dict[int, str | None]:
    """Unit position -> the stored claim id of the same text, when there is one."""
    by_text: dict[str, list[str | None]] = {}
    for ref in stored:
        by_text.setdefault(ref.text, []).append(ref.claim_id)
    ids = {}
    for u in units:
        if by_text.get(u.text):
            ids[u.position] = by_text[u.text].pop(0)
    return ids


class _Context(Pages):
    """The two versions, the stored claim ids of their units, and what is known of the pages."""

    def __init__(self, before: list[Unit], after: list[Unit], before_ids: dict, after_ids: dict):
        super().__init__(before, after)
        self.before_ids, self.after_ids = before_ids, after_ids

    def ref(self, unit: Unit, side: str, category: str | None) -> ClaimRef:
        ids = self.before_ids if side == "before" else self.after_ids
        return ClaimRef(ids.get(unit.position), unit.category or category, unit.text, unit.facts)


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
    found = compare(b_units, a_units, ctx)
    if not found.reasons:
        return Verdict(group, None, [_noise_reason(group, b_units, a_units)])
    category = claims[-1].category
    change = _change("modified", ctx.ref(found.before, "before", category), ctx.ref(found.after, "after", category),
                     found.summary)
    return Verdict(group, change, found.reasons)


def _noise_reason(group: Group, b_units: list[Unit], a_units: list[Unit]) -> str:
    if group.how == "resegmented":
        return f"same facts, split or merged differently ({len(b_units)} -> {len(a_units)} sentences)"
    if group.how == "same category":
        return f"same facts in a rewritten sentence of the same category (similarity {group.similarity:.2f})"
    return f"same facts, reworded (similarity {group.similarity:.2f})"




def _change(change_type: str, before: ClaimRef | None, after: ClaimRef | None, reason: str) -> Change:
    ref = before if change_type == "removed" else after or before
    assert ref is not None, "a change has a claim on at least one side"
    category = ref.category
    return Change(category, change_type, before, after, severity(category, change_type, before, after), reason)
