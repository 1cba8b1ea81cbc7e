-- The documents in those pairs, numbered in cluster-naming order; each starts labelled with itself.
CREATE OR REPLACE TEMP TABLE _cluster_nodes AS
SELECT url, id, id AS label
FROM (
    SELECT url, row_number() OVER (ORDER BY min(fetched_at), url) AS id
    FROM page_versions
    WHERE url IN (SELECT a FROM _cluster_edges UNION SELECT b FROM _cluster_edges)
    GROUP BY url
);

CREATE OR REPLACE TEMP TABLE _cluster_links AS
SELECT na.id AS a, nb.id AS b
FROM _cluster_edges e JOIN _cluster_nodes na ON na.url = e.a JOIN _cluster_nodes nb ON nb.url = e.b;
INSERT INTO _cluster_links SELECT b, a FROM _cluster_links;
