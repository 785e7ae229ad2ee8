-- A message was posted `$tries` times without success (5xx, network, 429, dead webhook): the alerts
-- stay queued for the next run, with the count and the (URL-free) reason.
UPDATE alerts
SET attempts = coalesce(attempts, 0) + $tries, last_error = $error
WHERE statement_id IN (SELECT unnest($ids::VARCHAR[])) AND status = 'queued';
