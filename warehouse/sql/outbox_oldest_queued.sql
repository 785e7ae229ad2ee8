-- The alert that has waited longest, with why it is still waiting.
SELECT al.statement_id,
       timezone('UTC', al.queued_at) AS queued_at,
       coalesce(al.attempts, 0)      AS attempts,
       al.last_error,
       coalesce(s.speaker_canonical, s.speaker) AS speaker
FROM alerts al
LEFT JOIN statements s ON s.statement_id = al.statement_id
WHERE al.status = 'queued'
ORDER BY al.queued_at NULLS FIRST, al.statement_id
LIMIT 1;
