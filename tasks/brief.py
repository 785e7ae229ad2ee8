"""The daily brief: the period's statements as one self-contained HTML page, or as Markdown for Prefect.

Pure functions: `parse_period` reads --since/--until, `render_html` and `render_markdown` turn a `Brief`
(read by `warehouse/brief.py`) into text. The HTML page carries its CSS and its chart (inline SVG from
`tasks/chart.py`): it opens from a mail attachment or a shared folder with no network. Everything from
articles is escaped; only http(s) links are linked.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tasks.markdown import md

_SPAN = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) in naive UTC, and how to say it."""

    start: datetime
    end: datetime

    @property
    def label(self) -> str:
        hours = (self.end - self.start).total_seconds() / 3600
        if hours <= 48 and hours == int(hours):
            return f"the {int(hours)} hours to {_when(self.end)}"
        return f"{self.start:%b %-d, %Y} to {self.end:%b %-d, %Y}"


def _parse_time(text: str, what: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} {text!r}: expected a span (24h, 7d, 2w) or a date (2024-01-30)") from None
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def parse_period(since: str, until: str | None = None, now: datetime | None = None) -> Period:
    """--since as a span before --until (24h, 7d, 2w) or a date; --until a date or date-time, default now (UTC)."""
    end = _parse_time(until, "--until") if until else (now or datetime.now(UTC)).replace(tzinfo=None)
    span = _SPAN.match(since)
    start = end - int(span.group(1)) * _UNITS[span.group(2).lower()] if span else _parse_time(since, "--since")
    if start >= end:
        raise ValueError(f"the period is empty: --since {since} is not before --until {_when(end)}")
    return Period(start, end)


@dataclass(frozen=True, slots=True)
class BriefStatement:
    speaker: str
    side: str | None
    kind: str
    cue: str
    quote: str
    title: str
    url: str | None
    outlet: str
    published_at: datetime | None
    published_guessed: bool


@dataclass(frozen=True, slots=True)
class Brief:
    """What the brief shows. Times are naive UTC.

    `chart_svg` holds the chart's `<svg>` elements, a wide and a narrow one (CSS shows one); "" for Markdown.
    """

    period: Period
    generated_at: datetime
    warehouse: str
    counts: dict[str, int]
    statements: list[BriefStatement]
    new_speakers: list[tuple[str, str | None, datetime, int]]  # speaker, side, first seen, statements
    outlets: list[tuple[str, int, int]]  # outlet, relevant articles, statements
    chart_unit: str = "day"
    chart_svg: str = ""
    chart_totals: dict[str, int] = field(default_factory=dict)

    def by_speaker(self) -> list[tuple[str, str | None, list[BriefStatement]]]:
        """Speakers with their statements, most statements first, then by name."""
        groups: dict[str, list[BriefStatement]] = {}
        for st in self.statements:
            groups.setdefault(st.speaker or "unknown speaker", []).append(st)
        ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))
        return [(name, next((s.side for s in items if s.side), None), items) for name, items in ordered]


def _when(t: datetime | None) -> str:
    """'Jan 30, 2024, 10:45 PM UTC' (12-hour clock, as readers of the brief expect)."""
    if t is None:
        return "date unknown"
    return f"{t:%b %-d, %Y, %-I:%M %p} UTC"


def _side(side: str | None) -> str:
    return (side or "").replace("_", " ")


