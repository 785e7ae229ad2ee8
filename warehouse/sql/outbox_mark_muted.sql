-- Alerts the rules hold back. last_error keeps the rule that muted each one, so an operator can see why.
UPDATE alerts
SET status = 'muted', last_error = m.reason
FROM (SELECT unnest($ids::VARCHAR[]) AS statement_id, unnest($reasons::VARCHAR[]) AS reason) AS m
WHERE alerts.statement_id = m.statement_id AND alerts.status = 'queued';
