-- Save the polling state of the feeds polled in this pass (written after their articles are loaded).
INSERT INTO feed_schedule (url, host, hourly_counts, exposure_days, newest_entry_at, hint_seconds, hint_source,
                           last_polled_at, planned_next_at)
SELECT unnest($url), unnest($host), unnest($hourly_counts), unnest($exposure_days), unnest($newest_entry_at),
       unnest($hint_seconds), unnest($hint_source), unnest($last_polled_at), unnest($planned_next_at)
ON CONFLICT (url) DO UPDATE SET
    host = excluded.host,
    hourly_counts = excluded.hourly_counts,
    exposure_days = excluded.exposure_days,
    newest_entry_at = excluded.newest_entry_at,
    hint_seconds = excluded.hint_seconds,
    hint_source = excluded.hint_source,
    last_polled_at = excluded.last_polled_at,
    planned_next_at = excluded.planned_next_at;
