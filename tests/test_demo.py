"""`vzmon demo`: the bundled sample site, served on 127.0.0.1, through a real pass into ./data/demo.duckdb."""

from __future__ import annotations

import tomllib
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.demo import SITE, DemoSite

EXPECTED = tomllib.loads((SITE / "expected.toml").read_text(encoding="utf-8"))


def test_every_feed_link_has_a_page_and_the_site_stays_inside_its_folder() -> None:
    with DemoSite() as site:
        for name, _url in site.feeds():
            body = site.page(f"/feeds/{Path(_url).name}")
            assert body and b"{BASE}" not in body, name
        assert site.page("/../pyproject.toml") is None
        assert site.page("/feeds/../../cli.py") is None


def test_demo_runs_a_pass_and_prints_what_it_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["demo", "--no-prefect", "--port", "0"])
    assert result.exit_code == 0, result.output
    assert "Latest statements in data/demo.duckdb" in result.output
    assert "vzmon sql --db data/demo.duckdb" in result.output

    con = duckdb.connect("data/demo.duckdb", read_only=True)
    try:
        judged = dict(con.execute(
            "SELECT regexp_extract(url, '/articles/(.+)\\.html', 1), relevant FROM articles").fetchall())
        by_kind = dict(con.execute("SELECT kind, count(*) FROM statements GROUP BY 1").fetchall())
        syndicated = con.execute("SELECT count(*) FROM articles WHERE url LIKE '%norway-talks-resume%'").fetchone()
        broken = con.execute("SELECT last_status, error_count, last_error FROM feeds WHERE url LIKE '%broken%'"
                             ).fetchone()
    finally:
        con.close()
    expected_relevant = set(EXPECTED["relevance"]["relevant"])
    loaded = set(judged)
    assert loaded >= {slug for slug in expected_relevant if "rodriguez-says" not in slug} - {
        "opposition-candidate-registration-dispute"}
    wrong = {slug for slug, rel in judged.items() if rel != (slug in expected_relevant)}
    assert not wrong, f"demo articles judged wrongly: {wrong}"
    assert syndicated == (1,)  # the same article in two feeds is one article
    # the truncated feed is read (its entries recovered) and its problem shown in `vzmon feeds`
    assert broken[0] == 200 and broken[1] == 0 and "malformed XML" in broken[2]
    assert "1 malformed but read" in result.output
    assert set(by_kind) == {"direct", "partial", "indirect"}

    again = runner.invoke(cli, ["demo", "--no-prefect", "--port", "0"])
    # On another port every link is new: a story whose page was read is recognised by its title, summary
    # and page text together (never by title and summary alone), so nothing is loaded or alerted twice.
    assert again.exit_code == 0 and ", 0 statements; alerts: 0 queued" in again.output, again.output
