-- The polling state of every feed the schedule has seen.
SELECT url, host, hourly_counts, exposure_days, newest_entry_at, hint_seconds, hint_source, last_polled_at,
       planned_next_at
FROM feed_schedule;
