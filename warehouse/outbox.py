"""The alert outbox: read queued alerts with their statement, article and feed; settle them one message at a time.

The load step queues an alert in the same transaction that loads its statement; this module is the other
end. Every write here is its own short statement (autocommit) and touches only rows still `queued`, so
the alert step can mark each Slack message as soon as Slack acknowledges it, and a row settled by another
process is never rewritten. All SQL lives in `warehouse/sql/outbox_*.sql`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from warehouse.db import sql


@dataclass(frozen=True, slots=True)
class QueuedAlert:
    """One queued alert and everything its message shows. `found` is False when the statement row is gone.

    Times are naive UTC. `feed_name` is the outlet as configured (None when the feed row is missing).
    """

    statement_id: str
    attempts: int
    queued_at: datetime | None
    found: bool
    speaker: str | None
    speaker_canonical: str | None
    side: str | None
    quote: str | None
    kind: str | None
    language: str | None
    confidence: float | None
    article_id: str | None
    article_url: str | None
    title: str | None
    published_at: datetime | None
    relevant: bool | None
    feed_url: str | None
    feed_name: str | None


@dataclass(frozen=True, slots=True)
class OutboxStatus:
    """Counts by status, and the alert that has waited longest (None when nothing is queued)."""

    counts: dict[str, int]
    oldest: dict[str, object] | None


def queued_alerts(con: duckdb.DuckDBPyConnection) -> list[QueuedAlert]:
    """Every queued alert, fewest attempts first, then oldest."""
    cur = con.execute(sql("outbox_queued"))
    names = [d[0] for d in cur.description]
    return [QueuedAlert(**dict(zip(names, row, strict=True))) for row in cur.fetchall()]


def mark_sent(con: duckdb.DuckDBPyConnection, ids: list[str], tries: int = 1) -> None:
    """Slack acknowledged the message carrying these alerts (after `tries` POSTs this run)."""
    con.execute(sql("outbox_mark_sent"), {"ids": ids, "tries": tries})


def mark_maybe_sent(con: duckdb.DuckDBPyConnection, ids: list[str], tries: int, error: str) -> None:
    """Sent in full, not confirmed within the deadline: may be in the channel; never re-sent."""
    con.execute(sql("outbox_mark_maybe_sent"), {"ids": ids, "tries": tries, "error": error})


def mark_failed(con: duckdb.DuckDBPyConnection, ids: list[str], error: str, *, posted: bool) -> None:
    """These alerts cannot be delivered by trying again (message refused, statement missing)."""
    con.execute(sql("outbox_mark_failed"), {"ids": ids, "error": error, "posted": int(posted)})


def record_attempts(con: duckdb.DuckDBPyConnection, ids: list[str], tries: int, error: str) -> None:
    """Count unsuccessful POSTs and keep the reason; the alerts stay queued."""
    con.execute(sql("outbox_record_attempts"), {"ids": ids, "tries": tries, "error": error})


def fail_exhausted(con: duckdb.DuckDBPyConnection, ids: list[str], max_attempts: int) -> None:
    """Turn to failed those of `ids` that reached `max_attempts` (the caller knows the webhook works)."""
    con.execute(sql("outbox_fail_exhausted"), {"ids": ids, "max_attempts": max_attempts})


def mark_muted(con: duckdb.DuckDBPyConnection, reasons: dict[str, str]) -> None:
    """Hold back alerts the rules exclude; `reasons` maps statement id to the rule that muted it."""
    if reasons:
        con.execute(sql("outbox_mark_muted"), {"ids": list(reasons), "reasons": list(reasons.values())})


def outbox_status(con: duckdb.DuckDBPyConnection) -> OutboxStatus:
    """What `vzmon alerts status` shows."""
    counts = {status: int(n) for status, n in con.execute(sql("outbox_counts")).fetchall()}
    cur = con.execute(sql("outbox_oldest_queued"))
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return OutboxStatus(counts=counts, oldest=dict(zip(names, row, strict=True)) if row else None)
