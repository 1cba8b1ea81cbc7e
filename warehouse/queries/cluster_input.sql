-- Latest text of every document, with when it was first seen (clusters are named after the earliest).
SELECT url, first_seen, text
FROM (
    SELECT url, text,
           min(fetched_at) OVER (PARTITION BY url) AS first_seen,
           row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) AS rn
    FROM page_versions
)
WHERE rn = 1
