-- Pairs of documents that may be copies of each other: their current versions share a MinHash
-- band, or have the same normalized text. With both signatures and first-seen times for checking.
WITH versions_ranked AS (
    SELECT url, version_id, content_hash, minhash,
           min(fetched_at) OVER (PARTITION BY url) AS first_seen,
           row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) AS rn
    FROM page_versions
),
current_versions AS (
    SELECT * FROM versions_ranked WHERE rn = 1
),
bands AS (
    SELECT c.url, b.band, b.hash
    FROM current_versions c
    JOIN minhash_bands b USING (version_id)
),
candidates AS (
    SELECT a.url AS a, b.url AS b
    FROM bands a JOIN bands b ON a.band = b.band AND a.hash = b.hash AND a.url < b.url
    UNION
    SELECT a.url, b.url
    FROM current_versions a JOIN current_versions b ON a.content_hash = b.content_hash AND a.url < b.url
)
SELECT p.a, p.b, ca.minhash AS sig_a, cb.minhash AS sig_b, ca.content_hash = cb.content_hash AS exact,
       ca.first_seen AS seen_a, cb.first_seen AS seen_b
FROM candidates p
JOIN current_versions ca ON ca.url = p.a
JOIN current_versions cb ON cb.url = p.b
