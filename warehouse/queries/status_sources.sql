-- Per source: last successful fetch, and failures over the 28 days before the newest fetch.
WITH newest AS (SELECT max(fetched_at) AS at FROM fetch_log),
recent AS (
    SELECT source,
           count(*) AS fetches,
           count(*) FILTER (WHERE outcome NOT IN ('ok', 'not_modified')) AS failures
    FROM fetch_log, newest
    WHERE fetched_at > newest.at - INTERVAL 28 DAY
    GROUP BY source
),
success AS (
    SELECT source, max(fetched_at) AS last_success
    FROM fetch_log
    WHERE outcome IN ('ok', 'not_modified')
    GROUP BY source
)
SELECT s.source, u.last_success, coalesce(r.fetches, 0) AS fetches, coalesce(r.failures, 0) AS failures,
       round(100.0 * coalesce(r.failures, 0) / nullif(r.fetches, 0), 1) AS error_rate_pct
FROM (SELECT DISTINCT source FROM fetch_log) s
LEFT JOIN success u USING (source)
LEFT JOIN recent r USING (source)
ORDER BY error_rate_pct DESC NULLS FIRST, s.source
