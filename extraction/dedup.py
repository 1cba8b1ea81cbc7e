"""Duplicate clusters: the same story under several URLs (syndication, mirrors) is one cluster.

Each version gets a MinHash signature over word 5-shingles (rensa), cut into 16 bands of 8
rows; pages that share a band hash are candidates (the search runs in DuckDB, see
warehouse/queries/cluster_candidates.sql, so memory does not grow with the corpus), confirmed
when their estimated Jaccard similarity is at least 0.5, and joined into connected components
together with exact copies (same normalized text). A cluster is named after its earliest member
(then the smallest URL), so ids stay put as new copies arrive, in whatever order.
"""

import hashlib
import re
from array import array

from rensa import RMinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return [" ".join(words)] if words else [""]
    return [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def signature(text: str) -> bytes:
    """128 x uint32, little-endian."""
    mh = RMinHash(num_perm=NUM_PERM, seed=42)
    mh.update(shingles(text))
    return array("I", mh.digest()).tobytes()


def band_hashes(sig: bytes) -> list[int]:
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(sig[i * width:(i + 1) * width], digest_size=8).digest(), "little",
                           signed=True) for i in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: the share of equal signature positions."""
    x, y = array("I", a), array("I", b)
    return sum(1 for i, j in zip(x, y) if i == j) / NUM_PERM


def cluster_id(url: str) -> str:
    return "c-" + hashlib.md5(url.encode()).hexdigest()[:12]


def components(first_seen: dict[str, object], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """url -> cluster id for the URLs in `pairs` (union-find; the earliest member names the cluster)."""
    parent: dict[str, str] = {}

    def find(u: str) -> str:
        parent.setdefault(u, u)
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    def earlier(u: str, v: str) -> bool:
        return (first_seen[u], u) < (first_seen[v], v)

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            if earlier(ra, rb):
                parent[rb] = ra
            else:
                parent[ra] = rb
    return {u: cluster_id(find(u)) for u in parent}


def cluster_texts(docs: list[tuple[str, object, str]]) -> dict[str, str]:
    """The same clustering for documents in memory: (url, first_seen, text) -> {url: cluster id}."""
    sigs = {url: signature(text) for url, _, text in docs}
    exact = {url: hashlib.sha256(" ".join(_WORD.findall(text.lower())).encode()).digest() for url, _, text in docs}
    buckets: dict[tuple[int, int], list[str]] = {}
    for url in sigs:
        for band, h in enumerate(band_hashes(sigs[url])):
            buckets.setdefault((band, h), []).append(url)
    candidates = {tuple(sorted((a, b))) for urls in buckets.values() for a in urls for b in urls if a < b}
    candidates |= {tuple(sorted((a, b))) for a in exact for b in exact if a < b and exact[a] == exact[b]}
    pairs = [(a, b) for a, b in candidates if exact[a] == exact[b] or similarity(sigs[a], sigs[b]) >= THRESHOLD]
    found = components({url: seen for url, seen, _ in docs}, sorted(pairs))
    return {url: found.get(url, cluster_id(url)) for url, _, _ in docs}
