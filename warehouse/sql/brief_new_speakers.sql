-- The brief: speakers first quoted (in a relevant article) during the period.
SELECT coalesce(s.speaker_canonical, s.speaker)     AS speaker,
       any_value(s.side)                            AS side,
       min(timezone('UTC', a.published_at))         AS first_seen,
       count(*)                                     AS statements
FROM statements s
JOIN articles a USING (article_id)
WHERE a.relevant AND timezone('UTC', a.published_at) < $end
GROUP BY 1
HAVING min(timezone('UTC', a.published_at)) >= $start
ORDER BY first_seen, speaker;
