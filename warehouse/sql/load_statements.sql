-- Bulk, idempotent. The alert outbox rows are queued by queue_alerts.sql in the same transaction.
INSERT INTO statements (statement_id, article_id, speaker, speaker_canonical, side, quote, kind, cue,
                        start, "end", language, confidence, extractor_version, extracted_at, run_id)
SELECT unnest($statement_id), unnest($article_id), unnest($speaker), unnest($speaker_canonical),
       unnest($side), unnest($quote), unnest($kind), unnest($cue), unnest($start), unnest($end),
       unnest($language), unnest($confidence), unnest($extractor_version), unnest($extracted_at),
       unnest($run_id)
ON CONFLICT DO NOTHING;
