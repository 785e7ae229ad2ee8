-- Queue an alert for each statement id given; an id already queued, sent or muted stays as it is,
-- so a statement is never queued twice (re-analysis and resumed passes included).
INSERT INTO alerts (statement_id, status, attempts, queued_at)
SELECT unnest($statement_id), 'queued', 0, $now
ON CONFLICT DO NOTHING;
