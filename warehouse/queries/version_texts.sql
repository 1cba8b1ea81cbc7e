-- Texts of the versions in _ids.
SELECT version_id, url, week, text
FROM page_versions
WHERE version_id IN (SELECT version_id FROM _ids)
ORDER BY fetched_at, version_id
