-- The statements a batch of articles has now, and the status of each one's alert (NULL: never queued).
SELECT s.statement_id, s.article_id, s.start, s."end", a.status AS alert_status
FROM statements s LEFT JOIN alerts a USING (statement_id)
WHERE s.article_id IN (SELECT unnest($article_id));
