"""`vzmon serve`: the monitor's schedule on one machine, with no work pool and no worker to run.

Prefect's `serve` registers a deployment of the `monitor` flow on the Prefect API (PREFECT_API_URL: a
self-hosted server or Prefect Cloud) and runs its scheduled and manually triggered runs in subprocesses
of this command. It is the small-install twin of prefect.yaml (work pool + worker): the same flow, the
same "one pass at a time" limit, the same UTC times (every 2 minutes from the hour), and like it each pass
polls only the feeds that are due (tasks/schedule.py).

What a stop does (verified in Prefect 3.9.1, `prefect.runner.Runner`; see docs/deploying.md):
  * SIGTERM or Ctrl-C: a pass still running is cancelled (its flow run ends Cancelled, "Runner is shutting
    down."). Batches it had loaded stay (one transaction each); its `runs` row stays 'running' until the
    next pass closes it as 'interrupted'; feed validators were not saved, so the next pass re-fetches
    and nothing is lost. Then the deployment is PAUSED, which also deletes its future scheduled runs, so
    the UI shows plainly that nothing is serving it.
  * Restart: `vzmon serve` re-registers the deployment unpaused and the schedule resumes from the next
    slot. Slots missed while it was down are not run afterwards (passes are incremental: the next one
    catches up). `kill -9` skips the pause: the server keeps scheduling runs that nobody runs (they go
    Late) until the command is back.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

import click

DEPLOYMENT_NAME = "vzmon-serve"
DEFAULT_INTERVAL_MINUTES = 2
# Interval schedules count from this anchor: every 2 minutes means :00, :02, :04 ... UTC, as the cron.
ANCHOR = datetime(2024, 1, 1, tzinfo=UTC)


def build_schedule(interval_minutes: int | None, cron: str | None):  # noqa: ANN201 - prefect.schedules.Schedule
    """One schedule in UTC: a cron expression, or every N minutes from the hour (default 2)."""
    from prefect.schedules import Cron, Interval

    if interval_minutes is not None and cron:
        raise click.UsageError("give --interval-minutes or --cron, not both")
    if cron:
        try:
            return Cron(cron, timezone="UTC")
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--cron") from None
    minutes = interval_minutes or DEFAULT_INTERVAL_MINUTES
    return Interval(timedelta(minutes=minutes), anchor_date=ANCHOR, timezone="UTC")


def _exit_on_early_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM before Prefect's runner has started (and installed its own handler): just leave."""
    sys.exit(0)


def _sigint_as_sigterm(signum: int, frame: FrameType | None) -> None:
    """Ctrl-C takes SIGTERM's path: Prefect's runner handles SIGTERM itself (cancel the pass, pause, leave),
    while a SIGINT only cancels asyncio's main task, whose shutdown was seen to hang for over 30 s under load.
    (asyncio.run keeps a handler installed before it, so this one stays in force while the runner runs.)"""
    os.kill(os.getpid(), signal.SIGTERM)


@click.command(epilog="On SIGTERM or Ctrl-C a running pass is cancelled (the next pass redoes it) and the "
                      "schedule is paused; running `vzmon serve` again resumes it from the next slot, without "
                      "running the slots missed meanwhile. See docs/deploying.md.")
@click.option("--config", "config_path", default="monitor.toml", show_default=True,
              type=click.Path(dir_okay=False), help="TOML config file (stored as an absolute path)")
@click.option("--interval-minutes", type=click.IntRange(1, 24 * 60), default=None,
              help=f"a pass every N minutes from the hour, UTC [default: {DEFAULT_INTERVAL_MINUTES}]")
@click.option("--cron", default=None, help='a cron expression in UTC instead, e.g. "*/15 * * * *"')
@click.option("--name", default=DEPLOYMENT_NAME, show_default=True,
              help="deployment name on the Prefect API (the flow is 'monitor')")
def serve(config_path: str, interval_minutes: int | None, cron: str | None, name: str) -> None:
    """Run the monitor on a schedule on this machine, until SIGTERM or Ctrl-C (no work pool, no worker).

    Registers the deployment monitor/NAME on the Prefect API in PREFECT_API_URL and runs its passes here,
    at most one at a time (a run due while one is going is cancelled, as with prefect.yaml).

    \b
    Example:
        PREFECT_API_URL=http://127.0.0.1:4200/api vzmon serve --config monitor.toml --interval-minutes 15
    """
    signal.signal(signal.SIGTERM, _exit_on_early_sigterm)
    signal.signal(signal.SIGINT, _sigint_as_sigterm)
    schedule = build_schedule(interval_minutes, cron)
    from flows.cli_common import failures
    from tasks.config import load_config

    with failures():
        load_config(config_path)  # a bad config fails here, once, not in every scheduled run
    from flows.cli_common import Failure
    from flows.websub import start_for_config
    from tasks.records import MonitorError

    try:  # WebSub push, only when [websub] callback_url is set (flows/websub.py)
        subscriber = start_for_config(config_path)
    except (MonitorError, ValueError, OSError) as exc:
        raise Failure(f"websub: {exc}") from None
    if subscriber is not None:
        click.echo(f"vzmon serve: WebSub callbacks on port {subscriber.port}, "
                   f"{len(subscriber.subscriptions)} hub subscription(s) requested", err=True)
    from prefect import serve as prefect_serve
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType
    from prefect.settings import PREFECT_API_URL

    from flows.monitor import monitor

    if not PREFECT_API_URL.value():
        click.echo("vzmon serve: PREFECT_API_URL is not set: serving against a temporary Prefect server that "
                   "lives only as long as this command (see docs/deploying.md)", err=True)
    deployment = monitor.to_deployment(
        name=name,
        schedule=schedule,
        parameters={"config_path": str(Path(config_path).resolve()), "due_only": True},
        concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW),
        # the installed package, not a file path relative to where this command was started
        entrypoint_type=EntrypointType.MODULE_PATH,
        tags=["vzmon"],
        description="vzmon serve: one monitor pass per schedule slot on this machine, one at a time.",
    )
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    try:
        prefect_serve(deployment, pause_on_shutdown=True)
    finally:
        if subscriber is not None:
            subscriber.stop()
        _make_sure_paused(name)
    click.echo(f"vzmon serve: stopped; monitor/{name} is paused until `vzmon serve` runs again", err=True)


def _make_sure_paused(name: str) -> None:
    """Pause the deployment however the runner stopped.

    Prefect's runner pauses on its way out only if the signal found it fully started; a Ctrl-C in its
    first second was seen to leave the schedule active, with runs piling up as Late for nobody. One
    pause here makes "stopped means paused" hold every time (pausing twice is harmless).
    """
    from prefect import get_client

    try:
        with get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name(f"monitor/{name}")
            if not deployment.paused:
                client.pause_deployment(deployment.id)
    except Exception as exc:  # the API is down or the deployment was never registered: say so, exit anyway
        click.echo(f"vzmon serve: could not make sure monitor/{name} is paused: {type(exc).__name__}: {exc}",
                   err=True)
