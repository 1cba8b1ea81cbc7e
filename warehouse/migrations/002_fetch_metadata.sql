-- What a search API said about a document it listed (agency, document number, notice type,
-- dates, abstract, PDF link), kept with the fetch of that document.
ALTER TABLE fetch_log ADD COLUMN metadata JSON;
