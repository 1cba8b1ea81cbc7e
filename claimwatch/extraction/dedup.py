"""Duplicate clusters: the same story under several URLs (syndication, mirrors) is one cluster.

Each version gets a MinHash signature over word 5-shingles (rensa), cut into 16 bands of 8
rows; pages that share a band (the same 8 values) are candidates, confirmed when their estimated
Jaccard similarity is at least 0.5, and joined into connected components together with exact
copies (same normalized text). A cluster is named after its earliest member (then the smallest
URL), so ids stay put as new copies arrive, in whatever order. The search and the components run
in DuckDB (warehouse/queries/cluster_*.sql, driven by claimwatch.stages.clusters), within its
memory cap, with no per-document structure in Python; this module makes the signatures, in the
pool's workers.
"""

import re
from array import array

from rensa import RMinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
BAND_BYTES = ROWS * 4  # a band's slice of a signature (uint32 values)
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


def similarities(a, b):
    """Estimated Jaccard similarity of each pair of signatures (two Arrow arrays of them): the share
    of equal positions. Called by DuckDB with a batch of pairs at a time (update_clusters)."""
    import numpy as np
    import pyarrow as pa

    x, y = (np.frombuffer(b"".join(column.to_pylist()), dtype="<u4").reshape(-1, NUM_PERM) for column in (a, b))
    return pa.array((x == y).sum(axis=1) / NUM_PERM)
