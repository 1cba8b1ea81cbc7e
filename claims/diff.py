"""Week-over-week claim changes between two versions of a document.

Claims are matched order-free (greedy one-to-one assignment on a similarity matrix, so
reordered paragraphs match), then compared on their facts: a reworded sentence with the same
facts is no change; a matched pair whose facts differ is `modified`; what is left unmatched is
`added` or `removed`.
"""

import re
from dataclasses import dataclass

from claimwatch.topic import Topic
from claims.facts import differing_facts, extract_facts
from claims.segment import sentences

MATCH = 0.5         # similarity at which two sentences are the same claim
SAME_CATEGORY = 0.1  # looser, for leftovers of the same category (a rewritten legal-status line)

_STOP = set("""a an the of in on at to for by with from and or but is are was were be been being has have had
it its this that these those as than then so such which who whom what when where how also into over under
about after before during while there their they them he she his her we our you your i""".split())
_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)?")

HIGH_CATEGORIES = ("legal_status", "safety")
MEDIUM_CATEGORIES = ("dosage", "potency", "statistics")


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


def _words(text: str, topic: Topic) -> frozenset[str]:
    masked = topic.mask(text.lower(), "topic")
    return frozenset("#" if w[0].isdigit() else w for w in _WORD.findall(masked) if w not in _STOP)


def _trigrams(text: str) -> frozenset[str]:
    t = re.sub(r"\s+", " ", text.lower())
    return frozenset(t[i:i + 3] for i in range(len(t) - 2))


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class _Sentence:
    __slots__ = ("text", "words", "grams")

    def __init__(self, text: str, topic: Topic):
        self.text, self.words, self.grams = text, _words(text, topic), _trigrams(text)

    def similarity(self, other: "_Sentence") -> float:
        # words see rewording, character trigrams forgive typos and inflections
        return 0.5 * _jaccard(self.words, other.words) + 0.5 * _jaccard(self.grams, other.grams)


def severity(category: str, change_type: str, before: ClaimRef | None, after: ClaimRef | None) -> str:
    """high: legal status or safety, or a polarity flip; medium: dosage, potency, statistics; low: the rest."""
    if before and after and before.facts.get("negated") != after.facts.get("negated"):
        return "high"
    if category in HIGH_CATEGORIES:
        return "high"
    if category in MEDIUM_CATEGORIES:
        return "medium"
    return "low"


def _greedy(pairs: list[tuple[float, int, int]], threshold: float, used_a: set, used_b: set, ok=lambda i, j: True):
    matched = []
    for sim, i, j in sorted(pairs, reverse=True):
        if sim < threshold:
            break
        if i in used_a or j in used_b or not ok(i, j):
            continue
        used_a.add(i)
        used_b.add(j)
        matched.append((i, j))
    return matched


def diff_claims(before: list[ClaimRef], after: list[ClaimRef], before_text: str, after_text: str,
                topic: Topic) -> list[Change]:
    b_sent = [_Sentence(c.text, topic) for c in before]
    a_sent = [_Sentence(c.text, topic) for c in after]
    sims = [(b.similarity(a), i, j) for i, b in enumerate(b_sent) for j, a in enumerate(a_sent)]
    used_b, used_a = set(), set()
    pairs = _greedy(sims, MATCH, used_b, used_a)
    pairs += _greedy(sims, SAME_CATEGORY, used_b, used_a, ok=lambda i, j: before[i].category == after[j].category)

    changes = []
    for i, j in pairs:
        diff = differing_facts(before[i].facts, after[j].facts)
        if diff:
            changes.append(_change("modified", before[i], after[j], ", ".join(diff)))
    leftovers_b = [c for i, c in enumerate(before) if i not in used_b]
    leftovers_a = [c for j, c in enumerate(after) if j not in used_a]
    # A claim that left the claim list may still be in the text, reworded below the claim bar.
    # Each text is segmented once, and only when there is a leftover to look for.
    if leftovers_b:
        after_sentences = [_Sentence(s, topic) for s in sentences(after_text)]
        changes += filter(None, (_against_text(c, after_sentences, topic, "removed") for c in leftovers_b))
    if leftovers_a:
        before_sentences = [_Sentence(s, topic) for s in sentences(before_text)]
        changes += filter(None, (_against_text(c, before_sentences, topic, "added") for c in leftovers_a))
    return changes


def _against_text(claim: ClaimRef, others: list[_Sentence], topic: Topic, change_type: str) -> Change | None:
    mine = _Sentence(claim.text, topic)
    best, best_sim = None, 0.0
    for other_sentence in others:
        sim = mine.similarity(other_sentence)
        if sim > best_sim:
            best, best_sim = other_sentence.text, sim
    if best is not None and best_sim >= MATCH:
        other = ClaimRef(None, claim.category, best, extract_facts(topic.mask(best)))
        diff = differing_facts(claim.facts, other.facts)
        if not diff:
            return None
        pair = (claim, other) if change_type == "removed" else (other, claim)
        return _change("modified", *pair, ", ".join(diff))
    if change_type == "removed":
        return _change("removed", claim, None, "claim no longer on the page")
    return _change("added", None, claim, "new claim on the page")


def _change(change_type: str, before: ClaimRef | None, after: ClaimRef | None, reason: str) -> Change:
    category = (after or before).category if change_type != "removed" else before.category
    return Change(category, change_type, before, after, severity(category, change_type, before, after), reason)
