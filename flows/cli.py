"""`vzmon`: the command line. Every command prints something useful for people, and JSON for scripts.

    vzmon run [--config F] [--feed NAME]... [--dry-run] [--no-prefect]   one pass
    vzmon demo                                                            a pass over the bundled sample site
    vzmon analyze < articles.jsonl > results.jsonl                        the scorer's contract
    vzmon sql "SELECT ..." [--csv | --json]                               ad-hoc SQL on the warehouse
    vzmon feeds [--json]                                                  the health of each feed
    vzmon reanalyze [--all]                                               re-run relevance and extraction
    vzmon alerts status | test                                            the Slack outbox
    vzmon serve                                                           the schedules on this machine
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path

import click

from flows.cli_alerts import alerts
from flows.serve import serve
from tasks.config import DEFAULT_BATCH_SIZE, load_config
from tasks.records import MonitorError

DEFAULT_CONFIG = "monitor.toml"


def _fail(exc: Exception) -> None:
    """A clear one-line error and exit 2, never a traceback dump, for the errors we expect."""
    click.echo(f"vzmon: {exc}", err=True)
    sys.exit(2)


@click.group(help=__doc__)
def cli() -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _print_report(report: object) -> None:
    from tasks.report import summary_lines

    for line in summary_lines(report):  # type: ignore[arg-type]
        click.echo(line)


@cli.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="TOML config file")
@click.option("--feed", "feeds", multiple=True, help="only this feed (name or URL); repeatable")
@click.option("--dry-run", is_flag=True, help="fetch and analyse, but load nothing and alert nothing")
@click.option("--no-prefect", is_flag=True, help="call the steps directly, without a Prefect flow run")
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, help="entries per analyse-and-load step")
@click.option("--all", "all_feeds", is_flag=True,
              help="poll every feed now, due or not (feeds named with --feed are always polled)")
def run(config_path: str, feeds: tuple[str, ...], dry_run: bool, no_prefect: bool, batch_size: int,
        all_feeds: bool = False) -> None:
    """Run one pass: fetch, analyse, load, alert. Exit 0 when the pass completed, even if feeds failed.

    Only the feeds that are due are polled (each feed's learnt rhythm, its Cache-Control/Expires/ttl, the
    per-host minimum: docs/scaling.md); --all polls them all, backoff after errors still applies.
    """
    try:
        load_config(config_path)  # fail fast with a clear message, before Prefect starts
        if no_prefect:
            from flows.monitor import monitor_without_prefect as entry
        else:
            from flows.monitor import monitor as entry
        report = entry(config_path=config_path, feeds=list(feeds) or None, dry_run=dry_run,
                       batch_size=batch_size, due_only=not (all_feeds or feeds))
    except MonitorError as exc:
        _fail(exc)
    _print_report(report)


@cli.command()
def analyze() -> None:
    """Read articles as JSON Lines on stdin, write relevance and statements as JSON Lines on stdout."""
    from flows.analyze import analyze_stream
    from tasks.analysis import Analyzer

    try:
        analyzer = Analyzer.load()
    except MonitorError as exc:
        _fail(exc)
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    analyze_stream(sys.stdin, sys.stdout, sys.stderr, analyzer)


def _warehouse_path(config_path: str, warehouse: str | None) -> str:
    if warehouse:
        return warehouse
    if os.environ.get("VZMON_WAREHOUSE"):
        return os.environ["VZMON_WAREHOUSE"]
    if Path(config_path).exists():
        return load_config(config_path).warehouse.path
    return "data/monitor.duckdb"


def _emit(columns: list[str], rows: list[tuple[object, ...]], fmt: str) -> None:
    from flows import render

    if fmt == "csv":
        click.echo(render.to_csv(columns, rows))
    elif fmt == "json":
        if rows:
            click.echo(render.to_json_lines(columns, rows))
    else:
        click.echo(render.table(columns, rows))


_FORMAT = [click.option("--csv", "fmt", flag_value="csv", help="CSV with a header line"),
           click.option("--json", "fmt", flag_value="json", help="one JSON object a line"),
           click.option("--table", "fmt", flag_value="table", default=True, help="an aligned table (default)")]


def _formats(f):  # noqa: ANN001, ANN202 - decorator
    for option in reversed(_FORMAT):
        f = option(f)
    return f


@cli.command()
@click.argument("query")
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True)
@click.option("--db", "warehouse", help="DuckDB file (default: the config's warehouse path)")
@click.option("--wait", default=30.0, show_default=True, help="seconds to wait for a running pass's lock")
@click.option("--snapshot", is_flag=True,
              help="read the snapshot published after the last pass (never waits for a running pass)")
@_formats
def sql(query: str, config_path: str, warehouse: str | None, wait: float, fmt: str, snapshot: bool = False) -> None:
    """Run SQL on the warehouse (read-only), e.g. vzmon sql "SELECT * FROM latest_statements LIMIT 5".

    With --snapshot, on the copy the monitor publishes after each pass (<warehouse>.snapshot.duckdb).
    """
    from warehouse.query import run_query
    from warehouse.snapshot import snapshot_path

    try:
        path = _warehouse_path(config_path, warehouse)
        if snapshot:
            path = str(snapshot_path(path))
            if not Path(path).exists():
                raise MonitorError(f"{path}: no snapshot yet (the monitor publishes one after each pass)")
        result = run_query(path, query, wait_seconds=wait)
    except MonitorError as exc:
        _fail(exc)
    _emit(result.columns, result.rows, fmt)


@cli.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True)
@click.option("--db", "warehouse", help="DuckDB file (default: the config's warehouse path)")
@_formats
def feeds(config_path: str, warehouse: str | None, fmt: str) -> None:
    """The health of each feed: last status, consecutive errors, last error, backoff."""
    from warehouse.query import run_query

    try:
        result = run_query(_warehouse_path(config_path, warehouse), "SELECT * FROM feed_health")
    except MonitorError as exc:
        _fail(exc)
    _emit(result.columns, result.rows, fmt)


@cli.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True)
@click.option("--all", "everything", is_flag=True, help="every article, not only those of older versions")
@click.option("--no-alerts", is_flag=True, help="do not queue alerts for statements found only now")
def reanalyze(config_path: str, everything: bool, no_alerts: bool) -> None:
    """Re-run relevance and extraction over stored articles after the rules (or topic files) changed."""
    from tasks.analysis import Analyzer
    from warehouse.db import opened
    from warehouse.reanalyze import reanalyze_warehouse

    try:
        cfg = load_config(config_path)
        analyzer = Analyzer.load(cfg.topic_path, cfg.actors_path)
        with opened(cfg.warehouse.path, wait_seconds=cfg.warehouse.lock_wait_seconds) as con:
            counts = reanalyze_warehouse(con, analyzer, everything=everything, queue_alerts=not no_alerts)
    except MonitorError as exc:
        _fail(exc)
    click.echo(f"reanalyzed {counts.articles} articles with {analyzer.version}: "
               f"{counts.added} statements added, {counts.removed} replaced or removed, "
               f"{counts.alerts_queued} new alerts queued")


def _free_port(preferred: int) -> int:
    """`preferred` when it can be bound (a fixed port keeps the demo's feed URLs, and so its ETags, stable)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server itself will (TIME_WAIT is fine)
        try:
            s.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            return 0


@cli.command()
@click.option("--data", "data_dir", default="data", show_default=True, help="folder for the demo's files")
@click.option("--port", default=8765, show_default=True, help="port of the sample site on 127.0.0.1")
@click.option("--no-prefect", is_flag=True, help="call the steps directly, without a Prefect flow run")
def demo(data_dir: str, port: int, no_prefect: bool) -> None:
    """Serve the bundled sample feeds on 127.0.0.1 and run one pass against them into data/demo.duckdb."""
    from flows.demo import DemoSite

    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    config_path = data / "demo.toml"
    with DemoSite(port=_free_port(port)) as site:
        config_path.write_text(site.config_toml("demo.duckdb"), encoding="utf-8")
        click.echo(f"sample site on {site.base} ({len(site.feeds())} feeds); config {config_path}")
        if not no_prefect:
            click.echo("starting a Prefect flow run (the first run starts a temporary Prefect server: ~15 s)")
        ctx = click.get_current_context()
        ctx.invoke(run, config_path=str(config_path), feeds=(), dry_run=False, no_prefect=no_prefect,
                   batch_size=DEFAULT_BATCH_SIZE, all_feeds=True)  # one host serves every sample feed
    db = data / "demo.duckdb"
    from warehouse.query import run_query

    latest = run_query(db, "SELECT speaker, kind, cue, left(quote, 70) AS quote, outlet "
                           "FROM latest_statements LIMIT 12")
    click.echo("\nLatest statements in " + str(db) + ":")
    _emit(latest.columns, latest.rows, "table")
    vz = _command_name()
    click.echo(f"\nAsk your own questions, for example:\n"
               f"  {vz} sql --db {db} \"SELECT speaker, count(*) FROM statements GROUP BY 1 ORDER BY 2 DESC\"\n"
               f"  {vz} sql --db {db} \"SELECT * FROM statements_by_speaker\"\n"
               f"  {vz} feeds --db {db}")


def _command_name() -> str:
    """How the reader can run vzmon again: `vzmon` when it is on PATH, else the path it was run by
    (after `make demo` it lives in .venv/bin, which a fresh shell does not have on PATH)."""
    if shutil.which("vzmon") or not sys.argv or not sys.argv[0].endswith("vzmon"):
        return "vzmon"
    return os.path.relpath(sys.argv[0])


cli.add_command(alerts)
cli.add_command(serve)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
