-- Each time a stored document was seen: fetched with a body that showed a version (any URL that
-- leads to it, tracking parameters and redirects included), or answered 304 to a conditional
-- request. (The file name sorts first: the views below read this one.)
CREATE OR REPLACE VIEW document_sightings AS
WITH url_map AS (
    SELECT DISTINCT f.url AS requested, e.url AS url
    FROM extractions e JOIN fetch_log f USING (fetch_id)
    WHERE e.version_id IS NOT NULL
)
SELECT e.url, f.fetched_at, f.week, f.fetch_id
FROM extractions e JOIN fetch_log f USING (fetch_id)
WHERE e.version_id IS NOT NULL
UNION ALL
SELECT m.url, f.fetched_at, f.week, f.fetch_id
FROM fetch_log f JOIN url_map m ON m.requested = f.url
WHERE f.role = 'document' AND f.outcome = 'not_modified';
