-- Each distinct extracted text of a URL; a new version only when the text changed.
CREATE OR REPLACE VIEW versions AS
SELECT
    version_id,
    url,
    fetched_at,
    week,
    content_hash,
    title,
    author,
    published,
    text,
    site,
    kind,
    language
FROM page_versions;
