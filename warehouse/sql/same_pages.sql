-- Stored articles that have the same title + summary AND the same page text as an article of the batch
-- under another id: the same story reached again under a new link (a site moved, a second outlet's copy).
SELECT b.article_id
FROM article_batch b
JOIN articles a ON a.content_hash = b.content_hash AND a.text_hash = b.text_hash AND a.article_id <> b.article_id
WHERE b.text_hash IS NOT NULL;
