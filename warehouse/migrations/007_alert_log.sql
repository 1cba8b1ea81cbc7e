-- Issue 16: alerts through Apprise ([notify] in the sources file). One row per claim change and target
-- it was delivered to: a change is sent to each target once, and a failed send (no row) is tried again
-- by the next `claimwatch notify` or run. A target is known by a hash of its URL as written in the
-- sources file (`${NAME}` references unexpanded), so neither URLs nor secrets are stored.
CREATE TABLE alert_log (
    change_key  VARCHAR NOT NULL,   -- sha256 of week, url, change type, before and after text (warehouse/queries/alert_candidates.sql)
    target      VARCHAR NOT NULL,   -- first 16 hex digits of the sha256 of the target's URL as written
    week        VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    category    VARCHAR NOT NULL,
    change_type VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,
    sent_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (change_key, target)
);
