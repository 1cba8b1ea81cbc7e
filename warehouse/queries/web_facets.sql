-- What the web view's filters offer: the weeks that have claim changes (newest first) and the sites.
SELECT 'week' AS facet, week AS value FROM (SELECT DISTINCT week FROM claim_changes)
UNION ALL
SELECT 'site', site FROM (SELECT DISTINCT site FROM documents WHERE site IS NOT NULL)
ORDER BY facet, value
