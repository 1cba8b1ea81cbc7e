-- Documents already stored, per source, to fetch again (conditionally) for quiet edits.
SELECT DISTINCT f.source, v.url
FROM page_versions v
JOIN fetch_log f ON f.fetch_id = v.fetch_id
ORDER BY f.source, v.url
