-- A revised article (same id, its feed entry changed: a correction): its row takes the new title, summary,
-- text and judgement; first_seen_at and run_id keep when it was first loaded. `article_batch` as in
-- load_articles.sql.
UPDATE articles SET title = b.title, summary = b.summary, text = b.text, text_source = b.text_source,
                    text_hash = b.text_hash,
                    published_at = b.published_at, published_guessed = b.published_guessed,
                    language = b.language, content_hash = b.content_hash, relevant = b.relevant,
                    relevance_score = b.relevance_score, evidence = b.evidence::JSON,
                    analyzer_version = b.analyzer_version
FROM article_batch b
WHERE articles.article_id = b.article_id AND b.article_id IN (SELECT unnest($article_id));
