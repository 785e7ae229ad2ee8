"""The run report as people read it: a Prefect artifact summary, and a plain-text summary for the CLI."""

from __future__ import annotations

from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.context import get_run_context
from prefect.exceptions import MissingContextError

from tasks.records import RunReport


def summary_lines(report: RunReport) -> list[str]:
    """A few lines a person reads after `vzmon run`: what was fetched, found, loaded and what failed."""
    c = report.counts
    lines = [
        f"run {report.run_id}{' (dry run: nothing loaded, nothing alerted)' if report.dry_run else ''}",
        f"feeds: {c.get('feeds_fetched', 0)} fetched, {c.get('feeds_not_modified', 0)} not modified, "
        f"{c.get('feeds_failed', 0)} failed, {c.get('feeds_malformed', 0)} malformed but read, "
        f"{c.get('feeds_backing_off', 0)} backing off",
        f"entries: {c.get('entries_seen', 0)} seen, {c.get('entries_new', 0)} new; "
        f"pages fetched: {c.get('pages_fetched', 0)}; relevant articles: {c.get('articles_relevant', 0)}",
        f"loaded: {c.get('articles_loaded', 0)} articles, {c.get('statements_loaded', 0)} statements; "
        f"alerts: {c.get('alerts_queued', 0)} queued, {c.get('alerts_sent', 0)} sent, "
        f"{c.get('alerts_muted', 0)} muted, {c.get('alerts_left_queued', 0)} left in the queue",
    ]
    if c.get("feeds_not_due") or c.get("feeds_waiting_for_host"):
        lines.insert(2, f"schedule: {c.get('feeds_not_due', 0)} feeds not due, "
                        f"{c.get('feeds_waiting_for_host', 0)} waiting for their host (--all polls them now)")
    lines += [f"  problem: {e}" for e in report.errors[:50]]
    if len(report.errors) > 50:
        lines.append(f"  ... and {len(report.errors) - 50} more errors (see the runs table)")
    return lines


def publish_artifacts(report: RunReport) -> None:
    """Summary, per-feed status and new statements as artifacts of the current flow run (no-op outside one)."""
    try:
        get_run_context()
    except MissingContextError:
        return
    key = "monitor"
    create_markdown_artifact(
        key=f"{key}-summary",
        markdown="## Monitor pass\n\n" + "\n".join(f"- {line.strip()}" for line in summary_lines(report)),
        description="What this pass fetched, found and loaded",
    )
    if report.feed_status:
        create_table_artifact(key=f"{key}-feeds", table=[{k: ("" if v is None else v) for k, v in row.items()}
                                                         for row in report.feed_status],
                              description="Status of each feed in this pass")
    if report.new_statements:
        create_table_artifact(key=f"{key}-new-statements", table=report.new_statements,
                              description="Statements first loaded by this pass")
