-- Documents with their number of versions and claim changes, most recently seen first; $page_id
-- (NULL: all) picks one, $site and $kind (NULL: any) filter, at most $limit rows.
WITH version_counts AS (
    SELECT url, count(*) AS versions FROM page_versions GROUP BY url
),
change_counts AS (
    SELECT url, count(*) AS changes FROM claim_changes GROUP BY url
)
SELECT substr(md5(d.url), 1, 16) AS page_id, d.url, d.title, d.site, d.kind, d.first_seen, d.last_seen,
       d.cluster_id, v.versions, coalesce(c.changes, 0) AS changes
FROM documents d
JOIN version_counts v USING (url)
LEFT JOIN change_counts c USING (url)
WHERE ($page_id IS NULL OR substr(md5(d.url), 1, 16) = $page_id)
  AND ($site IS NULL OR d.site = $site)
  AND ($kind IS NULL OR d.kind = $kind)
ORDER BY d.last_seen DESC, d.url
LIMIT $limit
