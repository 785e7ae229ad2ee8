-- The outbox at a glance: how many alerts in each status.
SELECT status, count(*) AS alerts
FROM alerts
GROUP BY status
ORDER BY CASE status WHEN 'queued' THEN 0 WHEN 'sent' THEN 1 WHEN 'maybe_sent' THEN 2 WHEN 'failed' THEN 3 ELSE 4 END, status;
