"""A pass fanned out over a real distributed.LocalCluster (2 worker processes) loads the same warehouse as
an in-process pass: Prefect's DaskTaskRunner ships the fetch and analysis chunks to the workers, and only
the flow process writes DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.monitor import monitor
from tasks.fanout import chunks
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.warehouse import rows

pytestmark = pytest.mark.usefixtures("prefect_harness")
distributed = pytest.importorskip("distributed")

TABLES = {"articles": "SELECT article_id, url, title, text, text_source, relevant, relevance_score, language "
                      "FROM articles ORDER BY 1",
          "statements": "SELECT statement_id, article_id, speaker, quote, kind, start, \"end\" FROM statements "
                        "ORDER BY 1",
          "alerts": "SELECT statement_id, status FROM alerts ORDER BY 1",
          "feeds": "SELECT url, last_status, error_count, etag FROM feeds ORDER BY 1"}


def test_chunks_keep_order_and_cover_everything() -> None:
    assert chunks(list(range(7)), 3) == [[0, 1, 2], [3, 4], [5, 6]]
    assert chunks([1], 4) == [[1]] and chunks([], 2) == []


def test_a_pass_on_a_two_worker_local_cluster_loads_the_same_warehouse(newsroom: LocalServer,
                                                                         tmp_path: Path) -> None:
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    local = monitor(config_path=str(write_config(tmp_path / "local.toml", newsroom, local_db)))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        config = write_config(tmp_path / "dask.toml", newsroom, dask_db,
                              extra=f'[run]\ntask_runner = "dask"\ndask_address = "{cluster.scheduler_address}"\n'
                                    "dask_workers = 2\n")
        with distributed.Client(cluster) as client, distributed.get_task_stream(client) as stream:
            report = monitor(config_path=str(config))
    # the chunks really ran on the cluster's workers (both of them), not in this process
    workers = {t["worker"] for t in stream.data}
    assert len(stream.data) >= 2 and len(workers) == 2, stream.data
    assert report.counts["statements_loaded"] == local.counts["statements_loaded"] > 0
    assert report.counts["feeds_fetched"] == local.counts["feeds_fetched"]
    assert sorted(report.errors) == sorted(local.errors)
    for name, query in TABLES.items():
        got, want = rows(dask_db, query), rows(local_db, query)
        assert got == want and want, name
