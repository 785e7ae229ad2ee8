"""Open the DuckDB warehouse: wait (bounded) for the file lock, apply migrations, read SQL files.

DuckDB lets one process hold a database file; a second process, even read-only, gets "Could not set
lock". The monitor therefore holds the file only for its short load and alert steps, and both the monitor
and `vzmon sql` wait a bounded time for the other to let go instead of failing at once.
Migrations are the numbered SQL files in `warehouse/migrations/`, applied once each, in order, each in
its own transaction, and recorded in `schema_migrations`.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import duckdb

from tasks.records import WarehouseBusy, WarehouseError

MIGRATIONS = Path(__file__).parent / "migrations"
SQL_DIR = Path(__file__).parent / "sql"
_LOCK_MARKERS = ("could not set lock", "conflicting lock", "lock on file")

# Analyst queries: a read-only connection alone still lets SQL write files (COPY ... TO, EXPORT DATABASE),
# read any file the user can (read_text('/etc/shadow')), ATTACH another database read-write, and install or
# load extensions. With external access off and the configuration locked, the query sees the warehouse only.
ANALYST_CONFIG: dict[str, object] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
# `vzmon sql --allow-files`: files may be read and written on purpose (COPY ... TO 'x.parquet'); extensions
# are still neither installed nor loaded, and the configuration stays locked.
ANALYST_FILES_CONFIG: dict[str, object] = {**ANALYST_CONFIG, "enable_external_access": True}


@cache
def sql(name: str) -> str:
    """The text of `warehouse/sql/<name>.sql` (queries live in files, not in Python strings)."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _LOCK_MARKERS)


def connect(path: str | Path, *, read_only: bool = False, wait_seconds: float = 30.0,
            config: dict[str, object] | None = None) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying while another process holds its lock, for at most `wait_seconds`.

    `config` is DuckDB's connection configuration (see `ANALYST_CONFIG`).
    Raises WarehouseBusy (naming the file) when the lock is still held after the wait, and
    WarehouseError for anything else (a directory that cannot be created, a corrupt file).
    """
    p = Path(path)
    if not read_only:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"{p}: cannot create the warehouse folder: {exc}") from None
    deadline = time.monotonic() + wait_seconds
    pause = 0.05
    while True:
        try:
            con = duckdb.connect(str(p), read_only=read_only, config=dict(config or {}))
            if not read_only:
                migrate(con)
            return con
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise WarehouseError(f"{p}: cannot open the warehouse: {exc}") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{p}: another process has held the warehouse for over {wait_seconds:.0f}s "
                    "(an open `duckdb` shell or notebook?); nothing was written, the next run will retry"
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 1.0)


@contextlib.contextmanager
def opened(path: str | Path, *, read_only: bool = False, wait_seconds: float = 30.0,
           config: dict[str, object] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """`connect` as a context manager that always closes, so the file lock is held as briefly as possible."""
    con = connect(path, read_only=read_only, wait_seconds=wait_seconds, config=config)
    try:
        yield con
    except duckdb.Error as exc:
        raise WarehouseError(write_failure(path, exc)) from None
    finally:
        with contextlib.suppress(duckdb.Error):
            con.close()


def write_failure(path: str | Path, exc: BaseException) -> str:
    """One line for a failed warehouse operation, naming the file and the cause a person can act on.

    DuckDB wraps an OS error in a TransactionException ('Failed to commit: Could not write file ...: No
    space left on device'); the cause is what matters, so it is said first.
    """
    text = " ".join(str(exc).split())
    lowered = text.lower()
    if "no space left on device" in lowered or "disk quota exceeded" in lowered:
        return (f"{path}: no space left on device (the disk holding the warehouse is full); what this step was "
                "writing was not saved, and the next run will retry once there is room")
    if "read-only file system" in lowered or "permission denied" in lowered:
        return f"{path}: cannot write the warehouse ({text[:300]})"
    return f"{path}: warehouse operation failed: {text[:300]}"


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration file, in order."""
    out = []
    for f in sorted(MIGRATIONS.glob("*.sql")):
        m = re.match(r"(\d+)_(.+)\.sql$", f.name)
        if m:
            out.append((int(m.group(1)), m.group(2), f.read_text(encoding="utf-8")))
    return out


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this file has not seen yet; return the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, text in migrations():
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(text)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise WarehouseError(f"migration {version:03d}_{name}.sql failed: {exc}") from None
        applied.append(version)
    return applied
