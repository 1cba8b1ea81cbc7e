-- The two versions of one document that the claim diff of week $week compares (as in
-- version_pairs.sql): its last version up to $week and its last version before $week. No row
-- when the document has no version new in $week; before_* is NULL when it has no earlier version.
WITH mine AS (
    SELECT version_id, fetched_at, week, text
    FROM page_versions
    WHERE url = $url
),
after_version AS (
    SELECT * FROM mine WHERE week <= $week ORDER BY fetched_at DESC LIMIT 1
),
before_version AS (
    SELECT * FROM mine WHERE week < $week ORDER BY fetched_at DESC LIMIT 1
)
SELECT a.version_id AS after_version_id, a.fetched_at AS after_fetched_at, a.text AS after_text,
       b.version_id AS before_version_id, b.fetched_at AS before_fetched_at, b.text AS before_text
FROM after_version a
LEFT JOIN before_version b ON true
WHERE a.week = $week
