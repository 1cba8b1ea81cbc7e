-- Pointer jumping: a document takes the label of the document it is labelled with, which cuts the
-- rounds on long chains of copies from their length to about its logarithm.
UPDATE _cluster_nodes n SET label = p.label
FROM _cluster_nodes p
WHERE p.id = n.label AND p.label < n.label;
