-- A re-extracted statement that covers the same span as one already alerted is not alerted again.
INSERT INTO alerts (statement_id, status, attempts, queued_at, last_error)
SELECT unnest($statement_id), 'superseded', 0, $now, 'same span as a statement alerted before re-analysis'
ON CONFLICT DO NOTHING;
