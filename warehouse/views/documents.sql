-- One row per URL that has at least one stored version.
CREATE OR REPLACE VIEW documents AS
WITH latest AS (
    SELECT url, title, site, kind
    FROM page_versions
    QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC, version_id DESC) = 1
),
seen AS (
    -- first_seen: first stored version; last_seen: last fetch that showed the page (incl. 304)
    SELECT v.url, min(v.fetched_at) AS first_seen,
           greatest(max(v.fetched_at), coalesce(max(s.fetched_at), max(v.fetched_at))) AS last_seen
    FROM page_versions v
    LEFT JOIN document_sightings s USING (url)
    GROUP BY v.url
),
final AS (
    SELECT l.url, l.site, l.kind, l.title, s.first_seen, s.last_seen,
           coalesce(c.cluster_id, l.url) AS cluster_id
    FROM latest l
    JOIN seen s USING (url)
    LEFT JOIN document_clusters c USING (url)
)
SELECT * FROM final;
