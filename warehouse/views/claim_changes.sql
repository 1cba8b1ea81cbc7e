-- Week-over-week claim changes: week W compares each document's last version up to W
-- with its last version up to W-1.
CREATE OR REPLACE VIEW claim_changes AS
SELECT url, week, category, change_type, before_text, after_text, severity, reason,
       before_version_id, after_version_id
FROM claim_change_rows;
