"""Duplicate clusters: the same story under several URLs (syndication, mirrors) is one cluster.

Exact copies share a normalized-text hash; near copies (another template, a credit line, small
edits) are found with MinHash LSH over word shingles (rensa), confirmed by the estimated
Jaccard similarity, and joined into connected components. A cluster is named after its
earliest member (then the smallest URL), so ids stay put as new copies arrive, whatever the
order documents are processed in.
"""

import hashlib
import re

from rensa import RMinHash, RMinHashLSH

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return [" ".join(words)] if words else []
    return [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def signature(text: str) -> RMinHash:
    mh = RMinHash(num_perm=NUM_PERM, seed=42)
    mh.update(shingles(text) or [""])
    return mh


def cluster_ids(docs: list[tuple[str, object, str]]) -> dict[str, str]:
    """docs: (url, first_seen, text). Returns url -> cluster_id."""
    ordered = sorted(docs, key=lambda d: (d[1], d[0]))
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)  # the earlier document stays the root

    lsh = RMinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, num_bands=16)
    signatures = []
    by_hash: dict[str, int] = {}
    for i, (_, _, text) in enumerate(ordered):
        exact = hashlib.sha256(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()
        if exact in by_hash:
            union(by_hash[exact], i)
        else:
            by_hash[exact] = i
        mh = signature(text)
        signatures.append(mh)
        for j in lsh.query(mh):
            if mh.jaccard(signatures[j]) >= THRESHOLD:
                union(j, i)
        lsh.insert(i, mh)
    return {url: "c-" + hashlib.sha1(ordered[find(i)][0].encode()).hexdigest()[:12]
            for i, (url, _, _) in enumerate(ordered)}
