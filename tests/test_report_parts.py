"""Steps return what they did and the flow adds it up (issue 12, item 11): a task Prefect retries cannot
count its feeds twice, because no task holds the run report."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flows.monitor import monitor
from tasks import pipeline
from tasks.records import RunReport
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from warehouse.db import opened


def test_only_the_steps_that_close_the_run_receive_the_run_report() -> None:
    takes_report = [name for name in pipeline.STEPS
                    if any(p.annotation in (RunReport, "RunReport")
                           for p in inspect.signature(getattr(pipeline, name).fn).parameters.values())]
    # the two that close the run, and the snapshot that follows it (it reads whether the pass changed data)
    assert takes_report == ["finish_run", "fail_run", "publish_snapshot"]


def test_a_retried_fetch_counts_its_feeds_once(prefect_harness: None, newsroom: LocalServer, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "m.toml", newsroom, db, broken=True)
    with opened(db) as con:  # the 404 feed is backing off: counted before the fetch, in the old code too
        con.execute("INSERT INTO feeds (url, name, error_count, next_fetch_at) VALUES (?, 'gone', 5, ?)",
                    [newsroom.url("/feeds/gone.xml"), datetime.now(UTC) + timedelta(hours=1)])
    real_fetch_all = pipeline.fetch_all
    calls = {"n": 0}

    def flaky(*args: object, **kw: object):  # noqa: ANN202 - the first feed fetch of the pass fails once
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("network went away for a moment")
        return real_fetch_all(*args, **kw)

    monkeypatch.setattr(pipeline, "fetch_all", flaky)
    report = monitor(config_path=str(config))
    assert calls["n"] >= 2  # Prefect retried fetch_feeds
    assert report.counts["feeds_backing_off"] == 1
    assert report.counts["feeds_fetched"] == 4  # wire, diario, garbage, silent
    assert len(report.feed_status) == 5
