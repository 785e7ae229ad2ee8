-- 003: feeds.entries_skipped: how many entries of a feed's last full fetch were past fetch.max_entries_per_feed (the oldest,
-- skipped), so `vzmon feeds` shows a feed that publishes more than the cap keeps.
ALTER TABLE feeds ADD COLUMN IF NOT EXISTS entries_skipped INTEGER DEFAULT 0;

CREATE OR REPLACE VIEW feed_health AS
SELECT name, url, last_status, error_count, last_error, last_fetched_at, last_ok_at, next_fetch_at,
       entries_seen, entries_skipped
FROM feeds
ORDER BY error_count DESC, name;

-- A hash of the page text an article was analysed from (NULL when only the feed summary was had). Two
-- entries with different links are one article only when both their title + summary and their page text
-- are the same (the same story under a new link), never on title + summary alone.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS text_hash VARCHAR;
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles (text_hash);
