-- 001: the monitor's tables. Ids are stable hashes, so every load is an idempotent
-- INSERT ... ON CONFLICT DO NOTHING and a repeated or resumed pass adds nothing.

CREATE TABLE IF NOT EXISTS feeds (
    url              VARCHAR PRIMARY KEY,
    name             VARCHAR,
    language         VARCHAR,
    etag             VARCHAR,          -- conditional GET state, kept per feed
    last_modified    VARCHAR,
    last_status      INTEGER,          -- HTTP status of the last fetch (NULL: no answer)
    last_error       VARCHAR,          -- why the last fetch or parse failed, NULL when it worked
    error_count      INTEGER DEFAULT 0,-- consecutive failures; drives the backoff
    last_fetched_at  TIMESTAMPTZ,
    last_ok_at       TIMESTAMPTZ,
    next_fetch_at    TIMESTAMPTZ,      -- backoff: the feed is skipped until then
    entries_seen     INTEGER DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
    article_id        VARCHAR PRIMARY KEY,
    url               VARCHAR,
    feed_url          VARCHAR,
    guid              VARCHAR,
    title             VARCHAR,
    summary           VARCHAR,
    text              VARCHAR,
    text_source       VARCHAR,         -- 'page' (article fetched) or 'summary' (feed text only)
    published_at      TIMESTAMPTZ,
    published_guessed BOOLEAN,         -- true: the feed gave no readable date, this is the fetch time
    language          VARCHAR,
    content_hash      VARCHAR,
    relevant          BOOLEAN,
    relevance_score   DOUBLE,
    evidence          JSON,            -- [{term, kind, where, offset, weight}, ...]
    analyzer_version  VARCHAR,
    first_seen_at     TIMESTAMPTZ,
    run_id            VARCHAR
);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);

CREATE TABLE IF NOT EXISTS statements (
    statement_id      VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    speaker           VARCHAR,
    speaker_canonical VARCHAR,
    side              VARCHAR,         -- government | opposition | mediator | foreign_government | international | ...
    quote             VARCHAR,
    kind              VARCHAR,         -- direct | partial | indirect
    cue               VARCHAR,
    start             INTEGER,         -- character offsets of quote in articles.text
    "end"             INTEGER,
    language          VARCHAR,
    confidence        DOUBLE,
    extractor_version VARCHAR,
    extracted_at      TIMESTAMPTZ,
    run_id            VARCHAR
);
CREATE INDEX IF NOT EXISTS statements_article ON statements (article_id);

-- The alert outbox: a row is queued in the same transaction that loads its statement,
-- and marked sent only after Slack answered 200 "ok".
CREATE TABLE IF NOT EXISTS alerts (
    statement_id VARCHAR PRIMARY KEY,
    status       VARCHAR NOT NULL,     -- queued | sent | failed | muted
    attempts     INTEGER DEFAULT 0,
    last_error   VARCHAR,
    queued_at    TIMESTAMPTZ,
    sent_at      TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    status      VARCHAR,               -- running | completed | failed
    dry_run     BOOLEAN,
    counts      JSON,
    errors      JSON,
    feed_status JSON
);
