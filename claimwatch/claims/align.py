"""Aligning the units (sentences, list items, table rows) of two versions of a page, whatever
their sentence boundaries and order.

1. Units whose normalised wording is equal are paired first (as multisets: reordered paragraphs,
   list items and table rows pair with their twins; of many copies, those nearest in reading order
   pair, so the copy left over is the one that changed).
2. The rest are paired one to one, best similarity first, on IDF-weighted word features (words,
   and their first letters so that typos and inflections still match). Candidates come from an
   inverted index on each unit's rarest features, so a unit is only compared with a few units that
   share its rare words; for a word shared by very many units only the units nearest in reading
   order are looked at. The cost is near-linear in the number of units.
3. A unit left over whose words are mostly inside another unit joins that unit's group: a sentence
   split in two, two merged into one, a run-on fixed ("...THC.With only..." becomes two sentences).
   Groups are compared as wholes, so re-segmentation alone changes nothing.
4. Claims of one category left over on both sides are paired at a looser similarity: a rewritten
   status line ("Not scheduled" -> "Temporarily placed in Schedule I") is one modified claim.
5. What is still left over is removed or added, or, when the same words are still on the other
   side, a repeated copy.
"""

import heapq
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

MATCH = 0.45        # similarity at which two units say the same thing (in other words)
CONTAIN = 0.75      # share of a unit's weight found in another unit for it to join that unit's group
SAME_HOLDS = 0.9    # the same, to join a unit whose wording did not change
SAME_CATEGORY = 0.1  # looser, for leftover claims of the same category
LOOSE = 0.3         # looser still, for leftover claims of any category (a sentence rewritten at length)
CANDIDATES = 8      # units scored exactly for each unit, of those sharing the most weight with it
WINDOW = 48         # units looked at for a feature shared by more units than this: the nearest in order
RARE = 8            # features of a unit (its rarest) that candidates are looked up by
MAX_GROUP = 8       # units a side in one group: re-segmentation touches a few sentences, not a page

