"""Read a test's DuckDB file the way an analyst would: a short read-only connection, closed at once."""

from __future__ import annotations

from pathlib import Path

import duckdb


def rows(db: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()
