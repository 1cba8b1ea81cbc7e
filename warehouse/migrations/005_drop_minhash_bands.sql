-- Issue 4: the band keys of the duplicate search are hashed from the signatures themselves, in the
-- query (warehouse/queries/cluster_edges.sql). Storing them cost 16 rows a version, written with
-- every batch, and clustering read the table whole for each band.
DROP TABLE minhash_bands;
