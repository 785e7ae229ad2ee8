"""Secrets stay secret: the Slack webhook URL and a feed URL's credentials never reach a log, the warehouse,
an error text or a Prefect artifact.

A webhook URL lets anyone post to the channel; `https://user:password@host/feed.xml` is how private feeds
are configured. Both are used to make requests and for nothing else: what the monitor shows and stores is
`https://***@host/feed.xml`, and every message about the webhook says `<webhook>` or "Slack". The tests
run whole passes (failures included: a feed that answers 401 with the URL echoed, Slack answering 500 and
dead) and then search everything a person or a tool could read: captured log records, stdout/stderr, every
table of the warehouse dumped as text, the run report, and, for the Prefect flow, its artifacts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.monitor import monitor, monitor_without_prefect
from tasks.records import RunReport
from tests.support.httpserver import LocalServer, Request, Response
from tests.support.newsroom import serve_newsroom, write_config
from tests.support.slack_receiver import SECRET_PATH, SlackReceiver

FEED_USER, FEED_PASSWORD = "vzmon-reader", "Feed-Pa55word-7f3a9c"
SECRET_TOKEN = SECRET_PATH.rsplit("/", 1)[1]
ALERT_EVERYTHING = "[alerts]\nmin_confidence = 0.0\nonly_relevant = false\nmax_per_second = 0\nmax_attempts = 2\n"


def secrets(slack_url: str) -> list[str]:
    """Every form in which a secret could leak: whole, in part, percent- or JSON-escaped."""
    return [slack_url, SECRET_PATH, SECRET_TOKEN, FEED_PASSWORD, f"{FEED_USER}:{FEED_PASSWORD}",
            FEED_PASSWORD.replace("-", "%2D")]


def dump_warehouse(db: Path) -> str:
    """Every row of every table and view, as text."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        return "\n".join(f"{name}: {con.execute(f'SELECT * FROM {name}').fetchall()!r}"  # noqa: S608 - own names
                         for name in names)
    finally:
        con.close()


def assert_nowhere(text: str, slack_url: str, where: str) -> None:
    for secret in secrets(slack_url):
        assert secret not in text, f"a secret ({secret[:6]}...) leaked into {where}"


def report_text(report: RunReport) -> str:
    return repr((report.errors, report.feed_status, report.counts, report.new_statements))


@pytest.fixture
def private_newsroom() -> Iterator[LocalServer]:
    """The newsroom, plus a private feed that wants the credentials and one that refuses them with the
    request echoed back (as some servers do), so the failure path carries the URL too."""
    with LocalServer() as server:
        serve_newsroom(server, hang_seconds=1)
        wire = server.routes["/feeds/wire.xml"]

        def private(req: Request) -> Response:
            if "authorization" not in req.headers:
                return Response(401, b"auth required", {"WWW-Authenticate": 'Basic realm="feeds"'})
            return wire(req)

        server.route("/private/wire.xml", private)
        server.route("/private/refused.xml", lambda req: Response(
            401, f"refused {req.path} for {req.headers.get('authorization')}".encode()))
        yield server


def private_config(tmp_path: Path, server: LocalServer, db: Path) -> Path:
    """A config whose feeds carry user:password in their URLs (and no `name`, so nothing hides the URL)."""
    config = write_config(tmp_path / "monitor.toml", server, db, broken=False, extra=ALERT_EVERYTHING)
    auth = f"http://{FEED_USER}:{FEED_PASSWORD}@127.0.0.1:{server.port}"
    text = config.read_text(encoding="utf-8").replace(f"{server.base}/feeds/wire.xml", f"{auth}/private/wire.xml")
    text += f'\n[[feeds]]\nurl = "{auth}/private/refused.xml"\nname = "refused"\nlanguage = "en"\n'
    config.write_text(text, encoding="utf-8")
    return config


