-- Regulatory notices with what their source said about them (Federal Register and the like).
CREATE OR REPLACE VIEW notices AS
WITH meta AS (
    SELECT coalesce(final_url, url) AS url, metadata
    FROM fetch_log
    WHERE role = 'document' AND metadata IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY coalesce(final_url, url) ORDER BY fetched_at DESC, fetch_id DESC) = 1
),
final AS (
    SELECT d.url, d.title,
           m.metadata ->> '$.agency' AS agency,
           m.metadata ->> '$.document_number' AS document_number,
           m.metadata ->> '$.notice_type' AS notice_type,
           m.metadata ->> '$.publication_date' AS publication_date,
           m.metadata ->> '$.abstract' AS abstract,
           m.metadata ->> '$.pdf_url' AS pdf_url,
           d.site, d.first_seen, d.last_seen, d.cluster_id
    FROM documents d
    LEFT JOIN meta m USING (url)
    WHERE d.kind = 'notice'
)
SELECT * FROM final;
