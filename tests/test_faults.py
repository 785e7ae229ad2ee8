"""Faults and crashes (issue 7, the fault half): nothing lost, nothing doubled, one clear line when it fails.

Everything here is real: `vzmon run --no-prefect` processes killed with SIGKILL, DuckDB files in tmp_path
held by a second process, a local newsroom and a local Slack stand-in on 127.0.0.1. Hostile *inputs*
(feeds, pages, private addresses) are in test_hostile_feeds.py.

The kill loop runs VZMON_KILL_ITERATIONS kills (default 8, about 40 s; 50 for a soak) with a random seed
it prints; VZMON_KILL_SEED replays one.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.monitor import monitor_without_prefect
from tests.support.analyst import Analyst
from tests.support.big_newsroom import EVERY_STATEMENT, BigNewsroom, write_big_config
from tests.support.httpserver import LocalServer, Request, Response
from tests.support.kill_loop import (
    Forker,
    SlowSlackReceiver,
    differences,
    kill_iterations,
    query,
    quiet,
    run_and_kill,
    snapshot,
    start_pass,
    timed_pass,
)
from tests.support.newsroom import serve_newsroom, write_config
from tests.support.slack_receiver import SECRET_PATH
from warehouse.db import connect

START = 20  # entries in each feed before the first pass
BATCH = 5  # entries per load transaction: many transactions per pass, so kills land between and inside them
GROWTH = 6  # entries each feed publishes before every killed pass, so each one has fresh work


@pytest.fixture(autouse=True)
def _no_webhook_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process passes must not pick up a developer's real webhook."""
    monkeypatch.delenv("VZMON_SLACK_WEBHOOK_URL", raising=False)


