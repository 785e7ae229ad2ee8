"""`vzmon alerts`: look at the Slack outbox, and check the webhook with one test message.

    vzmon alerts status [--config F] [--db FILE] [--json]   queue counts by status, the oldest queued alert
    vzmon alerts test [--config F]                          post one sample message, say what Slack answered

Registered in the main CLI with `cli.add_command(alerts)`. Neither command ever prints the webhook URL:
`test` names where the URL came from (the environment variable or the Secret block), not the URL.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime

import click

from flows.cli_common import DEFAULT_CONFIG, BadInput, Failure, existing_warehouse, failures
from tasks.config import load_config


def _age(then: datetime, now: datetime) -> str:
    minutes = max(0, int((now - then).total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    return f"{days}d {hours}h" if days else f"{hours}h {mins}m" if hours else f"{mins}m"


@click.group()
def alerts() -> None:
    """The Slack alert outbox: `status` shows the queue, `test` checks the webhook.

    \b
    Example:
        vzmon alerts status --db data/demo.duckdb
    """


@alerts.command()
@click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="TOML config file")
@click.option("--db", "warehouse", help="DuckDB file (default: the config's warehouse path)")
@click.option("--wait", default=30.0, show_default=True, help="seconds to wait for a running pass's lock")
@click.option("--json", "as_json", is_flag=True, help="one JSON object: counts and oldest queued alert")
def status(config_path: str, warehouse: str | None, wait: float, as_json: bool) -> None:
    """How many alerts are queued, sent, failed and muted, and which one has waited longest.

    Queued alerts are split into those the next pass will send and those it will mute under the
    [alerts] rules (e.g. statements of articles not judged relevant), with the reasons. Read-only.

    \b
    Example:
        vzmon alerts status --db data/demo.duckdb --json
    """
    from flows import render
    from tasks.alerts import mute_reason
    from tasks.config import AlertConfig
    from warehouse.db import opened
    from warehouse.outbox import outbox_status, queued_alerts

    path = existing_warehouse(config_path, warehouse)
    with failures():
        cfg = load_config(config_path).alerts if os.path.exists(config_path) else AlertConfig()
        with opened(path, read_only=True, wait_seconds=wait) as con:
            state = outbox_status(con)
            pending = queued_alerts(con)
    to_mute: dict[str, int] = {}
    for alert in pending:
        why = mute_reason(alert, cfg) if alert.found else None
        if why:
            to_mute[why] = to_mute.get(why, 0) + 1
    counts = {s: state.counts.get(s, 0) for s in ("queued", "sent", "failed", "muted")} | state.counts
    will_mute = sum(to_mute.values())
    configured = bool(cfg.secret_block or os.environ.get(cfg.webhook_env, "").strip())
    if as_json:
        click.echo(json.dumps({"warehouse": str(path), "counts": counts, "oldest_queued": state.oldest,
                               "queued_to_send": counts["queued"] - will_mute, "queued_to_mute": to_mute,
                               "slack_configured": configured}, default=str, ensure_ascii=False))
        return
    click.echo(f"alerts in {path}")
    table = [("queued, to send", counts["queued"] - will_mute), ("queued, to mute", will_mute)]
    table += [(k, v) for k, v in counts.items() if k != "queued"]
    click.echo(render.table(["status", "alerts"], table))
    for why, n in sorted(to_mute.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"to mute: {n} ({why.removeprefix('muted: ')})")
    if not configured and counts["queued"]:
        click.echo(f"Slack is not configured (set ${cfg.webhook_env} or [alerts] secret_block): "
                   "queued alerts wait here until it is")
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
    """Post one sample message to the configured webhook and report Slack's answer (exit 1 if refused).

    \b
    Example:
        VZMON_SLACK_WEBHOOK_URL=https://hooks.slack.com/services/... vzmon alerts test
    """
    from tasks.alerts import resolve_webhook_url, sample_message
    from tasks.slack import Webhook, WebhookDead, WebhookUrlInvalid

    with failures():
        cfg = load_config(config_path).alerts
        url = resolve_webhook_url(cfg)
    if not url:
        raise BadInput(f"no Slack webhook configured: set {cfg.webhook_env} or [alerts] secret_block in {config_path}")
    source = f"${cfg.webhook_env}" if os.environ.get(cfg.webhook_env, "").strip() else \
        f"Secret block {cfg.secret_block!r}"
    if not cfg.enabled:
        click.echo(f"note: alerts are disabled in {config_path}; sending the test message anyway")
    try:
        hook = Webhook(url, max_per_second=cfg.max_per_second, timeout=cfg.timeout_seconds)
    except WebhookDead as exc:  # a URL that cannot be parsed is a setting to fix: exit 2
        error = BadInput if isinstance(exc, WebhookUrlInvalid) else Failure
        raise error(f"webhook from {source}: {exc.reason}") from None
    with hook:
        result = hook.send(sample_message(), tries=1)
    if result.error is not None:
        hint = " (the webhook is dead: create a new one in Slack)" if isinstance(result.error, WebhookDead) else ""
        raise Failure(f"Slack did not accept the test message (webhook from {source}): {result.error.reason}{hint}")
    click.echo(f"Slack accepted the test message (webhook from {source})")
