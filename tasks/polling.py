"""The two steps of a pass that apply the polling schedule (tasks/schedule.py) to the warehouse.

`choose_feeds` runs before the fetch and narrows the pass to the feeds that are due (all of them unless
`due_only`); `record_schedule` runs after the feed outcomes are saved and learns from what the polled
feeds showed. A pass killed before `record_schedule` leaves the feeds due, so the next pass polls them
again: a lost schedule row costs a request, never an entry.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.records import FeedEntry, FeedSource, FetchResult, ReportPart
from tasks.schedule import (
    Observation,
    Rhythm,
    choose,
    combine_hints,
    feed_hint,
    host_of,
    http_hint,
    observe,
    plan_after_poll,
    scale,
)
from tasks.urls import public_url
from warehouse.db import opened
from warehouse.schedule import read_rhythms, save_rhythms

if TYPE_CHECKING:
    from tasks.pipeline import Settings
    from warehouse.load import FeedOutcome


def _read(s: Settings) -> dict[str, Rhythm]:
    cfg = s.config.warehouse
    if s.dry_run:
        try:
            with opened(cfg.path, read_only=True, wait_seconds=cfg.lock_wait_seconds) as con:
                return read_rhythms(con)
        except Exception:  # a dry run on a new or busy warehouse: every feed is due
            return {}
    with opened(cfg.path, wait_seconds=cfg.lock_wait_seconds) as con:
        return read_rhythms(con)


def choose_feeds_fn(s: Settings, due_only: bool, report: ReportPart, now: datetime | None = None,
                    rhythms: dict[str, Rhythm] | None = None) -> tuple[Settings, dict[str, Rhythm]]:
    """The settings narrowed to the feeds to poll now, and the stored rhythms (for `record_schedule`).

    `now` and `rhythms` are for the benchmark's compressed clock; a pass reads the clock and the warehouse.
    """
    rhythms = _read(s) if rhythms is None else rhythms
    real_clock = now is None
    now = now or datetime.now(UTC)
    by_key = {public_url(f.url): f for f in s.feeds}
    everyone = [public_url(f.url) for f in s.config.feeds]
    picked = choose(by_key, rhythms, now, s.config.schedule, force=not due_only, population=everyone)
    report.count("feeds_not_due", picked.not_due)
    report.count("feeds_waiting_for_host", picked.waiting_for_host)
    if real_clock and picked.host_wait_seconds > 0:
        time.sleep(picked.host_wait_seconds)  # a host polled a few seconds under the minimum ago
    chosen = set(picked.due)
    return replace(s, feeds=tuple(f for key, f in by_key.items() if key in chosen)), rhythms


def record_schedule_fn(s: Settings, fetched: Sequence[tuple[FeedSource, FetchResult | None]],
                       entries: Sequence[FeedEntry], outcomes: Sequence[FeedOutcome],
                       rhythms: dict[str, Rhythm], report: ReportPart, now: datetime | None = None
                       ) -> dict[str, Rhythm]:
    """Learn from this pass's polls and save each polled feed's rhythm and next planned poll.

    Returns every rhythm after the update (the benchmark keeps them between its simulated passes).
    """
    errors = {o.url: o.error for o in outcomes if not o.skipped}
    dates: dict[str, list[datetime]] = defaultdict(list)
    for e in entries:
        if not e.published_guessed:
            dates[e.feed_url].append(e.published_at)
    updated: dict[str, Rhythm] = dict(rhythms)
    polled: list[str] = []
    for feed, res in fetched:
        if res is None:
            continue
        key = public_url(feed.url)
        at = now or res.fetched_at
        old = rhythms.get(key) or Rhythm(url=key, host=host_of(key))
        hint = combine_hints(http_hint(res.cache_control, res.expires, res.date, at),
                             feed_hint(res.body) if res.body else (old.hint_seconds, old.hint_source))
        obs = Observation(at=at, ok=errors.get(key) is None, entry_dates=tuple(dates.get(key, ())),
                          hint_seconds=hint[0], hint_source=hint[1])
        updated[key] = observe(replace(old, host=host_of(key)), obs, s.config.schedule)
        polled.append(key)
    if polled:
        everyone = {public_url(f.url) for f in s.config.feeds} | set(polled)
        c = scale([r for k, r in updated.items() if k in everyone], s.config.schedule)
        for key in polled:
            updated[key] = plan_after_poll(updated[key], c, s.config.schedule)
        if not s.dry_run:
            with opened(s.config.warehouse.path, wait_seconds=s.config.warehouse.lock_wait_seconds) as con:
                save_rhythms(con, [updated[k] for k in polled])
    return updated


@task(cache_policy=NO_CACHE)
def choose_feeds(s: Settings, due_only: bool) -> tuple[tuple[Settings, dict[str, Rhythm]], ReportPart]:
    """The feeds due now (every selected feed unless `due_only`), politely: see tasks/schedule.py."""
    report = ReportPart()
    return choose_feeds_fn(s, due_only, report), report


@task(cache_policy=NO_CACHE)
def record_schedule(s: Settings, fetched: Sequence[tuple[FeedSource, FetchResult | None]],
                    entries: Sequence[FeedEntry], outcomes: Sequence[FeedOutcome], rhythms: dict[str, Rhythm]
                    ) -> ReportPart:
    """Learn each polled feed's rhythm and plan its next poll (after its articles and outcome are saved)."""
    report = ReportPart()
    t0 = time.perf_counter()
    record_schedule_fn(s, fetched, entries, outcomes, rhythms, report)
    report.timed("load", time.perf_counter() - t0)
    return report
