-- Slack answered 200 for the message carrying these alerts: they are done. Only queued rows move,
-- so a row another process already settled is never rewritten. `$tries`: POSTs this run
-- took for the message (the last one answered ok).
UPDATE alerts
SET status = 'sent', attempts = coalesce(attempts, 0) + $tries, last_error = NULL, sent_at = now()
WHERE statement_id IN (SELECT unnest($ids::VARCHAR[])) AND status = 'queued';
