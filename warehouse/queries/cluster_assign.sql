-- Every document's cluster: named after the earliest document of its component of copies (see
-- cluster_edges.sql), or after itself when it has no copy.
DELETE FROM document_clusters;
INSERT INTO document_clusters
SELECT p.url, 'c-' || left(md5(coalesce(r.url, p.url)), 12)
FROM (SELECT DISTINCT url FROM page_versions) p
LEFT JOIN _cluster_nodes n USING (url)
LEFT JOIN _cluster_nodes r ON r.id = n.label;
