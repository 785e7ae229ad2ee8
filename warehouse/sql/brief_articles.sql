-- The brief's counts: articles seen in the period, and how many of them were judged relevant.
SELECT count(*)                       AS articles_seen,
       count(*) FILTER (WHERE relevant) AS articles_relevant
FROM articles
WHERE timezone('UTC', published_at) >= $start AND timezone('UTC', published_at) < $end;
