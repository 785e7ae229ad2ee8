"""Bulk, idempotent loads into the warehouse.

Every row has a stable id, and every insert is a bulk `INSERT ... SELECT ... ON CONFLICT DO NOTHING` from
numpy columns registered with DuckDB (about 100x faster than `executemany`), so loading the same batch twice
adds nothing. One batch of
articles, their statements and the alert outbox rows for those statements go in ONE transaction:
a pass killed at any moment leaves either all of a batch or none of it, and the next pass finishes the job.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import duckdb
import numpy as np

from tasks.records import Article, FeedState, RelevanceDecision, RunReport, stable_id
from tasks.urls import public_url
from warehouse.db import sql


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one fetch of a feed ended with, ready to be written to `feeds`."""

    url: str
    name: str
    language: str | None
    status: int | None
    error: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    entries: int = 0
    previous_errors: int = 0
    retry_after: float | None = None
    skipped: bool = False  # backoff: not fetched this pass
    warning: str | None = None  # read, but something is wrong with it (malformed XML): shown in last_error
    skipped_entries: int | None = None  # the oldest entries past max_entries_per_feed (None: not read in full)


@dataclass(frozen=True, slots=True)
class LoadCounts:
    articles: int
    statements: int
    alerts_queued: int
    revised: int = 0
    # the same story under another link (same title, summary and page text): not loaded
    merged_ids: frozenset[str] = frozenset()

    @property
    def merged(self) -> int:
        return len(self.merged_ids)


MAX_BACKOFF = timedelta(days=1)  # the longest wait backoff_until ever sets (Retry-After included)
MAX_VALIDATOR_CHARS = 1024  # real ETags and Last-Modified values are tens of characters
MAX_ERROR_COUNT = 1_000_000  # far past the point where the backoff stops growing; keeps +1 inside INTEGER
log = logging.getLogger("vzmon")


def backoff_until(errors: int, now: datetime, retry_after: float | None = None) -> datetime | None:
    """When a failing feed may be fetched again.

    The first two consecutive failures are retried on the next pass (a blip should not cost a
    15-minute window); from the third on the wait doubles from 15 minutes up to a day. A server's
    Retry-After is honoured when it asks for longer.
    """
    wait = timedelta(0)
    if errors >= 3:
        wait = min(timedelta(minutes=15) * 2 ** min(errors - 3, 10), MAX_BACKOFF)
    if retry_after:
        wait = max(wait, timedelta(seconds=min(retry_after, MAX_BACKOFF.total_seconds())))
    return now + wait if wait else None


def _validator(url: str, field: str, value: str | None) -> str | None:
    """A stored ETag or Last-Modified, or None when it cannot be sent back as a header.

    A value with a line break or another control character, non-ASCII text or thousands of characters
    was not written by us (record_feeds stores what a server sent, which httpx had already parsed as
    a header). Sent back, it makes the request itself fail, and since a failed fetch keeps the stored
    validators, the feed would fail on every pass forever. Dropping it costs one unconditional GET.
    """
    if not value:
        return None
    if len(value) <= MAX_VALIDATOR_CHARS and value.isascii() and value.isprintable():
        return value
    log.warning("feed %s: stored %s is not a usable header value (%d characters); ignored, the feed is "
                "fetched in full", url, field, len(value))
    return None


def feed_states(con: duckdb.DuckDBPyConnection, now: datetime | None = None) -> dict[str, FeedState]:
    """The remembered state of every feed, by URL. A corrupt row is reset, not fatal (named in the log):
    unusable validators are dropped, a negative or NULL error count is 0, and a backoff further ahead
    than any backoff we set (a day) is ignored, so a damaged row cannot silence a feed for years."""
    now = now or datetime.now(UTC)
    out = {}
    for url, etag, last_modified, errors, next_at in con.execute(sql("feed_states")).fetchall():
        if next_at is not None and next_at > now + MAX_BACKOFF + timedelta(minutes=5):
            log.warning("feed %s: stored next fetch time %s is beyond the longest backoff; ignored", url,
                        next_at.isoformat(timespec="minutes"))
            next_at = None
        out[url] = FeedState(url=url, etag=_validator(url, "ETag", etag),
                             last_modified=_validator(url, "Last-Modified", last_modified),
                             error_count=min(max(int(errors or 0), 0), MAX_ERROR_COUNT), next_fetch_at=next_at)
    return out


def known_articles(con: duckdb.DuckDBPyConnection, ids: Sequence[str], hashes: Sequence[str]
                   ) -> tuple[dict[str, str | None], set[str]]:
    """The ids among `ids` the warehouse holds (with their stored content hash), and the hashes among
    `hashes` that any stored article has."""
    if not ids and not hashes:
        return {}, set()
    wanted = set(ids)
    rows = con.execute(sql("known_articles"), {"ids": list(ids), "hashes": list(hashes)}).fetchall()
    return {r[0]: r[1] for r in rows if r[0] in wanted}, {r[1] for r in rows}


