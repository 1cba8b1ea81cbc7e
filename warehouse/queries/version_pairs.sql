-- For week $week: each document's last version up to that week, paired with its last version
-- up to the week before. Only documents with a version new in $week can differ. The texts are
-- joined last, for the pairs only (window functions over every text would hold them all).
WITH upto_this AS (
    SELECT url, arg_max(version_id, fetched_at) AS version_id, arg_max(week, fetched_at) AS week
    FROM page_versions
    WHERE week <= $week
    GROUP BY url
),
upto_previous AS (
    SELECT url, arg_max(version_id, fetched_at) AS version_id
    FROM page_versions
    WHERE week < $week
    GROUP BY url
),
pairs AS (
    SELECT n.url, o.version_id AS before_version_id, n.version_id AS after_version_id
    FROM upto_this n
    JOIN upto_previous o USING (url)
    WHERE n.week = $week AND n.version_id <> o.version_id
)
SELECT p.url, p.before_version_id, p.after_version_id, b.text AS before_text, a.text AS after_text
FROM pairs p
JOIN page_versions b ON b.version_id = p.before_version_id
JOIN page_versions a ON a.version_id = p.after_version_id
ORDER BY p.url
