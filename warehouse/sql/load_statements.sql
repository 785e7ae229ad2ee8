-- Bulk, idempotent. `statement_batch` is registered by warehouse/load.py (one numpy column per field).
INSERT INTO statements (statement_id, article_id, speaker, speaker_canonical, side, quote, kind, cue,
                        start, "end", language, confidence, extractor_version, extracted_at, run_id,
                        speaker_mention, speaker_resolved)
SELECT statement_id, article_id, speaker, speaker_canonical, side, quote, kind, cue, start, "end", language,
       confidence, extractor_version, extracted_at, run_id, speaker_mention, speaker_resolved
FROM statement_batch
ON CONFLICT DO NOTHING;