STOP = frozenset("""a an the of in on at to for by with from and or but is are was were be been being has have had
it its it's this that these those as than then so such which who whom what when where how also into over under
about after before during while there their they them he she his her we our you your i i'm us my me do does did
will would shall can could may might just""".split())
NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion dozen twice thrice single half""".split())
_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem: plural and possessive endings off ("courses" -> "course", "studies" -> "study")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(masked: str) -> list[str]:
    """Content words of a unit in reading order, stemmed; numbers, in digits or words, as "#" (they are
    compared as facts)."""
    text = masked.lower().translate(_PUNCT).replace("'s ", " ").replace("n't", " not")
    return ["#" if w[0].isdigit() or w in NUMBER_WORDS else stem(w) for w in _WORD.findall(text) if w not in STOP]


def key(masked: str) -> str:
    """The wording with case, punctuation and spacing dropped: units with equal keys are the same."""
    return " ".join(_WORD.findall(masked.lower().translate(_PUNCT)))


def features(words: list[str]) -> frozenset[str]:
    # whole words, and the first four letters of longer ones: "experiance" still meets "experience"
    return frozenset(words) | frozenset("~" + w[:4] for w in words if len(w) > 4)


@dataclass
class Group:
    """Units of the two versions that say the same thing (or claim to): indexes into each list."""
    before: list[int]
    after: list[int]
    how: str                 # same (equal wording), repeated, matched, resegmented, same category, rewritten,
                             # removed, added
    similarity: float = 0.0


class _Side:
    def __init__(self, units, seen: dict):
        # most units are in both versions: their key and features are worked out once (`seen`)
        self.keys, self.feats = [], []
        for u in units:
            known = seen.get(u.masked)
            if known is None:
                known = seen[u.masked] = (key(u.masked), features(u.words))
            self.keys.append(known[0])
            self.feats.append(known[1])
        self.units = units  # categories are asked for only of the few units left over at the end


def align(before: list, after: list) -> list[Group]:
    """Groups covering every unit of both versions (a unit is in exactly one group). A unit is any
    object with `masked` (its text, the topic's names masked), `words` (`tokens` of it) and `category`
    (None when it is no claim)."""
    seen: dict = {}
    b, a = _Side(before, seen), _Side(after, seen)
    nb, na = len(b.keys), len(a.keys)

    group_of_b: dict[int, Group] = {}
    group_of_a: dict[int, Group] = {}
    groups: list[Group] = []

    def add(group: Group) -> Group:
        groups.append(group)
        for i in group.before:
            group_of_b[i] = group
        for j in group.after:
            group_of_a[j] = group
        return group

    # 1. equal wording, as multisets
    b_by_key: dict[str, list[int]] = {}
    a_by_key: dict[str, list[int]] = {}
    for i, k in enumerate(b.keys):
        b_by_key.setdefault(k, []).append(i)
    for j, k in enumerate(a.keys):
        a_by_key.setdefault(k, []).append(j)
    for k, b_twins in b_by_key.items():
        for i, j in _twins(b_twins, a_by_key.get(k, []), nb, na):
            add(Group([i], [j], "same", 1.0))

    # 2. units left over pair one to one, best similarity first, among the other side's units left
    # over that share the most (IDF-weighted) features with them
    weight = _weights(b.feats, a.feats)
    total_b = [sum(weight[f] for f in fs) for fs in b.feats]
    total_a = [sum(weight[f] for f in fs) for fs in a.feats]
    edges = {}  # (i, j) -> (similarity, share of b inside a, share of a inside b)

    def find(left_b: list[int], left_a: list[int], b_targets, a_targets) -> None:
        for mine, targets, mine_feats, their_feats, n_mine, n_theirs, flip in (
                (left_b, a_targets, b.feats, a.feats, nb, na, False), (left_a, b_targets, a.feats, b.feats, na, nb, True)):
            index = _index(their_feats, targets)
            for u in mine:
                for v in _candidates(mine_feats[u], u / max(n_mine, 1) * n_theirs, index, weight):
                    pair = (v, u) if flip else (u, v)
                    if pair not in edges:
                        edges[pair] = scores_of(*pair)

    def scores_of(i: int, j: int) -> tuple[float, float, float]:
        shared = sum(weight[f] for f in b.feats[i] & a.feats[j])
        union = total_b[i] + total_a[j] - shared
        return (shared / union if union else 1.0, shared / total_b[i] if total_b[i] else 0.0,
                shared / total_a[j] if total_a[j] else 0.0)

    left_b = [i for i in range(nb) if i not in group_of_b]
    left_a = [j for j in range(na) if j not in group_of_a]
    find(left_b, left_a, left_b, left_a)
    for (i, j), (sim, _, _) in sorted(edges.items(), key=lambda e: -e[1][0]):
        if sim < MATCH:
            break
        if i not in group_of_b and j not in group_of_a:
            add(Group([i], [j], "matched", sim))

    # units still unpaired are also looked for among all the other side's units (to join, step 3)
    find([i for i in left_b if i not in group_of_b], [j for j in left_a if j not in group_of_a], range(nb), range(na))

    # 3. a leftover mostly inside another unit joins that unit's group
    for (i, j), (sim, inside_b, inside_a) in sorted(edges.items(), key=lambda e: -max(e[1][1], e[1][2])):
        if max(inside_b, inside_a) < CONTAIN:
            break
        # a unit left over joins an unchanged one only when nearly all of it is there
        if inside_b >= CONTAIN and i not in group_of_b and _wordy(b.feats[i]) and \
                (inside_b >= SAME_HOLDS or group_of_a.get(j) is None or group_of_a[j].how != "same"):
            _join(groups, group_of_b, group_of_a, i, j, "before", sim)
        elif inside_a >= CONTAIN and j not in group_of_a and _wordy(a.feats[j]) and \
                (inside_a >= SAME_HOLDS or group_of_b.get(i) is None or group_of_b[i].how != "same"):
            _join(groups, group_of_b, group_of_a, i, j, "after", sim)

    # 4. leftover claims of one category, paired loosely
    for (i, j), (sim, _, _) in sorted(edges.items(), key=lambda e: -e[1][0]):
        if sim < SAME_CATEGORY:
            break
        if i in group_of_b or j in group_of_a:
            continue
        b_cat, a_cat = b.units[i].category, a.units[j].category
        if b_cat and a_cat and (b_cat == a_cat or sim >= LOOSE):
            add(Group([i], [j], "same category" if b_cat == a_cat else "rewritten", sim))

    # a second copy of a unit that is still on the other side: repeated, not removed or added
    after_keys, before_keys = set(a.keys), set(b.keys)
    for i in range(nb):
        if i not in group_of_b:
            add(Group([i], [], "repeated" if b.keys[i] in after_keys else "removed"))
    for j in range(na):
        if j not in group_of_a:
            add(Group([], [j], "repeated" if a.keys[j] in before_keys else "added"))
    for g in groups:
        g.before.sort()
        g.after.sort()
    return groups


def _twins(b_list: list[int], a_list: list[int], nb: int, na: int) -> list[tuple[int, int]]:
    """Pairs of units with the same wording, in order; when one side has more copies, the copies left
    over are those farthest from a partner, so that a changed row of a repeated table is the one
    left to compare."""
    if not b_list or not a_list:
        return []
    if len(b_list) < len(a_list):
        return [(i, j) for j, i in _twins(a_list, b_list, na, nb)]
    pairs, i, spare = [], 0, len(b_list) - len(a_list)
    for j in a_list:
        target = j / max(na, 1) * nb
        while spare and i + 1 < len(b_list) and abs(b_list[i + 1] - target) <= abs(b_list[i] - target):
            i += 1
            spare -= 1
        pairs.append((b_list[i], j))
        i += 1
    return pairs


def _join(groups, group_of_b, group_of_a, i: int, j: int, leftover: str, sim: float) -> None:
    """Put the leftover unit (before unit i, or after unit j) into the group of its partner on the other
    side, whose words hold its own."""
    partner_groups, partner, index = (group_of_a, j, i) if leftover == "before" else (group_of_b, i, j)
    group = partner_groups.get(partner)
    if group is None:
        group = Group([], [], "resegmented", sim)
        (group.after if leftover == "before" else group.before).append(partner)
        partner_groups[partner] = group
        groups.append(group)
    mine = group.before if leftover == "before" else group.after
    if len(mine) >= MAX_GROUP:
        return
    mine.append(index)
    (group_of_b if leftover == "before" else group_of_a)[index] = group
    group.how = "resegmented"


def _wordy(feats: frozenset[str]) -> bool:
    """Two words or more: a unit of one word or only numbers ("2017", "Note:") is inside anything."""
    return sum(1 for f in feats if f[0] not in "~#") >= 2


def _weights(*sides: list[frozenset[str]]) -> dict[str, float]:
    df: dict[str, int] = {}
    n = 0
    for feats in sides:
        n += len(feats)
        for fs in feats:
            for f in fs:
                df[f] = df.get(f, 0) + 1
    return {f: math.log(1 + n / d) for f, d in df.items()}


def _index(feats: list[frozenset[str]], which) -> dict[str, list[int]]:
    """Feature -> the units (of `which`, in order) that have it."""
    index: dict[str, list[int]] = {}
    for i in which:
        for f in feats[i]:
            index.setdefault(f, []).append(i)
    return index


def _candidates(mine: frozenset[str], position: float, index: dict[str, list[int]], weight: dict[str, float]) -> list[int]:
    """The units of the other side sharing the most weight of this unit's rarest features."""
    acc: dict[int, float] = {}
    rarest = mine if len(mine) <= RARE else heapq.nlargest(RARE, mine, key=weight.__getitem__)
    for f in rarest:
        postings = index.get(f)
        if not postings:
            continue
        if len(postings) > WINDOW:  # a common word: only the units nearest in reading order
            k = bisect_left(postings, position)
            postings = postings[max(0, k - WINDOW // 2):k + WINDOW // 2]
        w = weight[f]
        for j in postings:
            acc[j] = acc.get(j, 0.0) + w
    if len(acc) <= CANDIDATES:
        return list(acc)
    for j in acc:  # among equals (the rows of a long table), the nearest in reading order
        acc[j] -= abs(j - position) * 1e-9
    return heapq.nlargest(CANDIDATES, acc, key=acc.__getitem__)
