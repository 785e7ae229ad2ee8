-- 004: the views answer about articles judged relevant; the `_all` views keep every article's statements.
-- (On 25 real feeds with no talks coverage, statements of off-topic articles topped statements_by_speaker.)
-- Also: how a date without a time zone was read (the feed's own zone, or UTC assumed), kept with the article.

ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_zone VARCHAR;

CREATE OR REPLACE VIEW latest_statements_all AS
SELECT s.extracted_at, a.published_at, coalesce(s.speaker_canonical, s.speaker) AS speaker, s.side,
       s.kind, s.cue, s.quote, a.title, a.url, f.name AS outlet, s.language, s.confidence,
       s.statement_id, s.article_id, a.relevant, a.published_zone
FROM statements s
JOIN articles a USING (article_id)
LEFT JOIN feeds f ON f.url = a.feed_url
ORDER BY a.published_at DESC, s.article_id, s.start, s.statement_id;

CREATE OR REPLACE VIEW latest_statements AS
SELECT s.extracted_at, a.published_at, coalesce(s.speaker_canonical, s.speaker) AS speaker, s.side,
       s.kind, s.cue, s.quote, a.title, a.url, f.name AS outlet, s.language, s.confidence,
       s.statement_id, s.article_id, a.published_zone
FROM statements s
JOIN articles a USING (article_id)
LEFT JOIN feeds f ON f.url = a.feed_url
WHERE a.relevant
ORDER BY a.published_at DESC, s.article_id, s.start, s.statement_id;

CREATE OR REPLACE VIEW statements_by_speaker_all AS
SELECT coalesce(s.speaker_canonical, s.speaker) AS speaker, any_value(s.side) AS side,
       count(*) AS statements, count(DISTINCT s.article_id) AS articles,
       min(a.published_at) AS first_seen, max(a.published_at) AS last_seen,
       count(*) FILTER (WHERE a.relevant) AS in_relevant_articles
FROM statements s JOIN articles a USING (article_id)
GROUP BY 1
ORDER BY statements DESC, speaker;

CREATE OR REPLACE VIEW statements_by_speaker AS
SELECT coalesce(s.speaker_canonical, s.speaker) AS speaker, any_value(s.side) AS side,
       count(*) AS statements, count(DISTINCT s.article_id) AS articles,
       min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
FROM statements s JOIN articles a USING (article_id)
WHERE a.relevant
GROUP BY 1
ORDER BY statements DESC, speaker;

CREATE OR REPLACE VIEW daily_counts_all AS
SELECT CAST(a.published_at AS DATE) AS day,
       count(DISTINCT a.article_id) AS articles,
       count(DISTINCT a.article_id) FILTER (WHERE a.relevant) AS relevant_articles,
       count(s.statement_id) AS statements,
       count(s.statement_id) FILTER (WHERE a.relevant) AS statements_in_relevant_articles
FROM articles a LEFT JOIN statements s USING (article_id)
GROUP BY 1
ORDER BY 1 DESC;

CREATE OR REPLACE VIEW daily_counts AS
SELECT CAST(a.published_at AS DATE) AS day,
       count(DISTINCT a.article_id) AS relevant_articles,
       count(s.statement_id) AS statements
FROM articles a LEFT JOIN statements s USING (article_id)
WHERE a.relevant
GROUP BY 1
ORDER BY 1 DESC;
