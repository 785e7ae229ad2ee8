"""Past one machine: the pass's heavy steps fanned out over a Dask cluster through Prefect's DaskTaskRunner.

`[run] task_runner = "dask"` in the config (with `dask_address = "tcp://scheduler:8786"`, or empty for a
LocalCluster of `dask_workers` processes started for the pass) makes the monitor run its pass in a flow
whose task runner is `prefect_dask.DaskTaskRunner`. Two steps then fan out, chunk by chunk:

* `fetch_feeds`: the feeds due, in chunks (HTTP and gunzip happen on the workers);
* `analyze_entries`: each batch in chunks (page fetch, trafilatura, relevance, statements on the workers).

Everything else, and above all every DuckDB write, stays in the flow process: workers return articles and
a report part of their own (counts, errors, stage times), which the flow adds to the pass's report.
Chunks come back in submission order, so the warehouse is the same as an in-process pass's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.records import Article, FeedEntry, FeedSource, FeedState, FetchResult, ReportPart

if TYPE_CHECKING:
    from tasks.config import RunSettings
    from tasks.pipeline import Settings


def task_runner(run: RunSettings) -> Any:
    """The Prefect task runner the config asks for: None (in-process) or a DaskTaskRunner."""
    if run.task_runner != "dask":
        return None
    from prefect_dask import DaskTaskRunner

    if run.dask_address:
        return DaskTaskRunner(address=run.dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, run.dask_workers), "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})


def configured(config_path: str) -> tuple[Any, int]:
    """(task runner, workers) from the config file; (None, 0) when in-process or when the config is bad
    (the pass's first step then fails with the config's own message)."""
    from tasks.config import load_config
    from tasks.records import MonitorError

    try:
        run = load_config(config_path).run
    except MonitorError:
        return None, 0
    return task_runner(run), max(1, run.dask_workers)


def chunks(items: Sequence[Any], n: int) -> list[list[Any]]:
    """`items` in at most n contiguous, nearly equal, non-empty chunks (order kept)."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return [c for c in out if c]


def combine(parts: Sequence[ReportPart]) -> ReportPart:
    """The workers' parts as one (counts, stage times, errors and feed lines added up, in chunk order)."""
    out = ReportPart()
    for part in parts:
        for key, n in part.counts.items():
            out.count(key, n)
        for stage, seconds in part.stage_seconds.items():
            out.timed(stage, seconds)
        out.errors.extend(part.errors)
        out.feed_status.extend(part.feed_status)
        out.new_statements.extend(part.new_statements)
        for url, n in part.new_per_feed.items():
            out.new_per_feed[url] = out.new_per_feed.get(url, 0) + n
    return out


@task(cache_policy=NO_CACHE)
def fetch_chunk(s: Settings, states: dict[str, FeedState]
                ) -> tuple[list[tuple[FeedSource, FetchResult | None]], ReportPart]:
    """`fetch_feeds` for a chunk of the feeds, on a worker."""
    from tasks.pipeline import fetch_feeds

    return fetch_feeds.fn(s, states)


@task(cache_policy=NO_CACHE)
def analyze_chunk(s: Settings, batch: list[FeedEntry], revised: frozenset[str]
                  ) -> tuple[list[Article], ReportPart]:
    """`analyze_entries` for a chunk of a batch, on a worker."""
    from tasks.pipeline import analyze_entries

    return analyze_entries.fn(s, batch, revised)


def _gather(futures: list[Any]) -> tuple[list[Any], ReportPart]:
    """The chunks' results in submission order, and their report parts as one."""
    out: list[Any] = []
    parts = []
    for future in futures:
        items, part = future.result()
        out.extend(items)
        parts.append(part)
    return out, combine(parts)


def fan_out(base: SimpleNamespace, workers: int) -> SimpleNamespace:
    """The pass's steps with fetch_feeds and analyze_entries submitted in chunks to the flow's task runner."""

    def fetch_feeds(s: Settings, states: dict[str, FeedState]
                    ) -> tuple[list[tuple[FeedSource, FetchResult | None]], ReportPart]:
        return _gather([fetch_chunk.submit(replace(s, feeds=tuple(c)), states) for c in chunks(s.feeds, workers)])

    def analyze_entries(s: Settings, batch: Sequence[FeedEntry], revised: frozenset[str] = frozenset()
                        ) -> tuple[list[Article], ReportPart]:
        return _gather([analyze_chunk.submit(s, c, revised) for c in chunks(batch, workers * 2)])

    return SimpleNamespace(**{**vars(base), "fetch_feeds": fetch_feeds, "analyze_entries": analyze_entries})
