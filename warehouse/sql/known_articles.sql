-- Which of a batch of candidate entries the warehouse already holds, by id or by content hash
-- (a feed that changes every GUID on each fetch still repeats its content).
SELECT article_id, content_hash FROM articles
WHERE article_id IN (SELECT unnest($ids)) OR content_hash IN (SELECT unnest($hashes));
