"""Helpers for the fault tests: passes as real processes, SIGKILL at random moments, warehouse snapshots.

A pass killed with SIGKILL gets no `finally`, no `atexit`, no DuckDB checkpoint: it is the harshest crash
there is (power loss aside), so it is the one the kill loop uses. Passes run the real CLI in processes of
their own: `start_pass` as a `vzmon run --no-prefect` subprocess (the code path of an operator's cron
job), `Forker` as children forked from a process that has done the imports already (the same CLI, five
seconds of start-up saved per pass, which is what keeps a kill loop inside a CI budget).
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path

import duckdb

from tests.support.httpserver import LocalServer, Request, Response
from tests.support.slack_receiver import SlackReceiver

VZMON = str(Path(sys.executable).with_name("vzmon"))
REPO = Path(__file__).resolve().parents[2]
DEFAULT_KILL_ITERATIONS = 8


def kill_iterations() -> int:
    """How many kills in a row: VZMON_KILL_ITERATIONS (e.g. 50 for a long soak), else a CI-sized default."""
    return max(1, int(os.environ.get("VZMON_KILL_ITERATIONS") or DEFAULT_KILL_ITERATIONS))


def pass_env(webhook_url: str | None = None) -> dict[str, str]:
    """The environment of a pass subprocess: ours, quiet Prefect, and the webhook (or none at all)."""
    env = {k: v for k, v in os.environ.items() if k != "VZMON_SLACK_WEBHOOK_URL"}
    env.update({"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PYTHONUNBUFFERED": "1"})
    if webhook_url:
        env["VZMON_SLACK_WEBHOOK_URL"] = webhook_url
    return env


def start_pass(config: Path, *, batch_size: int, webhook_url: str | None = None,
               cwd: Path | None = None) -> subprocess.Popen[str]:
    """`vzmon run --no-prefect` as a child process (stdout and stderr captured as text)."""
    return subprocess.Popen([VZMON, "run", "--no-prefect", "--config", str(config), "--batch-size", str(batch_size)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=pass_env(webhook_url),
                            cwd=cwd)


class Forker:
    """Passes as forked children of `tests/support/pass_forker.py` (imports done once; see that module).

    `with Forker() as forker:`; `forker.start(config, ...)` returns the child's pid, `forker.wait(t)` its
    exit code (None if still running after t seconds; -9 after a SIGKILL).
    """

    def __init__(self, startup_timeout: float = 120) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.support.pass_forker"], cwd=REPO,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=pass_env())
        self._lines: queue.Queue[dict[str, int]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._lines.get(timeout=startup_timeout)  # {"ready": true}
        self.out = self.err = Path()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(json.loads(line))

    def start(self, config: Path, *, batch_size: int, webhook_url: str | None = None) -> int:
        """Fork a `vzmon run --no-prefect` for `config`; its stdout and stderr go to files beside it."""
        self.out, self.err = config.with_suffix(".out"), config.with_suffix(".err")
        request = {"argv": ["run", "--no-prefect", "--all", "--config", str(config), "--batch-size", str(batch_size)],
                   "env": pass_env(webhook_url), "out": str(self.out), "err": str(self.err)}
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self._lines.get(timeout=30)["pid"]

    def wait(self, timeout: float | None = None) -> int | None:
        try:
            return self._lines.get(timeout=timeout)["code"]
        except queue.Empty:
            return None

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> Forker:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@dataclass(frozen=True, slots=True)
class Timed:
    """A finished pass: exit code, stderr, and how long it took to its first HTTP request and to exit."""

    returncode: int
    stderr: str
    first_request: float
    total: float


def timed_pass(forker: Forker, config: Path, requests_seen: Callable[[], int], *, batch_size: int,
               webhook_url: str | None = None, timeout: float = 120) -> Timed:
    """Run one uninterrupted pass and time it; `requests_seen` counts requests the newsroom has served."""
    before = requests_seen()
    t0 = time.monotonic()
    pid = forker.start(config, batch_size=batch_size, webhook_url=webhook_url)
    first = None
    code = None
    while code is None:
        code = forker.wait(0.005)
        if first is None and requests_seen() > before:
            first = time.monotonic() - t0
        if code is None and time.monotonic() - t0 > timeout:
            os.kill(pid, signal.SIGKILL)
    total = time.monotonic() - t0
    return Timed(code, forker.stderr(), first if first is not None else total, total)


def run_and_kill(forker: Forker, config: Path, delay: float, *, batch_size: int,
                 webhook_url: str | None = None) -> bool:
    """Start a pass and SIGKILL it `delay` seconds later. Returns whether it was killed: False when the
    pass had already finished by then (it must then have finished cleanly)."""
    pid = forker.start(config, batch_size=batch_size, webhook_url=webhook_url)
    code = forker.wait(delay)
    if code is None:
        os.kill(pid, signal.SIGKILL)
        code = forker.wait(30)
        if code != 0:   # 0: the pass finished between the wait's timeout and the signal (a zombie ignores it)
            assert code == -signal.SIGKILL, f"the killed pass ended with {code}"
            return True
    assert code == 0, f"a pass that was not killed failed:\n{forker.stderr()}"
    return False


def quiet(server: LocalServer) -> LocalServer:
    """Stop `server` printing a traceback for every connection a killed client leaves half-open."""
    server.httpd.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    return server


class SlowSlackReceiver(SlackReceiver):
    """A Slack stand-in that takes `delay` seconds to answer, like the real one (~50-200 ms).

    With an instant local receiver the alert step of a pass is a few milliseconds and a random kill
    almost never lands in it; a realistic answer time makes "killed while a message was in flight" a
    moment the kill loop actually hits. The message is recorded before the answer goes out, so a kill
    during the wait is exactly the case "Slack has it, the outbox does not know".
    """

    def __init__(self, delay: float = 0.003, port: int = 0) -> None:
        super().__init__()
        self.delay = delay
        self.down_status: int | None = None  # set: Slack is down, every POST gets this status
        if port:  # listen on a given port (a webhook URL that refused connections until now)
            handler = self.server.httpd.RequestHandlerClass
            self.server.httpd.server_close()
            self.server.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
            self.server.httpd.daemon_threads = True
            self.server.port, self.server.base = port, f"http://127.0.0.1:{port}"
        quiet(self.server)

    def _handle(self, req: Request) -> Response:
        if self.down_status is not None:
            with self._lock:
                self.posts += 1
            return Response(self.down_status, b"internal_error")
        response = super()._handle(req)
        time.sleep(self.delay)
        return response

    def quotes(self) -> list[str]:
        """The quote of every statement message received, as Slack shows it (`> ` stripped)."""
        out = []
        for m in self.received:
            blocks = m.payload.get("blocks") or []
            if len(blocks) > 1 and blocks[1].get("type") == "section":
                out.append(blocks[1]["text"]["text"].removeprefix("> "))
        return out


# What a warehouse holds, without what legitimately differs between two passes over the same news:
# load times, run ids, runs rows, cumulative counters, and a feed's last HTTP status (304 after a pass that
# saved its ETag, 200 in a fresh file).
SNAPSHOT_QUERIES = {
    "articles": "SELECT article_id, url, feed_url, guid, title, summary, text, text_source, published_at, "
                "published_guessed, language, content_hash, relevant, relevance_score, evidence::VARCHAR, "
                "analyzer_version FROM articles ORDER BY article_id",
    "statements": 'SELECT statement_id, article_id, speaker, speaker_canonical, side, quote, kind, cue, start, "end", '
                  "language, confidence, extractor_version FROM statements ORDER BY statement_id",
    "alerts": "SELECT statement_id FROM alerts ORDER BY statement_id",
    "feeds": "SELECT url, name, language, etag, last_modified, last_error, error_count "
             "FROM feeds ORDER BY url",
}


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """The comparable content of a warehouse file (opened read-only, closed before returning)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(q).fetchall() for name, q in SNAPSHOT_QUERIES.items()}
    finally:
        con.close()


def differences(got: list[tuple[object, ...]], want: list[tuple[object, ...]], table: str) -> str:
    """What differs between two snapshots of `table`, by row id and column name, for a readable failure."""
    columns = SNAPSHOT_QUERIES[table].split("SELECT ", 1)[1].split(" FROM ", 1)[0].replace('"', "").split(", ")
    mine, theirs = {r[0]: r for r in got}, {r[0]: r for r in want}
    lines = [f"{table}: {len(got)} rows, {len(want)} in the reference"]
    lines += [f"  only here: {k}" for k in sorted(set(mine) - set(theirs), key=str)[:5]]
    lines += [f"  missing: {k}" for k in sorted(set(theirs) - set(mine), key=str)[:5]]
    for k in sorted(set(mine) & set(theirs), key=str):
        if mine[k] != theirs[k]:
            diff = [f"{c}: {a!r:.200} != {b!r:.200}" for c, a, b in zip(columns, mine[k], theirs[k], strict=False)
                    if a != b]
            lines.append(f"  {k}: " + "; ".join(diff))
            if len(lines) > 12:
                break
    return "\n".join(lines)


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
