-- The outbox at a glance: how many alerts in each status.
SELECT status, count(*) AS alerts
FROM alerts
GROUP BY status
ORDER BY CASE status WHEN 'queued' THEN 0 WHEN 'sent' THEN 1 WHEN 'failed' THEN 2 ELSE 3 END, status;
