SELECT count(*)
FROM fetch_log f
LEFT JOIN extractions e USING (fetch_id)
WHERE f.role = 'document' AND f.outcome = 'ok' AND f.warc_file IS NOT NULL AND e.fetch_id IS NULL
