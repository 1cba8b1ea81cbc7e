-- Claims per category per week, on the pages seen that week (their version current then),
-- and how many of them no document had made before that week.
CREATE OR REPLACE VIEW claim_trends AS
WITH seen AS (
    -- documents fetched in a week (changed or not), and when they were last seen in it
    SELECT url, week, max(fetched_at) AS seen_at
    FROM document_sightings
    GROUP BY ALL
),
current_versions AS (
    SELECT s.week, v.version_id
    FROM seen s
    ASOF JOIN page_versions v ON s.url = v.url AND s.seen_at >= v.fetched_at
),
keyed AS (
    -- a claim's identity across pages: its words, case and punctuation ignored
    SELECT c.*, trim(regexp_replace(lower(c.text), '[^a-z0-9%.]+', ' ', 'g')) AS claim_key
    FROM claim_rows c
),
first_made AS (
    SELECT claim_key, min(week) AS first_week FROM keyed GROUP BY claim_key
),
final AS (
    SELECT cv.week, k.category,
           count(*) AS claims,
           count(DISTINCT k.url) AS documents,
           count(DISTINCT k.claim_key) FILTER (WHERE f.first_week = cv.week) AS new_claims
    FROM current_versions cv
    JOIN keyed k USING (version_id)
    JOIN first_made f USING (claim_key)
    GROUP BY cv.week, k.category
)
SELECT * FROM final ORDER BY week, category;
