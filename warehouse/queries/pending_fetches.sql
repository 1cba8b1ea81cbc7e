-- The next document fetches with a body that the process stage has not handled yet, in fetch
-- order, after the fetch ($after_at, $after_id) when given (the stage reads the next batch before
-- the last one is written). Processed fetches get an extractions row.
SELECT f.fetch_id, f.url, coalesce(f.final_url, f.url) AS final_url, f.fetched_at, f.week,
       f.content_type, f.body_hash, f.warc_file, f.warc_offset, f.document_kind
FROM fetch_log f
LEFT JOIN extractions e USING (fetch_id)
WHERE f.role = 'document' AND f.outcome = 'ok' AND f.warc_file IS NOT NULL AND e.fetch_id IS NULL
  AND ($after_at IS NULL OR f.fetched_at > $after_at OR (f.fetched_at = $after_at AND f.fetch_id > $after_id))
ORDER BY f.fetched_at, f.fetch_id
LIMIT $limit
