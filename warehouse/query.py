"""The analyst's side of the warehouse: run ad-hoc SQL while the monitor may be writing.

Reads open the file read-only and wait (bounded) for the monitor's short load steps to let go of the
lock, so `vzmon sql` works during a pass instead of failing with "Could not set lock". Queries run with
DuckDB's external access off (no file read or written, nothing attached, no extension installed or
loaded, configuration locked) unless the analyst asks for files with `allow_files`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from tasks.records import WarehouseError
from warehouse.db import ANALYST_CONFIG, ANALYST_FILES_CONFIG, connect, opened


class QueryError(WarehouseError):
    """The SQL given failed (a typo, an unknown column): the user's input is wrong, the warehouse is fine."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[object, ...]]


def run_query(path: str | Path, query: str, *, wait_seconds: float = 30.0, limit: int | None = None,
              allow_files: bool = False) -> QueryResult:
    """Run one SQL statement on the warehouse (read-only, no file access unless `allow_files`)."""
    if not Path(path).exists():
        raise WarehouseError(f"{path}: no warehouse yet (run `vzmon run` or `vzmon demo` first)")
    config = ANALYST_FILES_CONFIG if allow_files else ANALYST_CONFIG
    with opened(path, read_only=True, wait_seconds=wait_seconds, config=config) as con:
        try:
            cur = con.execute(query)
        except duckdb.PermissionException as exc:
            hint = "" if allow_files else " (queries cannot read or write files; --allow-files lets them)"
            raise QueryError(f"query refused: {' '.join(str(exc).split())}{hint}") from None
        except duckdb.Error as exc:
            raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None
        if cur.description is None:
            return QueryResult([], [])
        columns = [d[0] for d in cur.description]
        rows = cur.fetchmany(limit) if limit else cur.fetchall()
    return QueryResult(columns, rows)


def ensure_schema(path: str | Path, wait_seconds: float = 30.0) -> None:
    """Create or migrate the warehouse (used by commands that read a warehouse that may not exist yet)."""
    connect(path, wait_seconds=wait_seconds).close()
