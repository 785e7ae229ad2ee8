-- Who a statement's source is as the article writes it, beside the resolved speaker (issue 11):
-- `speaker_mention` is the mention at the cue ("he", "el canciller"), `speaker_resolved` is false when the
-- article gives no name for it (the description is kept as the speaker, never passed off as a name).
ALTER TABLE statements ADD COLUMN IF NOT EXISTS speaker_mention VARCHAR;
ALTER TABLE statements ADD COLUMN IF NOT EXISTS speaker_resolved BOOLEAN;
