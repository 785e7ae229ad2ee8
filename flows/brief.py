"""The daily brief as a Prefect flow: the HTML page written to a file, the same brief as a Markdown artifact.

Deployed daily by prefect.yaml (`brief/daily`); `vzmon brief` writes the same page from the command
line. The flow only reads the warehouse (read-only, waiting for a pass's short lock), so it can run at
any time beside the monitor's passes.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from tasks.brief import Brief, parse_period, render_html, render_markdown
from tasks.config import load_config
from warehouse.brief import read_brief


@task(cache_policy=NO_CACHE)
def read(config_path: str, since: str, chart_weeks: int) -> Brief:
    """The period's statements, speakers and outlets from the config's warehouse."""
    cfg = load_config(config_path)
    return read_brief(cfg.warehouse.path, parse_period(since), chart_weeks=chart_weeks,
                      wait_seconds=cfg.warehouse.lock_wait_seconds)


@task(cache_policy=NO_CACHE)
def write_page(brief: Brief, out: str) -> str:
    """Write the self-contained HTML page; returns its absolute path."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(brief), encoding="utf-8")
    return str(path.resolve())


@task(cache_policy=NO_CACHE)
def publish(brief: Brief, page: str) -> str:
    """The brief as a Markdown artifact of this flow run (key `daily-brief`); returns the artifact id."""
    markdown = render_markdown(brief) + f"\nThe page with the chart: `{page}`\n"
    return str(create_markdown_artifact(key="daily-brief", markdown=markdown,
                                        description=f"Brief for {brief.period.label}"))


@flow(name="brief")
def daily_brief(config_path: str = "monitor.toml", since: str = "24h", out: str = "data/brief.html",
                chart_weeks: int = 8) -> dict[str, int]:
    """The brief of the last `since` (24h, 7d...): an HTML page at `out` and a Markdown artifact.

    Parameters: `config_path` (its warehouse is read), `since` (the period before now), `out` (the HTML
    file, relative to the checkout), `chart_weeks` (history in the chart). Returns the brief's counts.
    """
    brief = read(config_path, since, chart_weeks)
    page = write_page(brief, out)
    publish(brief, page)
    return brief.counts
