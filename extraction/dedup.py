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


class Clusters:
    """Union-find over URLs; a cluster is named after its earliest member (first seen, then URL)."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.first_seen: dict[str, object] = {}

    def add(self, url: str, first_seen) -> None:
        self.parent.setdefault(url, url)
        self.first_seen[url] = first_seen

    def find(self, url: str) -> str:
        while self.parent[url] != url:
            self.parent[url] = self.parent[self.parent[url]]
            url = self.parent[url]
        return url

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if (self.first_seen[ra], ra) > (self.first_seen[rb], rb):
                ra, rb = rb, ra
            self.parent[rb] = ra

    def ids(self) -> dict[str, str]:
        """url -> cluster id, for the URLs in a cluster with others."""
        roots = {url: self.find(url) for url in self.parent}
        sizes: dict[str, int] = {}
        for root in roots.values():
            sizes[root] = sizes.get(root, 0) + 1
        return {url: cluster_id(root) for url, root in roots.items() if sizes[root] > 1}


def join_buckets(rows, signatures: dict[str, bytes], clusters: Clusters) -> None:
    """Join each document to the earliest document of every bucket it is in.

    rows: (kind, key, url), sorted by bucket and, within a bucket, earliest document first. Kind 0
    buckets hold exact copies; the others are MinHash bands, confirmed by estimated similarity.
    O(documents x bands), however many pairs of documents a bucket holds.
    """
    bucket, head = None, None
    for kind, key, url in rows:
        if (kind, key) != bucket:
            bucket, head = (kind, key), url
        elif kind == 0 or similarity(signatures[head], signatures[url]) >= THRESHOLD:
            clusters.union(head, url)


def cluster_texts(docs: list[tuple[str, object, str]]) -> dict[str, str]:
    """The same clustering for documents in memory: (url, first_seen, text) -> {url: cluster id}."""
    clusters = Clusters()
    signatures, rows = {}, []
    for url, seen, text in docs:
        clusters.add(url, seen)
        signatures[url] = signature(text)
        exact = hashlib.sha256(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()
        rows.append((0, exact, seen, url))
        rows += [(1 + band, h, seen, url) for band, h in enumerate(band_hashes(signatures[url]))]
    join_buckets(((kind, key, url) for kind, key, _, url in sorted(rows)), signatures, clusters)
    found = clusters.ids()
    return {url: found.get(url, cluster_id(url)) for url, _, _ in docs}
