-- Claim changes for the web view and its feed and API: those of $week (NULL: every week), filtered by
-- $severity, $category, $site, $kind and the page's $url (NULL: any), newest week and highest severity first, at most
-- $limit rows. page_id names the page in the web view's addresses; *_fetch_id are the captures that
-- showed each version first.
SELECT c.week, c.url, substr(md5(c.url), 1, 16) AS page_id, c.category, c.change_type, c.severity, c.reason,
       c.before_text, c.after_text, c.before_version_id, c.after_version_id,
       d.title, d.site, d.kind,
       a.fetched_at AS captured_at, a.fetch_id AS after_fetch_id,
       b.fetched_at AS before_captured_at, b.fetch_id AS before_fetch_id
FROM claim_changes c
LEFT JOIN documents d USING (url)
LEFT JOIN page_versions a ON a.version_id = c.after_version_id
LEFT JOIN page_versions b ON b.version_id = c.before_version_id
WHERE ($week IS NULL OR c.week = $week)
  AND ($severity IS NULL OR c.severity = $severity)
  AND ($category IS NULL OR c.category = $category)
  AND ($site IS NULL OR d.site = $site)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($url IS NULL OR c.url = $url)
ORDER BY c.week DESC, CASE c.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, c.url, c.category,
         c.change_type, c.after_text
LIMIT $limit
