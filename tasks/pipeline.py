"""The Prefect tasks of one monitor pass: thin wrappers that call the pure steps and return what they did.

Each task is one stage over a whole batch (a task per article would cost seconds per hundred articles).
No task is cached: a cached load once skipped a write silently. The warehouse is opened only inside the
tasks that read or write it and closed before they return, so `vzmon sql` can get in between stages.
Per-item failures (one feed, one page) become lines of the run report; only a config or warehouse
failure stops the pass. No task changes a shared report: each returns its result with a `ReportPart`
(counts, errors, feed status, timings), and the flow adds them up, so a retried task counts nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
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

from tasks import progress
from tasks.alerts import check_alert_settings, resolve_bot_token, resolve_webhook_url, send_pending_alerts
from tasks.analysis import Analyzer
from tasks.article import extract_text
from tasks.config import MonitorConfig, load_config
from tasks.fetch import FetchRequest, fetch_all
from tasks.limits import ArticleLimits, cut
from tasks.parse import parse_document
from tasks.polling import choose_feeds, record_schedule  # noqa: F401 - steps() finds them in globals()
from tasks.records import (
    MAX_REPORTED_STATEMENTS,
    AlertError,
    Article,
    ConfigError,
    FeedEntry,
    FeedParseError,
    FeedSource,
    FeedState,
    FetchResult,
    MonitorError,
    RelevanceDecision,
    ReportPart,
    RunReport,
    stable_id,
)
from tasks.redact import redacted
from tasks.report import publish_artifacts
from tasks.snapshot import publish_snapshot  # noqa: F401 - steps() finds it in globals()
from tasks.urls import has_credentials, hide_credentials, public_url
from warehouse import load
from warehouse.db import opened

STEPS = ("load_settings", "begin_run", "read_feed_states", "fetch_feeds", "parse_feeds", "drop_known_entries",
         "analyze_entries", "load_batch", "record_feed_outcomes", "send_alerts", "finish_run", "fail_run",
         "choose_feeds", "record_schedule", "publish_snapshot")
# Closing the runs row of a failed pass waits at most this long: the failure may be a busy warehouse.
FAIL_RUN_WAIT_SECONDS = 3.0
STAGE_ONE_REASON = "stage one: no sign of the topic in title or feed summary; page not fetched"


def logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The Prefect run logger inside a run (messages reach the UI), a module logger outside one."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("vzmon")


@contextmanager
def stage(part: ReportPart, name: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        part.timed(name, time.perf_counter() - t0)


@dataclass(frozen=True, slots=True)
class Settings:
    """What a pass runs with: the validated config, the feeds selected and the analyzer loaded once."""

    config: MonitorConfig
    feeds: tuple[FeedSource, ...]
    analyzer: Analyzer
    dry_run: bool
    limits: ArticleLimits = ArticleLimits()


@task(cache_policy=NO_CACHE)
def load_settings(config_path: str, feeds: list[str] | None, dry_run: bool) -> Settings:
    """Validate the config and the data files it names; a bad file fails the run here, before any fetch."""
    secret = [public_url(f) for f in feeds or () if has_credentials(f)]
    if secret:
        raise ConfigError(f"feeds parameter: {', '.join(secret)} carries credentials; pass feed names (or "
                          "URLs without credentials), since Prefect stores flow parameters")
    cfg = load_config(config_path)
    check_alert_settings(cfg.alerts)
    selected = cfg.select_feeds(feeds)
    analyzer = Analyzer.load(cfg.topic_path, cfg.actors_path)
    return Settings(config=cfg, feeds=selected, analyzer=analyzer, dry_run=dry_run)


def _open(s: Settings):  # noqa: ANN202 - a context manager of a DuckDB connection
    return opened(s.config.warehouse.path, wait_seconds=s.config.warehouse.lock_wait_seconds)


@task(cache_policy=NO_CACHE)
def begin_run(s: Settings) -> RunReport:
    report = RunReport(run_id=stable_id("run", datetime.now(UTC).isoformat()), started_at=datetime.now(UTC),
                       dry_run=s.dry_run,
                       caps={"max_entries_per_feed": s.config.fetch.max_entries_per_feed, **s.limits.as_dict()})
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
def fetch_feeds(s: Settings, states: dict[str, FeedState]
                ) -> tuple[list[tuple[FeedSource, FetchResult | None]], ReportPart]:
    """Fetch every selected feed that is not backing off (None for those that are).

    Retried once by Prefect: each attempt starts from an empty report part, so a retry counts nothing twice.
    """
    report = ReportPart()
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
    return out, report


@task(cache_policy=NO_CACHE)
def parse_feeds(s: Settings, fetched: list[tuple[FeedSource, FetchResult | None]],
                states: dict[str, FeedState]
                ) -> tuple[tuple[list[FeedEntry], list[load.FeedOutcome]], ReportPart]:
    """Entries of every feed that answered; each failure is one line of the report, naming the feed."""
    report = ReportPart()
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
            error, warning, got, skipped = res.error, None, [], None
            if error is None and res.ok:
                try:
                    parsed = parse_document(res.body or b"", feed, res.fetched_at,
                                            base_url=res.final_url or feed.url)
                    got, warning = parsed.entries, parsed.warning
                except FeedParseError as exc:
                    error = exc.reason
            elif error is None and not res.not_modified:
                error = f"HTTP {res.status}"
            if error is None and res.ok:
                got, skipped = newest_entries(got, cap)
                if skipped:
                    report.count("entries_over_cap", skipped)
                    report.count("feeds_over_cap")
                    logger().info("feed %s (%s): %d entries, the oldest %d past fetch.max_entries_per_feed (%d) "
                                  "skipped", feed.name, shown, len(got) + skipped, skipped, cap)
            if shown != feed.url:
                # feedparser resolves a relative GUID (and link) against the feed URL, credentials included
                got = [replace(e, feed_url=shown, guid=public_url(e.guid), link=e.link and public_url(e.link))
                       for e in got]
                error, warning = hide_credentials(error, feed.url), hide_credentials(warning, feed.url)
            entries.extend(got)
            outcomes.append(load.FeedOutcome(
                url=shown, name=feed.name, language=feed.language, status=res.status, error=error,
                etag=res.etag, last_modified=res.last_modified, fetched_at=res.fetched_at,
                entries=len(got), previous_errors=errors_before, retry_after=res.retry_after, warning=warning,
                skipped_entries=skipped))
            status = "failed" if error else ("not modified" if res.not_modified else "ok")
            if warning:
                status = "ok, malformed"
                report.count("feeds_malformed")
                report.errors.append(f"feed {feed.name} ({shown}): {warning}")
                logger().warning("feed %s (%s): %s", feed.name, shown, warning)
            report.feed_status.append({"feed": feed.name, "url": shown, "status": status,
                                       "http": res.status, "entries": len(got), "entries_skipped": skipped or 0,
                                       "error": error or warning})
            if error:
                report.count("feeds_failed")
                report.errors.append(f"feed {feed.name} ({shown}): {error}")
                logger().warning("feed %s (%s) failed: %s", feed.name, shown, error)
            elif res.not_modified:
                report.count("feeds_not_modified")
    report.count("entries_seen", len(entries))
    return (entries, outcomes), report


def newest_entries(entries: list[FeedEntry], cap: int) -> tuple[list[FeedEntry], int]:
    """The `cap` newest entries of one feed (in document order) and how many older ones were left out.

    Feeds differ in order (most are newest first, some oldest first), so document order cannot decide:
    an oldest-first feed of 250 would never yield its newest 50. Entries without a readable date count as
    seen now (their date is the fetch time), so they are kept.
    """
    if len(entries) <= cap:
        return entries, 0
    by_date = sorted(range(len(entries)), key=lambda i: entries[i].published_at, reverse=True)
    keep = sorted(by_date[:cap])
    return [entries[i] for i in keep], len(entries) - cap


@task(cache_policy=NO_CACHE)
def drop_known_entries(s: Settings, entries: list[FeedEntry]
                       ) -> tuple[tuple[list[FeedEntry], frozenset[str]], ReportPart]:
    """Entries not yet in the warehouse and not repeated in this pass, and the ids of those among them
    that are stored already but changed since (a correction: same id, new title or summary).

    An entry is known by its article id (its canonical link, else its GUID). The content hash (title +
    summary) merges only entries without a link: those have nothing else to tell them apart, and a feed
    that changes every GUID would otherwise add the same text each pass. Entries with links are never
    merged on looks alone: live-blog posts share a title and have no summary, yet are distinct pages.
    """
    report = ReportPart()
    fresh = distinct_entries(entries)
    revised: frozenset[str] = frozenset()
    if fresh and not s.dry_run:
        with _open(s) as con:
            known_ids, known_hashes = load.known_articles(
                con, [e.article_id for e in fresh], [e.content_hash for e in fresh if not e.link])
        revised = frozenset(e.article_id for e in fresh
                            if e.article_id in known_ids and known_ids[e.article_id] != e.content_hash)
        fresh = [e for e in fresh if e.article_id in revised or (
            e.article_id not in known_ids and (e.link or e.content_hash not in known_hashes))]
    report.count("entries_new", len(fresh))
    report.count("entries_revised", len(revised))
    report.new_per_feed = dict(Counter(e.feed_url for e in fresh))  # the feed table's "new" column
    return (fresh, revised), report


def distinct_entries(entries: Sequence[FeedEntry]) -> list[FeedEntry]:
    """The first of each article id; a link-less entry is also dropped when its content was seen."""
    fresh: list[FeedEntry] = []
    ids: set[str] = set()
    hashes: set[str] = set()
    for e in entries:
        if e.article_id in ids or (not e.link and e.content_hash in hashes):
            continue
        ids.add(e.article_id)
        hashes.add(e.content_hash)
        fresh.append(e)
    return fresh


def _capped_entries(batch: Sequence[FeedEntry], lim: ArticleLimits) -> tuple[list[FeedEntry], set[str]]:
    """The batch with titles and summaries cut to the caps, and the ids of the entries that were cut."""
    out, capped = [], set()
    for e in batch:
        title, cut_title = cut(e.title, lim.title_chars)
        summary, cut_summary = cut(e.summary, lim.summary_chars)
        if cut_title or cut_summary:
            capped.add(e.article_id)
            e = replace(e, title=title, summary=summary)
        out.append(e)
    return out, capped


def _article(entry: FeedEntry, text: str, source: str, language: str) -> Article:
    return Article(article_id=entry.article_id, url=entry.link, feed_url=entry.feed_url, guid=entry.guid,
                   title=entry.title, summary=entry.summary, text=text, published_at=entry.published_at,
                   published_guessed=entry.published_guessed, language=language,
                   content_hash=entry.content_hash, text_source=source, published_zone=entry.published_zone)


@task(cache_policy=NO_CACHE)
def analyze_entries(s: Settings, batch: Sequence[FeedEntry], revised: frozenset[str] = frozenset()
                    ) -> tuple[list[Article], ReportPart]:
    """Screen a batch on title and summary, fetch the pages of those that pass, then judge and extract.

    A revised entry (a correction of a stored article) skips the screen: its page is read again.
    """
    report = ReportPart()
    an = s.analyzer
    lim = s.limits
    batch, capped = _capped_entries(batch, lim)
    with stage(report, "relevance"):
        languages = [an.language_of(e.title, e.summary, e.language) for e in batch]
        passed = [e.article_id in revised or an.screen(e.title, e.summary, lang)
                  for e, lang in zip(batch, languages, strict=True)]
    wanted = [e for e, ok in zip(batch, passed, strict=True) if ok and e.link]
    pages: dict[str, str] = {}
    if wanted and s.config.fetch.fetch_articles:
        with stage(report, "fetch_articles"), redacted("httpx", public_url), \
                progress.bar("article pages", len(wanted)) as advance:
            results = asyncio.run(fetch_all([FetchRequest(e.link or "") for e in wanted], s.config.fetch,
                                            articles=True, on_result=advance))
        with stage(report, "article_text"):
            feed_names = {public_url(f.url): f.name for f in s.feeds}  # a failed page's line names its feed
            for e, res in zip(wanted, results, strict=True):
                if res.ok:
                    text = extract_text(res.body or b"", res.final_url or e.link or "", res.content_type)
                    if text:
                        pages[e.article_id], was_cut = cut(text, lim.text_chars)
                        if was_cut:
                            capped.add(e.article_id)
                        continue
                reason = "no article text on the page" if res.ok else (res.error or f"HTTP {res.status}")
                report.count("pages_failed")
                feed = feed_names.get(e.feed_url, e.feed_url)
                report.errors.append(hide_credentials(f"article {e.link} (from {feed}): {reason}; using the feed "
                                                      "summary", e.link or "") or "")
        report.count("pages_fetched", len(pages))
    articles = []
    for e, ok, lang in zip(batch, passed, languages, strict=True):
        if not ok:
            articles.append(_article(e, e.summary, "summary", lang))
            articles[-1].relevance = RelevanceDecision(False, 0.0, (), STAGE_ONE_REASON)
            continue
        text = pages.get(e.article_id)
        if not text and e.article_id in revised and s.config.fetch.fetch_articles and e.link:
            # A correction whose page could not be read now: keep the stored article (read from its page)
            # rather than replace it with the feed summary; its entry still differs, so the next pass retries.
            report.count("revisions_postponed")
            continue
        art = _article(e, text or e.summary, "page" if text else "summary", lang)
        result = an.analyze(e.title, art.text, lang, stage=lambda name: stage(report, name))
        art.language, art.relevance = result.language, result.relevance
        art.statements = result.statements[:lim.statements]
        if len(result.statements) > lim.statements:
            report.count("statements_over_cap", len(result.statements) - lim.statements)
            capped.add(e.article_id)
        articles.append(art)
    if capped:
        report.count("articles_capped", len(capped))
        for e in batch:
            if e.article_id in capped:
                logger().warning("article %s: cut to the per-article caps (%s)", public_url(e.link or e.guid),
                                 ", ".join(f"{k} {v}" for k, v in lim.as_dict().items()))
    report.count("articles_screened_in", sum(passed))
    report.count("articles_relevant", sum(1 for a in articles if a.relevance and a.relevance.relevant))
    return articles, report


@task(cache_policy=NO_CACHE)
def load_batch(s: Settings, articles: list[Article], run_id: str, revised: frozenset[str] = frozenset()
               ) -> ReportPart:
    """Articles, statements and their queued alerts: one transaction per batch."""
    report = ReportPart()
    if s.dry_run:
        report.count("statements_found", sum(len(a.statements) for a in articles))
        return report
    with stage(report, "load"), _open(s) as con:
        counts = load.load_articles(con, articles, run_id=run_id, version=s.analyzer.version,
                                    revised=revised)
    report.count("articles_loaded", counts.articles)
    report.count("articles_updated", counts.revised)
    report.count("articles_merged", counts.merged)
    report.count("statements_loaded", counts.statements)
    report.count("alerts_queued", counts.alerts_queued)
    for a in articles:
        if a.article_id in counts.merged_ids:
            continue
        for st in a.statements:
            if len(report.new_statements) < MAX_REPORTED_STATEMENTS:
                report.new_statements.append({
                    "speaker": st.speaker_canonical or st.speaker, "kind": st.kind, "cue": st.cue,
                    "quote": st.quote[:300], "relevant": bool(a.relevance and a.relevance.relevant),
                    "title": a.title[:120], "url": a.url or ""})
    return report


@task(cache_policy=NO_CACHE)
def record_feed_outcomes(s: Settings, outcomes: list[load.FeedOutcome]) -> ReportPart:
    """Save validators and error counts, after the articles: a crash before this re-fetches, never loses."""
    report = ReportPart()
    if s.dry_run or not outcomes:
        return report
    with stage(report, "load"), _open(s) as con:
        load.record_feeds(con, outcomes)
    return report


@task(cache_policy=NO_CACHE)
def send_alerts(s: Settings, run_id: str) -> ReportPart:
    """Deliver queued alerts (this pass's and any left by an earlier one); failures stay queued."""
    report = ReportPart()
    if s.dry_run or not s.config.alerts.enabled:
        report.count("alerts_disabled", int(not s.dry_run))
        return report
    try:
        url = resolve_webhook_url(s.config.alerts)
    except AlertError as exc:  # a Secret block that cannot be read: report it, keep the alerts queued
        report.errors.append(f"alerts: {exc}")
        logger().warning("alerts: %s; alerts stay queued", exc)
        return report
    token = resolve_bot_token(s.config.alerts)
    if not url and not (token and s.config.alerts.channel):
        logger().info("no Slack webhook configured (%s); alerts stay queued", s.config.alerts.webhook_env)
        report.count("alerts_no_webhook")  # the summary says so: "0 sent" alone read like a failure
        return report
    with stage(report, "alerts"):
        # The warehouse is opened for each short read and write, never held while a POST is in flight.
        result = send_pending_alerts(lambda: _open(s), s.config.alerts, url, run_id=run_id,
                                     bot_token=token)
    report.count("alerts_sent", result.sent)
    report.count("alerts_maybe_sent", result.maybe_sent)
    report.count("alerts_muted", result.muted)
    report.count("alerts_left_queued", result.left_queued)
    for err in result.errors:
        report.errors.append(f"alerts: {err}")
        logger().warning("alerts: %s", err)
    return report


@task(cache_policy=NO_CACHE)
def finish_run(s: Settings, report: RunReport) -> RunReport:
    """Close the `runs` row and publish the summary and new statements as Prefect artifacts."""
    report = replace(report, finished_at=datetime.now(UTC))
    if not s.dry_run:
        with _open(s) as con:
            load.finish_run(con, report, "completed")
    publish_artifacts(report)
    return report


@task(cache_policy=NO_CACHE)
def fail_run(s: Settings, report: RunReport, error: str) -> RunReport:
    """Close the `runs` row of a pass that stopped on an error, with the error, so no run stays 'running'.

    Best effort and briefly: the failure may be the warehouse itself (busy, full disk). If the row cannot
    be written, the next pass closes it as 'interrupted'.
    """
    report = replace(report, finished_at=datetime.now(UTC), errors=[*report.errors, error])
    if s.dry_run:
        return report
    try:
        with opened(s.config.warehouse.path, wait_seconds=min(FAIL_RUN_WAIT_SECONDS,
                                                            s.config.warehouse.lock_wait_seconds)) as con:
            load.finish_run(con, report, "failed")
    except MonitorError as exc:
        logger().debug("could not record the failed run (the next pass closes it): %s", exc)
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
