"""Read and write the polling schedule of the feeds (`feed_schedule`, migration 005).

A damaged row (a wrong number of hourly counts, a negative count, NULLs) is reset to "never seen" rather
than failing the pass: the feed is then polled at once and learnt again, which costs one request.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import duckdb

from tasks.schedule import HOURS, Rhythm
from warehouse.db import sql

log = logging.getLogger("vzmon")


def read_rhythms(con: duckdb.DuckDBPyConnection) -> dict[str, Rhythm]:
    """Every stored rhythm by feed URL."""
    out: dict[str, Rhythm] = {}
    for url, host, counts, exposure, newest, hint, source, polled, planned in con.execute(
            sql("schedule_read")).fetchall():
        good = (isinstance(counts, list) and len(counts) == HOURS
                and all(isinstance(c, float) and math.isfinite(c) and c >= 0 for c in counts)
                and isinstance(exposure, float) and math.isfinite(exposure) and exposure >= 0)
        if not good:
            log.warning("feed %s: stored polling rhythm is damaged; learnt again from its next poll", url)
            out[url] = Rhythm(url=url, host=host or url, last_polled_at=polled)
            continue
        hint = hint if isinstance(hint, float) and math.isfinite(hint) and hint > 0 else None
        out[url] = Rhythm(url=url, host=host, hourly=tuple(counts), exposure_days=exposure, newest_entry_at=newest,
                          hint_seconds=hint, hint_source=source if hint else None, last_polled_at=polled,
                          planned_next_at=planned)
    return out


def save_rhythms(con: duckdb.DuckDBPyConnection, rhythms: Sequence[Rhythm]) -> None:
    """Upsert the given rhythms in one statement."""
    if not rhythms:
        return
    con.execute(sql("schedule_upsert"), {
        "url": [r.url for r in rhythms], "host": [r.host for r in rhythms],
        "hourly_counts": [list(r.hourly) for r in rhythms], "exposure_days": [r.exposure_days for r in rhythms],
        "newest_entry_at": [r.newest_entry_at for r in rhythms], "hint_seconds": [r.hint_seconds for r in rhythms],
        "hint_source": [r.hint_source for r in rhythms], "last_polled_at": [r.last_polled_at for r in rhythms],
        "planned_next_at": [r.planned_next_at for r in rhythms],
    })
