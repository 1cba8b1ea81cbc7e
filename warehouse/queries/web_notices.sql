-- Regulatory notices, newest first.
SELECT substr(md5(url), 1, 16) AS page_id, url, title, agency, document_number, notice_type, publication_date,
       abstract, pdf_url, site, first_seen, last_seen
FROM notices
ORDER BY coalesce(publication_date, strftime(first_seen, '%Y-%m-%d')) DESC, url
