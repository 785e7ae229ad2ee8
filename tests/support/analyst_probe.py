"""An analyst in another process: opens the warehouse read-only every 50 ms (with `vzmon sql`'s 2 s wait)
while a pass runs, and reports how long each open waited and how many gave up. Used by the delivery test
and by bench/hostile.py, so both measure the same thing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SCRIPT = """
import json, sys, time
sys.path.insert(0, {root!r})
from warehouse.db import connect
from tasks.records import WarehouseBusy
waits, gave_up = [], 0
stop = time.monotonic() + {seconds}
while time.monotonic() < stop:
    t0 = time.monotonic()
    try:
        connect({db!r}, read_only=True, wait_seconds=2.0).close()
        waits.append(time.monotonic() - t0)
    except WarehouseBusy:
        gave_up += 1
    time.sleep(0.05)
print(json.dumps({{"waits": waits, "gave_up": gave_up}}))
"""


def start(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Start probing `db` for `seconds` in a child process."""
    return subprocess.Popen([sys.executable, "-c", _SCRIPT.format(root=str(ROOT), db=str(db), seconds=seconds)],
                            stdout=subprocess.PIPE, text=True)


def result(probe: subprocess.Popen[str], seconds: float) -> dict[str, object]:
    """{"waits": [seconds per open], "gave_up": opens that waited past 2 s}."""
    out, _ = probe.communicate(timeout=seconds + 60)
    return json.loads(out)
