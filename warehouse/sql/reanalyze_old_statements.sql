-- The statements a batch of articles has now, and whether each was ever queued for an alert.
SELECT s.statement_id, s.article_id, s.start, s."end", a.statement_id IS NOT NULL AS alerted
FROM statements s LEFT JOIN alerts a USING (statement_id)
WHERE s.article_id IN (SELECT unnest($article_id));
