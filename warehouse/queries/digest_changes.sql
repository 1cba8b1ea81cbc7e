-- Claim changes of $week with the page they were seen on.
SELECT c.url, c.category, c.change_type, c.before_text, c.after_text, c.severity, c.reason,
       d.title, d.site, v.fetched_at AS captured_at
FROM claim_changes c
LEFT JOIN documents d USING (url)
LEFT JOIN page_versions v ON v.version_id = c.after_version_id
WHERE c.week = $week
ORDER BY CASE c.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, c.url, c.category, c.change_type
