"""Delivery from the outbox to a real local Slack stand-in, with real DuckDB files: what Slack receives and
what the warehouse records, through outages, refusals, crashes, rate limits and hostile text."""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from tasks import alerts as alerts_module
from tasks.alerts import resolve_webhook_url, send_pending_alerts
from tasks.config import AlertConfig
from tasks.records import AlertError
from tests.support.slack_receiver import SECRET_PATH, SlackReceiver, alert_rows, queue_statement
from warehouse import outbox
from warehouse.db import connect

FAST = AlertConfig(max_per_second=200, digest_threshold=10, max_attempts=3)
SECRET_TOKEN = SECRET_PATH.rsplit("/", 1)[1]


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = connect(tmp_path / "monitor.duckdb")
    yield c
    c.close()


@pytest.fixture
def slack() -> Iterator[SlackReceiver]:
    with SlackReceiver() as receiver:
        yield receiver


def send(con: duckdb.DuckDBPyConnection, slack_url: str, cfg: AlertConfig = FAST, **kw: object
         ) -> alerts_module.AlertReport:
    return send_pending_alerts(con, cfg, slack_url, run_id="test-run", backoff=0.01, **kw)  # type: ignore[arg-type]


def quotes_received(slack: SlackReceiver) -> list[str]:
    return [m.payload["blocks"][1]["text"]["text"] for m in slack.received]


def test_each_statement_is_alerted_exactly_once_over_repeated_calls(con, slack) -> None:
    for i in range(3):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    first = send(con, slack.webhook_url)
    assert (first.sent, first.messages, first.left_queued, first.errors) == (3, 3, 0, [])
    queue_statement(con, "s3", quote="Quote 3")  # a later run's new statement
    second = send(con, slack.webhook_url)
    third = send(con, slack.webhook_url)
    assert (second.sent, third.sent, third.messages) == (1, 0, 0)
    assert quotes_received(slack) == ["> Quote 0", "> Quote 1", "> Quote 2", "> Quote 3"]
    assert {sid: row[:2] for sid, row in alert_rows(con).items()} == {f"s{i}": ("sent", 1) for i in range(4)}
    assert con.execute("SELECT count(*) FROM alerts WHERE sent_at IS NULL").fetchone() == (0,)


def test_outage_keeps_everything_queued_and_delivers_all_once_slack_recovers(con, slack) -> None:
    for i in range(4):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    slack.fail_next(7, status=500)  # down for 7 POSTs: longer than max_attempts (3) for two alerts
    reports = [send(con, slack.webhook_url) for _ in range(4)]
    # run 1: s0 tried 3 times, run stops; run 2: fresh s1 goes first (fewest attempts), 3 tries, stops;
    # run 3: s2 gets through on its 2nd try, then s3, s0 and s1; run 4: nothing left.
    assert [r.sent for r in reports] == [0, 0, 4, 0]
    assert [r.left_queued for r in reports] == [4, 4, 0, 0]
    assert all(r.failed == 0 for r in reports)  # an outage never turns alerts into failures
    assert "Slack unavailable after 3 tries (HTTP 500 internal_error)" in reports[0].errors[0]
    assert slack.posts == 7 + 4
    assert sorted(quotes_received(slack)) == [f"> Quote {i}" for i in range(4)]  # each exactly once
    rows = alert_rows(con)
    assert rows["s0"] == ("sent", 4, None) and rows["s2"] == ("sent", 2, None) and rows["s3"] == ("sent", 1, None)


def test_alerts_left_queued_by_a_crashed_run_are_delivered_next_time(con, slack) -> None:
    # A run that crashed after loading: rows queued, nothing sent.
    long_ago = datetime.now(UTC) - timedelta(hours=5)
    queue_statement(con, "old", quote="Left behind", queued_at=long_ago)
    queue_statement(con, "new", quote="Fresh")
    report = send(con, slack.webhook_url)
    assert report.sent == 2
    assert quotes_received(slack) == ["> Left behind", "> Fresh"]


