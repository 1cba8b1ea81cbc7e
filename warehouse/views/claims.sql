-- Claims (checkable sentences about the topic) of every version.
CREATE OR REPLACE VIEW claims AS
SELECT claim_id, version_id, url, week, category, text, position, facts
FROM claim_rows;
