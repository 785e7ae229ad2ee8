-- 002: views for the questions analysts ask most.

CREATE OR REPLACE VIEW latest_statements AS
SELECT s.extracted_at, a.published_at, coalesce(s.speaker_canonical, s.speaker) AS speaker, s.side,
       s.kind, s.cue, s.quote, a.title, a.url, f.name AS outlet, s.language, s.confidence,
       s.statement_id, s.article_id
FROM statements s
JOIN articles a USING (article_id)
LEFT JOIN feeds f ON f.url = a.feed_url
ORDER BY a.published_at DESC, s.start;

CREATE OR REPLACE VIEW statements_by_speaker AS
SELECT coalesce(s.speaker_canonical, s.speaker) AS speaker, any_value(s.side) AS side,
       count(*) AS statements, count(DISTINCT s.article_id) AS articles,
       min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
FROM statements s JOIN articles a USING (article_id)
GROUP BY 1
ORDER BY statements DESC;

CREATE OR REPLACE VIEW daily_counts AS
SELECT CAST(a.published_at AS DATE) AS day,
       count(DISTINCT a.article_id) FILTER (WHERE a.relevant) AS relevant_articles,
       count(s.statement_id) AS statements
FROM articles a LEFT JOIN statements s USING (article_id)
GROUP BY 1
ORDER BY 1 DESC;

CREATE OR REPLACE VIEW feed_health AS
SELECT name, url, last_status, error_count, last_error, last_fetched_at, last_ok_at, next_fetch_at,
       entries_seen
FROM feeds
ORDER BY error_count DESC, name;
