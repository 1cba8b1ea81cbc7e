"""Claims of a version: sentences that assert something checkable about the topic."""

import hashlib
import json
from dataclasses import dataclass

import re2

from claimwatch.topic import Topic
from claims.classify import best_category, scores
from claims.facts import extract_facts, has_checkable_fact
from claims.segment import units

MIN_WORDS = 4
# Page furniture that leaks into extracted text: captions, link blocks, promotions, calls to action.
# Matched against the lower-cased sentence, by RE2: one linear pass, where Python's engine tried each
# alternative at every position (14 us a sentence, a sixth of the claim step); the words are ASCII.
_FURNITURE = re2.compile(
    r"^(?:related|photo|image|caption|trending|most read|advertisement|sponsored|read more|see also|share|"
    r"sign up|subscribe|sale ends|black friday|cyber monday|call (?:us|our|now|today|\(?\d))\b"
    r"|%\s*off\b|\bpromo code\b|\bwith code\b|\bfree shipping\b|\bout of 5 stars\b|\b\d+ (?:reviews|ratings)\b",
)


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
    for position, (sentence, kind) in enumerate(units(text)):
        if len(sentence.split()) < MIN_WORDS or _FURNITURE.search(sentence.lower()):
            continue
        masked = topic.mask(sentence)
        cue_scores = scores(masked)
        category = best_category(cue_scores)
        if category is None:
            continue
        facts = extract_facts(masked)
        checkable = has_checkable_fact(facts)
        # a bullet of a page about the topic ("- Eases everyday aches") asserts about the topic
        strong_bullet = kind == "list" and max(cue_scores.values()) >= 2
        if not (topic.mentioned_in(sentence) or checkable or strong_bullet):
            continue
        if not checkable and kind == "paragraph" and not sentence.rstrip("\"')\u201d").endswith((".", "!", "?")):
            continue  # a headline or menu entry, not an assertion (list items and table rows may lack the stop)
        found.append(Claim(position=position, category=category, text=sentence, facts=facts))
    return found


def claim_row(claim: Claim, version_id: str, url: str, week: str) -> dict:
    """The warehouse row of a claim of a version (claim ids are stable: version and position)."""
    return {
        "claim_id": hashlib.sha1(f"{version_id}:{claim.position}".encode()).hexdigest()[:16],
        "version_id": version_id, "url": url, "week": week, "position": claim.position,
        "category": claim.category, "text": claim.text, "facts": json.dumps(claim.facts),
    }
