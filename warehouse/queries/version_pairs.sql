-- For week $week: each document's last version up to that week, paired with its last version
-- up to the week before. Only documents with a version new in $week can differ.
WITH upto_this AS (
    SELECT url, version_id, week, text
    FROM page_versions
    WHERE week <= $week
    QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) = 1
),
upto_previous AS (
    SELECT url, version_id, text
    FROM page_versions
    WHERE week < $week
    QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) = 1
)
SELECT n.url, o.version_id AS before_version_id, n.version_id AS after_version_id,
       o.text AS before_text, n.text AS after_text
FROM upto_this n
JOIN upto_previous o USING (url)
WHERE n.week = $week AND n.version_id <> o.version_id
ORDER BY n.url
