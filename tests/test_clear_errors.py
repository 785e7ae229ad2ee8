"""Bad settings, a full disk and a busy warehouse end in one clear line that names what to fix, exit 2, no
traceback, and no run left 'running' (issue 12, item 10)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.cli_alerts import alerts
from flows.monitor import monitor_without_prefect
from tasks import pipeline
from tasks.alerts import send_pending_alerts
from tasks.config import AlertConfig, parse_config
from tasks.records import ConfigError
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.slack_receiver import queue_statement
from tests.support.warehouse import rows
from warehouse.db import connect

if TYPE_CHECKING:
    from tests.support.prefect_server import PrefectServer

pytest_plugins = ["tests.support.prefect_server"]
BAD_URLS = ["http://[127.0.0.1/services/x", "https://hooks.slack.com/services/T0\x07/B0/x", "not a url at all"]


def one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


@pytest.mark.parametrize("bad", BAD_URLS)
def test_a_malformed_webhook_url_fails_the_run_before_it_starts(newsroom: LocalServer, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "m.toml", newsroom, db, broken=False)
    monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", bad)
    result = CliRunner().invoke(cli, ["run", "--no-prefect", "--config", str(config)])
    assert result.exit_code == 2
    line = one_line(result.output)
    assert line.startswith("vzmon: VZMON_SLACK_WEBHOOK_URL: the webhook URL") and "(value hidden)" in line
    assert bad not in result.output
    assert not db.exists() or rows(db, "SELECT count(*) FROM runs WHERE status = 'running'") == [(0,)]
    test = CliRunner().invoke(alerts, ["test", "--config", str(config)])
    assert test.exit_code == 2 and "VZMON_SLACK_WEBHOOK_URL" in one_line(test.output)


@pytest.mark.parametrize("bad", BAD_URLS)
def test_a_malformed_webhook_url_from_a_secret_block_keeps_alerts_queued(tmp_path: Path, bad: str) -> None:
    con = connect(tmp_path / "w.duckdb")
    queue_statement(con, "s0")
    report = send_pending_alerts(con, AlertConfig(), bad)  # what a Secret block could hold: reported, no crash
    assert report.left_queued == 1 and "Slack webhook unusable" in report.errors[0] and bad not in report.errors[0]
    con.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("[fetch]\nmax_entries_per_feed = inf\n",
     "[fetch].max_entries_per_feed: expected a non-negative whole number, got inf"),
    ("[fetch]\ntimeout_seconds = nan\n", "[fetch].timeout_seconds: expected a non-negative number, got nan"),
    ("[fetch]\ntimeout_seconds = 0\n", "[fetch].timeout_seconds: must be greater than 0"),
    ("[fetch]\nconcurrency = 2.5\n", "[fetch].concurrency: expected a non-negative whole number, got 2.5"),
    ("[alerts]\ntimeout_seconds = -inf\n", "[alerts].timeout_seconds: expected a non-negative number, got -inf"),
    ("[alerts]\nmin_confidence = 5\n", "[alerts].min_confidence: must be between 0 and 1"),
    ("[warehouse]\nlock_wait_seconds = inf\n",
     "[warehouse].lock_wait_seconds: expected a non-negative number, got inf"),
])
def test_numbers_that_cannot_work_are_config_errors(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=None) as err:
        parse_config(text, source="m.toml")
    assert expected in str(err.value), str(err.value)
    config = tmp_path / "m.toml"
    config.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--no-prefect", "--config", str(config)])
    assert result.exit_code == 2 and expected in one_line(result.output)


@pytest.mark.parametrize("size", ["0", "-3", "100001"])
def test_a_batch_size_out_of_range_is_one_line(tmp_path: Path, size: str) -> None:
    result = CliRunner().invoke(cli, ["run", "--no-prefect", "--config", str(tmp_path / "m.toml"),
                                      "--batch-size", size])
    assert result.exit_code == 2 and one_line(result.output).startswith("vzmon: --batch-size must be between 1")


def test_an_unexpected_failure_mid_pass_closes_the_run_row(newsroom: LocalServer, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "m.toml", newsroom, db, broken=False)

    def broken_outcomes(*_args: object) -> None:
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(pipeline.load, "record_feeds", broken_outcomes)
    with pytest.raises(RuntimeError):
        monitor_without_prefect(str(config))
    [(status, errors)] = rows(db, "SELECT status, errors::VARCHAR FROM runs")
    assert status == "failed" and "unexpected RuntimeError: disk controller on fire" in errors


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs: a disk that can really fill up (needs root to mount; skipped otherwise)."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_one_line_saying_so_and_the_next_run_recovers(newsroom: LocalServer, tmp_path: Path,
                                                                     small_disk: Path) -> None:
    db = small_disk / "monitor.duckdb"
    config = write_config(tmp_path / "m.toml", newsroom, db, broken=False)
    connect(db).close()  # the warehouse exists; then the disk fills up
    filler = fill(small_disk)
    result = CliRunner().invoke(cli, ["run", "--no-prefect", "--all", "--config", str(config)])
    assert result.exit_code == 1, result.output  # a run-time failure (flows/cli_common.py): exit 1
    line = one_line(result.output)
    assert line.startswith(f"vzmon: {db}: ") and "no space left on device" in line.lower(), line
    filler.unlink()
    again = CliRunner().invoke(cli, ["run", "--no-prefect", "--all", "--config", str(config)])
    assert again.exit_code == 0, again.output
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 3
    assert rows(db, "SELECT count(*) FROM runs WHERE status = 'running'") == [(0,)]


HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""


def test_in_prefect_mode_a_busy_warehouse_is_one_clear_line_without_tracebacks(
        prefect_server: PrefectServer, newsroom: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "m.toml", newsroom, db, broken=False)
    config.write_text(config.read_text().replace("lock_wait_seconds = 10", "lock_wait_seconds = 1"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        t0 = time.monotonic()
        proc = subprocess.run([prefect_server.vzmon, "run", "--config", str(config)], capture_output=True,
                              text=True, env=prefect_server.env(), timeout=180, check=False)
    finally:
        holder.kill()
        holder.wait()
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output  # busy is a run-time failure (flows/cli_common.py): exit 1
    assert "Traceback" not in output and "File \"" not in output, output
    last = [line for line in proc.stderr.splitlines() if line.strip()][-1]
    assert last.startswith(f"vzmon: {db}: another process has held the warehouse for over 1s"), output
    assert len(output.splitlines()) < 15, output
    assert time.monotonic() - t0 < 120
