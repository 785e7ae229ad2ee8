-- 005: per-feed polling schedule (tasks/schedule.py). A table of its own, keyed like `feeds` by the
-- public feed URL, so it applies cleanly whatever other migrations did to `feeds`.

CREATE TABLE IF NOT EXISTS feed_schedule (
    url              VARCHAR PRIMARY KEY,
    host             VARCHAR NOT NULL,   -- politeness key: host[:port]
    hourly_counts    DOUBLE[],           -- decayed entries published in each UTC hour of the day (24)
    exposure_days    DOUBLE DEFAULT 0,   -- decayed days observed
    newest_entry_at  TIMESTAMPTZ,        -- entries dated at or before this were counted already
    hint_seconds     DOUBLE,             -- publisher's minimum interval (max-age, Expires, ttl, sy:)
    hint_source      VARCHAR,
    last_polled_at   TIMESTAMPTZ,
    planned_next_at  TIMESTAMPTZ         -- when the feed is next due, as planned after its last poll
);

CREATE OR REPLACE VIEW feed_polling AS
SELECT url, host, last_polled_at, planned_next_at, hint_seconds, hint_source,
       round(list_sum(hourly_counts) / greatest(exposure_days, 1e-9), 1) AS entries_per_day,
       round(exposure_days, 2) AS days_observed
FROM feed_schedule
ORDER BY planned_next_at NULLS FIRST, url;
