"""Slack alerts on new statements: rules, grouping, Block Kit messages, and delivery from the outbox.

The load step queues one `alerts` row per new statement in the transaction that loads it;
`send_pending_alerts` reads every queued row, mutes what the rules exclude, groups the same quote carried
by several outlets into one alert, builds the messages, posts them and settles the rows. Up to
`digest_threshold` statements get a message each; above it they are paged into digests: grouped by
speaker, in sections of at most 3,000 characters, as few messages as Slack's 50 blocks allow, every
statement in exactly one of them (nothing is "not shown"). With a bot token and `alerts.channel`, a digest
is one parent message in the channel with the pages in its thread (`chat.postMessage` + `thread_ts`;
incoming webhooks cannot thread). Rules, grouping and message building are pure functions; delivery is
in `tasks/slack.py`, the outbox SQL in `warehouse/outbox.py`.

Delivery guarantee. Alerts are delivered at least once, with a duplicate window of one message. A row
leaves `queued` only after Slack has answered for the message that carries it, and it is settled right
then, one message at a time, before the next message is posted. The warehouse is opened for that read
and each settlement only, never while a POST is in flight. A run that crashes or is killed therefore
re-sends, in the next run, at most the one message that was in flight (a digest page counts as one
message); everything acknowledged before stays sent, everything after stays queued. Every POST has an
overall deadline (`alerts.timeout_seconds`). A message sent in full but not answered in time may have been
posted: it is marked `maybe_sent`, never re-sent (a receiver answering after 12 s used to get the same
digest on every pass), and the run stops posting until the next pass. Failures never lose alerts
silently: 5xx answers, network errors, timeouts before the message was sent and 429s leave the alerts
queued (the run stops posting when Slack looks down and the next run carries on), with `attempts` and
`last_error` recorded. An alert becomes `failed` only when Slack refused the message itself (400
invalid_payload), its statement row is missing, or it has used up `max_attempts` POSTs on 5xx/network
errors while Slack accepted other messages in the same run (so the fault is that message, not an
outage). A dead webhook (no_service, channel_is_archived, action_prohibited) stops the run and keeps
everything queued until it is fixed, and is reported loudly. Muted alerts are marked `muted`, with the
rule that muted them in `last_error`.

Safety. Everything that comes from an article or a feed is HTML-unescaped and then escaped for Slack
mrkdwn (`&`, `<`, `>`), so `<!channel>`, `<!here>`, `<@U123>`, `<http://evil|x>` and their
HTML-encoded forms arrive as plain text; only http(s) article links are made links; text is cut to
Slack's limits. The webhook URL and the bot token are never logged, stored or put in an error (see
`tasks/slack.py`).
"""

from __future__ import annotations

import html
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote as percent_encode
from urllib.parse import urlsplit

import duckdb

from tasks.config import AlertConfig
from tasks.records import AlertError, ConfigError
from tasks.slack import MaybeDelivered, MessageRejected, SlackApi, Webhook, WebhookDead, check_url
from warehouse import outbox
from warehouse.outbox import QueuedAlert

log = logging.getLogger(__name__)

# Slack's limits (https://api.slack.com/reference/block-kit/blocks): section text 3,000 characters,
# 50 blocks a message, header text 150. The top-level `text` is only the notification fallback: short.
SECTION_LIMIT = 3000
MAX_BLOCKS = 50
HEADER_LIMIT = 150
FALLBACK_LIMIT = 300
MESSAGE_TEXT_LIMIT = 36_000  # Slack truncates a message past 40,000 characters; a page stays under it
DIGEST_QUOTE_CHARS = 1_500  # a digest item: the quote, up to this, then outlet, kind and time
DIGEST_TOP_SPEAKERS = 10
KIND_LABELS = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}

# Control characters (newline and tab kept) and the invisible/bidi marks that can make text read
# differently from what it is.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f"
_EDGE_CHARS = _QUOTE_MARKS + " .,;:!?\u2026-\u2013\u2014"
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"  # everything else (space, <, >, |, ", non-ASCII) is percent-encoded


# --- mrkdwn ---------------------------------------------------------------------------------------------

