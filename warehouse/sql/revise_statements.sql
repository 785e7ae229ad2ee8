-- Statements a revision kept (same quote, so same id): their offsets and attribution follow the new text.
UPDATE statements SET speaker = b.speaker, speaker_canonical = b.speaker_canonical, side = b.side,
                      kind = b.kind, cue = b.cue, start = b.start, "end" = b."end", language = b.language,
                      confidence = b.confidence, extractor_version = b.extractor_version
FROM statement_batch b
WHERE statements.statement_id = b.statement_id AND b.article_id IN (SELECT unnest($article_id));
