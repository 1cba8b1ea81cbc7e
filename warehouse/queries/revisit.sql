-- Documents already stored, per source, to fetch again (conditionally) for quiet edits: the URL
-- last requested for each, so its validators apply.
SELECT DISTINCT f.source, f.url
FROM page_versions v
JOIN extractions e ON e.url = v.url AND e.version_id IS NOT NULL
JOIN fetch_log f ON f.fetch_id = e.fetch_id
QUALIFY row_number() OVER (PARTITION BY v.url ORDER BY f.fetched_at DESC) = 1
ORDER BY f.source, f.url
