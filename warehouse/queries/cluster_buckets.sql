-- The current version of every document in each of its MinHash band buckets, and by its exact
-- text, bucket by bucket with the earliest document first: streamed, never held whole.
-- kind 0 = exact text (key = content hash), kind 1..16 = MinHash band (key = band hash).
WITH versions_ranked AS (
    SELECT url, version_id, content_hash, minhash,
           min(fetched_at) OVER (PARTITION BY url) AS first_seen,
           row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) AS rn
    FROM page_versions
),
current_versions AS (
    SELECT * FROM versions_ranked WHERE rn = 1
),
buckets AS (
    SELECT 0 AS kind, hash(content_hash) AS key, url, first_seen, NULL::BLOB AS minhash
    FROM current_versions
    UNION ALL
    SELECT 1 + b.band, b.hash, c.url, c.first_seen, c.minhash
    FROM current_versions c JOIN minhash_bands b USING (version_id)
)
SELECT kind, key, url, first_seen, minhash
FROM buckets
ORDER BY kind, key, first_seen, url
