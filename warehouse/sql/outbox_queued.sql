-- Every queued alert with what its Slack message needs: the statement, its article and the feed.
-- LEFT JOINs so that an alert whose statement row is missing still shows up (found = false) and can be
-- marked failed instead of staying queued forever. Times come back as UTC wall time (TIMESTAMP).
-- Order: fewest attempts first, then oldest, so one message Slack keeps refusing cannot hold back the rest.
SELECT al.statement_id,
       coalesce(al.attempts, 0)           AS attempts,
       timezone('UTC', al.queued_at)      AS queued_at,
       s.statement_id IS NOT NULL         AS found,
       s.speaker,
       s.speaker_canonical,
       s.side,
       s.quote,
       s.kind,
       coalesce(s.language, a.language)   AS language,
       s.confidence,
       a.article_id,
       a.url                              AS article_url,
       a.title,
       timezone('UTC', a.published_at)    AS published_at,
       a.relevant,
       a.feed_url,
       f.name                             AS feed_name
FROM alerts al
LEFT JOIN statements s ON s.statement_id = al.statement_id
LEFT JOIN articles a ON a.article_id = s.article_id
LEFT JOIN feeds f ON f.url = a.feed_url
WHERE al.status = 'queued'
ORDER BY coalesce(al.attempts, 0), al.queued_at NULLS LAST, al.statement_id;