def escape_mrkdwn(text: str | None) -> str:
    """Text as inert Slack mrkdwn: HTML entities decoded first, then `&`, `<`, `>` escaped.

    Decoding first is what makes `&lt;!channel&gt;` in an article arrive as the text "<!channel>" rather
    than as a channel ping after Slack decodes it.
    """
    text = _INVISIBLE.sub("", html.unescape(text or ""))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str | None, limit: int) -> str:
    """Escaped `text` of at most `limit` characters, cut with an ellipsis, never inside an `&...;` entity."""
    escaped = escape_mrkdwn(text)
    if len(escaped) <= limit:
        return escaped
    head = escaped[: limit - 1]
    amp = head.rfind("&")
    if amp != -1 and ";" not in head[amp:]:
        head = head[:amp]
    return head + "\u2026"


def safe_url(url: str | None) -> str | None:
    """The URL ready to go inside `<...|...>`, or None when it is not a plain http(s) URL.

    javascript:, data:, mailto: and anything else are refused: Slack would render some of them as links.
    """
    if not url:
        return None
    url = html.unescape(url).strip()
    if len(url) > 2000 or _INVISIBLE.search(url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return percent_encode(url, safe=_URL_SAFE).replace("&", "&amp;")


def link(url: str | None, label: str | None, limit: int = 300) -> str:
    """`<url|label>` for an http(s) URL, else the label alone as text (the link dropped)."""
    text = fit(label, limit) or fit(url, limit)
    target = safe_url(url)
    return f"<{target}|{text}>" if target else text


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT] or " "}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT] or " "}]}


# --- rules ----------------------------------------------------------------------------------------------

