-- The brief's chart: statements of relevant articles per day (or week) and side, over the chart's window.
SELECT date_trunc($unit, timezone('UTC', a.published_at)) AS bucket,
       coalesce(s.side, '')                               AS side,
       count(*)                                           AS statements
FROM statements s
JOIN articles a USING (article_id)
WHERE a.relevant
  AND timezone('UTC', a.published_at) >= $start AND timezone('UTC', a.published_at) < $end
GROUP BY ALL
ORDER BY bucket, side;
