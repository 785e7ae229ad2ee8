-- Queue an alert for each statement of the batch that the warehouse does not hold yet (run before the
-- statements are inserted, in the same transaction): a resumed or repeated pass queues nothing twice.
INSERT INTO alerts (statement_id, status, attempts, queued_at)
SELECT b.statement_id, 'queued', 0, $now
FROM statement_batch b ANTI JOIN statements s USING (statement_id)
ON CONFLICT DO NOTHING;
