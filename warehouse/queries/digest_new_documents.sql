-- Documents first seen in $week, with how many sites carry the same story (its cluster).
WITH cluster_sizes AS (
    SELECT cluster_id, count(DISTINCT site) AS sites, count(*) AS copies
    FROM documents
    GROUP BY cluster_id
)
SELECT d.url, d.title, d.site, d.kind, d.cluster_id, s.sites, s.copies, d.first_seen
FROM documents d
JOIN cluster_sizes s USING (cluster_id)
WHERE strftime(d.first_seen, '%G-W%V') = $week
ORDER BY d.kind = 'notice' DESC, d.cluster_id, d.first_seen, d.url
