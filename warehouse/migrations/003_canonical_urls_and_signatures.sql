-- Issue 4: documents keyed by canonical URL, modified dates, and MinHash signatures for
-- near-duplicate clusters (banded in minhash_bands so the candidate search runs in DuckDB).
ALTER TABLE page_versions ADD COLUMN fetched_url VARCHAR;   -- the URL the page was fetched from
ALTER TABLE page_versions ADD COLUMN modified VARCHAR;      -- last-modified date the page states
ALTER TABLE page_versions ADD COLUMN minhash BLOB;          -- MinHash signature, 128 x uint32

CREATE TABLE minhash_bands (
    version_id VARCHAR NOT NULL,
    band       SMALLINT NOT NULL,
    hash       BIGINT NOT NULL
);
