"""A real `prefect server start` for the deployment tests, shared by the whole session (a pytest plugin).

Use it from a test module with `pytest_plugins = ["tests.support.prefect_server"]` and the fixtures
`prefect_server` and `project_checkout`; reach the helpers through the fixture objects, not by importing
this module at the top of a test module (pytest could then no longer rewrite its asserts, and warns).

Why a real server and not `prefect_test_harness`: what we test here is what a user runs (`prefect
deploy`, `prefect worker start`, `vzmon serve`), each in its own process, sharing state only through a
real API over HTTP.

The server gets a temporary PREFECT_HOME (its own SQLite database), telemetry off, no UI (faster start)
and no scheduler service: the scheduler would create the real */15 runs of prefect.yaml, and a worker
that picked one up near a quarter hour would fetch the real feeds of monitor.toml. Tests trigger runs
themselves instead. Every subprocess gets an environment without the caller's PREFECT_* and VZMON_*
variables, so neither a developer's profile nor a real Slack webhook leaks into a test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PREFECT = str(BIN / "prefect")
VZMON = str(BIN / "vzmon")
START_TIMEOUT = 120.0
# What a worker or `vzmon serve` needs to run the monitor: a checkout is these, nothing more.
CHECKOUT_PARTS = ("flows", "tasks", "warehouse", "prefect.yaml", "monitor.toml", "pyproject.toml")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_environment(**extra: str) -> dict[str, str]:
    """This process's environment minus PREFECT_* and VZMON_* (a profile or webhook of the developer)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "VZMON_"))}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


@dataclass
class PrefectServer:
    """A running server: its API URL, the environment its clients need, and helpers to call the CLI."""

    home: Path
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    started_in: float = 0.0
    children: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def vzmon(self) -> str:
        """The `vzmon` command of this environment (the one the tests import)."""
        return VZMON

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a client process (CLI, worker, `vzmon serve`) of this server."""
        return clean_environment(PREFECT_HOME=str(self.home), PREFECT_API_URL=self.api_url,
                                 PREFECT_LOGGING_LEVEL="INFO", **extra)

    def cli(self, args: Sequence[str], *, cwd: Path | None = None, timeout: float = 120.0,
            env: Mapping[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run `prefect ARGS` against this server; fail with its output (not a bare exit code)."""
        full_env = self.env(**dict(env or {}))
        proc = subprocess.run([PREFECT, *args], cwd=cwd or REPO, env=full_env, capture_output=True, text=True,
                              timeout=timeout, check=False)
        if check and proc.returncode != 0:
            raise AssertionError(f"prefect {' '.join(args)} exited {proc.returncode}\n--- stdout\n{proc.stdout}"
                                 f"\n--- stderr\n{proc.stderr}")
        return proc

    def worker_once(self, pool: str, cwd: Path, timeout: float = 180.0) -> subprocess.CompletedProcess[str]:
        """`prefect worker start --run-once`: submit every run that is due, wait for them all, exit."""
        return subprocess.run([PREFECT, "worker", "start", "--pool", pool, "--run-once"], cwd=cwd, env=self.env(),
                              capture_output=True, text=True, timeout=timeout, check=True)

    def start(self, args: Sequence[str], *, cwd: Path, log_path: Path, **env: str) -> subprocess.Popen[bytes]:
        """A long-running client (e.g. `vzmon serve`) in its own process group, stopped with the server."""
        with log_path.open("wb") as log:
            proc = subprocess.Popen(list(args), cwd=cwd, env=self.env(**env), stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        self.children.append(proc)
        return proc

    def client(self):  # noqa: ANN201 - prefect.client.orchestration.SyncPrefectClient
        """A synchronous Prefect client bound to this server (not to whatever the test process is using)."""
        from prefect.client.orchestration import SyncPrefectClient

        return SyncPrefectClient(api=self.api_url)

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no server log)"


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prefect server exited with {process.returncode} before it was healthy")
        try:
            if httpx.get(f"{url}/health", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"prefect server not healthy after {timeout:.0f} s")


def stop_process(proc: subprocess.Popen[bytes] | subprocess.Popen[str], grace: float = 10.0) -> None:
    """SIGTERM the process group we started, then SIGKILL it if it is still there after `grace` seconds."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def start_server(home: Path) -> PrefectServer:
    """Start `prefect server start` on a free port; retry once if another process took the port."""
    for attempt in range(2):
        port = free_port()
        log_path = home / f"server-{attempt}.log"
        env = clean_environment(PREFECT_HOME=str(home), PREFECT_SERVER_UI_ENABLED="false",
                                PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false",
                                PREFECT_SERVER_LOGGING_LEVEL="WARNING")
        t0 = time.monotonic()
        with log_path.open("wb") as log:
            proc = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port),
                                     "--analytics-off", "--no-ui", "--no-scheduler"],
                                    cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        server = PrefectServer(home=home, port=port, process=proc, log_path=log_path)
        try:
            wait_healthy(server.api_url, proc, START_TIMEOUT)
        except Exception:
            stop_process(proc)
            if attempt == 0 and "address already in use" in server.log_tail().lower():
                continue
            raise RuntimeError(f"could not start prefect server:\n{server.log_tail()}") from None
        server.started_in = time.monotonic() - t0
        return server
    raise AssertionError("unreachable")


def make_checkout(dest: Path) -> Path:
    """A copy of the project's code at another path, as a user's own clone would be."""
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.duckdb*")
    for part in CHECKOUT_PARTS:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


@pytest.fixture(scope="session")
def project_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project copied to a path unlike the repository's (with a space), shared by the session."""
    return make_checkout(tmp_path_factory.mktemp("checkout") / "my clone of vzmon")


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[PrefectServer]:
    """One real server for every deployment and serve test of the session (a fresh one costs ~15 s)."""
    home = Path(tempfile.mkdtemp(prefix="vzmon-prefect-"))
    server = start_server(home)
    try:
        yield server
    finally:
        for child in server.children:
            stop_process(child)
        stop_process(server.process)
        shutil.rmtree(home, ignore_errors=True)
