"""Scoring the claim diff on a labelled set of version pairs (tests/claims_eval/pairs.jsonl).

A pair is flagged when the diff reports any change. Precision and recall are over pairs; the
category is right when the flagged categories equal the labelled ones.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.topic import DEFAULT_TOPIC, Topic
from claims.diff import ClaimRef, Change, diff_claims
from claims.extract import claims_of


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
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        relevant = self.true_positives + self.false_negatives
        return self.true_positives / relevant if relevant else 1.0

    @property
    def category_share(self) -> float:
        return self.right_category / self.true_positives if self.true_positives else 1.0


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
                score.misses.append((pair["id"], f"category {sorted(found)} instead of {sorted(wanted)}"))
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
