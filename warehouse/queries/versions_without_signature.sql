-- Versions stored before signatures existed (warehouses older than migration 003), a batch at a time.
SELECT version_id, text FROM page_versions WHERE minhash IS NULL ORDER BY version_id LIMIT $limit
