"""`vzmon serve` as a user runs it: a subprocess against a real Prefect server, stopped by a signal.

What we hold it to (docs/deploying.md): a triggered run executes on this machine and loads the warehouse;
SIGTERM ends the command within seconds with exit status 0 and leaves the schedule paused and the
warehouse consistent; starting it again unpauses the schedule, and Ctrl-C (SIGINT) stops it the same way.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from flows.cli import cli
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.warehouse import rows

if TYPE_CHECKING:
    from tests.support.prefect_server import PrefectServer

pytest_plugins = ["tests.support.prefect_server"]

DEPLOYMENT = "monitor/vzmon-serve"
STOP_WITHIN = 30.0  # seconds from the signal to the exit of `vzmon serve` (~4 s idle; slower on a loaded 2-core box)


def start_serve(server: PrefectServer, config: Path, cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    # the interval is irrelevant here (the server's scheduler is off); runs are triggered by the test.
    # A 1 s poll instead of the default 10 s keeps the test short.
    return server.start([server.vzmon, "serve", "--config", str(config), "--interval-minutes", "60"], cwd=cwd,
                        log_path=log, PREFECT_RUNNER_POLL_FREQUENCY="1")


def wait_for_deployment(server: PrefectServer, proc: subprocess.Popen[bytes], log: Path, paused: bool,
                        timeout: float = 60.0):  # noqa: ANN201 - DeploymentResponse
    """The served deployment once it is registered with the wanted paused flag (restart unpauses it)."""
    deadline = time.monotonic() + timeout
    with server.client() as client:
        while time.monotonic() < deadline:
            assert proc.poll() is None, f"vzmon serve exited {proc.returncode}:\n{log.read_text()[-3000:]}"
            try:
                deployment = client.read_deployment_by_name(DEPLOYMENT)
            except Exception:  # not registered yet (ObjectNotFound)
                deployment = None
            if deployment is not None and deployment.paused is paused and polling(log):
                return deployment
            time.sleep(0.2)
    raise AssertionError(f"{DEPLOYMENT} not served within {timeout} s:\n{log.read_text()[-3000:]}")


def polling(log: Path) -> bool:
    """Prefect prints this just before the runner starts; a signal earlier would not be handled by it."""
    return "polling for scheduled runs" in log.read_text(errors="replace")


def child_pids(pid: int) -> list[int]:
    """Processes started by `pid` (the flow-run processes of the runner), from /proc on Linux."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def stop(proc: subprocess.Popen[bytes], sig: signal.Signals, log: Path) -> float:
    t0 = time.monotonic()
    os.kill(proc.pid, sig)  # the command only, as `kill PID` or systemd would; not its process group
    try:
        proc.wait(timeout=STOP_WITHIN)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"vzmon serve still running {STOP_WITHIN} s after {sig.name}:\n"
                             f"{log.read_text()[-3000:]}") from None
    return time.monotonic() - t0


@pytest.mark.slow
def test_serve_runs_a_pass_then_stops_cleanly_on_sigterm_and_resumes_on_restart(
        prefect_server: PrefectServer, newsroom: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    log = tmp_path / "serve.log"
    proc = start_serve(prefect_server, config, tmp_path, log)
    deployment = wait_for_deployment(prefect_server, proc, log, paused=False)
    assert deployment.parameters == {"config_path": str(config.resolve()), "due_only": True}
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy.value == "CANCEL_NEW"
    [schedule] = deployment.schedules
    assert schedule.schedule.interval.total_seconds() == 3600 and schedule.schedule.timezone == "UTC"

    with prefect_server.client() as client:
        run = client.create_flow_run_from_deployment(deployment.id)
        deadline = time.monotonic() + 90
        while not (state := client.read_flow_run(run.id).state) or not state.is_final():
            assert time.monotonic() < deadline, f"run not finished in 90 s:\n{log.read_text()[-3000:]}"
            time.sleep(0.3)
        assert state.is_completed(), state
    # Let the run's process finish exiting: Prefect's runner cancels every run whose process it still
    # tracks when it shuts down, even one that has just reported Completed (see docs/deploying.md).
    deadline = time.monotonic() + 30
    while child_pids(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)

    took = stop(proc, signal.SIGTERM, log)
    assert proc.returncode == 0, log.read_text()[-3000:]
    assert took < STOP_WITHIN
    text = log.read_text()
    assert "SIGTERM received" in text and "is paused until `vzmon serve` runs again" in text
    with prefect_server.client() as client:
        assert client.read_deployment(deployment.id).paused is True
        assert client.read_flow_run(run.id).state.is_completed()  # type: ignore[union-attr]
    assert rows(db, "SELECT status FROM runs") == [("completed",)]
    assert rows(db, "SELECT count(*) FROM statements")[0][0] > 0

    # restart: the same deployment is registered again, unpaused; Ctrl-C stops it the same way
    log2 = tmp_path / "serve-again.log"
    again = start_serve(prefect_server, config, tmp_path, log2)
    assert wait_for_deployment(prefect_server, again, log2, paused=False).id == deployment.id
    stop(again, signal.SIGINT, log2)
    assert again.returncode == 0, log2.read_text()[-3000:]
    with prefect_server.client() as client:
        assert client.read_deployment(deployment.id).paused is True


def test_serve_refuses_a_bad_config_or_schedule_before_touching_prefect(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["serve", "--config", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2 and "config file not found" in missing.output
    both = runner.invoke(cli, ["serve", "--interval-minutes", "5", "--cron", "*/5 * * * *"])
    assert both.exit_code == 2 and "not both" in both.output
    bad_cron = runner.invoke(cli, ["serve", "--cron", "every day"])
    assert bad_cron.exit_code == 2 and "Invalid value for --cron" in bad_cron.output
