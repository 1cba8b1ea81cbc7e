-- Claim changes of $weeks that may alert: of a severity in $severities and a category in $categories,
-- with the page they were seen on, a key that names the change across recomputations of its week
-- (the diff replaces a week's rows whole; a change keeps its key while its texts stay the same), and
-- the targets it was already delivered to. Highest severity first, then by page.
WITH changes AS (
    SELECT *,
           sha256(concat_ws(chr(31), week, url, change_type, coalesce(before_text, ''), coalesce(after_text, ''))) AS change_key
    FROM claim_changes
    WHERE list_contains($weeks, week) AND list_contains($severities, severity) AND list_contains($categories, category)
    QUALIFY row_number() OVER (PARTITION BY change_key ORDER BY category) = 1  -- the same sentence added twice
)
SELECT c.change_key, c.week, c.url, c.category, c.change_type, c.severity, c.before_text, c.after_text,
       d.title, d.site, v.fetched_at AS captured_at,
       coalesce((SELECT list(a.target) FROM alert_log a WHERE a.change_key = c.change_key), []) AS sent_to
FROM changes c
LEFT JOIN documents d USING (url)
LEFT JOIN page_versions v ON v.version_id = c.after_version_id
ORDER BY c.week, CASE c.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, c.url, c.category, c.change_type,
         c.change_key