def columns(rows: Iterable[dict[str, object]], names: Sequence[str]) -> dict[str, list[object]]:
    cols: dict[str, list[object]] = {n: [] for n in names}
    for row in rows:
        for n in names:
            cols[n].append(row[n])
    return cols


_ARTICLE_COLS = ("article_id", "url", "feed_url", "guid", "title", "summary", "text", "text_source",
                 "published_at", "published_guessed", "language", "content_hash", "relevant",
                 "relevance_score", "evidence", "analyzer_version", "first_seen_at", "run_id", "published_zone",
                 "text_hash")
_STATEMENT_COLS = ("statement_id", "article_id", "speaker", "speaker_canonical", "side", "quote", "kind",
                   "cue", "start", "end", "language", "confidence", "extractor_version", "extracted_at",
                   "run_id", "speaker_mention", "speaker_resolved")


def evidence_json(decision: RelevanceDecision | None) -> str:
    """The evidence of a relevance decision as the JSON stored in `articles.evidence`."""
    return json.dumps([e.as_dict() for e in decision.evidence] if decision else [], ensure_ascii=False)


def article_rows(articles: Sequence[Article], run_id: str, version: str, now: datetime
                 ) -> list[dict[str, object]]:
    rows = []
    for a in articles:
        rel = a.relevance
        rows.append({
            "article_id": a.article_id, "url": a.url and public_url(a.url), "feed_url": public_url(a.feed_url),
            "guid": public_url(a.guid),
            "title": a.title, "summary": a.summary, "text": a.text, "text_source": a.text_source,
            "published_at": a.published_at, "published_guessed": a.published_guessed,
            "language": a.language, "content_hash": a.content_hash,
            "relevant": bool(rel and rel.relevant), "relevance_score": float(rel.score) if rel else 0.0,
            "evidence": evidence_json(rel),
            "analyzer_version": version, "first_seen_at": now, "run_id": run_id,
            "published_zone": a.published_zone,
            "text_hash": text_hash(a),
        })
    return rows


def text_hash(a: Article) -> str | None:
    """A hash of the page text (None when the text is only the feed summary: too little to tell stories
    apart). Whitespace-insensitive, so the same page served again hashes the same."""
    if a.text_source != "page" or not a.text:
        return None
    return stable_id("text", " ".join(a.text.split()))


def statement_rows(articles: Sequence[Article], run_id: str, version: str, now: datetime
                   ) -> list[dict[str, object]]:
    rows = []
    seen: set[str] = set()
    for a in articles:
        for s in a.statements:
            sid = s.statement_id(a.article_id)
            if sid in seen:  # the same quote twice in one article is one statement
                continue
            seen.add(sid)
            rows.append({
                "statement_id": sid, "article_id": a.article_id, "speaker": s.speaker,
                "speaker_canonical": s.speaker_canonical, "side": s.side, "quote": s.quote, "kind": s.kind,
                "cue": s.cue, "start": s.start, "end": s.end, "language": s.language,
                "confidence": float(s.confidence), "extractor_version": version, "extracted_at": now,
                "run_id": run_id, "speaker_mention": s.speaker_mention, "speaker_resolved": s.speaker_resolved,
            })
    return rows


def register_batch(con: duckdb.DuckDBPyConnection, name: str, rows: Sequence[dict[str, object]],
                   names: Sequence[str]) -> None:
    """Expose `rows` to SQL as the relation `name`, one numpy column per field.

    DuckDB reads numpy columns in bulk (about 200,000 statements/s), where list parameters for
    `unnest($col)` are converted element by element (about 60,000/s): the load step is 3x faster.
    """
    con.register(name, {n: np.array([row[n] for row in rows], dtype=object) for n in names})


