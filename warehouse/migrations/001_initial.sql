-- Base tables. Analysts query the views in warehouse/views/, not these tables.

-- One row per HTTP attempt (or refusal) by the crawler, loaded from the crawl's fetch log.
CREATE TABLE fetch_log (
    fetch_id      VARCHAR PRIMARY KEY,   -- run_id + sequence number within the run
    run_id        VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,      -- source name from the sources file
    role          VARCHAR NOT NULL,      -- document, feed, sitemap
    url           VARCHAR NOT NULL,      -- URL as requested
    final_url     VARCHAR,               -- after redirects
    fetched_at    TIMESTAMP NOT NULL,    -- run clock (simulated date for --as-of runs), UTC
    week          VARCHAR NOT NULL,
    status        INTEGER,               -- HTTP status; NULL when no response
    outcome       VARCHAR NOT NULL,      -- ok, not_modified, http_error, timeout, robots_disallowed, ...
    bytes         BIGINT,                -- body size as received (decoded)
    content_type  VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    body_hash     VARCHAR,               -- sha256 of the body
    error         VARCHAR,
    warc_file     VARCHAR,               -- relative to the captures directory
    warc_offset   BIGINT,
    document_kind VARCHAR                -- from the source, if it sets one
);

-- What the process stage made of each document fetch (exactly one row per processed fetch).
CREATE TABLE extractions (
    fetch_id     VARCHAR PRIMARY KEY,
    url          VARCHAR NOT NULL,
    outcome      VARCHAR NOT NULL,       -- new_version, same_text, same_body, irrelevant, parse_error, empty
    version_id   VARCHAR,                -- the version this fetch shows (new or unchanged)
    error        VARCHAR,
    processed_at TIMESTAMP NOT NULL
);

-- A new row only when a URL's normalized main text changes.
CREATE TABLE page_versions (
    version_id   VARCHAR PRIMARY KEY,
    url          VARCHAR NOT NULL,
    fetch_id     VARCHAR NOT NULL,
    fetched_at   TIMESTAMP NOT NULL,
    week         VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,       -- sha256 of the normalized text
    title        VARCHAR,
    author       VARCHAR,
    published    VARCHAR,                -- as the page states it (ISO date when known)
    site         VARCHAR,
    kind         VARCHAR NOT NULL,       -- article, notice, paper, product
    language     VARCHAR,
    text         VARCHAR NOT NULL
);

-- Near-duplicate clusters, recomputed by the process stage.
CREATE TABLE document_clusters (
    url        VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL
);

CREATE TABLE claim_rows (
    claim_id   VARCHAR PRIMARY KEY,
    version_id VARCHAR NOT NULL,
    url        VARCHAR NOT NULL,
    week       VARCHAR NOT NULL,
    position   INTEGER NOT NULL,          -- sentence order within the version
    category   VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    facts      JSON NOT NULL              -- normalized facts: numbers, polarity, schedules, places, ...
);

-- Versions whose claims have been extracted (also those with no claims).
CREATE TABLE claim_extractions (
    version_id   VARCHAR PRIMARY KEY,
    claims       INTEGER NOT NULL,
    processed_at TIMESTAMP NOT NULL
);

-- Week-over-week changes; each week's rows are replaced whole when the week is recomputed.
CREATE TABLE claim_change_rows (
    week              VARCHAR NOT NULL,
    url               VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,
    change_type       VARCHAR NOT NULL,   -- added, removed, modified
    before_text       VARCHAR,
    after_text        VARCHAR,
    severity          VARCHAR NOT NULL,   -- high, medium, low
    reason            VARCHAR,            -- which facts differ
    before_version_id VARCHAR,
    after_version_id  VARCHAR,
    before_claim_id   VARCHAR,
    after_claim_id    VARCHAR
);

CREATE TABLE digest_log (
    week       VARCHAR PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    sent_at    TIMESTAMP,
    recipients VARCHAR,
    subject    VARCHAR NOT NULL,
    html_path  VARCHAR
);

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    command     VARCHAR NOT NULL,
    week        VARCHAR,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    summary     JSON
);