def test_a_crash_after_slack_acknowledged_resends_only_the_message_in_flight(con, slack, monkeypatch) -> None:
    for i in range(3):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    real_mark_sent = outbox.mark_sent
    calls = {"n": 0}

    def crash_on_second(c, ids, tries=1):  # the process dies between Slack's "ok" and the row update
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real_mark_sent(c, ids, tries)

    monkeypatch.setattr(outbox, "mark_sent", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        send(con, slack.webhook_url)
    monkeypatch.setattr(outbox, "mark_sent", real_mark_sent)
    assert send(con, slack.webhook_url).sent == 2
    # Quote 1 was in flight: it arrives twice; nothing else is duplicated and nothing is lost.
    assert quotes_received(slack) == ["> Quote 0", "> Quote 1", "> Quote 1", "> Quote 2"]


def test_hostile_text_arrives_inert_and_within_limits(con, slack) -> None:
    evil = ("<!channel> <!here> <@U123> <#C42> <http://evil.example|click me> &lt;!channel&gt; "
            "&amp;lt;!here&amp;gt; &#60;!everyone&#62;")
    queue_statement(con, "h1", quote=evil + " " + "y" * 10_000, speaker="<!here> Mr <@U1>", side="<!channel>",
                    title=evil, feed_name="<http://evil.example|Evil> Outlet", feed_url="https://evil.example/f",
                    article_url="javascript:alert(1)")
    queue_statement(con, "h2", quote="Normal quote", article_url="https://news.example.org/a?x=1&y=<2>|z",
                    title="<!subteam^S123>")
    report = send(con, slack.webhook_url)
    assert (report.sent, slack.rejected) == (2, [])
    allowed_links = {"<https://news.example.org/a?x=1&amp;y=%3C2%3E%7Cz|Outlet A>"}
    for message in slack.received:
        assert len(message.payload["blocks"]) <= 50 and len(message.payload["text"]) <= 300
        for text in message.texts():
            assert len(text) <= 3000
            assert set(re.findall(r"<[^>]*>", text)) <= allowed_links, text[:200]
    first = "\n".join(slack.received[0].texts())
    assert "&lt;!channel&gt;" in first and "&lt;http://evil.example|click me&gt;" in first
    assert "javascript" not in first.replace("javascript:alert", "")  # the bad link is dropped entirely
    assert "javascript:alert" not in first


def test_webhook_url_never_appears_in_logs_errors_or_the_warehouse(con, slack, caplog, capsys) -> None:
    caplog.set_level(logging.DEBUG)
    for i in range(4):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    slack.fail_next(1, status=400, body=b"invalid_payload")
    slack.fail_next(3, status=500, body=f"oops {slack.webhook_url} {SECRET_PATH}".encode())
    reports = [send(con, slack.webhook_url)]
    slack.dead = "no_service"
    reports.append(send(con, slack.webhook_url))
    with socket.socket() as s:  # a port nobody listens on: a network error
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}{SECRET_PATH}"
    reports.append(send(con, closed))
    reports.append(send(con, "ftp://hooks.example" + SECRET_PATH))
    errors = "\n".join(e for r in reports for e in r.errors)
    assert "invalid_payload" in errors and "SLACK WEBHOOK IS DEAD (HTTP 404 no_service)" in errors
    assert "network error: ConnectError" in errors and "not an http(s) URL" in errors
    stored = "\n".join(str(row) for row in con.execute("SELECT * FROM alerts").fetchall())
    out = capsys.readouterr()
    assert "HTTP Request: POST <webhook>" in caplog.text  # httpx's request line, redacted
    for where in (errors, caplog.text, out.out, out.err, stored):
        assert SECRET_TOKEN not in where and "/services/T0VZMON00" not in where


