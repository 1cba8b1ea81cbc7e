-- Versions stored before signatures existed (warehouses older than migration 003).
SELECT version_id, text FROM page_versions WHERE minhash IS NULL
