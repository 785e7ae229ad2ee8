"""Every new statement reaches Slack (issue 13, item 1): above the digest threshold the statements are paged
into as few messages as Slack's limits allow, each statement in exactly one message, grouped by speaker,
at the configured pace; with a bot token and a channel, a parent message carries them in its thread."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from tasks.alerts import send_pending_alerts
from tasks.config import AlertConfig
from tests.support.slack_receiver import SlackReceiver, alert_rows, queue_statement
from warehouse.db import connect

CFG = AlertConfig(max_per_second=4, digest_threshold=10, min_confidence=0.0)
FILLER = ("the parties must keep talking until the electoral calendar, the release of prisoners and the "
          "lifting of sanctions are settled in writing, with the mediators present at every session ")


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = connect(tmp_path / "monitor.duckdb")
    yield c
    c.close()


def queue_200(con: duckdb.DuckDBPyConnection) -> None:
    for i in range(200):
        queue_statement(con, f"s{i:03d}", quote=f"Statement {i}: {FILLER * (1 + i % 3)}", speaker=f"Speaker {i % 20}",
                        feed_url=f"https://feeds.example.org/{i % 7}.xml", feed_name=f"Outlet {i % 7}")


def numbers(texts: list[str]) -> list[int]:
    return [int(n) for n in re.findall(r"Statement (\d+):", "\n".join(texts))]


def test_200_new_statements_each_reach_the_channel_exactly_once_at_the_pace(con, tmp_path: Path) -> None:
    queue_200(con)
    with SlackReceiver() as slack:
        report = send_pending_alerts(con, CFG, slack.webhook_url, run_id="r1")
    assert (report.sent, report.failed, report.left_queued, slack.rejected) == (200, 0, 0, [])
    assert 1 < report.messages == len(slack.received) < 20
    seen = [n for m in slack.received for n in numbers(m.texts())]
    assert sorted(seen) == list(range(200))  # every statement once; nothing "and N more not shown"
    assert not any("more not shown" in t for m in slack.received for t in m.texts())
    gaps = [b.at - a.at for a, b in zip(slack.received, slack.received[1:], strict=False)]
    assert min(gaps) >= 0.9 / CFG.max_per_second  # the pace is kept between pages
    assert {row[0] for row in alert_rows(con).values()} == {"sent"}
    # grouped by speaker: a speaker's statements sit together, under one heading per section
    first = slack.received[0].payload["blocks"]
    assert first[0]["text"]["text"] == f"vzmon digest: 200 new statements (page 1 of {report.messages})"
    assert any(b.get("text", {}).get("text", "").startswith("*Speaker ") for b in first if b["type"] == "section")


def test_a_page_that_fails_leaves_only_its_own_statements_queued(con) -> None:
    queue_200(con)
    with SlackReceiver() as slack:
        slack.fail_next(1, status=400, body=b"invalid_payload")  # the first page is refused
        report = send_pending_alerts(con, CFG, slack.webhook_url)
    statuses = Counter(row[0] for row in alert_rows(con).values())
    assert statuses["failed"] == report.failed > 0 and statuses["sent"] == report.sent == 200 - report.failed
    seen = [n for m in slack.received for n in numbers(m.texts())]
    assert len(seen) == len(set(seen)) == report.sent


def test_threaded_digest_posts_a_parent_and_every_statement_in_its_thread(con) -> None:
    queue_200(con)
    cfg = replace(CFG, channel="C0VZMON")
    with SlackReceiver() as slack:
        slack.bot_token = "xoxb-test-token-0123456789"
        cfg = replace(cfg, api_url=slack.api_url)
        report = send_pending_alerts(con, cfg, None, bot_token=slack.bot_token)
    assert (report.sent, report.threaded, slack.rejected) == (200, True, [])
    parent, *replies = slack.received
    assert "thread_ts" not in parent.payload and numbers(parent.texts()) == []
    assert "*200* new statements from *20* speakers" in "\n".join(parent.texts())
    assert {m.payload["thread_ts"] for m in replies} == {"1700000000.000001"}
    assert {m.payload["channel"] for m in slack.received} == {"C0VZMON"}
    assert sorted(n for m in replies for n in numbers(m.texts())) == list(range(200))


def test_a_bad_bot_token_keeps_everything_queued_and_never_shows_the_token(con) -> None:
    queue_200(con)
    with SlackReceiver() as slack:
        slack.bot_token = "xoxb-the-right-one"
        cfg = replace(CFG, channel="C0VZMON", api_url=slack.api_url)
        report = send_pending_alerts(con, cfg, None, bot_token="xoxb-a-wrong-secret-token")
    assert report.sent == 0 and report.left_queued == 200
    assert "invalid_auth" in report.errors[0] and "xoxb-a-wrong" not in "\n".join(report.errors)
