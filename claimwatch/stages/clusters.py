"""Duplicate clusters, recomputed inside DuckDB: the pairs of copies (exact, then each MinHash band),
then their connected components, so memory here does not grow with the corpus."""

from claimwatch.extraction.dedup import BAND_BYTES, BANDS, THRESHOLD, similarities
from warehouse import db


def update_clusters(db_file) -> None:
    """Recompute every version's duplicate cluster (signatures: claimwatch.extraction.dedup)."""
    from duckdb.sqltypes import BLOB, DOUBLE

    with db.writer(db_file) as con:
        con.create_function("minhash_similarity", similarities, [BLOB, BLOB], DOUBLE, type="arrow",
                            side_effects=False)
        con.execute(db.query("cluster_current"))
        for kind in range(1 + BANDS):  # exact copies, then each band
            con.execute(db.query("cluster_edges"), {"kind": kind, "width": BAND_BYTES, "threshold": THRESHOLD})
        con.execute(db.query("cluster_nodes"))
        changed = True
        while changed:  # a few rounds: about the logarithm of the longest chain of copies
            changed = False
            for step in ("cluster_propagate", "cluster_shortcut"):
                changed |= con.execute(db.query(step)).fetchone()[0] > 0
        con.execute("BEGIN")
        con.execute(db.query("cluster_assign"))
        con.execute("COMMIT")
