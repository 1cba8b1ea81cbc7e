-- The claims of the versions of page $url (NULL: any) or of version $version_id (NULL: any), in page order.
SELECT claim_id, version_id, url, week, position, category, text, facts
FROM claims
WHERE ($url IS NULL OR url = $url) AND ($version_id IS NULL OR version_id = $version_id)
ORDER BY version_id, position
