-- Per document URL: its latest version and the body hash of its last processed fetch.
WITH latest_version AS (
    SELECT url, version_id, content_hash
    FROM page_versions
    QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) = 1
),
last_processed AS (
    SELECT e.url, f.body_hash, e.outcome, e.version_id
    FROM extractions e
    JOIN fetch_log f USING (fetch_id)
    QUALIFY row_number() OVER (PARTITION BY e.url ORDER BY f.fetched_at DESC, f.fetch_id DESC) = 1
)
SELECT coalesce(v.url, p.url) AS url, v.version_id, v.content_hash, p.body_hash, p.outcome
FROM latest_version v
FULL OUTER JOIN last_processed p USING (url)
