"""`vzmon alerts`: look at the Slack outbox, and check the webhook with one test message.

    vzmon alerts status [--config F] [--db FILE] [--json]   queue counts by status, the oldest queued alert
    vzmon alerts test [--config F]                          post one sample message, say what Slack answered

Registered in the main CLI with `cli.add_command(alerts)`. Neither command ever prints the webhook URL:
`test` names where the URL came from (the environment variable or the Secret block), not the URL.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from typing import NoReturn

import click
import duckdb

from tasks.config import load_config
from tasks.records import MonitorError

DEFAULT_CONFIG = "monitor.toml"


def _fail(message: object, code: int = 2) -> NoReturn:
    click.echo(f"vzmon: {message}", err=True)
    sys.exit(code)


def _age(then: datetime, now: datetime) -> str:
    minutes = max(0, int((now - then).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    return f"{days}d {hours}h" if days else f"{hours}h {mins}m" if hours else f"{mins}m"


@click.group()
def alerts() -> None:
    """The Slack alert outbox: `status` shows the queue, `test` checks the webhook."""


@alerts.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="TOML config file")
@click.option("--db", "warehouse", help="DuckDB file (default: the config's warehouse path)")
@click.option("--wait", default=30.0, show_default=True, help="seconds to wait for a running pass's lock")
@click.option("--json", "as_json", is_flag=True, help="one JSON object: counts and oldest queued alert")
def status(config_path: str, warehouse: str | None, wait: float, as_json: bool) -> None:
    """How many alerts are queued, sent, failed and muted, and which one has waited longest."""
    from flows import render
    from warehouse.db import opened
    from warehouse.outbox import outbox_status

    try:
        path = warehouse or load_config(config_path).warehouse.path
        with opened(path, read_only=True, wait_seconds=wait) as con:
            state = outbox_status(con)
    except MonitorError as exc:
        _fail(exc)
    except duckdb.Error as exc:
        _fail(f"{path}: cannot read the alert outbox: {exc}")
    counts = {s: state.counts.get(s, 0) for s in ("queued", "sent", "failed", "muted")} | state.counts
    if as_json:
        click.echo(json.dumps({"warehouse": str(path), "counts": counts, "oldest_queued": state.oldest},
                              default=str, ensure_ascii=False))
        return
    click.echo(f"alerts in {path}")
    click.echo(render.table(["status", "alerts"], list(counts.items())))
    oldest = state.oldest
    if not oldest:
        click.echo("nothing queued")
        return
    queued_at = oldest["queued_at"]
    when = "queued at an unknown time"
    if isinstance(queued_at, datetime):
        now = datetime.now(UTC).replace(tzinfo=None)
        when = f"queued {queued_at:%Y-%m-%d %H:%M} UTC ({_age(queued_at, now)} ago)"
    line = (f"oldest queued: {oldest['statement_id']} by {oldest['speaker'] or 'unknown speaker'}, {when}, "
            f"{oldest['attempts']} attempt(s)")
    if oldest["last_error"]:
        line += f", last error: {oldest['last_error']}"
    click.echo(line)


@alerts.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="TOML config file")
def test(config_path: str) -> None:
    """Post one sample message to the configured webhook and report Slack's answer (exit 1 if refused)."""
    from tasks.alerts import resolve_webhook_url, sample_message
    from tasks.slack import Webhook, WebhookDead, WebhookUrlInvalid

    try:
        cfg = load_config(config_path).alerts
        url = resolve_webhook_url(cfg)
    except MonitorError as exc:
        _fail(exc)
    if not url:
        _fail(f"no Slack webhook configured: set {cfg.webhook_env} or [alerts] secret_block in {config_path}")
    source = f"${cfg.webhook_env}" if os.environ.get(cfg.webhook_env, "").strip() else \
        f"Secret block {cfg.secret_block!r}"
    if not cfg.enabled:
        click.echo(f"note: alerts are disabled in {config_path}; sending the test message anyway")
    try:
        hook = Webhook(url, max_per_second=cfg.max_per_second, timeout=cfg.timeout_seconds)
    except WebhookDead as exc:  # a URL that cannot be parsed is a setting to fix: exit 2
        _fail(f"webhook from {source}: {exc.reason}", code=2 if isinstance(exc, WebhookUrlInvalid) else 1)
    with hook:
        result = hook.send(sample_message(), tries=1)
    if result.error is not None:
        hint = " (the webhook is dead: create a new one in Slack)" if isinstance(result.error, WebhookDead) else ""
        _fail(f"Slack did not accept the test message (webhook from {source}): {result.error.reason}{hint}",
              code=1)
    click.echo(f"Slack accepted the test message (webhook from {source})")
