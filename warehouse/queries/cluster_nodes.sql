-- The documents in pairs of copies; each starts labelled with its own number.
CREATE OR REPLACE TEMP TABLE _cluster_nodes AS
SELECT DISTINCT id, id AS label
FROM (SELECT a AS id FROM _cluster_edges UNION ALL SELECT b FROM _cluster_edges);

CREATE OR REPLACE TEMP TABLE _cluster_links AS
SELECT DISTINCT a, b FROM (SELECT a, b FROM _cluster_edges UNION ALL SELECT b, a FROM _cluster_edges);
