"""Read what the brief shows from the warehouse (read-only, waiting for a running pass's lock).

The chart covers at least `chart_weeks` weeks before the period's end, per day up to ~9 weeks and per
week beyond, so a daily brief still shows the trend. Only articles judged relevant count, as in the views.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tasks.brief import Brief, BriefStatement, Period
from tasks.chart import SIDE_GROUPS, side_group, statements_chart_svg
from warehouse.db import opened, sql

DAILY_UP_TO = timedelta(days=63)


def read_brief(path: str | Path, period: Period, *, chart_weeks: int = 8, wait_seconds: float = 30.0,
               with_chart: bool = True) -> Brief:
    """Everything the brief shows for `period`; `with_chart=False` skips drawing the SVG (for Markdown)."""
    window_start = min(period.start, period.end - timedelta(weeks=chart_weeks))
    unit = "day" if period.end - window_start <= DAILY_UP_TO else "week"
    span = {"start": period.start, "end": period.end}
    with opened(path, read_only=True, wait_seconds=wait_seconds) as con:
        cur = con.execute(sql("brief_statements"), span)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        chart_rows = con.execute(sql("brief_chart"), {"unit": unit, "start": window_start,
                                                      "end": period.end}).fetchall()
        new_speakers = con.execute(sql("brief_new_speakers"), span).fetchall()
        outlets = con.execute(sql("brief_outlets"), span).fetchall()
        seen, relevant = con.execute(sql("brief_articles"), span).fetchone()
    statements = [BriefStatement(speaker=r["speaker"] or "unknown speaker", side=r["side"], kind=r["kind"] or "",
                                 cue=r["cue"] or "", quote=r["quote"] or "", title=r["title"] or "", url=r["url"],
                                 outlet=r["outlet"] or "", published_at=r["published_at"],
                                 published_guessed=bool(r["published_guessed"]))
                  for r in rows]
    totals = {name: 0 for name, _ in SIDE_GROUPS}
    for st in statements:
        totals[side_group(st.side)] += 1
    counts = {"statements": len(statements), "speakers": len({s.speaker for s in statements}),
              "new_speakers": len(new_speakers), "articles": int(relevant or 0), "articles_seen": int(seen or 0),
              "outlets": len(outlets)}
    svg = "".join(statements_chart_svg(chart_rows, window_start, period.end, unit, shape)
                  for shape in ("wide", "narrow")) if with_chart else ""
    return Brief(period=period, generated_at=datetime.now(UTC).replace(tzinfo=None), warehouse=str(path),
                 counts=counts, statements=statements,
                 new_speakers=[(n, s, f, int(c)) for n, s, f, c in new_speakers],
                 outlets=[(o, int(a), int(s)) for o, a, s in outlets], chart_unit=unit, chart_svg=svg,
                 chart_totals={k: v for k, v in totals.items() if v})
