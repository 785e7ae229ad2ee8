"""`vzmon alerts status` and `vzmon alerts test`, called in-process against real files and a local Slack."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli_alerts import alerts
from tests.support.slack_receiver import SECRET_PATH, SlackReceiver, queue_statement
from warehouse.db import connect


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config whose warehouse is in tmp_path, with stand-in topic and actor files (load_config checks them)."""
    monkeypatch.delenv("VZMON_WAREHOUSE", raising=False)
    monkeypatch.delenv("VZMON_TOPIC", raising=False)
    monkeypatch.setenv("VZMON_TEST_HOOK", "")
    for name in ("topic.toml", "actors.toml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    path = tmp_path / "monitor.toml"
    path.write_text('[warehouse]\npath = "monitor.duckdb"\n[topic]\npath = "topic.toml"\nactors = "actors.toml"\n'
                    '[alerts]\nwebhook_env = "VZMON_TEST_HOOK"\nmax_per_second = 100\n', encoding="utf-8")
    return path


def test_status_shows_counts_and_the_oldest_queued_alert(config: Path, tmp_path: Path) -> None:
    con = connect(tmp_path / "monitor.duckdb")
    queue_statement(con, "s-old", speaker="Delcy Rodríguez",
                    queued_at=datetime.now(UTC) - timedelta(hours=2, minutes=5))
    queue_statement(con, "s-new")
    queue_statement(con, "s-sent")
    con.execute("UPDATE alerts SET status = 'sent' WHERE statement_id = 's-sent'")
    con.execute("UPDATE alerts SET attempts = 2, last_error = 'HTTP 500 internal_error' "
                "WHERE statement_id = 's-old'")
    con.close()
    result = CliRunner().invoke(alerts, ["status", "--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"alerts in {tmp_path / 'monitor.duckdb'}"
    assert lines[1:9] == ["status           alerts", "---------------  ------", "queued, to send  2",
                          "queued, to mute  0", "sent             1", "failed           0", "muted            0",
                          "(5 rows)"]
    assert lines[9] == "Slack is not configured (set $VZMON_TEST_HOOK or [alerts] secret_block): queued alerts " \
                       "wait here until it is"
    assert lines[10].startswith("oldest queued: s-old by Delcy Rodríguez, queued ")
    assert lines[10].endswith("UTC (2h 5m ago), 2 attempt(s), last error: HTTP 500 internal_error")

    as_json = CliRunner().invoke(alerts, ["status", "--config", str(config), "--json"])
    data = json.loads(as_json.output)
    assert data["counts"] == {"queued": 2, "sent": 1, "failed": 0, "muted": 0}
    assert data["oldest_queued"]["statement_id"] == "s-old"


def test_status_on_an_empty_outbox_and_a_missing_warehouse(config: Path, tmp_path: Path) -> None:
    connect(tmp_path / "monitor.duckdb").close()
    result = CliRunner().invoke(alerts, ["status", "--config", str(config)])
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "nothing queued"
    missing = CliRunner().invoke(alerts, ["status", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 1
    assert missing.output.startswith(f"vzmon: no warehouse at {tmp_path / 'nope.duckdb'} (from --db); run `vzmon run`")
    assert not (tmp_path / "nope.duckdb").exists()


def test_status_tells_alerts_to_send_from_alerts_the_rules_will_mute(config: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Statements of off-topic articles stay queued while Slack is unconfigured: status says they will be muted."""
    con = connect(tmp_path / "monitor.duckdb")
    queue_statement(con, "s-on-topic")
    for i in range(3):
        queue_statement(con, f"s-off-{i}", relevant=False)
    queue_statement(con, "s-unsure", confidence=0.2)
    con.close()
    monkeypatch.setenv("VZMON_TEST_HOOK", "http://127.0.0.1:9/hook")
    result = CliRunner().invoke(alerts, ["status", "--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[3:5] == ["queued, to send  1", "queued, to mute  4"]
    assert lines[9:11] == ["to mute: 3 (article not judged relevant (alerts.only_relevant))",
                           "to mute: 1 (confidence 0.20 below alerts.min_confidence 0.5)"]
    assert "Slack is not configured" not in result.output
    data = json.loads(CliRunner().invoke(alerts, ["status", "--config", str(config), "--json"]).output)
    assert data["counts"]["queued"] == 5 and data["queued_to_send"] == 1 and data["slack_configured"] is True
    assert data["queued_to_mute"] == {"muted: article not judged relevant (alerts.only_relevant)": 3,
                                      "muted: confidence 0.20 below alerts.min_confidence 0.5": 1}
    # read-only: nothing was muted by looking
    assert json.loads(CliRunner().invoke(alerts, ["status", "--db", str(tmp_path / "monitor.duckdb"),
                                                  "--json"]).output)["counts"]["muted"] == 0


def test_test_posts_one_sample_message_and_never_prints_the_url(config: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with SlackReceiver() as slack:
        monkeypatch.setenv("VZMON_TEST_HOOK", slack.webhook_url)
        result = CliRunner().invoke(alerts, ["test", "--config", str(config)])
        assert result.exit_code == 0, result.output
        assert result.output == "Slack accepted the test message (webhook from $VZMON_TEST_HOOK)\n"
        (message,) = slack.received
        assert "This is a test message" in message.payload["blocks"][1]["text"]["text"]

        slack.dead = "channel_is_archived"
        refused = CliRunner().invoke(alerts, ["test", "--config", str(config)])
        assert refused.exit_code == 1
        assert "HTTP 410 channel_is_archived (the webhook is dead" in refused.output
    token = SECRET_PATH.rsplit("/", 1)[1]
    assert token not in result.output + refused.output


def test_test_without_a_webhook_says_how_to_set_one(config: Path) -> None:
    result = CliRunner().invoke(alerts, ["test", "--config", str(config)])
    assert result.exit_code == 2
    assert "no Slack webhook configured: set VZMON_TEST_HOOK or [alerts] secret_block" in result.output
