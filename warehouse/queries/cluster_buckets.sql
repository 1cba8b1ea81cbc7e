-- Buckets of possible copies, for documents that share one with another document: by exact text
-- (kind 0, key = content hash) or by MinHash band (kind 1..16, key = band hash). Sorted bucket by
-- bucket with the earliest document first, and streamed. Signatures are fetched separately
-- (cluster_signatures.sql): carrying them through the sort made it run out of memory at 50,000 pages.
WITH current_versions AS (
    SELECT url, arg_max(version_id, fetched_at) AS version_id, min(fetched_at) AS first_seen
    FROM page_versions
    GROUP BY url
),
buckets AS (
    SELECT 0 AS kind, hash(v.content_hash) AS key, c.url, c.first_seen
    FROM current_versions c JOIN page_versions v USING (version_id)
    UNION ALL
    SELECT 1 + b.band, b.hash, c.url, c.first_seen
    FROM current_versions c JOIN minhash_bands b USING (version_id)
),
shared AS (
    SELECT kind, key FROM buckets GROUP BY kind, key HAVING count(*) > 1
)
SELECT kind, key, url, first_seen
FROM buckets SEMI JOIN shared USING (kind, key)
ORDER BY kind, key, first_seen, url