def test_no_secret_in_logs_warehouse_errors_or_output(private_newsroom: LocalServer, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture,
                                                      capfd: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "monitor.duckdb"
    config = private_config(tmp_path, private_newsroom, db)
    with SlackReceiver() as slack:
        monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", slack.webhook_url)
        slack.fail_next(2, status=500)  # the first message fails twice (errors about Slack are written)
        caplog.set_level(logging.DEBUG)  # httpx logs every request line at INFO, with the URL
        reports = [monitor_without_prefect(str(config))]
        slack.dead = "no_service"  # then a dead webhook, the loudest error there is
        reports.append(monitor_without_prefect(str(config)))
        slack.dead = None
        reports.append(monitor_without_prefect(str(config)))
    url = slack.webhook_url

    # The private feed worked (the credentials were sent), the refused one failed, Slack got the alerts.
    first = reports[0]
    status = {f["feed"]: f for f in first.feed_status}
    assert status["wire"]["status"] == "ok" and status["refused"]["status"] == "failed"
    assert private_newsroom.requests_to("/private/wire.xml")[0].headers["authorization"].startswith("Basic ")
    assert slack.received and any("Slack unavailable" in e for e in reports[0].errors), reports[0].errors
    assert any("DEAD" in e for e in reports[1].errors), reports[1].errors

    out, err = capfd.readouterr()
    assert_nowhere(caplog.text, url, "the log records")
    assert_nowhere(out + err, url, "stdout/stderr")
    assert_nowhere(dump_warehouse(db), url, "the warehouse")
    for r in reports:
        assert_nowhere(report_text(r), url, "the run report")
    # ...and what is shown instead still says which feed it was.
    assert f"***@127.0.0.1:{private_newsroom.port}/private/refused.xml" in status["refused"]["url"]


def test_no_secret_in_the_prefect_flow_run_or_its_artifacts(prefect_harness: None, private_newsroom: LocalServer,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    """The real flow: its logs, its artifacts (summary, feeds table, new statements) and the task runs'
    recorded parameters hold no secret."""
    from prefect.client.orchestration import get_client

    db = tmp_path / "monitor.duckdb"
    config = private_config(tmp_path, private_newsroom, db)
    with SlackReceiver() as slack:
        monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", slack.webhook_url)
        caplog.set_level(logging.DEBUG)
        state = monitor(config_path=str(config), return_state=True)
    url = slack.webhook_url
    report = state.result()
    assert slack.received and report.counts["statements_loaded"] > 0

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts()
        tasks = client.read_task_runs()
        flow_run = client.read_flow_run(state.state_details.flow_run_id)
    mine = [a for a in artifacts if a.flow_run_id == flow_run.id]
    assert {a.key for a in mine} >= {"monitor-summary", "monitor-feeds"}
    assert_nowhere(repr([(a.key, a.data, a.description) for a in mine]), url, "the Prefect artifacts")
    assert_nowhere(repr(flow_run.parameters), url, "the flow run parameters")
    assert_nowhere(repr([(t.name, t.task_inputs, t.state) for t in tasks if t.flow_run_id == flow_run.id]), url,
                   "the task runs")
    assert_nowhere(caplog.text, url, "the flow's logs")
    assert_nowhere(dump_warehouse(db), url, "the warehouse")


TOKEN = "t0k3n-Qz81-feedkey"


def test_feed_credentials_never_become_flow_parameters_and_tokens_are_masked(
        prefect_harness: None, private_newsroom: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """`vzmon run --feed <URL with user:password>` names the feed to the flow, never its URL; a `?token=`
    in a feed URL (or an article link) is masked wherever the URL is shown or stored."""
    from click.testing import CliRunner
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    from flows.cli import cli

    db = tmp_path / "monitor.duckdb"
    config = private_config(tmp_path, private_newsroom, db)
    auth_url = f"http://{FEED_USER}:{FEED_PASSWORD}@127.0.0.1:{private_newsroom.port}/private/wire.xml"
    text = config.read_text(encoding="utf-8")
    text += (f'\n[[feeds]]\nurl = "{private_newsroom.base}/feeds/diario.xml?token={TOKEN}&lang=es"\n'
             'name = "tokened"\nlanguage = "es"\n')
    config.write_text(text, encoding="utf-8")
    monkeypatch.delenv("VZMON_SLACK_WEBHOOK_URL", raising=False)
    caplog.set_level(logging.DEBUG)
    runner = CliRunner()
    result = runner.invoke(cli, ["run", "--config", str(config), "--feed", auth_url, "--feed", "tokened"])
    assert result.exit_code == 0, result.output
    with get_client(sync_client=True) as client:
        (flow_run,) = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
    assert flow_run.parameters["feeds"] == ["wire", "tokened"]
    leaks = [*secrets("http://unused.example/"), TOKEN]
    for where, text_ in (("flow run parameters", repr(flow_run.parameters)), ("output", result.output),
                         ("logs", caplog.text), ("warehouse", dump_warehouse(db))):
        for secret in leaks:
            assert secret not in text_, f"{secret[:6]}... leaked into the {where}"
    assert "token=***&lang=es" in dump_warehouse(db)
    # the flow itself refuses a URL with credentials as a parameter (a deployment must not store one)
    state = monitor(config_path=str(config), feeds=[auth_url], return_state=True)
    assert state.is_failed() and "pass feed names" in str(state.message)
