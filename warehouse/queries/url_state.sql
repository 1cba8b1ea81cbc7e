-- For the canonical URLs in _urls: the latest version and the text hash it was identified by.
SELECT url, version_id, content_hash
FROM page_versions
WHERE url IN (SELECT url FROM _urls)
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) = 1
