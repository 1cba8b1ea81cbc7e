-- Versions stored without their claims (by older code), oldest first, a batch at a time. Only
-- the ids: reading the texts here would scan every stored text on every run.
SELECT v.version_id
FROM page_versions v
ANTI JOIN claim_extractions c USING (version_id)
ORDER BY v.fetched_at, v.version_id
LIMIT $limit