def test_kill_loop_leaves_the_warehouse_as_one_clean_pass_would_and_alerts_each_statement(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SIGKILL a pass at random moments N times in a row, then let one pass finish.

    Promised: the warehouse then holds exactly what one uninterrupted pass over the same news puts in a
    fresh file (same article ids, statement ids and content; no duplicates), every statement has one
    alert row and it is `sent`, and Slack got every statement at least once and at most one extra
    message per kill that landed while messages were going out.
    """
    n = kill_iterations()
    seed = int(os.environ.get("VZMON_KILL_SEED") or time.time_ns() % 2**32)
    rng = random.Random(seed)
    with capsys.disabled():
        print(f"\nkill loop: {n} kills, seed {seed} (replay with VZMON_KILL_SEED={seed})")
    alerts = EVERY_STATEMENT
    with LocalServer() as server, SlowSlackReceiver() as slack, SlowSlackReceiver() as timing_slack, \
            Forker() as forker:
        news = BigNewsroom(quiet(server), per_feed=START)
        victim = tmp_path / "victim.duckdb"
        config = write_big_config(tmp_path / "victim.toml", news.feed_urls, victim, alerts=alerts)

        # The clock: one uninterrupted pass (into a scratch file, alerts to a scratch receiver).
        scratch = write_big_config(tmp_path / "scratch.toml", news.feed_urls, tmp_path / "scratch.duckdb",
                                   alerts=alerts)
        clock = timed_pass(forker, scratch, lambda: len(server.requests), batch_size=BATCH,
                           webhook_url=timing_slack.webhook_url)
        assert clock.returncode == 0, clock.stderr
        assert timing_slack.received, "the clock pass sent no alerts: the kill loop would never hit a send"

        kills = hits_during_sends = 0
        for i in range(n):
            news.publish(GROWTH)
            # From just before the first fetch (the warehouse is opened, the run row written) to the end of
            # a full pass: kills land in start-up, fetch, each batch's analysis and load, feed state, sends.
            delay = rng.uniform(0.9 * clock.first_request, clock.total)
            got_before = len(slack.received)
            killed = run_and_kill(forker, config, delay, batch_size=BATCH, webhook_url=slack.webhook_url)
            sent = len(slack.received) - got_before
            kills += killed
            hits_during_sends += killed and sent > 0
            articles = query(victim, "SELECT count(*) FROM articles")[0][0] if victim.exists() else 0
            with capsys.disabled():
                print(f"  pass {i + 1}: {'killed' if killed else 'finished'} at {delay:.2f}s; "
                      f"{articles} articles so far; {sent} Slack messages during it")

        final = timed_pass(forker, config, lambda: len(server.requests), batch_size=BATCH,
                           webhook_url=slack.webhook_url)
        assert final.returncode == 0 and "Traceback" not in final.stderr, final.stderr

        # The reference: the same news, one uninterrupted pass, a fresh file (no webhook: alerts stay queued).
        reference = tmp_path / "reference.duckdb"
        ref_config = write_big_config(tmp_path / "reference.toml", news.feed_urls, reference, alerts=alerts)
        monitor_without_prefect(str(ref_config), batch_size=250)

    got, want = snapshot(victim), snapshot(reference)
    for table in ("articles", "statements", "alerts", "feeds"):
        assert got[table] == want[table], (f"{table} differ from an uninterrupted pass (seed {seed}):\n"
                                           + differences(got[table], want[table], table))
    assert len(want["statements"]) > 100 and len(want["articles"]) == 3 * (START + n * GROWTH)

    # One alert row per statement, every one delivered; no run left 'running'.
    assert query(victim, "SELECT status, count(*) FROM alerts GROUP BY 1") == [("sent", len(want["statements"]))]
    assert query(victim, "SELECT count(*) FROM runs WHERE status = 'running'") == [(0,)]
    assert query(victim, "SELECT status FROM runs ORDER BY started_at DESC LIMIT 1") == [("completed",)]

    # Slack: every statement at least once; duplicates only from kills that hit the alert step, one each.
    quotes = Counter(slack.quotes())
    stored = {" ".join(q.split()) for (q,) in query(victim, "SELECT quote FROM statements")}
    assert set(quotes) == stored, f"statements never alerted: {sorted(stored - set(quotes))[:3]}"
    duplicates = sum(c - 1 for c in quotes.values())
    assert duplicates <= hits_during_sends, (
        f"{duplicates} duplicate messages but only {hits_during_sends} kills during sends (seed {seed})")
    assert slack.rejected == []
    with capsys.disabled():
        print(f"  {kills} kills ({hits_during_sends} during sends), {duplicates} duplicate messages, "
              f"{len(stored)} statements; clock pass {clock.total:.1f}s, final pass {final.total:.1f}s")


# --- the warehouse file held by someone else -------------------------------------------------------------

def _on_first_page(server: LocalServer, action: Callable[[], object]) -> list[object]:
    """Run `action` when the pass asks for its first article page (the warehouse is closed by then and
    will be opened next to load the batch); the page is answered after `action` returns."""
    done: list[object] = []
    lock = threading.Lock()
    for path, handler in list(server.routes.items()):
        if path.startswith("/articles/"):
            def wrapped(req: Request, inner: Callable[[Request], Response] = handler) -> Response:
                with lock:
                    if not done:
                        done.append(action())
                return inner(req)

            server.routes[path] = wrapped
    return done


@pytest.fixture
def newsroom() -> Iterator[LocalServer]:
    with LocalServer() as server:
        serve_newsroom(quiet(server), hang_seconds=2)
        yield server


def test_a_pass_waits_for_an_analyst_who_lets_go_within_the_wait(newsroom: LocalServer, tmp_path: Path) -> None:
    """An analyst's read-only session holds the file for 1.5 s just as the pass wants to load: the pass
    waits (lock_wait_seconds = 10) and then finishes, with everything loaded."""
    db = tmp_path / "monitor.duckdb"
    connect(db).close()  # the analyst opens an existing warehouse
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    analyst = _on_first_page(newsroom, lambda: Analyst(db, read_only=True, hold_seconds=1.5))
    report = monitor_without_prefect(str(config))
    assert analyst, "the analyst never got in: the test did not test anything"
    analyst[0].release()  # type: ignore[attr-defined]
    assert report.stage_seconds["load"] >= 0.8  # it did wait for the lock
    assert report.counts["statements_loaded"] > 0 and not report.errors
    assert query(db, "SELECT status FROM runs") == [("completed",)]


def test_a_pass_blocked_past_the_wait_fails_in_one_line_naming_the_file_and_loses_nothing(
        newsroom: LocalServer, tmp_path: Path) -> None:
    """An analyst's read-write session holds the file from the middle of a real `vzmon run` (after the
    fetch, before the first load) for longer than lock_wait_seconds = 1: the run exits 1 with one line
    that names the file, and the next pass, once the analyst is gone, loads everything."""
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    config.write_text(config.read_text().replace("lock_wait_seconds = 10", "lock_wait_seconds = 1"))
    analyst = _on_first_page(newsroom, lambda: Analyst(db, read_only=False, hold_seconds=60))
    proc = start_pass(config, batch_size=250)
    out, err = proc.communicate(timeout=120)
    assert analyst, "the analyst never got in: the test did not test anything"
    analyst[0].release()  # type: ignore[attr-defined]

    assert proc.returncode == 1, (out, err)  # a run-time failure (2 is for usage and config errors)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"vzmon: {db}: another process has held the warehouse for over 1s")
    assert "nothing was written" in lines[0]
    # Nothing half-done: no article of the blocked batch, no feed validators (so the feeds are re-fetched).
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]
    assert query(db, "SELECT count(*) FROM feeds") == [(0,)]

    later = monitor_without_prefect(str(config))
    assert later.counts.get("feeds_not_modified", 0) == 0 and later.counts["entries_new"] == 3
    reference = tmp_path / "reference.duckdb"
    monitor_without_prefect(str(write_config(tmp_path / "reference.toml", newsroom, reference, broken=False)))
    got, want = snapshot(db), snapshot(reference)
    assert got["articles"] == want["articles"] and got["statements"] == want["statements"]
    assert got["alerts"] == want["alerts"] and len(want["statements"]) > 0
    assert query(db, "SELECT status FROM runs ORDER BY started_at") == [("interrupted",), ("completed",)]


# --- Slack down ------------------------------------------------------------------------------------------

ALERT_EVERYTHING = ("[alerts]\nmin_confidence = 0.0\nonly_relevant = false\ndigest_threshold = 1000\n"
                    "max_per_second = 0\nmax_attempts = 3\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("outage", ["HTTP 500", "connection refused"])
def test_slack_down_for_three_passes_then_up_delivers_every_alert_exactly_once(
        outage: str, newsroom: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three passes while the webhook answers 500 (or nothing listens on its port), then one with Slack
    back: the alerts stay queued (never `failed`: an outage is not the message's fault), then each
    statement arrives exactly once."""
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False, extra=ALERT_EVERYTHING)
    port = _free_port()
    url = f"http://127.0.0.1:{port}{SECRET_PATH}"
    monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", url)
    down = SlowSlackReceiver(delay=0) if outage == "HTTP 500" else None
    if down:
        down.down_status = 500
        monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", down.webhook_url)
        down.__enter__()
    try:
        for _ in range(3):
            report = monitor_without_prefect(str(config))
            assert report.counts.get("alerts_sent", 0) == 0
            assert any("Slack unavailable" in e for e in report.errors), report.errors
    finally:
        if down:
            down.__exit__(None, None, None)
    n = query(db, "SELECT count(*) FROM statements")[0][0]
    assert n > 0
    assert query(db, "SELECT status, count(*) FROM alerts GROUP BY 1") == [("queued", n)]
    reason = "HTTP 500" if down else "ConnectError"
    assert all(reason in (e or "") for (e,) in query(db, "SELECT last_error FROM alerts WHERE attempts > 0"))
    if down:
        assert down.posts >= 3  # it was really tried in each pass

    with SlowSlackReceiver(delay=0, port=0 if down else port) as slack:
        monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", slack.webhook_url)
        assert down or slack.webhook_url == url  # connection refused: the same URL now answers
        back = monitor_without_prefect(str(config))
        again = monitor_without_prefect(str(config))
    assert back.counts["alerts_sent"] == n and again.counts.get("alerts_sent", 0) == 0
    quotes = Counter(slack.quotes())
    assert set(quotes.values()) == {1} and len(quotes) == n
    assert {" ".join(q.split()) for (q,) in query(db, "SELECT quote FROM statements")} == set(quotes)
    assert query(db, "SELECT status, count(*) FROM alerts GROUP BY 1") == [("sent", n)]


