"""The monitor end to end: a real local newsroom, a real DuckDB file, the real flow (and its plain twin)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from flows.cli import cli
from flows.monitor import monitor, monitor_without_prefect
from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.warehouse import rows


def test_a_prefect_pass_loads_statements_and_survives_broken_feeds(prefect_harness: None, newsroom: LocalServer,
                                                                    tmp_path: Path) -> None:
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db)
    report = monitor(config_path=str(config))

    # the good feeds loaded, each broken feed named with its reason, and the pass still completed
    status = {f["feed"]: f for f in report.feed_status}
    assert status["wire"]["status"] == "ok" and status["diario"]["status"] == "ok"
    assert status["gone"]["error"] == "HTTP 404" or "404" in str(status["gone"]["error"])
    assert status["garbage"]["status"] == "failed" and status["silent"]["status"] == "failed"
    assert any("silent" in e for e in report.errors)
    assert rows(db, "SELECT status FROM runs") == [("completed",)]

    articles = dict(rows(db, "SELECT url, relevant FROM articles"))
    oslo = next(u for u in articles if "oslo-round" in u)
    assert "utm_source" not in oslo  # tracking parameters dropped from the canonical link
    assert articles[oslo] is True
    assert articles[next(u for u in articles if "baseball" in u)] is False
    assert articles[next(u for u in articles if "mexico-ronda" in u)] is True
    spanish_date = rows(db, "SELECT published_at, published_guessed FROM articles WHERE url LIKE '%mexico-ronda%'")
    assert spanish_date[0][1] is False and spanish_date[0][0].day == 15

    said = rows(db, "SELECT speaker, kind, quote FROM statements")
    speakers = {s for s, _, _ in said}
    assert any("Rodr\u00edguez" in s for s in speakers) and any("Blyde" in s for s in speakers)
    assert {k for _, k, _ in said} >= {"direct", "partial", "indirect"}
    n_statements = len(said)
    assert rows(db, "SELECT count(*) FROM alerts WHERE status = 'queued'") == [(n_statements,)]
    # offsets point back into the stored article text
    for text, start, end, quote in rows(db, 'SELECT a.text, s.start, s."end", s.quote FROM statements s '
                                            "JOIN articles a USING (article_id)"):
        assert text[start:end] == quote

    # a second pass adds nothing: the feeds answer 304 and nothing is duplicated
    second = monitor(config_path=str(config))
    assert second.counts.get("feeds_not_modified") == 2
    assert rows(db, "SELECT count(*) FROM statements") == [(n_statements,)]
    assert rows(db, "SELECT count(*) FROM alerts") == [(n_statements,)]
    feeds = dict(rows(db, "SELECT name, error_count FROM feeds"))
    assert feeds["wire"] == 0 and feeds["gone"] == 2


def test_the_plain_pass_matches_and_dry_run_writes_nothing(newsroom: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "plain.duckdb"
    config = write_config(tmp_path / "plain.toml", newsroom, db, broken=False)
    dry = monitor_without_prefect(config_path=str(config), dry_run=True)
    assert dry.counts.get("statements_found", 0) > 0
    assert not db.exists()
    report = monitor_without_prefect(config_path=str(config))
    assert report.counts["statements_loaded"] == dry.counts["statements_found"]
    assert set(report.stage_seconds) >= {"fetch", "parse", "relevance", "statements", "load"}


def test_cli_sql_and_feeds_print_tables_csv_and_json(newsroom: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    config = write_config(tmp_path / "cli.toml", newsroom, db, broken=False)
    runner = CliRunner()
    result = runner.invoke(cli, ["run", "--config", str(config), "--no-prefect", "--all"])
    assert result.exit_code == 0, result.output
    assert "feeds: 2 checked" in result.output

    query = "SELECT name, last_status FROM feeds ORDER BY name"
    table = runner.invoke(cli, ["sql", query, "--config", str(config)])
    assert table.output.splitlines()[0].split() == ["name", "last_status"]
    assert table.output.splitlines()[2].split() == ["diario", "200"]
    assert table.output.strip().endswith("(2 rows)")
    csv = runner.invoke(cli, ["sql", query, "--db", str(db), "--csv"]).output
    assert csv == "name,last_status\ndiario,200\nwire,200\n"
    lines = runner.invoke(cli, ["sql", query, "--db", str(db), "--json"]).output.splitlines()
    assert [json.loads(x) for x in lines] == [{"name": "diario", "last_status": 200},
                                              {"name": "wire", "last_status": 200}]

    bad = runner.invoke(cli, ["sql", "SELECT nope FROM feeds", "--db", str(db)])
    assert bad.exit_code == 2 and "query failed" in bad.output and "Traceback" not in bad.output
    health = runner.invoke(cli, ["feeds", "--db", str(db), "--json"])
    assert {json.loads(x)["name"] for x in health.output.splitlines()} == {"wire", "diario"}


def test_cli_run_with_a_bad_config_fails_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[fetch]\nconcurency = 3\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--config", str(bad)])
    assert result.exit_code == 2
    assert "unknown key 'concurency'" in result.output and "Traceback" not in result.output
