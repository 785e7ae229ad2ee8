-- The brief: every statement of the period's relevant articles, with its article and outlet.
-- $start/$end are naive UTC; times come back as naive UTC. A statement belongs to the day its article was
-- published (when the feed gave no date, the day it was first fetched: published_guessed).
SELECT coalesce(s.speaker_canonical, s.speaker) AS speaker,
       s.side,
       s.kind,
       s.cue,
       s.quote,
       a.title,
       a.url,
       coalesce(f.name, a.feed_url)               AS outlet,
       timezone('UTC', a.published_at)            AS published_at,
       a.published_guessed,
       s.statement_id
FROM statements s
JOIN articles a USING (article_id)
LEFT JOIN feeds f ON f.url = a.feed_url
WHERE a.relevant
  AND timezone('UTC', a.published_at) >= $start AND timezone('UTC', a.published_at) < $end
ORDER BY speaker, a.published_at, s.article_id, s.start, s.statement_id;
