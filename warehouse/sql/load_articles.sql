-- Bulk, idempotent: an article already loaded (by a previous or interrupted pass) is left as it is.
INSERT INTO articles (article_id, url, feed_url, guid, title, summary, text, text_source, published_at,
                      published_guessed, language, content_hash, relevant, relevance_score, evidence,
                      analyzer_version, first_seen_at, run_id)
SELECT unnest($article_id), unnest($url), unnest($feed_url), unnest($guid), unnest($title), unnest($summary),
       unnest($text), unnest($text_source), unnest($published_at), unnest($published_guessed),
       unnest($language), unnest($content_hash), unnest($relevant), unnest($relevance_score),
       unnest($evidence)::JSON, unnest($analyzer_version), unnest($first_seen_at), unnest($run_id)
ON CONFLICT DO NOTHING;
