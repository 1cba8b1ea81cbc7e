-- Weekly digests rendered (and sent, when sent_at is set).
CREATE OR REPLACE VIEW digests AS
SELECT week, created_at, sent_at, recipients, subject, html_path
FROM digest_log;
