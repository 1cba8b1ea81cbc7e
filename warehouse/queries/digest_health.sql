-- Crawl health of $week per source: attempts and failures.
SELECT source,
       count(*) AS fetches,
       count(*) FILTER (WHERE outcome NOT IN ('ok', 'not_modified', 'irrelevant')) AS failures,
       string_agg(DISTINCT outcome, ', ') FILTER (WHERE outcome NOT IN ('ok', 'not_modified', 'irrelevant')) AS failure_kinds
FROM fetches
WHERE week = $week
GROUP BY source
ORDER BY failures DESC, source
