"""The monitor: one pass over the feeds, read top to bottom like the pipeline it runs.

choose the feeds due -> fetch feeds -> parse entries -> drop the known ones -> (per batch) screen, fetch
pages, judge relevance, extract statements, load -> save feed state and schedule -> send alerts -> report
-> publish the read-only snapshot.
Each step is a task in `tasks/pipeline.py`; the logic lives in the step modules, so the pass holds none of
its own.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Annotated, Any

from prefect import flow
from pydantic import Field

from tasks.config import DEFAULT_BATCH_SIZE
from tasks.fanout import configured, fan_out
from tasks.pipeline import steps
from tasks.records import MonitorError, RunReport, batches


class _NoTracebackForExpectedErrors(logging.Filter):
    """Prefect logs a failed task or flow run with its traceback. For the errors we raise on purpose (a busy
    or full warehouse, a bad setting) the message says everything, and 80 lines of traceback hid it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], MonitorError):
            record.exc_info, record.exc_text = None, None
        return True


for _name in ("prefect.task_runs", "prefect.flow_runs", "prefect.task_engine", "prefect.flow_engine"):
    logging.getLogger(_name).addFilter(_NoTracebackForExpectedErrors())


def run_pass(step: SimpleNamespace, config_path: str, feeds: list[str] | None, dry_run: bool,
             batch_size: int, due_only: bool = False) -> RunReport:
    """The pass itself; `step` holds the steps as Prefect tasks (in the flow) or plain functions.

    Each step returns its result and what it did (a `ReportPart`); only this function adds those up.
    """
    settings = step.load_settings(config_path, feeds, dry_run)
    report = step.begin_run(settings)
    try:
        return _steps(step, settings, report, batch_size, due_only)
    except Exception as exc:  # close the runs row with the reason, then fail as before
        step.fail_run(settings, report, str(exc) if isinstance(exc, MonitorError) else
                      f"unexpected {type(exc).__name__}: {exc}")
        raise


def _steps(step: SimpleNamespace, settings: Any, report: RunReport, batch_size: int, due_only: bool) -> RunReport:
    (settings, rhythms), part = step.choose_feeds(settings, due_only)
    report.add(part)
    states = step.read_feed_states(settings)
    fetched, part = step.fetch_feeds(settings, states)
    report.add(part)
    (entries, outcomes), part = step.parse_feeds(settings, fetched, states)
    report.add(part)
    (fresh, revised), part = step.drop_known_entries(settings, entries)
    report.add(part)
    for batch in batches(fresh, batch_size):
        articles, part = step.analyze_entries(settings, batch, revised)
        report.add(part)
        report.add(step.load_batch(settings, articles, report.run_id, revised))
    report.add(step.record_feed_outcomes(settings, outcomes))
    report.add(step.record_schedule(settings, fetched, entries, outcomes, rhythms))
    report.add(step.send_alerts(settings, report.run_id))
    report = step.finish_run(settings, report)
    report.add(step.publish_snapshot(settings, report))
    return report


@flow(name="monitor")
def monitor(config_path: str = "monitor.toml", feeds: list[str] | None = None, dry_run: bool = False,
            batch_size: Annotated[int, Field(ge=1, le=100_000)] = DEFAULT_BATCH_SIZE,
            due_only: bool = False) -> RunReport:
    """One pass: every new statement about the negotiations, from feeds to DuckDB to Slack.

    Parameters: `config_path` (TOML), `feeds` (a JSON list of feed names or URLs from the config, e.g.
    ["BBC Mundo"]; all feeds when null), `dry_run` (fetch and analyse, load nothing, alert nothing),
    `batch_size` (entries per analyse-and-load step, at least 1), `due_only` (poll only the feeds whose
    schedule says they are due, tasks/schedule.py: what the scheduled deployments do; false polls every
    selected feed not backing off). Prefect validates the types; the config
    is validated by the first step, which fails the run with a message naming the file and key.
    With `[run] task_runner = "dask"` the pass runs as the subflow `monitor-dask` on a DaskTaskRunner.
    """
    runner, workers = configured(config_path)
    if runner is not None:
        return monitor_dask.with_options(task_runner=runner)(config_path, feeds, dry_run, batch_size, due_only,
                                                             workers)
    return run_pass(steps(prefect=True), config_path, feeds, dry_run, batch_size, due_only)


@flow(name="monitor-dask")
def monitor_dask(config_path: str, feeds: list[str] | None, dry_run: bool, batch_size: int, due_only: bool,
                 workers: int) -> RunReport:
    """The same pass with fetching and analysis fanned out over Dask (tasks/fanout.py); writes stay here."""
    return run_pass(fan_out(steps(prefect=True), workers), config_path, feeds, dry_run, batch_size, due_only)


def monitor_without_prefect(config_path: str = "monitor.toml", feeds: list[str] | None = None,
                            dry_run: bool = False, batch_size: int = DEFAULT_BATCH_SIZE,
                            due_only: bool = False) -> RunReport:
    """The same pass with the step functions called directly: no Prefect server, no task runs."""
    return run_pass(steps(prefect=False), config_path, feeds, dry_run, batch_size, due_only)
