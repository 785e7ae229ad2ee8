"""A read-only snapshot of the warehouse for analysts and BI tools, published atomically after a pass.

DuckDB lets one process hold a database file for writing, and a reader of the live file waits for the
monitor's load steps. The snapshot is a second DuckDB file that nobody writes after it is published:
`COPY FROM DATABASE` copies every table, index and view inside one read transaction (so the copy is
consistent, WAL included), into a temporary file beside the snapshot, which is fsynced and then renamed over
the old snapshot (`os.replace`, atomic on one filesystem). A reader that opened the old snapshot keeps
reading it; the next one opens the new file. A pass killed mid-copy leaves the old snapshot and a temporary
file that the next publication removes.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import duckdb

from tasks.records import WarehouseError
from warehouse.db import opened


def snapshot_path(warehouse: str | os.PathLike[str]) -> Path:
    """Where the snapshot of a warehouse lives: `monitor.duckdb` -> `monitor.snapshot.duckdb`, beside it."""
    p = Path(warehouse)
    return p.with_name(f"{p.stem}.snapshot{p.suffix or '.duckdb'}")


def publish(warehouse: str | os.PathLike[str], wait_seconds: float = 30.0) -> Path:
    """Copy the warehouse into its snapshot file atomically; returns the snapshot's path."""
    target = snapshot_path(warehouse)
    tmp = target.with_name(f".{target.name}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    with opened(warehouse, read_only=True, wait_seconds=wait_seconds) as con:
        try:
            name = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
            con.execute(f"ATTACH '{_sql_text(tmp)}' AS vzmon_snapshot (READ_WRITE)")
            try:
                con.execute(f'COPY FROM DATABASE "{name}" TO vzmon_snapshot')
            finally:
                con.execute("DETACH vzmon_snapshot")
        except duckdb.Error as exc:
            raise WarehouseError(f"{target}: could not write the snapshot: {exc}") from None
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, target)
    with contextlib.suppress(OSError):  # the rename itself is durable once the folder is synced
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def _sql_text(path: Path) -> str:
    return str(path).replace("'", "''")
