-- For the fetched URLs in _urls: the body hash of the last processed fetch that showed a stored
-- version, so an identical body is not extracted again.
SELECT coalesce(f.final_url, f.url) AS fetched_url, f.body_hash, e.version_id, e.url
FROM extractions e
JOIN fetch_log f USING (fetch_id)
WHERE e.version_id IS NOT NULL AND coalesce(f.final_url, f.url) IN (SELECT url FROM _urls)
QUALIFY row_number() OVER (PARTITION BY coalesce(f.final_url, f.url) ORDER BY f.fetched_at DESC, f.fetch_id DESC) = 1
