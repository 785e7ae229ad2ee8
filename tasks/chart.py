"""The brief's chart: statements per day (or week) by side, drawn by matplotlib as SVG to inline in a page.

matplotlib's SVG backend draws without a display and embeds nothing external, so the page that holds
the chart needs no network when it is viewed. Text stays text (`svg.fonttype = none`): the browser
renders it in the page's font, and the file is a third of the size of glyphs drawn as paths.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime, timedelta

# Display order and colours (Okabe-Ito, distinguishable with the common colour-vision deficiencies).
SIDE_GROUPS: tuple[tuple[str, str], ...] = (
    ("government", "#D55E00"),
    ("opposition", "#0072B2"),
    ("mediators", "#009E73"),
    ("foreign governments", "#CC79A7"),
    ("others", "#999999"),
)


def side_group(side: str | None) -> str:
    """The chart's five groups: government, opposition, mediators, foreign governments, others."""
    return {"government": "government", "opposition": "opposition", "mediator": "mediators",
            "foreign_government": "foreign governments"}.get(side or "", "others")


def buckets(start: datetime, end: datetime, unit: str) -> list[datetime]:
    """Every day (or Monday-started week) from `start` to `end`, so quiet days show as gaps, not as nothing."""
    step = timedelta(days=7 if unit == "week" else 1)
    first = start.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "week":
        first -= timedelta(days=first.weekday())
    out = []
    while first < end:
        out.append(first)
        first += step
    return out


# Two shapes of the same chart: a wide one for screens, a tall one whose text stays readable at ~360 px.
SHAPES = {"wide": {"figsize": (9, 3.4), "legend_cols": 5, "ticks": 8},
          "narrow": {"figsize": (4.6, 4.2), "legend_cols": 3, "ticks": 4}}


def statements_chart_svg(counts: Sequence[tuple[datetime, str, int]], start: datetime, end: datetime,
                         unit: str, shape: str = "wide") -> str:
    """Stacked bars of statements per `unit` ("day" or "week") by side group, as an `<svg>` element.

    `counts` holds (bucket start, side as stored, statements). The SVG has a viewBox and no fixed size,
    so it scales to its container; each bar is a group with id `<shape>-bar-<side>-<n>`; the element has the
    classes `chart chart-<shape>`.
    """
    look = SHAPES[shape]
    import matplotlib

    matplotlib.use("svg", force=False)  # no display needed; the SVG backend ships with matplotlib
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    days = buckets(start, end, unit)
    index = {d: i for i, d in enumerate(days)}
    series = {name: [0] * len(days) for name, _ in SIDE_GROUPS}
    for bucket, side, n in counts:
        i = index.get(bucket.replace(tzinfo=None))
        if i is not None:
            series[side_group(side)][i] += int(n)

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"vzmon-{shape}", "font.size": 11,
                                "font.family": "sans-serif", "axes.spines.top": False,
                                "axes.spines.right": False}):
        fig, ax = plt.subplots(figsize=look["figsize"], layout="constrained")
        try:
            bottom = [0] * len(days)
            width = 0.8 * (7 if unit == "week" else 1)
            for name, colour in SIDE_GROUPS:
                values = series[name]
                if not any(values):
                    continue
                bars = ax.bar(days, values, width=width, bottom=bottom, color=colour, label=name, align="edge")
                for i, patch in enumerate(bars):  # <g id="bar-government-3"> in the SVG: findable in a page
                    patch.set_gid(f"{shape}-bar-{name.replace(' ', '-')}-{i}")
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            ax.set_xlim(days[0] if days else start, end)
            ax.set_ylabel(f"statements per {unit}")
            ax.yaxis.get_major_locator().set_params(integer=True)
            locator = mdates.AutoDateLocator(maxticks=look["ticks"])
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            ax.grid(axis="y", color="#dddddd", linewidth=0.8)
            ax.set_axisbelow(True)
            if any(bottom):
                fig.legend(loc="outside upper left", frameon=False, ncols=look["legend_cols"], fontsize=10)
            else:
                ax.text(0.5, 0.5, "no statements in these weeks", transform=ax.transAxes, ha="center",
                        color="#666666")
            out = io.StringIO()
            fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
        finally:
            plt.close(fig)
    return _scalable(out.getvalue(), shape)


def _scalable(svg: str, shape: str) -> str:
    """The `<svg>` element alone (no XML prolog or doctype), without fixed width/height: it fills its box."""
    svg = svg[svg.index("<svg"):]
    head_end = svg.index(">")
    head = re.sub(r'\s(width|height)="[^"]*"', "", svg[:head_end])
    return head + f' role="img" aria-label="Statements per period by side" class="chart chart-{shape}"' + svg[head_end:]