# --- corrupt state, bad config, a broken warehouse file ------------------------------------------------------

def test_corrupt_feed_state_rows_are_reset_and_the_feeds_recover(newsroom: LocalServer, tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    """Feed rows damaged by hand or by a bad tool: a validator with a line break (header injection) or
    5,000 characters, a negative or NULL or absurd error count, a backoff until the year 9999. The next
    pass fetches both feeds in full, stores the server's validators again, and the one after is back to
    conditional GETs; nothing is lost or doubled and nothing raises."""
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    first = monitor_without_prefect(str(config))
    good = dict(query(db, "SELECT name, etag FROM feeds"))
    con = duckdb.connect(str(db))
    try:
        con.execute("UPDATE feeds SET etag = ?, last_modified = ?, error_count = -5 WHERE name = 'wire'",
                    ['"abc"\r\nX-Injected: 1' + "z" * 5000, "Tue, 14 May 2024\nX-Evil: 1"])
        con.execute("UPDATE feeds SET etag = 'caf\u00e9', last_modified = '', error_count = 2147483647, "
                    "next_fetch_at = TIMESTAMPTZ '9999-12-31 00:00:00+00' WHERE name = 'diario'")
    finally:
        con.close()

    with caplog.at_level(logging.WARNING):
        report = monitor_without_prefect(str(config))
    assert {f["feed"]: f["status"] for f in report.feed_status} == {"wire": "ok", "diario": "ok"}, report.errors
    assert not report.errors and report.counts.get("entries_new", 0) == 0  # all already known
    # (A damaged Last-Modified stays in the row, since the server sends none to replace it, but it is
    # ignored on every read, which the conditional GETs of the third pass show.)
    rows = {name: rest for name, *rest in query(db, "SELECT name, etag, error_count, next_fetch_at, last_error "
                                                    "FROM feeds")}
    assert rows == {"wire": [good["wire"], 0, None, None], "diario": [good["diario"], 0, None, None]}
    assert "Traceback" not in caplog.text and "z" * 200 not in caplog.text
    assert "wire" in caplog.text or "feeds/wire.xml" in caplog.text  # the reset is named in the log

    third = monitor_without_prefect(str(config))
    assert third.counts.get("feeds_not_modified") == 2
    assert query(db, "SELECT count(*) FROM statements") == [(first.counts["statements_loaded"],)]


@pytest.mark.parametrize(("text", "expected"), [
    ("[warehouse]\nlock_wiat_seconds = 2\n", "unknown key 'lock_wiat_seconds' (did you mean 'lock_wait_seconds'?)"),
    ("[warehouse]\nlock_wait_seconds = \"two\"\n", "lock_wait_seconds: expected a non-negative number"),
    ('[[feeds]]\nulr = "http://127.0.0.1/x.xml"\n', "unknown key 'ulr' (did you mean 'url'?)"),
    ('[[feeds]]\nurl = "feed.xml"\n', "url must be an http(s) URL"),
    ("[alerts\nenabled = true\n", "not valid TOML"),
])
def test_a_config_with_a_typo_fails_in_one_clear_line(tmp_path: Path, text: str, expected: str) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--no-prefect", "--config", str(config)])
    assert result.exit_code == 2
    assert result.output.startswith(f"vzmon: {config}") and expected in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_warehouse_file_fails_in_one_line_naming_it(newsroom: LocalServer, tmp_path: Path,
                                                             damage: str) -> None:
    """A warehouse file that is not DuckDB (garbage) or was cut short (a disk full, a bad copy)."""
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    if damage == "garbage":
        db.write_bytes(b"this is not a database\n" * 100)
    else:
        monitor_without_prefect(str(config))
        db.write_bytes(db.read_bytes()[:5000])
    result = CliRunner().invoke(cli, ["run", "--no-prefect", "--config", str(config)])
    assert result.exit_code == 1, result.output  # run time, not usage: the config is right, the file is not
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"vzmon: {db}: cannot open the warehouse"), result.output
