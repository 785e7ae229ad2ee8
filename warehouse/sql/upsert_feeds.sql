-- Record each fetched feed's outcome. Written after the feed's articles are loaded, so a pass killed
-- in between re-fetches the feed (its new ETag was never saved) instead of losing its entries.
INSERT INTO feeds (url, name, language, etag, last_modified, last_status, last_error, error_count,
                   last_fetched_at, last_ok_at, next_fetch_at, entries_seen, entries_skipped)
SELECT unnest($url), unnest($name), unnest($language), unnest($etag), unnest($last_modified),
       unnest($last_status), unnest($last_error), unnest($error_count), unnest($last_fetched_at),
       unnest($last_ok_at), unnest($next_fetch_at), unnest($entries_seen), unnest($entries_skipped)
ON CONFLICT (url) DO UPDATE SET
    name = excluded.name,
    language = excluded.language,
    etag = coalesce(excluded.etag, feeds.etag),
    last_modified = coalesce(excluded.last_modified, feeds.last_modified),
    last_status = excluded.last_status,
    last_error = excluded.last_error,
    error_count = excluded.error_count,
    last_fetched_at = excluded.last_fetched_at,
    last_ok_at = coalesce(excluded.last_ok_at, feeds.last_ok_at),
    next_fetch_at = excluded.next_fetch_at,
    entries_seen = feeds.entries_seen + excluded.entries_seen,
    -- NULL when the feed was not read in full (304, failure): the last full read's figure stays
    entries_skipped = coalesce(excluded.entries_skipped, feeds.entries_skipped);
