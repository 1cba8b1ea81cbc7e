-- Every document starts as its own cluster (named after its URL); clustered ones are updated after.
DELETE FROM document_clusters;
INSERT INTO document_clusters
SELECT DISTINCT url, 'c-' || left(md5(url), 12) FROM page_versions;
