"""The Prefect tasks of one monitor pass: thin wrappers that call the pure steps and keep the run report.

Each task is one stage over a whole batch (a task per article would cost seconds per hundred articles).
No task is cached: a cached load once skipped a write silently. The warehouse is opened only inside the
tasks that read or write it and closed before they return, so `vzmon sql` can get in between stages.
Per-item failures (one feed, one page) become lines of the run report; only a config or warehouse
failure stops the pass.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError
from prefect.logging import get_run_logger
from prefect.utilities.annotations import quote

from tasks.alerts import resolve_webhook_url, send_pending_alerts
from tasks.analysis import Analyzer
from tasks.article import extract_text
from tasks.config import MonitorConfig, load_config
from tasks.fetch import FetchRequest, fetch_all
from tasks.parse import parse_document
from tasks.polling import choose_feeds, record_schedule  # noqa: F401 - steps() finds them in globals()
from tasks.records import (
    AlertError,
    Article,
    FeedEntry,
    FeedParseError,
    FeedSource,
    FeedState,
    FetchResult,
    RelevanceDecision,
    RunReport,
    stable_id,
)
from tasks.redact import redacted
from tasks.report import publish_artifacts
from tasks.snapshot import publish_snapshot  # noqa: F401 - steps() finds it in globals()
from tasks.urls import hide_credentials, public_url
from warehouse import load
from warehouse.db import opened

STEPS = ("load_settings", "begin_run", "read_feed_states", "fetch_feeds", "parse_feeds", "drop_known_entries",
         "analyze_entries", "load_batch", "record_feed_outcomes", "send_alerts", "finish_run",
         "choose_feeds", "record_schedule", "publish_snapshot")
STAGE_ONE_REASON = "stage one: no sign of the topic in title or feed summary; page not fetched"


def logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The Prefect run logger inside a run (messages reach the UI), a module logger outside one."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("vzmon")


@contextmanager
def stage(report: RunReport, name: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        report.timed(name, time.perf_counter() - t0)


@dataclass(frozen=True, slots=True)
class Settings:
    """What a pass runs with: the validated config, the feeds selected and the analyzer loaded once."""

    config: MonitorConfig
    feeds: tuple[FeedSource, ...]
    analyzer: Analyzer
    dry_run: bool


@task(cache_policy=NO_CACHE)
def load_settings(config_path: str, feeds: list[str] | None, dry_run: bool) -> Settings:
    """Validate the config and the data files it names; a bad file fails the run here, before any fetch."""
    cfg = load_config(config_path)
    selected = cfg.select_feeds(feeds)
    analyzer = Analyzer.load(cfg.topic_path, cfg.actors_path)
    return Settings(config=cfg, feeds=selected, analyzer=analyzer, dry_run=dry_run)


def _open(s: Settings):  # noqa: ANN202 - a context manager of a DuckDB connection
    return opened(s.config.warehouse.path, wait_seconds=s.config.warehouse.lock_wait_seconds)


@task(cache_policy=NO_CACHE)
def begin_run(s: Settings) -> RunReport:
    report = RunReport(run_id=stable_id("run", datetime.now(UTC).isoformat()), started_at=datetime.now(UTC),
                       dry_run=s.dry_run)
    if not s.dry_run:
        with _open(s) as con:
            load.start_run(con, report)
    return report


@task(cache_policy=NO_CACHE)
def read_feed_states(s: Settings) -> dict[str, FeedState]:
    """Conditional-GET validators and backoff of the selected feeds (empty on a new warehouse)."""
    if not s.feeds:  # none due: a pass that polls nothing does not open the warehouse for it
        return {}
    if s.dry_run:
        try:
            with opened(s.config.warehouse.path, read_only=True,
                        wait_seconds=s.config.warehouse.lock_wait_seconds) as con:
                return load.feed_states(con)
        except Exception:  # a dry run on a new or busy warehouse still runs, without validators
            return {}
    with _open(s) as con:
        return load.feed_states(con)


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)
def fetch_feeds(s: Settings, states: dict[str, FeedState], report: RunReport
                ) -> list[tuple[FeedSource, FetchResult | None]]:
    """Fetch every selected feed that is not backing off (None for those that are)."""
    now = datetime.now(UTC)
    due: list[FeedSource] = []
    out: list[tuple[FeedSource, FetchResult | None]] = []
    for feed in s.feeds:
        st = states.get(public_url(feed.url))
        if st and st.next_fetch_at and st.next_fetch_at > now:
            out.append((feed, None))
            report.count("feeds_backing_off")
            logger().info("%s: backing off after %d failures, next try %s", feed.name, st.error_count,
                          st.next_fetch_at.isoformat(timespec="minutes"))
        else:
            due.append(feed)
    requests = []
    for feed in due:
        st = states.get(public_url(feed.url))
        requests.append(FetchRequest(feed.url, st.etag if st else None, st.last_modified if st else None))
    with stage(report, "fetch"), redacted("httpx", public_url):
        results = asyncio.run(fetch_all(requests, s.config.fetch))
    out.extend(zip(due, results, strict=True))
    report.count("feeds_fetched", len(due))
    return out


@task(cache_policy=NO_CACHE)
def parse_feeds(s: Settings, fetched: list[tuple[FeedSource, FetchResult | None]],
                states: dict[str, FeedState], report: RunReport
                ) -> tuple[list[FeedEntry], list[load.FeedOutcome]]:
    """Entries of every feed that answered; each failure is one line of the report, naming the feed."""
    entries: list[FeedEntry] = []
    outcomes: list[load.FeedOutcome] = []
    cap = s.config.fetch.max_entries_per_feed
    with stage(report, "parse"):
        for feed, res in fetched:
            shown = public_url(feed.url)  # stored, reported and logged; feed.url (with credentials) only fetches
            prev = states.get(shown)
            errors_before = prev.error_count if prev else 0
            if res is None:
                outcomes.append(load.FeedOutcome(shown, feed.name, feed.language, None, None, None, None,
                                                 datetime.now(UTC), previous_errors=errors_before,
                                                 skipped=True))
                report.feed_status.append({"feed": feed.name, "url": shown, "status": "backing off"})
                continue
            error, warning, got = res.error, None, []
            if error is None and res.ok:
                try:
                    parsed = parse_document(res.body or b"", feed, res.fetched_at,
                                            base_url=res.final_url or feed.url)
                    got, warning = parsed.entries, parsed.warning
                except FeedParseError as exc:
                    error = exc.reason
            elif error is None and not res.not_modified:
                error = f"HTTP {res.status}"
            got = got[:cap]
            if shown != feed.url:
                # feedparser resolves a relative GUID (and link) against the feed URL, credentials included
                got = [replace(e, feed_url=shown, guid=public_url(e.guid), link=e.link and public_url(e.link))
                       for e in got]
                error, warning = hide_credentials(error, feed.url), hide_credentials(warning, feed.url)
            entries.extend(got)
            outcomes.append(load.FeedOutcome(
                url=shown, name=feed.name, language=feed.language, status=res.status, error=error,
                etag=res.etag, last_modified=res.last_modified, fetched_at=res.fetched_at,
                entries=len(got), previous_errors=errors_before, retry_after=res.retry_after, warning=warning))
            status = "failed" if error else ("not modified" if res.not_modified else "ok")
            if warning:
                status = "ok, malformed"
                report.count("feeds_malformed")
                report.errors.append(f"feed {feed.name} ({shown}): {warning}")
                logger().warning("feed %s (%s): %s", feed.name, shown, warning)
            report.feed_status.append({"feed": feed.name, "url": shown, "status": status,
                                       "http": res.status, "entries": len(got), "error": error or warning})
            if error:
                report.count("feeds_failed")
                report.errors.append(f"feed {feed.name} ({shown}): {error}")
                logger().warning("feed %s (%s) failed: %s", feed.name, shown, error)
            elif res.not_modified:
                report.count("feeds_not_modified")
    report.count("entries_seen", len(entries))
    return entries, outcomes


@task(cache_policy=NO_CACHE)
def drop_known_entries(s: Settings, entries: list[FeedEntry], report: RunReport) -> list[FeedEntry]:
    """Entries not yet in the warehouse and not repeated in this pass (by id, then by content hash)."""
    fresh: list[FeedEntry] = []
    ids: set[str] = set()
    hashes: set[str] = set()
    for e in entries:
        if e.article_id in ids or e.content_hash in hashes:
            continue
        ids.add(e.article_id)
        hashes.add(e.content_hash)
        fresh.append(e)
    if fresh and not s.dry_run:
        with _open(s) as con:
            known_ids, known_hashes = load.known_articles(con, [e.article_id for e in fresh],
                                                          [e.content_hash for e in fresh])
        fresh = [e for e in fresh if e.article_id not in known_ids and e.content_hash not in known_hashes]
    report.count("entries_new", len(fresh))
    return fresh


def _article(entry: FeedEntry, text: str, source: str, language: str) -> Article:
    return Article(article_id=entry.article_id, url=entry.link, feed_url=entry.feed_url, guid=entry.guid,
                   title=entry.title, summary=entry.summary, text=text, published_at=entry.published_at,
                   published_guessed=entry.published_guessed, language=language,
                   content_hash=entry.content_hash, text_source=source)


@task(cache_policy=NO_CACHE)
def analyze_entries(s: Settings, batch: Sequence[FeedEntry], report: RunReport) -> list[Article]:
    """Screen a batch on title and summary, fetch the pages of those that pass, then judge and extract."""
    an = s.analyzer
    with stage(report, "relevance"):
        languages = [an.language_of(e.title, e.summary, e.language) for e in batch]
        passed = [an.screen(e.title, e.summary, lang) for e, lang in zip(batch, languages, strict=True)]
    wanted = [e for e, ok in zip(batch, passed, strict=True) if ok and e.link]
    pages: dict[str, str] = {}
    if wanted and s.config.fetch.fetch_articles:
        with stage(report, "fetch_articles"):
            results = asyncio.run(fetch_all([FetchRequest(e.link or "") for e in wanted], s.config.fetch,
                                            articles=True))
        with stage(report, "article_text"):
            for e, res in zip(wanted, results, strict=True):
                if res.ok:
                    text = extract_text(res.body or b"", res.final_url or e.link or "", res.content_type)
                    if text:
                        pages[e.article_id] = text
                        continue
                reason = "no article text on the page" if res.ok else (res.error or f"HTTP {res.status}")
                report.count("pages_failed")
                report.errors.append(f"article {e.link}: {reason}; using the feed summary")
        report.count("pages_fetched", len(pages))
    articles = []
    for e, ok, lang in zip(batch, passed, languages, strict=True):
        if not ok:
            articles.append(_article(e, e.summary, "summary", lang))
            articles[-1].relevance = RelevanceDecision(False, 0.0, (), STAGE_ONE_REASON)
            continue
        text = pages.get(e.article_id)
        art = _article(e, text or e.summary, "page" if text else "summary", lang)
        result = an.analyze(e.title, art.text, lang, stage=lambda name: stage(report, name))
        art.language, art.relevance, art.statements = result.language, result.relevance, result.statements
        articles.append(art)
    report.count("articles_screened_in", sum(passed))
    report.count("articles_relevant", sum(1 for a in articles if a.relevance and a.relevance.relevant))
    return articles


@task(cache_policy=NO_CACHE)
def load_batch(s: Settings, articles: list[Article], report: RunReport) -> None:
    """Articles, statements and their queued alerts: one transaction per batch."""
    if s.dry_run:
        report.count("statements_found", sum(len(a.statements) for a in articles))
        return
    with stage(report, "load"), _open(s) as con:
        counts = load.load_articles(con, articles, run_id=report.run_id, version=s.analyzer.version)
    report.count("articles_loaded", counts.articles)
    report.count("statements_loaded", counts.statements)
    report.count("alerts_queued", counts.alerts_queued)
    for a in articles:
        for st in a.statements:
            if len(report.new_statements) < 500:
                report.new_statements.append({
                    "speaker": st.speaker_canonical or st.speaker, "kind": st.kind, "cue": st.cue,
                    "quote": st.quote[:300], "relevant": bool(a.relevance and a.relevance.relevant),
                    "title": a.title[:120], "url": a.url or ""})


@task(cache_policy=NO_CACHE)
def record_feed_outcomes(s: Settings, outcomes: list[load.FeedOutcome], report: RunReport) -> None:
    """Save validators and error counts, after the articles: a crash before this re-fetches, never loses."""
    if s.dry_run or not outcomes:
        return
    with stage(report, "load"), _open(s) as con:
        load.record_feeds(con, outcomes)


@task(cache_policy=NO_CACHE)
def send_alerts(s: Settings, report: RunReport) -> None:
    """Deliver queued alerts (this pass's and any left by an earlier one); failures stay queued."""
    if s.dry_run or not s.config.alerts.enabled:
        return
    try:
        url = resolve_webhook_url(s.config.alerts)
    except AlertError as exc:  # a Secret block that cannot be read: report it, keep the alerts queued
        report.errors.append(f"alerts: {exc}")
        logger().warning("alerts: %s; alerts stay queued", exc)
        return
    if not url:
        logger().info("no Slack webhook configured (%s); alerts stay queued", s.config.alerts.webhook_env)
        return
    with stage(report, "alerts"), _open(s) as con:
        result = send_pending_alerts(con, s.config.alerts, url, run_id=report.run_id)
    report.count("alerts_sent", result.sent)
    report.count("alerts_muted", result.muted)
    report.count("alerts_left_queued", result.left_queued)
    for err in result.errors:
        report.errors.append(f"alerts: {err}")
        logger().warning("alerts: %s", err)


@task(cache_policy=NO_CACHE)
def finish_run(s: Settings, report: RunReport) -> RunReport:
    """Close the `runs` row and publish the summary and new statements as Prefect artifacts."""
    report.finished_at = datetime.now(UTC)
    if not s.dry_run:
        with _open(s) as con:
            load.finish_run(con, report, "completed")
    publish_artifacts(report)
    return report


def steps(*, prefect: bool = True) -> SimpleNamespace:
    """The pass's steps as Prefect tasks, or (prefect=False) as the plain functions inside them.

    The same pass body runs either way, so the benchmark can measure what Prefect itself costs and
    a user can run a pass with no Prefect server at all.
    """
    module = globals()
    return SimpleNamespace(**{n: _quoting(module[n]) if prefect else module[n].fn for n in STEPS})


def _quoting(step: Any) -> Any:
    """Call a task with its arguments wrapped in `quote`, so Prefect does not walk them.

    Prefect inspects every task argument twice per call (to resolve futures and record task inputs);
    with the settings, the analyzer, thousands of entries and the feed bodies as arguments that cost
    over a third of a cold pass (measured: pass with Prefect / without 1.86). Our steps never receive
    futures, so nothing is lost but the UI's links between task inputs.
    """

    def call(*args: Any) -> Any:
        return step(*(quote(a) for a in args))

    call.__name__ = getattr(step, "name", "step")
    return call