def test_dead_webhook_stops_the_run_and_keeps_everything_queued(con, slack) -> None:
    for i in range(3):
        queue_statement(con, f"s{i}")
    for dead in ("no_service", "channel_is_archived", "action_prohibited"):
        slack.dead = dead
        before = slack.posts
        report = send(con, slack.webhook_url)
        assert slack.posts == before + 1  # one POST, no blind retries
        assert (report.sent, report.failed, report.left_queued) == (0, 0, 3)
        assert report.errors[0].startswith("SLACK WEBHOOK IS DEAD (HTTP 4")
        assert dead in report.errors[0]
    assert {row[0] for row in alert_rows(con).values()} == {"queued"}


def test_invalid_payload_fails_that_alert_and_the_rest_go_through(con, slack) -> None:
    for i in range(3):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    slack.fail_next(1, status=400, body=b"invalid_payload")
    report = send(con, slack.webhook_url)
    assert (report.sent, report.failed, report.left_queued) == (2, 1, 0)
    assert alert_rows(con)["s0"] == ("failed", 1, "HTTP 400 invalid_payload")
    assert send(con, slack.webhook_url).sent == 0  # a failed alert is not retried blindly


def test_a_message_slack_keeps_choking_on_fails_after_max_attempts_without_blocking_others(con, slack) -> None:
    queue_statement(con, "s0", quote="Fine 0")
    queue_statement(con, "bad", quote="POISON pill")
    queue_statement(con, "s2", quote="Fine 2")
    slack.poison = "POISON"
    report = send(con, slack.webhook_url)
    assert (report.sent, report.failed, report.left_queued) == (2, 1, 0)
    assert alert_rows(con)["bad"] == ("failed", 3, "HTTP 500 internal_error")
    assert quotes_received(slack) == ["> Fine 0", "> Fine 2"]


def test_429_waits_retry_after_then_delivers(con, slack) -> None:
    queue_statement(con, "s0")
    slack.fail_next(1, status=429, retry_after="1")
    report = send(con, slack.webhook_url)
    assert (report.sent, report.errors) == (1, [])
    assert 0.95 <= slack.post_times[1] - slack.post_times[0] < 1.5
    assert alert_rows(con)["s0"][:2] == ("sent", 2)


def test_429_with_a_long_retry_after_leaves_alerts_for_the_next_run(con, slack) -> None:
    queue_statement(con, "s0")
    queue_statement(con, "s1", quote="Another")
    slack.fail_next(1, status=429, retry_after="120")
    report = send(con, slack.webhook_url)
    assert (report.sent, report.failed, report.left_queued, slack.posts) == (0, 0, 2, 1)
    assert "rate limiting" in report.errors[0] and "Retry-After 120s" in report.errors[0]
    assert send(con, slack.webhook_url).sent == 2


def test_digest_when_a_run_has_more_statements_than_the_threshold(con, slack) -> None:
    for i in range(12):
        queue_statement(con, f"s{i}", quote=f"Backfilled quote {i}", speaker=f"Speaker {i % 3}")
    report = send(con, slack.webhook_url)
    assert (report.sent, report.messages, report.digest) == (12, 1, True)
    (message,) = slack.received
    texts = message.texts()
    assert texts[0] == "vzmon digest: 12 new statements"
    assert "*12* new statements from *3* speakers in *1* outlets" in texts[2]
    assert {row[0] for row in alert_rows(con).values()} == {"sent"}


def test_at_the_threshold_each_statement_gets_its_own_message(con, slack) -> None:
    for i in range(10):
        queue_statement(con, f"s{i}", quote=f"Quote {i}")
    report = send(con, slack.webhook_url)
    assert (report.messages, report.digest) == (10, False)


def test_the_same_quote_from_several_outlets_is_one_alert_listing_them(con, slack) -> None:
    for i, outlet in enumerate(["El Nacional", "Efecto Cocuyo", "Reuters"]):
        queue_statement(con, f"s{i}", quote="  “Habrá elecciones libres”  " if i else "Habrá elecciones libres",
                        feed_url=f"https://{i}.example/feed", feed_name=outlet)
    queue_statement(con, "other", quote="Habrá elecciones libres", speaker="Someone Else")
    report = send(con, slack.webhook_url)
    assert (report.sent, report.messages) == (4, 2)
    outlets = slack.received[0].payload["blocks"][2]["text"]["text"]
    assert outlets.startswith("*Reported by 3 outlets:*")
    for i, outlet in enumerate(["El Nacional", "Efecto Cocuyo", "Reuters"]):
        assert f"<https://news.example.org/s{i}|{outlet}>" in outlets


