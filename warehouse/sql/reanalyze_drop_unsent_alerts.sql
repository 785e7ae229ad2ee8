-- The alerts of statements a re-analysis removed, unless Slack already has them ('sent', 'maybe_sent' and
-- 'superseded' rows stay as the record of what was delivered). A queued alert moves to the statement that
-- replaces it (queued again by the caller), instead of staying behind with no statement row.
DELETE FROM alerts
WHERE statement_id IN (SELECT unnest($statement_id))
  AND status NOT IN ('sent', 'maybe_sent', 'superseded');
