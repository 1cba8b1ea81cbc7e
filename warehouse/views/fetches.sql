-- Every crawl attempt: one row per request, whatever its outcome. A page fetched fine but
-- found not to be about the topic (or unreadable) shows the process stage's verdict.
CREATE OR REPLACE VIEW fetches AS
SELECT
    f.url,
    f.fetched_at,
    f.status,
    CASE WHEN e.outcome IN ('irrelevant', 'parse_error', 'empty') THEN e.outcome ELSE f.outcome END AS outcome,
    f.bytes,
    coalesce(f.error, CASE WHEN e.outcome IN ('irrelevant', 'parse_error', 'empty') THEN e.error END) AS error,
    f.source,
    f.role,
    f.final_url,
    f.week,
    f.run_id,
    f.fetch_id
FROM fetch_log f
LEFT JOIN extractions e USING (fetch_id);
