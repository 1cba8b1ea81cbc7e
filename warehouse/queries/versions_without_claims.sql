-- Versions stored without their claims (by older code), or whose claims were read by older rules
-- than $rules, oldest first, a batch at a time. Only the ids: reading the texts here would scan
-- every stored text on every run.
SELECT v.version_id
FROM page_versions v
LEFT JOIN claim_extractions c USING (version_id)
WHERE c.version_id IS NULL OR c.rules IS NULL OR c.rules < $rules
ORDER BY v.fetched_at, v.version_id
LIMIT $limit
