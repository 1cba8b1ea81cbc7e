"""Claims of a version: sentences that assert something checkable about the topic."""

import hashlib
import json
from dataclasses import dataclass

from claimwatch.topic import Topic
from claims.classify import classify
from claims.facts import extract_facts, has_checkable_fact
from claims.segment import sentences

MIN_WORDS = 5


@dataclass(frozen=True)
class Claim:
    position: int
    category: str
    text: str
    facts: dict


def claims_of(text: str, topic: Topic) -> list[Claim]:
    """A sentence is a claim when it has a category cue and either names the topic or states a
    checkable fact (a number, a negation, a schedule, a place, an agency, a comparison)."""
    found = []
    for position, sentence in enumerate(sentences(text)):
        if len(sentence.split()) < MIN_WORDS:
            continue
        masked = topic.mask(sentence)
        category = classify(masked)
        if category is None:
            continue
        facts = extract_facts(masked)
        checkable = has_checkable_fact(facts)
        if not (topic.mentioned_in(sentence) or checkable):
            continue
        if not checkable and not sentence.rstrip("\"')\u201d").endswith((".", "!", "?")):
            continue  # a headline or menu entry, not an assertion
        found.append(Claim(position=position, category=category, text=sentence, facts=facts))
    return found


def claim_rows(version: dict, topic: Topic) -> list[dict]:
    rows = []
    for claim in claims_of(version["text"], topic):
        claim_id = hashlib.sha1(f"{version['version_id']}:{claim.position}".encode()).hexdigest()[:16]
        rows.append({
            "claim_id": claim_id, "version_id": version["version_id"], "url": version["url"],
            "week": version["week"], "position": claim.position, "category": claim.category,
            "text": claim.text, "facts": json.dumps(claim.facts),
        })
    return rows
