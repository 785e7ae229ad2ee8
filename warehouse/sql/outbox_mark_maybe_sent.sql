-- The message carrying these alerts was sent in full but Slack did not answer within the deadline: it may
-- have been posted. 'maybe_sent' is final (never re-sent automatically), so a receiver that answers late
-- cannot get the same message on every pass.
UPDATE alerts
SET status = 'maybe_sent', attempts = coalesce(attempts, 0) + $tries, last_error = $error, sent_at = now()
WHERE statement_id IN (SELECT unnest($ids::VARCHAR[])) AND status = 'queued';
