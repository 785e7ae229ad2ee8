-- Alerts that used up max_attempts on 5xx/network errors while Slack accepted other messages in the
-- same run: the webhook works, so the fault is this message. (During an outage this is never run.)
UPDATE alerts
SET status = 'failed'
WHERE statement_id IN (SELECT unnest($ids::VARCHAR[])) AND status = 'queued'
  AND coalesce(attempts, 0) >= $max_attempts;
