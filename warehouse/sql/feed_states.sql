-- Conditional-GET and backoff state of every known feed.
SELECT url, etag, last_modified, error_count, next_fetch_at FROM feeds;
