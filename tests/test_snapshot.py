"""The read-only snapshot published after each pass, and `vzmon sql --snapshot` reading it while a writer
holds the live warehouse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from click.testing import CliRunner

from flows.cli import cli
from flows.monitor import monitor_without_prefect
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.warehouse import rows
from warehouse.snapshot import publish, snapshot_path

HOLD = "import duckdb, sys, time\ncon = duckdb.connect(sys.argv[1])\nprint('holding', flush=True)\ntime.sleep(120)\n"


def test_a_pass_publishes_a_snapshot_that_vzmon_sql_reads_while_the_warehouse_is_locked(
        newsroom: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    runner = CliRunner()
    none_yet = runner.invoke(cli, ["sql", "SELECT 1", "--db", str(db), "--snapshot"])
    assert none_yet.exit_code == 1 and "no snapshot yet" in none_yet.output  # like a missing warehouse

    report = monitor_without_prefect(str(config))
    snap = snapshot_path(db)
    assert snap == tmp_path / "monitor.snapshot.duckdb" and snap.exists()
    assert report.stage_seconds.get("snapshot", 0) > 0
    for table in ("articles", "statements", "alerts", "feeds", "runs", "feed_schedule"):
        assert rows(snap, f"SELECT count(*) FROM {table}") == rows(db, f"SELECT count(*) FROM {table}"), table
    assert rows(snap, "SELECT count(*) FROM latest_statements")[0][0] == report.counts["statements_loaded"] > 0
    assert not list(tmp_path.glob(".*.tmp*"))  # the temporary copy was renamed, nothing left behind

    # a writer (another process) holds the live file: the live query gives up after its wait, the snapshot
    # answers at once
    writer = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "holding"
        live = runner.invoke(cli, ["sql", "SELECT count(*) AS n FROM statements", "--db", str(db), "--wait", "1"])
        assert live.exit_code == 1 and "another process has held the warehouse" in live.output
        got = runner.invoke(cli, ["sql", "SELECT count(*) AS n FROM statements", "--db", str(db), "--snapshot",
                                  "--json"])
        assert got.exit_code == 0, got.output
        assert json.loads(got.output) == {"n": report.counts["statements_loaded"]}
    finally:
        writer.kill()
        writer.wait()

    # a pass that changed no data leaves a fresh snapshot alone; a stale one is refreshed all the same
    before = os.stat(snap).st_mtime_ns
    again = monitor_without_prefect(str(config))
    assert again.counts.get("articles_loaded", 0) == 0 and "snapshot" not in again.stage_seconds
    assert os.stat(snap).st_mtime_ns == before
    os.utime(snap, (time.time() - 3600, time.time() - 3600))
    later = monitor_without_prefect(str(config))
    assert "snapshot" in later.stage_seconds and os.stat(snap).st_mtime > time.time() - 600


def test_publishing_replaces_the_snapshot_atomically_and_a_reader_of_the_old_one_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE t AS SELECT 1 AS v")
    con.close()
    snap = publish(db)
    reader = duckdb.connect(str(snap), read_only=True)
    try:
        con = duckdb.connect(str(db))
        con.execute("INSERT INTO t VALUES (2)")
        con.close()
        (snap.parent / f".{snap.name}.tmp").write_bytes(b"left by a pass killed mid-copy")
        publish(db)
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)  # the old file, still whole
    finally:
        reader.close()
    assert rows(snap, "SELECT count(*) FROM t") == [(2,)]
