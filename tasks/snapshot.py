"""The pass's last step: publish the read-only snapshot of the warehouse (warehouse/snapshot.py).

Only when the pass changed the data (articles, statements, alerts), when there is no snapshot yet, or when
the snapshot is older than REFRESH_SECONDS (feed health and the runs table change on every pass, but
need not be copied every two minutes), so a pass with nothing new does not rewrite the file. A failure is
one line of the report: the pass's data is safe in the warehouse either way.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.records import MonitorError, ReportPart, RunReport
from warehouse.snapshot import publish, snapshot_path

if TYPE_CHECKING:
    from tasks.pipeline import Settings

CHANGES = ("articles_loaded", "statements_loaded", "alerts_queued", "alerts_sent", "alerts_muted")
REFRESH_SECONDS = 15 * 60


def publish_snapshot_fn(s: Settings, report: RunReport, part: ReportPart | None = None) -> str | None:
    """Publish when something changed (the pass's `report` says); the snapshot's path, or None when skipped
    or failed. What it did (an error, its time) goes to `part`."""
    part = part if part is not None else ReportPart()
    cfg = s.config.warehouse
    if s.dry_run or not getattr(cfg, "snapshot", True):
        return None
    target = snapshot_path(cfg.path)
    fresh = target.exists() and time.time() - target.stat().st_mtime < REFRESH_SECONDS
    if fresh and not any(report.counts.get(k) for k in CHANGES):
        return None
    t0 = time.perf_counter()
    try:
        path = publish(cfg.path, wait_seconds=cfg.lock_wait_seconds)
    except MonitorError as exc:
        part.errors.append(f"snapshot: {exc}")
        return None
    part.timed("snapshot", time.perf_counter() - t0)
    return str(path)


@task(cache_policy=NO_CACHE)
def publish_snapshot(s: Settings, report: RunReport) -> ReportPart:
    """Copy the warehouse to its read-only snapshot (`vzmon sql --snapshot` reads it) after the pass."""
    part = ReportPart()
    publish_snapshot_fn(s, report, part)
    return part