def normalise(text: str | None) -> str:
    """Case-, accent-, whitespace- and quote-mark-insensitive form, for matching names and grouping quotes."""
    text = unicodedata.normalize("NFKD", html.unescape(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split()).strip(_EDGE_CHARS)


def mute_reason(alert: QueuedAlert, cfg: AlertConfig) -> str | None:
    """Why the rules hold this alert back, or None to send it.

    Precedence, most specific first: a muted speaker; an always-speaker; a muted side; an always-side;
    then the thresholds (kinds, min_confidence, only_relevant). So `always_speakers` lets a key voice
    through a low confidence or an irrelevant-looking article, and `mute_speakers` beats `always_sides`.
    Speakers match `speaker` or `speaker_canonical`, ignoring case and accents.
    """
    names = {normalise(n) for n in (alert.speaker, alert.speaker_canonical) if n}
    side = normalise(alert.side)
    if names & {normalise(n) for n in cfg.mute_speakers}:
        return "muted: speaker in alerts.mute_speakers"
    if names & {normalise(n) for n in cfg.always_speakers}:
        return None
    if side and side in {normalise(s) for s in cfg.mute_sides}:
        return f"muted: side {alert.side!r} in alerts.mute_sides"
    if side and side in {normalise(s) for s in cfg.always_sides}:
        return None
    if alert.kind not in cfg.kinds:
        return f"muted: kind {alert.kind!r} not in alerts.kinds"
    if (alert.confidence or 0.0) < cfg.min_confidence:
        return f"muted: confidence {alert.confidence or 0.0:.2f} below alerts.min_confidence {cfg.min_confidence}"
    if cfg.only_relevant and not alert.relevant:
        return "muted: article not judged relevant (alerts.only_relevant)"
    return None


# --- grouping -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class AlertGroup:
    """One statement as Slack sees it: the same quote by the same speaker, from one or more outlets."""

    key: tuple[str, str]
    alerts: list[QueuedAlert] = field(default_factory=list)

    @property
    def lead(self) -> QueuedAlert:
        return self.alerts[0]

    @property
    def ids(self) -> list[str]:
        return [a.statement_id for a in self.alerts]


def group_alerts(alerts: list[QueuedAlert]) -> list[AlertGroup]:
    """Group by normalised quote + speaker, keeping the order of first appearance (fewest attempts first)."""
    groups: dict[tuple[str, str], AlertGroup] = {}
    for alert in alerts:
        key = (normalise(alert.speaker_canonical or alert.speaker), normalise(alert.quote))
        groups.setdefault(key, AlertGroup(key)).alerts.append(alert)
    return list(groups.values())


# --- messages -------------------------------------------------------------------------------------------

def _speaker(alert: QueuedAlert) -> str:
    return alert.speaker_canonical or alert.speaker or "Unknown speaker"


def _when(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "time unknown"


def _outlet_line(alert: QueuedAlert) -> str:
    outlet = link(alert.article_url, alert.feed_name or alert.feed_url or "unknown outlet", 150)
    title = fit(alert.title, 200)
    return f"\u2022 {outlet}" + (f" \u2014 {title}" if title else "") + f" \u00b7 {_when(alert.published_at)}"


def _outlets_text(alerts: list[QueuedAlert]) -> str:
    """One line per article carrying the quote, as many as fit in a section, then how many were left out."""
    seen: dict[tuple[str | None, str | None], QueuedAlert] = {}
    for a in alerts:
        seen.setdefault((a.feed_url, a.article_url), a)
    unique = list(seen.values())
    head = "*Reported by:*" if len(unique) == 1 else f"*Reported by {len(unique)} outlets:*"
    lines = [head]
    used = len(head)
    for i, a in enumerate(unique):
        line = _outlet_line(a)
        if used + len(line) + 1 > SECTION_LIMIT - 40:
            lines.append(f"\u2026and {len(unique) - i} more")
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines)


def _footer(parts: list[str], run_id: str | None) -> str:
    if run_id:
        parts.append(f"vzmon run {fit(run_id, 80)}")
    return " \u00b7 ".join(parts)


def statement_message(group: AlertGroup, run_id: str | None = None) -> dict[str, Any]:
    """The Block Kit message for one statement: speaker, quote and kind, outlets with links, time, language."""
    lead = group.lead
    kind = KIND_LABELS.get(lead.kind or "", lead.kind or "statement")
    heading = f"*{fit(_speaker(lead), 200)}*"
    if lead.side:
        heading += f" ({fit(lead.side, 60)})"
    heading += f" \u00b7 {fit(kind, 40)}"
    if lead.speaker and lead.speaker_canonical and normalise(lead.speaker) != normalise(lead.speaker_canonical):
        heading += f" \u00b7 named as \u201c{fit(lead.speaker, 200)}\u201d"
    quote = " ".join((lead.quote or "").split()) or "(no quote text)"
    published = min((a.published_at for a in group.alerts if a.published_at), default=None)
    footer = [f"Published {_when(published)}", f"Language: {fit(lead.language or 'unknown', 20)}"]
    if lead.confidence is not None:
        footer.append(f"Confidence {lead.confidence:.2f}")
    outlets = ", ".join(dict.fromkeys(a.feed_name or a.feed_url or "unknown outlet" for a in group.alerts))
    return {
        "text": fit(f"{_speaker(lead)}: \u201c{quote}\u201d \u2014 {outlets}", FALLBACK_LIMIT),
        "blocks": [
            _section(heading),
            _section("> " + fit(quote, SECTION_LIMIT - 2)),
            _section(_outlets_text(group.alerts)),
            _context(_footer(footer, run_id)),
        ],
    }


def _digest_item(g: AlertGroup) -> str:
    """One statement of a digest: the quote, then where and when (the same quote from several outlets is one
    item, with the count of the others)."""
    lead = g.lead
    quote = " ".join((lead.quote or "").split()) or "(no quote text)"
    more = len({a.feed_url for a in g.alerts}) - 1
    where = link(lead.article_url, lead.feed_name or lead.feed_url or "unknown outlet", 150)
    where += f" (+{more} more)" if more > 0 else ""
    kind = KIND_LABELS.get(lead.kind or "", lead.kind or "statement")
    return f"> {fit(quote, DIGEST_QUOTE_CHARS)}\n{where} \u00b7 {fit(kind, 40)} \u00b7 {_when(lead.published_at)}"


def _speaker_heading(g: AlertGroup, count: int, continued: bool = False) -> str:
    side = f" ({fit(g.lead.side, 60)})" if g.lead.side else ""
    tail = " (continued)" if continued else f" \u2014 {count} statement{'s' if count != 1 else ''}"
    return f"*{fit(_speaker(g.lead), 200)}*{side}{tail}"


def _by_speaker(groups: list[AlertGroup]) -> list[list[AlertGroup]]:
    """Groups gathered by speaker, the most quoted speaker first; each speaker's statements oldest first."""
    by: dict[str, list[AlertGroup]] = {}
    for g in groups:
        by.setdefault(normalise(_speaker(g.lead)), []).append(g)
    ordered = sorted(by.values(), key=lambda gs: (-len(gs), normalise(_speaker(gs[0].lead))))
    return [sorted(gs, key=lambda g: (g.lead.published_at is None, g.lead.published_at or datetime.min))
            for gs in ordered]


@dataclass(slots=True)
class _Section:
    text: str
    groups: list[AlertGroup]


def _sections(groups: list[AlertGroup]) -> list[_Section]:
    """Every statement as a line of a section of at most SECTION_LIMIT characters, grouped by speaker."""
    out: list[_Section] = []
    for speaker_groups in _by_speaker(groups):
        current = _Section(_speaker_heading(speaker_groups[0], len(speaker_groups)), [])
        for g in speaker_groups:
            item = _digest_item(g)
            if current.groups and len(current.text) + 2 + len(item) > SECTION_LIMIT:
                out.append(current)
                current = _Section(_speaker_heading(g, 0, continued=True), [])
            current.text += "\n" + item
            current.groups.append(g)
        out.append(current)
    return out


def _summary(groups: list[AlertGroup], pages: int) -> str:
    n = len(groups)
    speakers = Counter(_speaker(g.lead) for g in groups)
    sides = {_speaker(g.lead): g.lead.side for g in groups}
    outlets = {a.feed_name or a.feed_url for g in groups for a in g.alerts}
    spread = f", in {pages} messages" if pages > 1 else ""
    lines = [f"*{n}* new statements from *{len(speakers)}* speakers in *{len(outlets)}* outlets{spread}. "
             "Top speakers:"]
    for name, count in speakers.most_common(DIGEST_TOP_SPEAKERS):
        side = f" ({fit(sides[name], 60)})" if sides[name] else ""
        lines.append(f"\u2022 {fit(name, 200)}{side} \u2014 {count}")
    return "\n".join(lines)  # at most ~2,900 characters; _section cuts at the limit anyway


def _header(n: int, page: int, pages: int) -> dict[str, Any]:
    text = f"vzmon digest: {n} new statements" + (f" (page {page} of {pages})" if pages > 1 else "")
    return {"type": "header", "text": {"type": "plain_text", "text": text[:HEADER_LIMIT]}}


def digest_pages(groups: list[AlertGroup], run_id: str | None = None, *, summary: bool = True
                 ) -> list[tuple[dict[str, Any], list[AlertGroup]]]:
    """Many statements as few messages, every statement in exactly one of them: (payload, its groups).

    Statements are grouped by speaker (the most quoted first) in sections of at most 3,000 characters;
    a message takes sections until Slack's 50 blocks (or ~36,000 characters) are reached, then the next
    message carries on. The first message opens with the counts and top speakers (`summary=False` leaves
    them out, for replies in a thread under a parent that has them).
    """
    sections = _sections(groups)
    n = len(groups)
    pages: list[list[_Section]] = [[]]
    for sec in sections:
        page = pages[-1]
        fixed = 3 + (2 if summary and len(pages) == 1 else 0)  # header, divider, footer (+ summary, divider)
        chars = sum(len(p.text) for p in page) + len(sec.text)
        if page and (len(page) + 1 + fixed > MAX_BLOCKS or chars > MESSAGE_TEXT_LIMIT):
            pages.append([])
        pages[-1].append(sec)
    out = []
    for i, page in enumerate(pages, start=1):
        blocks: list[dict[str, Any]] = [_header(n, i, len(pages))]
        if summary and i == 1:
            blocks += [_section(_summary(groups, len(pages))), {"type": "divider"}]
        blocks += [_section(sec.text) for sec in page]
        footer = [f"Message {i} of {len(pages)}" if len(pages) > 1 else "All shown",
                  "see `vzmon sql \"SELECT * FROM latest_statements\"`"]
        blocks.append(_context(_footer(footer, run_id)))
        text = f"vzmon digest: {n} new statements" + (f" ({i} of {len(pages)})" if len(pages) > 1 else "")
        out.append(({"text": text, "blocks": blocks}, [g for sec in page for g in sec.groups]))
    return out


def digest_parent(groups: list[AlertGroup], pages: int, run_id: str | None = None) -> dict[str, Any]:
    """The channel message of a threaded digest: counts and top speakers; the statements are its replies."""
    n = len(groups)
    return {"text": f"vzmon digest: {n} new statements (in the thread)",
            "blocks": [_header(n, 1, 1), _section(_summary(groups, pages)),
                       _context(_footer(["Every statement is in this message's thread"], run_id))]}


def sample_message() -> dict[str, Any]:
    """What `vzmon alerts test` posts: a made-up statement through the same builder as real alerts."""
    now = datetime.now(UTC).replace(tzinfo=None)
    alert = QueuedAlert(
        statement_id="test", attempts=0, queued_at=now, found=True, speaker="vzmon",
        speaker_canonical=None, side=None, quote="This is a test message: Slack alerts are set up.",
        kind="direct", language="en", confidence=1.0, article_id=None, article_url=None,
        title="Test message from `vzmon alerts test`", published_at=now, relevant=True, feed_url=None,
        feed_name="vzmon",
    )
    return statement_message(AlertGroup(("test", "test"), [alert]))


# --- delivery -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class AlertReport:
    """What one call did. Counts are alert rows (statements), except `messages` (Slack messages accepted).

    `errors` are for people: they name the failure and what happens next, never the webhook URL.
    """

    sent: int = 0
    muted: int = 0
    failed: int = 0
    maybe_sent: int = 0
    left_queued: int = 0
    messages: int = 0
    digest: bool = False
    threaded: bool = False
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Outgoing:
    payload: dict[str, Any]
    alerts: list[QueuedAlert]

    @property
    def ids(self) -> list[str]:
        return [a.statement_id for a in self.alerts]


def resolve_webhook_url(cfg: AlertConfig) -> str | None:
    """The webhook URL: the environment variable `cfg.webhook_env`, else the Prefect Secret block
    `cfg.secret_block`, else None (alerts not configured: they stay queued).

    Raises AlertError when a Secret block is configured but cannot be read, so a broken secret is not
    mistaken for "alerts not configured". The error names the block, never its value.
    """
    value = os.environ.get(cfg.webhook_env, "").strip() if cfg.webhook_env else ""
    if value:
        return value
    if not cfg.secret_block:
        return None
    try:
        from prefect.blocks.system import Secret

        secret = Secret.load(cfg.secret_block).get()
    except Exception as exc:  # Prefect raises ValueError (no such block), httpx errors (API down), ...
        raise AlertError(f"cannot read the Prefect Secret block {cfg.secret_block!r}: "
                         f"{type(exc).__name__}: {str(exc)[:200]}", retryable=True) from None
    if not isinstance(secret, str):
        raise AlertError(f"the Prefect Secret block {cfg.secret_block!r} does not hold a URL string",
                         retryable=False)
    return secret.strip() or None


def check_alert_settings(cfg: AlertConfig) -> None:
    """Fail fast, before a pass fetches anything, on a webhook URL in the environment that cannot be used
    (`http://[127.0.0.1/...`, a control character): a ConfigError naming the variable, never its value."""
    if not cfg.enabled or not cfg.webhook_env:
        return
    value = os.environ.get(cfg.webhook_env, "").strip()
    if value:
        try:
            check_url(value)
        except WebhookDead as exc:
            raise ConfigError(f"{cfg.webhook_env}: {exc.reason}") from None


def resolve_bot_token(cfg: AlertConfig) -> str | None:
    """The bot token for threaded digests (`cfg.bot_token_env`), or None: the webhook is used alone."""
    return (os.environ.get(cfg.bot_token_env, "").strip() or None) if cfg.bot_token_env else None


Warehouse = duckdb.DuckDBPyConnection | Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


@contextmanager
def _session(db: Warehouse) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for one short read or write: `db` itself, or one opened (and closed) by `db()`."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
    else:
        with db() as con:
            yield con


def send_pending_alerts(db: Warehouse, cfg: AlertConfig, webhook_url: str | None, *,
                        run_id: str | None = None, backoff: float = 0.5, retry_after_cap: float = 30.0,
                        timeout: float | None = None, bot_token: str | None = None) -> AlertReport:
    """Deliver every queued alert (this run's and any an earlier run left), settling each row as Slack answers.

    `db` is an open connection, or a function opening one (the pass gives that: the warehouse is then
    held only to read the queue and to settle each message, never while a POST is in flight, so an
    analyst's `vzmon sql` gets in between). `timeout` is the overall deadline of one POST
    (`cfg.timeout_seconds` when None). `backoff` is the first pause between 5xx/network retries
    (doubling, capped at 8 s); a 429 whose Retry-After is over `retry_after_cap` seconds stops the run
    with the alerts queued. With `bot_token` and `cfg.channel`, a digest is posted as one parent
    message with its statements in the thread (chat.postMessage). See the module docstring.
    """
    report = AlertReport()
    with _session(db) as con:
        alerts = outbox.queued_alerts(con)
        if not cfg.enabled:
            report.left_queued = len(alerts)
            return report
        orphans = [a.statement_id for a in alerts if not a.found]
        if orphans:
            outbox.mark_failed(con, orphans, "statement row not found", posted=False)
        reasons = {a.statement_id: why for a in alerts if a.found and (why := mute_reason(a, cfg))}
        outbox.mark_muted(con, reasons)
    if orphans:
        report.failed += len(orphans)
        report.errors.append(f"{len(orphans)} queued alert(s) have no statement row; marked failed "
                             f"(e.g. {orphans[0]})")
    report.muted = len(reasons)
    pending = [a for a in alerts if a.found and a.statement_id not in reasons]
    report.left_queued = len(pending)
    if not pending:
        return report
    threaded = bool(bot_token and cfg.channel)
    if bot_token and not cfg.channel:
        report.errors.append(f"a bot token is set ({cfg.bot_token_env}) but alerts.channel is not: "
                             "posting through the webhook, without threads")
    if not webhook_url and not threaded:
        report.errors.append(f"no Slack webhook configured ({cfg.webhook_env} or alerts.secret_block): "
                             f"{len(pending)} alert(s) stay queued")
        return report
    groups = group_alerts(pending)
    parent: dict[str, Any] | None = None
    if len(groups) > cfg.digest_threshold:
        report.digest, report.threaded = True, threaded
        pages = digest_pages(groups, run_id, summary=not threaded)
        messages = [_Outgoing(payload, [a for g in page for a in g.alerts]) for payload, page in pages]
        if threaded:
            parent = digest_parent(groups, len(pages), run_id)
    else:
        messages = [_Outgoing(statement_message(g, run_id), g.alerts) for g in groups]
    deadline = cfg.timeout_seconds if timeout is None else timeout
    try:
        sender: Webhook = (SlackApi(cfg.api_url, bot_token or "", cfg.channel, max_per_second=cfg.max_per_second,
                                    timeout=deadline) if threaded else
                           Webhook(webhook_url or "", max_per_second=cfg.max_per_second, timeout=deadline))
    except WebhookDead as exc:
        what = "Slack bot token" if threaded else "Slack webhook"
        report.errors.append(f"{what} unusable: {exc.reason}; {len(pending)} alert(s) stay queued")
        return report
    with sender:
        if parent is not None:
            answer = sender.send(parent, tries=max(1, cfg.max_attempts), backoff=backoff,
                                 retry_after_cap=retry_after_cap)
            ts = (answer.answer or {}).get("ts") if answer.ok else None
            if not ts:
                reason = answer.error.reason if answer.error else "no message ts in Slack's answer"
                report.errors.append(f"the digest's parent message was not posted ({reason}): stopped; "
                                     f"{report.left_queued} alert(s) stay queued for the next run")
                return report
            messages = [_Outgoing({**m.payload, "thread_ts": ts}, m.alerts) for m in messages]
        _deliver(db, sender, messages, cfg, report, backoff=backoff, retry_after_cap=retry_after_cap)
    log.info("alerts: %d sent in %d message(s), %d muted, %d failed, %d maybe sent, %d left queued", report.sent,
             report.messages, report.muted, report.failed, report.maybe_sent, report.left_queued)
    return report


def _deliver(db: Warehouse, hook: Webhook, messages: list[_Outgoing], cfg: AlertConfig,
             report: AlertReport, *, backoff: float, retry_after_cap: float) -> None:
    """Post the messages in order, settling each one's rows as soon as Slack has answered for it."""
    exhausted: list[str] = []
    consecutive_failures = 0
    for out in messages:
        prior = max(a.attempts for a in out.alerts)
        tries = max(1, cfg.max_attempts - prior)  # max_attempts in total across runs, at least one a run
        result = hook.send(out.payload, tries=tries, backoff=backoff, retry_after_cap=retry_after_cap)
        ids = out.ids
        if result.ok:
            with _session(db) as con:
                outbox.mark_sent(con, ids, result.attempts)
            report.sent += len(ids)
            report.left_queued -= len(ids)
            report.messages += 1
            consecutive_failures = 0
            continue
        err = result.error
        assert err is not None
        if isinstance(err, MaybeDelivered):
            # Sent, unanswered: posting it again could post it twice (a slow receiver would get it on every
            # pass). It is marked maybe_sent and never re-sent; the pass stops, the rest wait for the next.
            with _session(db) as con:
                outbox.mark_maybe_sent(con, ids, result.attempts, err.reason)
            report.maybe_sent += len(ids)
            report.left_queued -= len(ids)
            report.errors.append(f"Slack did not confirm the message for {len(ids)} alert(s) (e.g. {ids[0]}): "
                                 f"{err.reason}; marked maybe_sent, not re-sent; stopped, "
                                 f"{report.left_queued} alert(s) stay queued for the next run")
            return
        if isinstance(err, MessageRejected):
            with _session(db) as con:
                outbox.mark_failed(con, ids, err.reason, posted=True)
            report.failed += len(ids)
            report.left_queued -= len(ids)
            report.errors.append(f"Slack refused the message for {len(ids)} alert(s) (e.g. {ids[0]}): "
                                 f"{err.reason}; marked failed")
            continue
        with _session(db) as con:
            outbox.record_attempts(con, ids, result.attempts, err.reason)
        if isinstance(err, WebhookDead):
            report.errors.append(f"SLACK WEBHOOK IS DEAD ({err.reason}): stopped sending; "
                                 f"{report.left_queued} alert(s) stay queued until the webhook in "
                                 f"{cfg.webhook_env} / alerts.secret_block is replaced")
            log.error("alerts: Slack webhook is dead (%s); %d alert(s) stay queued", err.reason,
                      report.left_queued)
            return
        if err.retry_after is not None:
            report.errors.append(f"Slack is rate limiting ({err.reason}, Retry-After {err.retry_after:.0f}s): "
                                 f"stopped; {report.left_queued} alert(s) stay queued for the next run")
            return
        exhausted.extend(a.statement_id for a in out.alerts if a.attempts + result.attempts >= cfg.max_attempts)
        consecutive_failures += 1
        if report.messages == 0 or consecutive_failures >= 2:
            report.errors.append(f"Slack unavailable after {result.attempts} tries ({err.reason}): stopped; "
                                 f"{report.left_queued} alert(s) stay queued for the next run")
            break
        report.errors.append(f"the message for {len(ids)} alert(s) failed after {result.attempts} tries "
                             f"({err.reason}); kept queued, carrying on with the next")
    if exhausted and report.messages:
        # Slack accepted other messages in this run: the fault is these messages, not an outage.
        with _session(db) as con:
            outbox.fail_exhausted(con, exhausted, cfg.max_attempts)
        report.failed += len(exhausted)
        report.left_queued -= len(exhausted)
        report.errors.append(f"{len(exhausted)} alert(s) failed after {cfg.max_attempts} attempts with 5xx or "
                             f"network errors while other messages got through (e.g. {exhausted[0]})")
