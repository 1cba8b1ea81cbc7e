-- MinHash signatures of the current versions of the documents in _urls.
SELECT v.url, v.minhash
FROM page_versions v
JOIN (SELECT url, arg_max(version_id, fetched_at) AS version_id FROM page_versions GROUP BY url) c
  USING (version_id)
WHERE v.url IN (SELECT url FROM _urls)
