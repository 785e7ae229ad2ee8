"""A slow or dripping Slack receiver cannot hold a pass nor get the same message twice (issue 12, item 6),
and delivery never holds the warehouse while a message is in flight (item 7)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.monitor import monitor_without_prefect
from tasks.alerts import send_pending_alerts
from tasks.config import AlertConfig
from tests.support import analyst_probe
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.slack_receiver import SlackReceiver, alert_rows, queue_statement
from warehouse.db import connect, opened

CFG = AlertConfig(max_per_second=50, digest_threshold=10, max_attempts=3, min_confidence=0.0)


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = connect(tmp_path / "monitor.duckdb")
    yield c
    c.close()


def quotes(slack: SlackReceiver) -> list[str]:
    return [m.payload["blocks"][1]["text"]["text"] for m in slack.received]


def test_a_receiver_that_answers_late_gets_each_message_once(con) -> None:
    for i in range(3):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    with SlackReceiver() as slack:
        slack.answer_after = 6  # takes the message, answers 200 after the deadline
        elapsed = []
        for _ in range(4):  # four passes
            t0 = time.monotonic()
            report = send_pending_alerts(con, CFG, slack.webhook_url, timeout=1.0, backoff=0.01)
            elapsed.append(time.monotonic() - t0)
    assert quotes(slack) == ["> Quote 0", "> Quote 1", "> Quote 2"]  # one each, no re-sends
    assert max(elapsed) < 5  # each pass gives up at the deadline instead of waiting 6 s per try
    assert {sid: row[0] for sid, row in alert_rows(con).items()} == {f"s{i}": "maybe_sent" for i in range(3)}
    assert "no answer within 1s after the message was sent" in alert_rows(con)["s0"][2]
    assert report.sent == report.maybe_sent == 0  # the fourth pass: nothing left, nothing posted


def test_a_receiver_dripping_its_answer_is_not_waited_for(con) -> None:
    queue_statement(con, "s0")
    with SlackReceiver() as slack:
        slack.drip = True  # "HTTP/1.1 200" at once, then the body a byte a second
        t0 = time.monotonic()
        report = send_pending_alerts(con, CFG, slack.webhook_url, timeout=1.0)
        elapsed = time.monotonic() - t0
    assert report.sent == 1 and alert_rows(con)["s0"][0] == "sent"
    assert elapsed < 5  # the 200-byte body would take 200 s




def test_an_analyst_gets_in_within_2_s_while_a_pass_delivers(newsroom: LocalServer, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "monitor.duckdb"
    with SlackReceiver() as slack:
        config = write_config(tmp_path / "m.toml", newsroom, db, broken=False, extra=(
            '[alerts]\nwebhook_env = "VZMON_TEST_SLOW_HOOK"\nmax_per_second = 3\ndigest_threshold = 100\n'
            "min_confidence = 0.0\nonly_relevant = false\n"))
        monkeypatch.delenv("VZMON_TEST_SLOW_HOOK", raising=False)
        monitor_without_prefect(config_path=str(config))  # no webhook yet: everything stays queued
        with opened(db) as c:
            for i in range(15):
                queue_statement(c, f"extra{i}", quote=f"Extra quote {i}")
            queued = c.execute("SELECT count(*) FROM alerts WHERE status = 'queued'").fetchone()[0]
        monkeypatch.setenv("VZMON_TEST_SLOW_HOOK", slack.webhook_url)
        seconds = queued / 3 + 1
        probe = analyst_probe.start(db, seconds)
        report = monitor_without_prefect(config_path=str(config))
        result = analyst_probe.result(probe, seconds)
    assert report.counts["alerts_sent"] == queued >= 16
    assert result["gave_up"] == 0 and len(result["waits"]) > 10
    assert max(result["waits"]) < 2.0
    assert Counter(quotes(slack)).most_common(1)[0][1] == 1
