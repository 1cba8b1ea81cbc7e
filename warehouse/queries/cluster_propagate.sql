-- One round of connected components over the pairs of copies: each document takes the smallest
-- label among its neighbours. Run with cluster_shortcut.sql until neither changes a row: every
-- document then carries the id of the earliest document of its component.
UPDATE _cluster_nodes n SET label = m.label
FROM (SELECT l.a AS id, min(x.label) AS label FROM _cluster_links l JOIN _cluster_nodes x ON x.id = l.b GROUP BY l.a) m
WHERE n.id = m.id AND m.label < n.label;
