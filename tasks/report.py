"""The run report as people read it: a Prefect artifact summary, and a plain-text summary for the CLI.

Problems are grouped by kind and feed with counts (50 unreachable pages of one outlet are one line, not
50), so the summary stays short however many things failed; each problem is still in `runs.errors`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.context import get_run_context
from prefect.exceptions import MissingContextError
from prefect.logging import get_run_logger

from tasks.markdown import md
from tasks.records import RunReport

_PAGE = re.compile(r"^article (?P<url>\S+) \(from (?P<feed>[^)]*)\): (?P<reason>.*?)(?:; using the feed summary)?$")
_URLISH = re.compile(r"https?://\S+")
_NUMBERS = re.compile(r"\b\d+(?:\.\d+)?(?=\s*(?:s|ms|bytes|MiB|KiB)\b)")
ERROR_WIDTH = 100  # characters of a feed's error in the feed table (the whole text is in runs.feed_status)


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """Problems of one kind from one feed with one reason: `count` of them, `example` one of their subjects."""

    kind: str
    feed: str
    reason: str
    count: int
    example: str

    def line(self) -> str:
        if self.kind == "pages":
            noun = "article page" if self.count == 1 else "article pages"
            return (f"{self.count} {noun} from {self.feed}: {self.reason}; using the feed summary "
                    f"(e.g. {self.example})")
        return self.example if self.count == 1 else f"{self.count} x {self.example}"


def group_problems(errors: list[str]) -> list[ProblemGroup]:
    """Page failures grouped by feed and reason (numbers and URLs in reasons generalised); others as they are.

    Largest groups first, then by text, so the summary's order is stable.
    """
    pages: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    others: Counter[str] = Counter()
    for error in errors:
        m = _PAGE.match(error)
        if m:
            reason = _NUMBERS.sub("N", _URLISH.sub("<url>", m["reason"]))
            key = (_feed_label(m["feed"]), reason)
            pages[key] += 1
            examples.setdefault(key, m["url"])
        else:
            others[error] += 1
    groups = [ProblemGroup("pages", feed, reason, n, examples[(feed, reason)]) for (feed, reason), n in pages.items()]
    groups += [ProblemGroup("other", "", "", n, text) for text, n in others.items()]
    return sorted(groups, key=lambda g: (g.kind != "other", -g.count, g.feed, g.reason, g.example))


def _feed_label(feed: str) -> str:
    return urlsplit(feed).netloc or feed if feed.startswith(("http://", "https://")) else feed


def summary_lines(report: RunReport, max_problems: int = 30) -> list[str]:
    """A few lines a person reads after `vzmon run`: what was fetched, found, loaded and what failed."""
    c = report.counts
    checked = c.get("feeds_fetched", 0)
    lines = [
        f"run {report.run_id}{' (dry run: nothing loaded, nothing alerted)' if report.dry_run else ''}",
        f"feeds: {checked} checked, {c.get('feeds_not_modified', 0)} unchanged, {c.get('feeds_failed', 0)} failed, "
        f"{c.get('feeds_malformed', 0)} malformed but read, {c.get('feeds_backing_off', 0)} skipped (backing off)",
        f"entries: {c.get('entries_seen', 0)} seen, {c.get('entries_new', 0)} new"
        + (f" ({c['entries_revised']} of them corrections of stored articles, read again)"
           if c.get("entries_revised") else "") + "; "
        f"pages fetched: {c.get('pages_fetched', 0)}; relevant articles: {c.get('articles_relevant', 0)}",
        f"loaded: {c.get('articles_loaded', 0)} articles, {c.get('statements_loaded', 0)} statements; "
        f"alerts: {c.get('alerts_queued', 0)} queued, {c.get('alerts_sent', 0)} sent, "
        f"{c.get('alerts_muted', 0)} muted, {c.get('alerts_left_queued', 0)} left in the queue"
        + (f", {c['alerts_maybe_sent']} maybe sent (Slack did not confirm in time; not re-sent)"
           if c.get("alerts_maybe_sent") else ""),
    ]
    if c.get("feeds_not_due") or c.get("feeds_waiting_for_host"):
        lines.insert(2, f"schedule: {c.get('feeds_not_due', 0)} feeds not due, "
                        f"{c.get('feeds_waiting_for_host', 0)} waiting for their host (--all polls them now)")
    if c.get("alerts_no_webhook"):
        lines.append("Slack is not configured (no webhook in the environment variable or Secret block named in "
                     "[alerts]): alerts stay queued; see `vzmon alerts status`")
    elif c.get("alerts_disabled"):
        lines.append("alerts are disabled ([alerts] enabled = false): new alerts stay queued")
    if c.get("entries_over_cap"):
        lines.append(f"capped: {c['entries_over_cap']} older entries of {c.get('feeds_over_cap', 0)} feed(s) past "
                     f"fetch.max_entries_per_feed ({report.caps.get('max_entries_per_feed')}) skipped "
                     "(see `vzmon feeds`, entries_skipped)")
    if c.get("articles_capped"):
        caps = report.caps
        lines.append(f"capped: {c['articles_capped']} article(s) cut to the per-article caps (title "
                     f"{caps.get('max_title_chars')}, summary {caps.get('max_summary_chars')}, text "
                     f"{caps.get('max_text_chars')} characters; {caps.get('max_statements_per_article')} statements)"
                     + (f", {c['statements_over_cap']} statements past the cap dropped"
                        if c.get("statements_over_cap") else ""))
    groups = group_problems(report.errors)
    lines += [f"  problem: {g.line()}" for g in groups[:max_problems]]
    if len(groups) > max_problems:
        rest = sum(g.count for g in groups[max_problems:])
        lines.append(f"  ... and {rest} more problems (see the runs table: SELECT errors FROM runs)")
    return lines


def feed_table(report: RunReport) -> list[dict[str, object]]:
    """The per-feed artifact: the key columns only (feed, status, new, error), so it fits a screen."""
    rows = []
    for row in report.feed_status:
        error = str(row.get("error") or "")
        rows.append({"feed": row.get("feed", ""), "status": row.get("status", ""), "new": row.get("new", 0),
                     "error": error if len(error) <= ERROR_WIDTH else error[: ERROR_WIDTH - 1] + "…"})
    return rows


def summary_markdown(lines: list[str]) -> str:
    """The summary artifact: the summary's lines as bullets, text escaped (`<unknown>:28:47` stays visible)."""
    return ("## Monitor pass\n\n" + "\n".join(f"- {md(line.strip())}" for line in lines)
            + "\n\nEvery feed's detail (URL, HTTP status, entries, whole error): `SELECT feed_status FROM runs` "
              "or `vzmon feeds`.\n")


def publish_artifacts(report: RunReport) -> None:
    """Summary, per-feed status and new statements as artifacts of the current flow run (no-op outside one).

    The summary also goes to the run's log, so it reaches the worker's output and `prefect flow-run logs`.
    """
    try:
        get_run_context()
    except MissingContextError:
        return
    key = "monitor"
    lines = summary_lines(report)
    get_run_logger().info("pass summary:\n%s", "\n".join(f"  {line.strip()}" for line in lines))
    create_markdown_artifact(key=f"{key}-summary", markdown=summary_markdown(lines),
                             description="What this pass fetched, found and loaded")
    if report.feed_status:
        create_table_artifact(key=f"{key}-feeds", table=feed_table(report),
                              description="Status of each feed in this pass (detail: vzmon feeds)")
    if report.new_statements:
        create_table_artifact(key=f"{key}-new-statements", table=report.new_statements,
                              description="Statements first loaded by this pass")
