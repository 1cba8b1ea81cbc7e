-- Validators for conditional GET: ETag / Last-Modified of each URL's last successful fetch.
SELECT url, etag, last_modified
FROM fetch_log
WHERE outcome = 'ok' AND (etag IS NOT NULL OR last_modified IS NOT NULL)
QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, fetch_id DESC) = 1
