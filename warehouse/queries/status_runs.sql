-- The most recent stage runs.
SELECT started_at, command, week, round(epoch(finished_at - started_at), 1) AS seconds, summary
FROM runs
ORDER BY started_at DESC
LIMIT $limit
