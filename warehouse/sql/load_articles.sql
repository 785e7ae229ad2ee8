-- Bulk, idempotent: an article already loaded (by a previous or interrupted pass) is left as it is.
-- `article_batch` is registered by warehouse/load.py (one numpy column per field).
INSERT INTO articles (article_id, url, feed_url, guid, title, summary, text, text_source, published_at,
                      published_guessed, language, content_hash, relevant, relevance_score, evidence,
                      analyzer_version, first_seen_at, run_id, published_zone, text_hash)
SELECT article_id, url, feed_url, guid, title, summary, text, text_source, published_at, published_guessed,
       language, content_hash, relevant, relevance_score, evidence::JSON, analyzer_version, first_seen_at, run_id,
       published_zone, text_hash
FROM article_batch
ON CONFLICT DO NOTHING;
