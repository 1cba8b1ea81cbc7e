-- Pairs of copies: every document joined to the earliest document (first seen, then URL) of each
-- bucket it shares with others. Buckets are exact text (kind 0, key = content hash), always
-- copies, and MinHash bands (kind 1..16, key = band hash), copies when the two signatures agree on
-- at least $threshold of their positions (minhash_similarity, a Python function registered by the
-- stage). Joining to the bucket's earliest document, not to every member, keeps the pairs at
-- O(documents x bands) however big a bucket is; everything stays in DuckDB, which spills to disk.
CREATE OR REPLACE TEMP TABLE _cluster_edges AS
WITH current_versions AS (
    SELECT url, arg_max(version_id, fetched_at) AS version_id, min(fetched_at) AS first_seen
    FROM page_versions
    GROUP BY url
),
buckets AS (
    SELECT 0 AS kind, hash(v.content_hash) AS key, c.url, c.first_seen, c.version_id
    FROM current_versions c JOIN page_versions v USING (version_id)
    UNION ALL
    SELECT 1 + b.band, b.hash, c.url, c.first_seen, c.version_id
    FROM current_versions c JOIN minhash_bands b USING (version_id)
),
members AS (
    SELECT * FROM buckets
    SEMI JOIN (SELECT kind, key FROM buckets GROUP BY kind, key HAVING count(*) > 1) USING (kind, key)
),
heads AS (
    SELECT kind, key, arg_min(url, (first_seen, url)) AS head, arg_min(version_id, (first_seen, url)) AS head_version
    FROM members
    GROUP BY kind, key
)
SELECT DISTINCT m.url AS a, h.head AS b
FROM members m
JOIN heads h USING (kind, key)
JOIN page_versions x ON x.version_id = m.version_id
JOIN page_versions y ON y.version_id = h.head_version
WHERE m.url <> h.head
  AND (m.kind = 0 OR minhash_similarity(x.minhash, y.minhash) >= $threshold);
