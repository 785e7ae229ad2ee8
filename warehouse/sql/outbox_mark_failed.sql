-- Slack refused the message itself (invalid_payload), or the statement row is missing: trying again
-- cannot help. `$posted` is 1 when a POST was made for it, 0 when none was.
UPDATE alerts
SET status = 'failed', attempts = coalesce(attempts, 0) + $posted, last_error = $error
WHERE statement_id IN (SELECT unnest($ids::VARCHAR[])) AND status = 'queued';
