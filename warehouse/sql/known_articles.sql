-- Which of a batch of candidate entries the warehouse already holds: by article id (with the content hash
-- stored for it, so a changed entry can be told from a repeated one), or by content hash for the entries
-- that have no link (a feed without links that changes every GUID on each fetch still repeats its content).
SELECT article_id, content_hash FROM articles
WHERE article_id IN (SELECT unnest($ids)) OR content_hash IN (SELECT unnest($hashes));
