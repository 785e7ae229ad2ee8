"""`vzmon brief`: the demo's brief as a person sees it, in a real headless chromium, at 1280 px and on a phone."""

from __future__ import annotations

import html
import os
import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.demo import DEMO_PERIOD
from tasks.brief import parse_period
from tasks.markdown import md
from tests.support.browser import Browser, chromium_path
from tests.support.warehouse import rows

pytest_plugins = ["tests.support.prefect_server"]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = chromium_path()
    if not path:
        message = "no chromium on PATH: `make setup` installs Debian's chromium when run as root"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real `vzmon demo --no-prefect` run: the sample site over HTTP, a pass, data/demo-brief.html."""
    where = tmp_path_factory.mktemp("demo")
    cwd = os.getcwd()
    os.chdir(where)
    try:
        result = CliRunner().invoke(cli, ["demo", "--no-prefect", "--port", "0"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert "wrote data/demo-brief.html" in result.output
    return where


def test_the_period_is_a_span_before_until_or_two_dates() -> None:
    now = datetime(2024, 1, 30, 12, 0)
    assert parse_period("24h", now=now).start == datetime(2024, 1, 29, 12, 0)
    assert parse_period("2w", "2024-01-30").start == datetime(2024, 1, 16)
    assert parse_period("2023-12-01", "2024-01-01T00:00:00+01:00").end == datetime(2023, 12, 31, 23, 0)
    with pytest.raises(ValueError, match="expected a span"):
        parse_period("yesterday")
    with pytest.raises(ValueError, match="the period is empty"):
        parse_period("2024-02-01", "2024-01-01")


def test_markdown_text_cannot_become_markup() -> None:
    assert md("<unknown>:28:47 *x* [a](http://e) a|b\nc") == r"\<unknown\>:28:47 \*x\* \[a\](http://e) a\|b c"


def test_the_demo_brief_is_one_self_contained_page_of_relevant_statements(demo_dir: Path) -> None:
    page = (demo_dir / "data" / "demo-brief.html").read_text(encoding="utf-8")
    db = demo_dir / "data" / "demo.duckdb"
    # nothing to fetch when it is viewed: no script, no stylesheet link, no image or frame source
    assert not re.search(r"<script|<link|<img|<iframe|\ssrc=|url\(http", page, re.IGNORECASE)
    assert page.count("<svg") == 2  # the wide and the narrow chart, inline
    relevant = rows(db, "SELECT s.quote, a.url FROM statements s JOIN articles a USING (article_id) "
                        "WHERE a.relevant ORDER BY length(s.quote) DESC")
    longest, url = relevant[0]
    assert html.escape(longest) in page  # quotes in full, escaped
    assert f'href="{html.escape(url)}"' in page  # outlets linked
    off_topic = rows(db, "SELECT s.quote FROM statements s JOIN articles a USING (article_id) "
                         "WHERE NOT a.relevant AND s.quote NOT IN (SELECT s2.quote FROM statements s2 "
                         "JOIN articles a2 USING (article_id) WHERE a2.relevant)")
    assert off_topic, "the demo has statements of off-topic articles: the test would test nothing"
    assert not [q for (q,) in off_topic if html.escape(q) in page]
    assert f"<b>{len(relevant)}</b> statements" in page


@pytest.mark.parametrize(("width", "height", "mobile", "shape"),
                         [(1280, 900, False, "wide"), (390, 844, True, "narrow")])
def test_the_demo_brief_draws_its_chart_and_fits_the_width_in_chromium(
        chromium: str, demo_dir: Path, width: int, height: int, mobile: bool, shape: str) -> None:
    page_url = (demo_dir / "data" / "demo-brief.html").as_uri()
    with Browser(chromium) as browser, browser.open(page_url, width, height, mobile=mobile) as page:
        chart = page.evaluate("""(() => {
            const shown = [...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 0);
            const svg = shown[0];
            const box = svg.getBoundingClientRect();
            const bars = [...svg.querySelectorAll('g[id*="-bar-"] path')]
                .filter(p => p.getBoundingClientRect().height > 0.5);
            const ticks = [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect().height);
            return {shown: shown.length, cls: svg.getAttribute('class'), width: box.width, height: box.height,
                    bars: bars.length, minText: Math.min(...ticks)};
        })()""")
        layout = page.evaluate("""(() => {
            const vw = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > vw + 0.5 && e.closest('svg') === null)
                .map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 40));
            return {vw, scroll: document.documentElement.scrollWidth, wide};
        })()""")
        keep = os.environ.get("VZMON_SCREENSHOT_DIR")
        shot = page.screenshot((Path(keep) if keep else demo_dir) / f"demo-brief-{width}.png")
    assert chart["shown"] == 1 and chart["cls"] == f"chart chart-{shape}"
    assert chart["width"] > 0.8 * min(width, 992) - 64 and chart["height"] > 150
    weeks_with_statements = rows(demo_dir / "data" / "demo.duckdb", f"""
        SELECT count(DISTINCT (date_trunc('week', timezone('UTC', a.published_at)), coalesce(s.side, '')))
        FROM statements s JOIN articles a USING (article_id)
        WHERE a.relevant AND a.published_at >= TIMESTAMPTZ '{DEMO_PERIOD[0]} 00:00:00+00'""")[0][0]
    # one visible bar segment per (week, side group) with statements; "others" merges the unknown and
    # international sides, so there can be fewer segments than (week, side) pairs, never more
    assert 0 < chart["bars"] <= weeks_with_statements
    assert chart["minText"] >= 9  # the axis labels stay readable (CSS px)
    assert layout["scroll"] <= layout["vw"] and not layout["wide"], layout
    assert shot.stat().st_size > 10_000


def test_brief_on_a_quiet_day_and_its_errors(demo_dir: Path, tmp_path: Path) -> None:
    db = demo_dir / "data" / "demo.duckdb"
    runner = CliRunner()
    quiet = runner.invoke(cli, ["brief", "--db", str(db), "--since", "24h", "--out", str(tmp_path / "b.html")])
    assert quiet.exit_code == 0, quiet.output
    assert "wrote" in quiet.output and ": 0 statements by 0 speakers" in quiet.output
    assert "No statements in relevant articles in this period." in (tmp_path / "b.html").read_text()

    as_md = runner.invoke(cli, ["brief", "--db", str(db), "--since", DEMO_PERIOD[0], "--until", DEMO_PERIOD[1],
                                "--markdown", "--out", "-"])
    assert as_md.exit_code == 0 and as_md.output.startswith("# Venezuela negotiations: the brief")
    assert "## Who said what" in as_md.output and "<svg" not in as_md.output

    missing = runner.invoke(cli, ["brief", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and f"no warehouse at {tmp_path / 'none.duckdb'} (from --db)" in missing.output
    bad = runner.invoke(cli, ["brief", "--db", str(db), "--since", "last week"])
    assert bad.exit_code == 2 and "expected a span (24h, 7d, 2w) or a date" in bad.output


@pytest.mark.slow
def test_the_daily_deployment_writes_the_page_and_publishes_the_markdown_artifact(
        demo_dir: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """prefect.yaml's `brief/daily` deployed on a real server and run by a process worker."""
    server = request.getfixturevalue("prefect_server")
    checkout = request.getfixturevalue("project_checkout")
    config = tmp_path / "brief.toml"
    shutil.copy(demo_dir / "data" / "demo.duckdb", tmp_path / "demo.duckdb")
    config.write_text('[warehouse]\npath = "demo.duckdb"\n\n[[feeds]]\nurl = "http://127.0.0.1:9/x.xml"\n',
                      encoding="utf-8")
    server.cli(["work-pool", "create", "vzmon-pool", "--type", "process", "--overwrite"])
    server.cli(["--no-prompt", "deploy", "--all"], cwd=checkout)
    out = tmp_path / "brief.html"
    with server.client() as client:
        d = client.read_deployment_by_name("brief/daily")
        [schedule] = d.schedules
        assert (schedule.schedule.cron, schedule.schedule.timezone) == ("0 7 * * *", "UTC")
        run = client.create_flow_run_from_deployment(d.id, parameters={
            "config_path": str(config), "since": DEMO_PERIOD[0], "out": str(out)})
    server.worker_once("vzmon-pool", tmp_path)
    with server.client() as client:
        final = client.read_flow_run(run.id)
        artifacts = [a for a in client.read_artifacts() if a.flow_run_id == run.id]
    assert final.state is not None and final.state.is_completed(), final.state
    [artifact] = artifacts
    assert artifact.key == "daily-brief" and artifact.type == "markdown"
    assert "## Who said what" in str(artifact.data) and str(out) in str(artifact.data)
    assert "<svg" in out.read_text(encoding="utf-8")

