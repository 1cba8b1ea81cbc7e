-- Pairs of copies in one kind of bucket: exact text ($kind 0, key = content hash), always copies,
-- or MinHash band $kind - 1 (key = the hash of the band's $width bytes of the signature), copies
-- when the two signatures agree on at least $threshold of their positions (minhash_similarity, a
-- Python function registered by the stage).
-- Every document is paired with the earliest document of each bucket it shares, not with every
-- member, so pairs stay O(documents x bands) however big a bucket is. One kind at a time keeps
-- the working set to one row per document. Signatures are joined in for the pairs only: carried
-- through the buckets they cost ~20 MB more at 50,000 pages.
INSERT INTO _cluster_edges
WITH buckets AS (
    SELECT c.id, c.version_id,
           CASE WHEN $kind = 0 THEN hash(v.content_hash)
                ELSE hash(v.minhash[$width * ($kind - 1) + 1:$width * $kind]) END AS key
    FROM _current c JOIN page_versions v USING (version_id)
),
heads AS (
    SELECT key, min(id) AS head, arg_min(version_id, id) AS head_version
    FROM buckets
    GROUP BY key
    HAVING count(*) > 1
)
SELECT m.id, h.head
FROM buckets m
JOIN heads h USING (key)
JOIN page_versions x ON x.version_id = m.version_id
JOIN page_versions y ON y.version_id = h.head_version
WHERE m.id <> h.head
  AND ($kind = 0 OR minhash_similarity(x.minhash, y.minhash) >= $threshold);
