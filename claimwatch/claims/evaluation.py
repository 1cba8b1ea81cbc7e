"""Scoring the claim diff on a labelled set of version pairs (tests/claims_eval/pairs.jsonl).

A pair is flagged when the diff reports any change. Precision and recall are over pairs; the
category is right when the flagged categories equal the labelled ones.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.claims.claim_sentences import claims_of
from claimwatch.claims.diff import Change, ClaimRef, diff_claims
from claimwatch.claims.segment import units
from claimwatch.core.topic import DEFAULT_TOPIC, Topic


@dataclass
class Score:
    pairs: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    right_category: int = 0
    misses: list = field(default_factory=list)  # (id, what went wrong)

    @property
    def precision(self) -> float:
        return ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def category_share(self) -> float:
        return ratio(self.right_category, self.true_positives)


def ratio(part: int, whole: int) -> float:
    """part / whole, and 1.0 when there is nothing to count (no flags: no wrong flag)."""
    return part / whole if whole else 1.0


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def diff_texts(before: str, after: str, topic: Topic = DEFAULT_TOPIC) -> list[Change]:
    def refs(text):
        return [ClaimRef(None, c.category, c.text, c.facts) for c in claims_of(text, topic)]

    return diff_claims(refs(before), refs(after), before, after, topic)


def evaluate(pairs: list[dict], topic: Topic = DEFAULT_TOPIC) -> Score:
    score = Score()
    for pair in pairs:
        score.pairs += 1
        changes = diff_texts(pair["before"], pair["after"], topic)
        predicted = bool(changes)
        if predicted and pair["flagged"]:
            score.true_positives += 1
            found = {c.category for c in changes}
            wanted = {c["category"] for c in pair["changes"]}
            if found == wanted:
                score.right_category += 1
            else:
                score.misses.append((pair["id"], f"category {sorted(map(str, found))} instead of {sorted(wanted)}"))
        elif predicted:
            score.false_positives += 1
            score.misses.append((pair["id"], "false flag: " + "; ".join(
                f"{c.category} {c.change_type}: {c.before.text if c.before else '-'} -> {c.after.text if c.after else '-'}"
                for c in changes)))
        elif pair["flagged"]:
            score.false_negatives += 1
            score.misses.append((pair["id"], "missed: " + "; ".join(
                f"{c['category']} {c['change_type']}" for c in pair["changes"])))
    return score


# Real page revisions (the development set in ../shared/realworld, README there): each record has a
# before and after text, its own topic, a `flagged` label, the `kinds` of its change, the `noise`
# kinds of its other edits and `evidence` phrases of the changed sentences.

@dataclass
class PairResult:
    record: dict
    changes: list
    on_target: bool  # a reported change's before or after sentence contains an evidence phrase

    @property
    def flagged(self) -> bool:
        return bool(self.changes)


def topic_of(record: dict) -> Topic:
    topic = record.get("topic") or {}
    return Topic(name=topic.get("name", DEFAULT_TOPIC.name), aliases=tuple(topic.get("aliases", DEFAULT_TOPIC.aliases)))


def as_read(phrase: str) -> str:
    """An evidence phrase as the claim step reads it: a table row quoted with its bars
    ("| Fee | $40 |") is read as "Fee: $40", the text a change reports."""
    if "|" not in phrase:
        return phrase
    return " ".join(sentence for sentence, _, _ in units(phrase))


def diff_record(record: dict) -> PairResult:
    changes = diff_texts(record["before"], record["after"], topic_of(record))
    evidence = [as_read(phrase) for phrase in record.get("evidence") or []]
    reported = [ref.text for c in changes for ref in (c.before, c.after) if ref is not None]
    on_target = any(phrase in sentence for phrase in evidence for sentence in reported)
    return PairResult(record, changes, on_target)


@dataclass
class RealworldScore:
    results: list = field(default_factory=list)

    def _count(self, flagged: bool | None = None, labelled: bool | None = None) -> int:
        return sum(1 for r in self.results
                   if (flagged is None or r.flagged == flagged) and (labelled is None or r.record["flagged"] == labelled))

    @property
    def changed(self) -> int:
        return self._count(labelled=True)

    @property
    def unchanged(self) -> int:
        return self._count(labelled=False)

    @property
    def true_positives(self) -> int:
        return self._count(flagged=True, labelled=True)

    @property
    def false_positives(self) -> int:
        return self._count(flagged=True, labelled=False)

    @property
    def strict_hits(self) -> int:
        return sum(1 for r in self.results if r.record["flagged"] and r.flagged and r.on_target)

    @property
    def precision(self) -> float:
        return ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return ratio(self.true_positives, self.changed)

    @property
    def strict_recall(self) -> float:
        return ratio(self.strict_hits, self.changed)

    def false_alarms_by_noise(self) -> dict[str, int]:
        """Noise kind -> false alarms on pairs with that kind of edit ("none" for pairs listing none)."""
        out: dict[str, int] = {}
        for r in self.results:
            if r.flagged and not r.record["flagged"]:
                for kind in r.record.get("noise") or ["none"]:
                    out[kind] = out.get(kind, 0) + 1
        return dict(sorted(out.items()))

    def misses_by_kind(self) -> dict[str, int]:
        """Change kind -> changed pairs not flagged, or flagged on no evidence sentence ("off target")."""
        out: dict[str, int] = {}
        for r in self.results:
            if r.record["flagged"] and not (r.flagged and r.on_target):
                for kind in r.record.get("kinds") or ["unlabelled"]:
                    key = kind if not r.flagged else f"{kind} (off target)"
                    out[key] = out.get(key, 0) + 1
        return dict(sorted(out.items()))


def score_realworld(records: list[dict]) -> RealworldScore:
    return RealworldScore([diff_record(r) for r in records])