def _link(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


_CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: var(--ink); background: #fafafa; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
p, li, td, th, blockquote { overflow-wrap: anywhere; }
.sub { color: var(--muted); margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.counts li { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .9rem;
             flex: 1 1 8rem; }
.counts b { display: block; font-size: 1.5rem; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart-narrow { display: none; max-width: 34rem; margin: 0 auto; }
@media (max-width: 40rem) { svg.chart-wide { display: none; } svg.chart-narrow { display: block; } }
.side { color: var(--muted); font-weight: normal; font-size: .9rem; }
ol.quotes { list-style: none; padding: 0; margin: 0; }
ol.quotes li { background: #fff; border-left: 4px solid var(--accent); margin: .5rem 0; padding: .5rem .75rem; }
blockquote { margin: 0; }
.meta { color: var(--muted); font-size: .9rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
"""


def render_html(b: Brief) -> str:
    """One self-contained page: no script, no external file, readable from 320 px to a wide screen."""
    e = html.escape
    c = b.counts
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Venezuela talks brief: {e(b.period.label)}</title>", f"<style>{_CSS}</style>", "</head>",
        "<body>", "<main>",
        "<h1>Venezuela negotiations: the brief</h1>",
        f'<p class="sub">{e(b.period.label)} · generated {e(_when(b.generated_at))} from {e(b.warehouse)}</p>',
        '<ul class="counts">',
        f"<li><b>{c['statements']}</b> statements</li>",
        f"<li><b>{c['speakers']}</b> speakers</li>",
        f"<li><b>{c['new_speakers']}</b> new speakers</li>",
        f"<li><b>{c['articles']}</b> relevant articles</li>",
        f"<li><b>{c['outlets']}</b> outlets</li>",
        "</ul>",
        f"<h2>Statements per {e(b.chart_unit)} by side</h2>",
        f"<figure>{b.chart_svg}</figure>",
        '<h2 id="speakers">Who said what</h2>',
    ]
    speakers = b.by_speaker()
    if not speakers:
        parts.append("<p>No statements in relevant articles in this period.</p>")
    for name, side, items in speakers:
        side_text = f' <span class="side">{e(_side(side))}</span>' if side else ""
        n = len(items)
        parts.append(f"<h3>{e(name)}{side_text} <span class=\"side\">· {n} statement{'s' * (n != 1)}</span></h3>")
        parts.append('<ol class="quotes">')
        for st in items:
            quote = f"“{e(st.quote)}”" if st.kind != "indirect" else e(st.quote)
            outlet = e(st.outlet)
            url = _link(st.url)
            source = f'<a href="{e(url)}">{e(st.title or st.outlet)}</a>' if url else e(st.title)
            guessed = " (date of fetch)" if st.published_guessed else ""
            parts.append(f"<li><blockquote>{quote}</blockquote>"
                         f'<div class="meta">{e(st.kind)}, “{e(st.cue)}” · {outlet}: {source} · '
                         f"{e(_when(st.published_at))}{guessed}</div></li>")
        parts.append("</ol>")
    parts.append('<h2 id="new-speakers">New speakers</h2>')
    if b.new_speakers:
        parts.append("<ul>")
        for name, side, first, n in b.new_speakers:
            side_text = f", {e(_side(side))}" if side else ""
            count = f"{n} statement{'s' * (n != 1)}"
            parts.append(f"<li>{e(name)}{side_text}: first quoted {e(_when(first))} · {count}</li>")
        parts.append("</ul>")
    else:
        parts.append("<p>Nobody quoted for the first time in this period.</p>")
    parts.append('<h2 id="outlets">Outlets that covered the talks</h2>')
    if b.outlets:
        parts.append('<table><thead><tr><th>outlet</th><th class="n">articles</th><th class="n">statements</th>'
                     "</tr></thead><tbody>")
        parts += [f'<tr><td>{e(o)}</td><td class="n">{a}</td><td class="n">{s}</td></tr>' for o, a, s in b.outlets]
        parts.append("</tbody></table>")
    else:
        parts.append("<p>No relevant articles in this period.</p>")
    parts += [f'<p class="meta">{c["articles_seen"]} articles seen in the period, {c["articles"]} judged relevant; '
              "only relevant articles count here.</p>", "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def render_markdown(b: Brief, max_quotes: int = 200) -> str:
    """The brief as Markdown for a Prefect artifact: the same sections, the chart as a small table."""
    c = b.counts
    lines = ["# Venezuela negotiations: the brief", "",
             f"{md(b.period.label)} · generated {md(_when(b.generated_at))}",
             "", f"**{c['statements']}** statements · **{c['speakers']}** speakers · **{c['new_speakers']}** new "
             f"speakers · **{c['articles']}** relevant articles · **{c['outlets']}** outlets", ""]
    if b.chart_totals:
        lines += ["## Statements by side", "", "| side | statements |", "|---|---:|"]
        lines += [f"| {md(side)} | {n} |" for side, n in b.chart_totals.items()]
        lines.append("")
    lines += ["## Who said what", ""]
    shown = 0
    for name, side, items in b.by_speaker():
        lines.append(f"### {md(name)}{f' ({md(_side(side))})' if side else ''}: {len(items)}")
        lines.append("")
        for st in items:
            if shown >= max_quotes:
                break
            shown += 1
            url = _link(st.url)
            source = f"[{md(st.outlet)}]({url.replace(')', '%29').replace(' ', '%20')})" if url else md(st.outlet)
            lines.append(f"- {md(st.quote)} ({md(st.kind)}, {source}, {md(_when(st.published_at))})")
        lines.append("")
    if shown < len(b.statements):
        lines += [f"{len(b.statements) - shown} more statements in the HTML brief (`vzmon brief`).", ""]
    lines += ["## New speakers", ""]
    lines += [f"- {md(n)}{f' ({md(_side(s))})' if s else ''}: first quoted {md(_when(f))}"
              for n, s, f, _ in b.new_speakers] or ["Nobody quoted for the first time."]
    lines += ["", "## Outlets", "", "| outlet | articles | statements |", "|---|---:|---:|"]
    lines += [f"| {md(o)} | {a} | {s} |" for o, a, s in b.outlets]
    return "\n".join(lines) + "\n"
