"""`vzmon`: the command line. Every command prints something useful for people, and JSON for scripts.

\b
    vzmon init                                                            write a starter monitor.toml here
    vzmon run [--config F] [--feed NAME]... [--dry-run] [--no-prefect]   one pass
    vzmon demo                                                            a pass over the bundled sample site
    vzmon brief [--since 24h|7d] [--out brief.html]                       the day at a glance, as one HTML page
    vzmon analyze < articles.jsonl > results.jsonl                        the scorer's contract
    vzmon sql "SELECT ..." [--csv | --json]                               ad-hoc SQL on the warehouse
    vzmon feeds [--json]                                                  the health of each feed
    vzmon reanalyze [--all]                                               re-run relevance and extraction
    vzmon alerts status | test                                            the Slack outbox
    vzmon serve                                                           the schedules on this machine

\b
Example:
    vzmon init && vzmon run && vzmon brief --out brief.html
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from flows.cli_alerts import alerts
from flows.cli_common import (
    DEFAULT_CONFIG,
    BadInput,
    Failure,
    choose_warehouse,
    existing_warehouse,
    failures,
    set_verbosity,
)
from flows.serve import serve
from tasks.alerts import check_alert_settings
from tasks.config import DATA_DIR, DEFAULT_BATCH_SIZE, load_config


def _version() -> str:
    try:
        return version("vzmon")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


@click.group(help=__doc__, context_settings={"max_content_width": 120})
@click.version_option(_version(), "--version", prog_name="vzmon", message="%(prog)s %(version)s")
@click.option("-q", "--quiet", "quiet", count=True, help="warnings and errors only; no progress bars")
@click.option("-v", "--verbose", "verbose", count=True, help="debug logs from vzmon and Prefect")
def cli(quiet: int, verbose: int) -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    set_verbosity(verbose - quiet)


def _print_report(report: object) -> None:
    from tasks.report import summary_lines

    for line in summary_lines(report):  # type: ignore[arg-type]
        click.echo(line)


def _pass_without_prefect(config_path: str, feeds: list[str] | None, dry_run: bool, batch_size: int,
                          due_only: bool = False) -> object:
    """A pass with the steps called directly; on a terminal a status line says which step is running."""
    from flows.monitor import run_pass
    from tasks.pipeline import steps
    from tasks.progress import announcing, session

    with session("pass") as step:
        return run_pass(announcing(steps(prefect=False), step), config_path, feeds, dry_run, batch_size, due_only)


@cli.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="TOML config file")
@click.option("--feed", "feeds", multiple=True, help="only this feed (name or URL); repeatable")
@click.option("--dry-run", is_flag=True, help="fetch and analyse, but load nothing and alert nothing")
@click.option("--no-prefect", is_flag=True, help="call the steps directly, without a Prefect flow run")
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, type=int,
              help="entries per analyse-and-load step (1 to 100000)")
@click.option("--all", "all_feeds", is_flag=True,
              help="poll every feed now, due or not (feeds named with --feed are always polled)")
def run(config_path: str, feeds: tuple[str, ...], dry_run: bool, no_prefect: bool, batch_size: int,
        all_feeds: bool = False) -> None:
    """Run one pass: fetch, analyse, load, alert. Exit 0 when the pass completed, even if feeds failed.

    Only the feeds that are due are polled (each feed's learnt rhythm, its Cache-Control/Expires/ttl, the
    per-host minimum: docs/scaling.md); --all polls them all, backoff after errors still applies.

    \b
    Example:
        vzmon run --config monitor.toml --feed "BBC Mundo" --no-prefect
        vzmon run --all
    """
    if not 1 <= batch_size <= 100_000:
        raise BadInput(f"--batch-size must be between 1 and 100000 (got {batch_size})")
    due_only = not (all_feeds or feeds)
    with failures():
        cfg = load_config(config_path)  # fail fast with a clear message, before Prefect starts
        check_alert_settings(cfg.alerts)
        # Feed names go to the flow, never URLs: flow parameters are stored by Prefect, credentials included.
        selected = cfg.feed_keys(list(feeds))
        if no_prefect:
            report = _pass_without_prefect(config_path, selected, dry_run, batch_size, due_only)
        else:
            from flows.monitor import monitor

            report = monitor(config_path=config_path, feeds=selected, dry_run=dry_run, batch_size=batch_size,
                             due_only=due_only)
    _print_report(report)


@cli.command()
@click.option("--path", "target", default=DEFAULT_CONFIG, show_default=True, type=click.Path(dir_okay=False),
              help="where to write the config")
@click.option("--force", is_flag=True, help="overwrite an existing file")
def init(target: str, force: bool) -> None:
    """Write a commented starter config (the shipped outlets) to monitor.toml in this folder.

    A wheel install has no monitor.toml of its own: this is it. Every key is explained in the file;
    edit the feeds, then `vzmon run`.

    \b
    Example:
        vzmon init && vzmon run --no-prefect
    """
    path = Path(target)
    if path.exists() and not force:
        raise BadInput(f"{path} already exists; edit it, or pass --force to replace it with the starter config")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((DATA_DIR / "monitor.toml").read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as exc:
        raise Failure(f"{path}: cannot write the config: {exc.strerror}") from None
    click.echo(f"wrote {path}: {len(load_config(path).feeds)} feeds; the warehouse will be "
               f"{load_config(path).warehouse.path}. Next: {_command_name()} run --config {path}")


@cli.command()
@click.option("--explain", is_flag=True,
              help="add an `explain` object per article: the relevance reason and, per statement, the assembly "
                   "rule that made it, its confidence, the tagger and source features that weighed most")
@click.option("--rules-only", is_flag=True, help="the rule pass alone, without the trained models (for comparison)")
def analyze(explain: bool, rules_only: bool) -> None:
    """Read articles as JSON Lines on stdin, write relevance and statements as JSON Lines on stdout.

    Each input line is {"id", "title", "text", "language"?}; each output line carries the id, the
    relevance decision with its evidence, and the statements found (speaker, speaker_mention,
    speaker_resolved, quote, kind, cue, offsets).

    \b
    Example:
        vzmon analyze < articles.jsonl > results.jsonl
        echo '{"id": "a1", "title": "Talks", "text": "Maduro said the talks would resume."}' \\
            | vzmon analyze --explain
    """
    from flows.analyze import analyze_stream
    from tasks.analysis import RULES, Analyzer

    with failures():
        analyzer = Analyzer.load(attribution_model=RULES if rules_only else None,
                                 relevance_model=RULES if rules_only else None)
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    analyze_stream(sys.stdin, sys.stdout, sys.stderr, analyzer, explain)


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


_CONFIG = click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True,
                       help="TOML config file (for its warehouse path)")
_DB = click.option("--db", "warehouse", help="DuckDB file (default: $VZMON_WAREHOUSE, else the config's path)")


@cli.command()
@click.argument("query")
@_CONFIG
@_DB
@click.option("--wait", default=30.0, show_default=True, help="seconds to wait for a running pass's lock")
@click.option("--allow-files", is_flag=True,
              help="let the query read and write files, e.g. COPY (...) TO 'out.parquet' (off by default)")
@click.option("--snapshot", is_flag=True,
              help="read the snapshot published after the last pass (never waits for a running pass)")
@_formats
def sql(query: str, config_path: str, warehouse: str | None, wait: float, allow_files: bool, fmt: str,
        snapshot: bool = False) -> None:
    """Run SQL on the warehouse: read-only, and no file access unless --allow-files. With --snapshot, on the
    copy the monitor publishes after each pass (<warehouse>.snapshot.duckdb), without waiting for a writer.

    \b
    Example:
        vzmon sql "SELECT speaker, statements FROM statements_by_speaker ORDER BY statements DESC, speaker LIMIT 5"
        vzmon sql --db data/demo.duckdb "SELECT * FROM daily_counts ORDER BY day" --csv
        vzmon sql --snapshot "SELECT count(*) FROM statements"
        vzmon sql --allow-files "COPY (SELECT * FROM statements ORDER BY statement_id) TO 'statements.parquet'"
    """
    from warehouse.query import run_query
    from warehouse.snapshot import snapshot_path

    if snapshot:
        with failures():
            path = str(snapshot_path(choose_warehouse(config_path, warehouse).path))
        if not Path(path).exists():
            raise Failure(f"{path}: no snapshot yet (the monitor publishes one after each pass)")
    else:
        path = existing_warehouse(config_path, warehouse)
    with failures():
        result = run_query(path, query, wait_seconds=wait, allow_files=allow_files)
    _emit(result.columns, result.rows, fmt)


@cli.command()
@_CONFIG
@_DB
@_formats
def feeds(config_path: str, warehouse: str | None, fmt: str) -> None:
    """The health of each feed: last status, consecutive errors, last error, backoff.

    \b
    Example:
        vzmon feeds --db data/demo.duckdb --json
    """
    from warehouse.query import run_query

    path = existing_warehouse(config_path, warehouse)
    with failures():
        result = run_query(path, "SELECT * FROM feed_health")
    _emit(result.columns, result.rows, fmt)


@cli.command()
@_CONFIG
@_DB
@click.option("--all", "everything", is_flag=True, help="every article, not only those of older versions")
@click.option("--no-alerts", is_flag=True, help="do not queue alerts for statements found only now")
def reanalyze(config_path: str, warehouse: str | None, everything: bool, no_alerts: bool) -> None:
    """Re-run relevance and extraction over stored articles after the rules (or topic files) changed.

    \b
    Example:
        vzmon reanalyze --all --no-alerts
    """
    from tasks.analysis import Analyzer
    from tasks.progress import bar
    from warehouse.db import opened
    from warehouse.reanalyze import reanalyze_warehouse

    path = existing_warehouse(config_path, warehouse)
    with failures():
        cfg = load_config(config_path) if Path(config_path).exists() else None
        analyzer = Analyzer.load(cfg.topic_path, cfg.actors_path) if cfg else Analyzer.load()
        wait = cfg.warehouse.lock_wait_seconds if cfg else 30.0
        with opened(path, wait_seconds=wait) as con, bar("re-analysing articles", None) as advance:
            counts = reanalyze_warehouse(con, analyzer, everything=everything, queue_alerts=not no_alerts,
                                         progress=advance)
    click.echo(f"reanalyzed {counts.articles} articles with {analyzer.version}: "
               f"{counts.added} statements added, {counts.removed} replaced or removed, "
               f"{counts.alerts_queued} new alerts queued")


@cli.command()
@_CONFIG
@_DB
@click.option("--since", default="24h", show_default=True,
              help="the period: 24h, 7d, 2w ... before --until, or a date (2024-01-30)")
@click.option("--until", "until", default=None, help="end of the period, a date or date-time in UTC [default: now]")
@click.option("--weeks", default=8, show_default=True, type=click.IntRange(1, 520),
              help="weeks of history in the chart")
@click.option("--out", "out", default="brief.html", show_default=True, type=click.Path(dir_okay=False),
              help="the HTML file to write ('-' for stdout)")
@click.option("--markdown", is_flag=True, help="write Markdown (as in the Prefect artifact) instead of HTML")
def brief(config_path: str, warehouse: str | None, since: str, until: str | None, weeks: int, out: str,
          markdown: bool) -> None:
    """The period at a glance: one self-contained HTML page (counts, a chart by side, speakers and quotes).

    Only articles judged relevant count. The page needs no network when viewed: the chart is inline SVG.

    \b
    Example:
        vzmon brief --since 7d --out brief.html
        vzmon brief --db data/demo.duckdb --since 2023-10-01 --until 2024-04-01 --out demo-brief.html
    """
    from tasks.brief import parse_period
    from warehouse.brief import read_brief

    try:
        period = parse_period(since, until)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from None
    path = existing_warehouse(config_path, warehouse)
    with failures():
        data = read_brief(path, period, chart_weeks=weeks)
    _write_brief(data, out, markdown)


def _write_brief(data: object, out: str, markdown: bool) -> None:
    from tasks.brief import render_html, render_markdown

    text = render_markdown(data) if markdown else render_html(data)  # type: ignore[arg-type]
    if out == "-":
        click.echo(text, nl=False)
        return
    try:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise Failure(f"{out}: cannot write the brief: {exc.strerror}") from None
    counts = data.counts  # type: ignore[attr-defined]
    click.echo(f"wrote {out}: {counts['statements']} statements by {counts['speakers']} speakers "
               f"in {counts['articles']} relevant articles, {data.period.label}")  # type: ignore[attr-defined]


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
    """Serve the bundled sample feeds on 127.0.0.1 and run one pass against them into data/demo.duckdb.

    Also writes data/demo-brief.html, the brief of the sample period.

    \b
    Example:
        vzmon demo --no-prefect
    """
    from flows.demo import DEMO_PERIOD, DemoSite

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
    from tasks.brief import parse_period
    from warehouse.brief import read_brief

    page = data / "demo-brief.html"
    since, until = DEMO_PERIOD
    with failures():
        _write_brief(read_brief(db, parse_period(since, until), chart_weeks=8), str(page), markdown=False)
    vz = _command_name()
    click.echo(f"\nAsk your own questions, for example:\n"
               f"  {vz} sql --db {db} \"SELECT speaker, count(*) AS n FROM statements GROUP BY 1 ORDER BY n DESC, 1\"\n"
               f"  {vz} sql --db {db} \"SELECT * FROM statements_by_speaker\"\n"
               f"  {vz} feeds --db {db}\n"
               f"  {vz} brief --db {db} --since {since} --until {until} --out {page}")


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
