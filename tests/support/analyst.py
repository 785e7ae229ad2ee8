"""An analyst's DuckDB session in another process: it holds the warehouse file's lock until told to let go.

DuckDB locks a database file per process: while an analyst has the file open in a `duckdb` shell or a
notebook (read-only or not), a pass cannot open it for writing. The fault tests need that situation for
real, so this starts a separate Python process that connects and keeps the connection until `release()`
(or until `hold_seconds` run out), and reports once it really holds the lock.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import TracebackType

_SCRIPT = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
con.execute("SELECT 42").fetchall()
print("holding", flush=True)
deadline = time.monotonic() + float(sys.argv[3])
import select
while time.monotonic() < deadline:
    ready, _, _ = select.select([sys.stdin], [], [], max(0.0, min(0.05, deadline - time.monotonic())))
    if ready:
        break  # a line or EOF on stdin: let go
con.close()
"""


class Analyst:
    """`with Analyst(db, read_only=True) as analyst:` ... `analyst.release()`; released on exit in any case."""

    def __init__(self, db: Path, *, read_only: bool = False, hold_seconds: float = 60.0) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", _SCRIPT, str(db), "ro" if read_only else "rw",
                                      str(hold_seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "holding":
            _, err = self.proc.communicate(timeout=10)
            raise RuntimeError(f"the analyst could not open {db}: {err}")

    def release(self) -> None:
        """Close the connection (the file lock goes with it) and wait for the process to end."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        self.proc.wait(timeout=10)

    def __enter__(self) -> Analyst:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