def test_rules_mute_alerts_with_the_reason_recorded(con, slack) -> None:
    queue_statement(con, "low", confidence=0.2)
    queue_statement(con, "irrelevant", relevant=False)
    queue_statement(con, "muted", speaker="Diosdado Cabello")
    queue_statement(con, "forced", speaker="Maria Corina Machado", confidence=0.1, relevant=False)
    cfg = replace(FAST, mute_speakers=("diosdado cabello",), always_speakers=("María Corina Machado",))
    report = send(con, slack.webhook_url, cfg)
    assert (report.sent, report.muted, report.left_queued) == (1, 3, 0)
    rows = alert_rows(con)
    assert rows["forced"][0] == "sent"
    assert rows["low"] == ("muted", 0, "muted: confidence 0.20 below alerts.min_confidence 0.5")
    assert rows["muted"][2] == "muted: speaker in alerts.mute_speakers"


def test_without_a_webhook_or_when_disabled_alerts_stay_queued(con) -> None:
    queue_statement(con, "s0")
    report = send_pending_alerts(con, FAST, None)
    assert (report.sent, report.left_queued) == (0, 1)
    assert "no Slack webhook configured (VZMON_SLACK_WEBHOOK_URL" in report.errors[0]
    assert send_pending_alerts(con, replace(FAST, enabled=False), None).left_queued == 1
    assert alert_rows(con)["s0"] == ("queued", 0, None)


def test_alerts_whose_statement_row_is_missing_are_failed_not_kept_forever(con, slack) -> None:
    con.execute("INSERT INTO alerts (statement_id, status, attempts, queued_at) VALUES ('ghost', 'queued', 0, now())")
    report = send(con, slack.webhook_url)
    assert (report.failed, report.left_queued, slack.posts) == (1, 0, 0)
    assert alert_rows(con)["ghost"] == ("failed", 0, "statement row not found")


def test_pacing_one_message_a_second_per_webhook_across_calls(con, slack) -> None:
    cfg = replace(FAST, max_per_second=1.0)
    queue_statement(con, "s0", quote="First")
    send(con, slack.webhook_url, cfg)
    queue_statement(con, "s1", quote="Second")
    send(con, slack.webhook_url, cfg)  # a second run in the same worker keeps the pace too
    gap = slack.received[1].at - slack.received[0].at
    assert 0.95 <= gap < 1.3


def test_resolve_webhook_url_from_env_then_secret_block(monkeypatch) -> None:
    cfg = AlertConfig(webhook_env="VZMON_TEST_HOOK", secret_block="")
    monkeypatch.delenv("VZMON_TEST_HOOK", raising=False)
    assert resolve_webhook_url(cfg) is None
    monkeypatch.setenv("VZMON_TEST_HOOK", " https://hooks.example/services/x \n")
    assert resolve_webhook_url(cfg) == "https://hooks.example/services/x"

    from prefect.blocks.system import Secret

    class Stored:
        def get(self) -> object:
            return "https://hooks.example/from-block"

    def load(name: str) -> Stored:
        if name != "slack-hook":
            raise ValueError(f"Unable to find block document named {name}")
        return Stored()

    monkeypatch.setattr(Secret, "load", staticmethod(load))
    monkeypatch.delenv("VZMON_TEST_HOOK")
    assert resolve_webhook_url(replace(cfg, secret_block="slack-hook")) == "https://hooks.example/from-block"
    with pytest.raises(AlertError, match="cannot read the Prefect Secret block 'missing'"):
        resolve_webhook_url(replace(cfg, secret_block="missing"))
