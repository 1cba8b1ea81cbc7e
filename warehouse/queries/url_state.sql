-- Per document URL (canonical): its latest version and the text hash it was identified by.
SELECT url, version_id, content_hash
FROM page_versions
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) = 1
