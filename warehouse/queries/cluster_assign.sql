-- Every document's cluster: named after the earliest document of its component of copies, or
-- after itself when it has no copy.
DELETE FROM document_clusters;
INSERT INTO document_clusters
SELECT c.url, 'c-' || left(md5(coalesce(r.url, c.url)), 12)
FROM _current c
LEFT JOIN _cluster_nodes n USING (id)
LEFT JOIN _current r ON r.id = n.label;
