-- Each document's current version, numbered in cluster-naming order (first seen, then URL); the
-- pairs of copies found so far (cluster_edges.sql adds them, one kind of bucket at a time).
CREATE OR REPLACE TEMP TABLE _current AS
SELECT row_number() OVER (ORDER BY min(fetched_at), url) AS id, url, arg_max(version_id, fetched_at) AS version_id
FROM page_versions
GROUP BY url;
CREATE OR REPLACE TEMP TABLE _cluster_edges (a BIGINT, b BIGINT);
