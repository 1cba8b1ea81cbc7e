-- Every version of the page $url, oldest first, with the capture that first showed it and its
-- number of claims.
SELECT v.version_id, v.url, v.fetch_id, v.fetched_at, v.week, v.title, v.author, v.published, v.content_hash,
       f.status, count(c.claim_id) AS claims
FROM page_versions v
LEFT JOIN fetch_log f USING (fetch_id)
LEFT JOIN claim_rows c USING (version_id)
WHERE v.url = $url
GROUP BY ALL
ORDER BY v.fetched_at, v.version_id
