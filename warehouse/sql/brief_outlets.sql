-- The brief: the outlets that covered the talks in the period (relevant articles), busiest first.
SELECT coalesce(f.name, a.feed_url)   AS outlet,
       count(DISTINCT a.article_id)   AS articles,
       count(s.statement_id)          AS statements
FROM articles a
LEFT JOIN statements s USING (article_id)
LEFT JOIN feeds f ON f.url = a.feed_url
WHERE a.relevant
  AND timezone('UTC', a.published_at) >= $start AND timezone('UTC', a.published_at) < $end
GROUP BY 1
ORDER BY articles DESC, statements DESC, outlet;
