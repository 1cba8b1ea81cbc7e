SELECT v.version_id, v.url, v.week, v.text
FROM page_versions v
LEFT JOIN claim_extractions c USING (version_id)
WHERE c.version_id IS NULL
ORDER BY v.fetched_at, v.version_id