def load_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[Article], *, run_id: str,
                  version: str, queue_alerts: bool = True, now: datetime | None = None,
                  revised: Collection[str] = ()) -> LoadCounts:
    """Load a batch of analysed articles with their statements and queue alerts, in one transaction.

    Returns how many rows were really new (already-loaded rows are skipped by ON CONFLICT). An alert is
    queued only for a statement the warehouse did not hold, so a resumed pass never queues one twice.
    Articles whose id is in `revised` are corrections of stored ones: their row is rewritten, statements
    no longer in the text are removed (with their alerts unless Slack has them), statements kept move to
    their new offsets, and only the new ones are queued.
    """
    now = now or datetime.now(UTC)
    revising = sorted({a.article_id for a in articles} & set(revised))
    new_articles = new_statements = queued = 0
    merged: set[str] = set()
    con.execute("BEGIN TRANSACTION")
    try:
        arts = article_rows(articles, run_id, version, now)
        if arts:
            register_batch(con, "article_batch", arts, _ARTICLE_COLS)
            merged = _same_pages(con, arts, set(revising))
            if merged:  # the same story under a new link: drop it (and its statements) from the batch
                articles = [a for a in articles if a.article_id not in merged]
                arts = [r for r in arts if r["article_id"] not in merged]
                con.unregister("article_batch")
                if arts:
                    register_batch(con, "article_batch", arts, _ARTICLE_COLS)
        stmts = statement_rows(articles, run_id, version, now)
        if stmts:
            register_batch(con, "statement_batch", stmts, _STATEMENT_COLS)
        if revising:
            _revise(con, revising, {str(r["statement_id"]) for r in stmts})
        if arts:
            new_articles = _count(con.execute(sql("load_articles")))
        if stmts:
            if queue_alerts:  # before the insert: the anti-join finds the statements new to the warehouse
                queued = _count(con.execute(sql("queue_alerts_for_batch"), {"now": now}))
            new_statements = _count(con.execute(sql("load_statements")))
        con.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(duckdb.Error):  # a failed COMMIT has already ended the transaction
            con.execute("ROLLBACK")
        raise
    finally:
        for name in ("article_batch", "statement_batch"):
            with contextlib.suppress(duckdb.Error):
                con.unregister(name)
    return LoadCounts(articles=new_articles, statements=new_statements, alerts_queued=queued,
                      revised=len(revising), merged_ids=frozenset(merged))


def _same_pages(con: duckdb.DuckDBPyConnection, arts: list[dict[str, object]], revising: set[str]) -> set[str]:
    """Ids of batch articles that are a story already stored (or earlier in the batch) under another link:
    same title + summary hash AND same page text hash. Entries are never merged on title + summary alone."""
    stored = {r[0] for r in con.execute(sql("same_pages")).fetchall()}
    seen: set[tuple[object, object]] = set()
    for r in arts:
        key = (r["content_hash"], r["text_hash"])
        if r["text_hash"] is not None and key in seen:
            stored.add(str(r["article_id"]))
        seen.add(key)
    return stored - revising


def _revise(con: duckdb.DuckDBPyConnection, article_ids: list[str], new_ids: set[str]) -> None:
    """Rewrite revised articles in place (inside load_articles' transaction); see load_articles."""
    old = {r[0] for r in con.execute(sql("revise_old_statements"), {"article_id": article_ids}).fetchall()}
    gone = sorted(old - new_ids)
    if gone:
        con.execute(sql("reanalyze_drop_unsent_alerts"), {"statement_id": gone})
        con.execute(sql("reanalyze_delete_statements"), {"statement_id": gone})
    con.execute(sql("revise_articles"), {"article_id": article_ids})
    if new_ids:
        con.execute(sql("revise_statements"), {"article_id": article_ids})


def _count(cur: duckdb.DuckDBPyConnection) -> int:
    row = cur.fetchone()
    return int(row[0]) if row else 0


def record_feeds(con: duckdb.DuckDBPyConnection, outcomes: Sequence[FeedOutcome]) -> None:
    """Write each fetched feed's status, conditional-GET validators and backoff (skipped feeds untouched)."""
    rows = []
    for o in outcomes:
        if o.skipped:
            continue
        failed = o.error is not None
        errors = o.previous_errors + 1 if failed else 0
        rows.append({
            "url": o.url, "name": o.name, "language": o.language,
            "etag": None if failed else o.etag, "last_modified": None if failed else o.last_modified,
            "last_status": o.status, "last_error": o.error or o.warning, "error_count": errors,
            "last_fetched_at": o.fetched_at, "last_ok_at": None if failed else o.fetched_at,
            "next_fetch_at": backoff_until(errors, o.fetched_at, o.retry_after),
            "entries_seen": o.entries, "entries_skipped": o.skipped_entries,
        })
    if not rows:
        return
    names = ("url", "name", "language", "etag", "last_modified", "last_status", "last_error", "error_count",
             "last_fetched_at", "last_ok_at", "next_fetch_at", "entries_seen", "entries_skipped")
    con.execute(sql("upsert_feeds"), columns(rows, names))


def start_run(con: duckdb.DuckDBPyConnection, report: RunReport) -> None:
    con.execute(sql("run_start"), {"run_id": report.run_id, "started_at": report.started_at,
                                   "dry_run": report.dry_run})


def finish_run(con: duckdb.DuckDBPyConnection, report: RunReport, status: str) -> None:
    con.execute(sql("run_finish"), {
        "run_id": report.run_id, "finished_at": report.finished_at or datetime.now(UTC), "status": status,
        "counts": json.dumps(report.counts), "errors": json.dumps(report.errors, ensure_ascii=False),
        "feed_status": json.dumps(report.feed_status, ensure_ascii=False, default=str),
    })
