-- Claim changes delivered as alerts: one row per change and Apprise target ([notify] in the sources file).
CREATE OR REPLACE VIEW alerts AS
SELECT week, url, category, change_type, severity, target, sent_at, change_key
FROM alert_log;
