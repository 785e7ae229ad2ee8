"""`vzmon sql` reads the warehouse and nothing else: no file written or read, no other database attached,
no extension installed; `--allow-files` is the analyst's explicit way to export (issue 12, item 8)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import cli
from warehouse.db import connect


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "monitor.duckdb"
    connect(db).close()  # the real schema, migrations applied
    other = duckdb.connect(str(tmp_path / "other.duckdb"))
    other.execute("CREATE TABLE precious AS SELECT 42 AS answer")
    other.close()
    (tmp_path / "private.txt").write_text("secret-file-contents", encoding="utf-8")
    return db


@pytest.mark.parametrize("query", [
    "COPY (SELECT 1 AS x) TO '{dir}/leak.csv'",
    "EXPORT DATABASE '{dir}/export'",
    "ATTACH '{dir}/other.duckdb' AS o (READ_WRITE)",
    "SELECT * FROM read_text('{dir}/private.txt')",
    "SELECT * FROM read_csv('{dir}/private.txt')",
    "INSTALL httpfs",
    "SET enable_external_access = true",
])
def test_analyst_queries_cannot_touch_files_or_other_databases(warehouse: Path, query: str) -> None:
    d = warehouse.parent
    result = CliRunner().invoke(cli, ["sql", query.format(dir=d), "--db", str(warehouse)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("vzmon: query ") and result.output.count("\n") == 1  # one line
    assert "Traceback" not in result.output and "secret-file-contents" not in result.output
    assert not (d / "leak.csv").exists() and not (d / "export").exists()
    other = duckdb.connect(str(d / "other.duckdb"), read_only=True)
    assert other.execute("SELECT answer FROM precious").fetchall() == [(42,)]
    other.close()


def test_allow_files_exports_parquet_on_purpose(warehouse: Path) -> None:
    out = warehouse.parent / "feeds.parquet"
    result = CliRunner().invoke(cli, ["sql", f"COPY (SELECT * FROM feeds) TO '{out}'", "--db", str(warehouse),
                                      "--allow-files"])
    assert result.exit_code == 0, result.output
    assert out.exists()
    plain = CliRunner().invoke(cli, ["sql", "SELECT count(*) AS n FROM feeds", "--db", str(warehouse), "--csv"])
    assert plain.output == "n\n0\n"
