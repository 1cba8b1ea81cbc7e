-- One fetch with where its response is kept (WARC file and offset) and the page it showed.
SELECT f.fetch_id, f.url, f.final_url, f.fetched_at, f.week, f.status, f.outcome, f.content_type, f.bytes,
       f.source, f.warc_file, f.warc_offset, e.url AS page_url, substr(md5(e.url), 1, 16) AS page_id,
       e.version_id
FROM fetch_log f
LEFT JOIN extractions e USING (fetch_id)
WHERE f.fetch_id = $fetch_id
