-- Issue 4: claim_rows without its primary-key index. Claim ids are random hashes, so each batch's
-- ~6,000 inserts loaded most of the index into memory (+25 MB and twice the insert time at
-- 50,000 pages, growing with the corpus). Ids stay unique by construction (version id and
-- sentence position), and a version's claims are written in the same transaction as its
-- claim_extractions row, whose primary key refuses a second write. DuckDB cannot drop a
-- constraint, so the table is rebuilt; views read it by name and need no change.
CREATE TABLE claim_rows_004 (
    claim_id   VARCHAR NOT NULL,
    version_id VARCHAR NOT NULL,
    url        VARCHAR NOT NULL,
    week       VARCHAR NOT NULL,
    position   INTEGER NOT NULL,          -- sentence order within the version
    category   VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    facts      JSON NOT NULL              -- normalized facts: numbers, polarity, schedules, places, ...
);
INSERT INTO claim_rows_004 SELECT claim_id, version_id, url, week, position, category, text, facts FROM claim_rows;
DROP TABLE claim_rows;
ALTER TABLE claim_rows_004 RENAME TO claim_rows;
