"""A real Slack incoming webhook stand-in on 127.0.0.1, answering the way Slack does.

Default behaviour: validate the JSON like Slack's Block Kit checks (text or blocks present, at most 50
blocks, known block types, section text 1..3000 characters, header text at most 150, context at most 10
elements), answer 200 `ok` and record the message with its arrival time, or 400 `invalid_payload`.
Scripted answers go first: `fail_next(3, status=500)`, `fail_next(1, status=429, retry_after="1")`;
`dead = "no_service"` makes every POST a 404 (or 410/403 for the other dead-webhook errors);
`poison = "text"` answers 500 to every message whose body contains that text (a message Slack chokes on).

Slow receivers: `answer_after = 12` records the message on arrival (Slack posts it) and answers 200 only
12 s later; `drip = True` sends the status line at once and then the body a byte a second.
`bot_token` enables `chat.postMessage` at `api_url` (Bearer token checked, answers `{"ok": true, "ts"}`),
recording `thread_ts` and `channel` with each message, so threaded digests can be checked.

`queue_statement` writes the feed, article, statement and queued alert rows an alert test needs, the way
the load step leaves them.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb

from tests.support.httpserver import LocalServer, Request, Response, drip

SECRET_PATH = "/services/T0VZMON00/B0VZMON00/s3cretWebhookToken0123456789"
API_PATH = "/api/chat.postMessage"
DEAD_STATUS = {"no_service": 404, "channel_is_archived": 410, "action_prohibited": 403}
BLOCK_TYPES = {"section", "header", "context", "divider", "actions", "image", "rich_text"}


@dataclass
class Received:
    """One message Slack would have posted, and when it arrived (time.monotonic)."""

    at: float
    payload: dict[str, Any]

    def texts(self) -> list[str]:
        """Every text string anywhere in the payload (fallback, sections, context elements, header)."""
        out: list[str] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "text" and isinstance(value, str):
                        out.append(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(self.payload)
        return out


def validate(payload: Any) -> str | None:
    """Why Slack would answer invalid_payload, or None when the message is acceptable."""
    if not isinstance(payload, dict):
        return "not an object"
    text, blocks = payload.get("text"), payload.get("blocks")
    if not (isinstance(text, str) and text) and not blocks:
        return "no text or blocks"
    if text is not None and (not isinstance(text, str) or len(text) > 40000):
        return "bad text"
    if blocks is None:
        return None
    if not isinstance(blocks, list) or not 1 <= len(blocks) <= 50:
        return "blocks must be a list of 1..50"
    for block in blocks:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind not in BLOCK_TYPES:
            return f"unknown block type {kind!r}"
        if kind == "section":
            body = block.get("text", {}).get("text")
            if not isinstance(body, str) or not 1 <= len(body) <= 3000:
                return "section text must be 1..3000 characters"
        if kind == "header":
            body = block.get("text", {})
            if body.get("type") != "plain_text" or not 1 <= len(body.get("text", "")) <= 150:
                return "header must be plain_text of 1..150 characters"
        if kind == "context":
            elements = block.get("elements")
            if not isinstance(elements, list) or not 1 <= len(elements) <= 10:
                return "context needs 1..10 elements"
            if any(len(e.get("text", "")) > 3000 for e in elements):
                return "context element text over 3000"
    return None


class SlackReceiver:
    """`with SlackReceiver() as slack:` then pass `slack.webhook_url`; read `slack.received`."""

    def __init__(self) -> None:
        self.server = LocalServer()
        self.server.route(SECRET_PATH, self._handle)
        self.server.route(API_PATH, self._handle_api)
        self.answer_after = 0.0
        self.drip = False
        self.bot_token: str | None = None
        self._ts = 0
        self.received: list[Received] = []
        self.rejected: list[str] = []
        self.posts = 0
        self.post_times: list[float] = []
        self.poison: str | None = None
        self.dead: str | None = None
        self._script: list[Response] = []
        self._lock = threading.Lock()

    @property
    def webhook_url(self) -> str:
        return self.server.url(SECRET_PATH)

    @property
    def api_url(self) -> str:
        return self.server.url("/api")

    def fail_next(self, n: int, status: int = 500, body: bytes = b"internal_error",
                  retry_after: str | None = None) -> None:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        if status == 429 and body == b"internal_error":
            body = b"rate_limited"
        with self._lock:
            self._script.extend(Response(status, body, headers) for _ in range(n))

    def _handle(self, req: Request) -> Response:
        with self._lock:
            self.posts += 1
            self.post_times.append(time.monotonic())
            if self.poison and self.poison.encode() in req.body:
                return Response(500, b"internal_error")
            if self.dead:
                return Response(DEAD_STATUS.get(self.dead, 404), self.dead.encode())
            if self._script:
                return self._script.pop(0)
        try:
            payload = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            payload = None
        problem = validate(payload)
        with self._lock:
            if problem:
                self.rejected.append(problem)
                return Response(400, b"invalid_payload")
            self.received.append(Received(time.monotonic(), payload))
        if self.answer_after:
            self.server._stop.wait(self.answer_after)
        if self.drip:
            return Response(200, drip(b"ok" * 100), chunk_pause=1.0)
        return Response(200, b"ok")

    def _handle_api(self, req: Request) -> Response:
        """chat.postMessage: Bearer token, JSON with channel; answers 200 {"ok": ..., "ts"/"error"}."""
        def answer(**body: object) -> Response:
            return Response(200, json.dumps(body).encode(), {"Content-Type": "application/json"})

        with self._lock:
            self.posts += 1
            self.post_times.append(time.monotonic())
        if not self.bot_token or req.headers.get("authorization") != f"Bearer {self.bot_token}":
            return answer(ok=False, error="invalid_auth")
        try:
            payload = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return answer(ok=False, error="invalid_json")
        if not payload.get("channel"):
            return answer(ok=False, error="channel_not_found")
        problem = validate({k: v for k, v in payload.items() if k in ("text", "blocks")})
        with self._lock:
            if problem:
                self.rejected.append(problem)
                return answer(ok=False, error="invalid_blocks")
            self._ts += 1
            ts = f"1700000000.{self._ts:06d}"
            self.received.append(Received(time.monotonic(), payload))
        return answer(ok=True, channel=payload["channel"], ts=ts)

    def __enter__(self) -> SlackReceiver:
        # LocalServer polls for shutdown every 0.5 s; a faster poll keeps each test's teardown short.
        self.server._thread = threading.Thread(target=self.server.httpd.serve_forever,
                                               kwargs={"poll_interval": 0.02}, daemon=True)
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)


def queue_statement(con: duckdb.DuckDBPyConnection, statement_id: str, *, quote: str = "We will negotiate.",
                    speaker: str = "Jorge Rodríguez", speaker_canonical: str | None = None,
                    side: str | None = "government", kind: str = "direct", confidence: float = 0.9,
                    language: str = "es", feed_url: str = "https://feeds.example.org/a.xml",
                    feed_name: str = "Outlet A", article_url: str | None = None, title: str = "A headline",
                    relevant: bool | None = True, published_at: datetime | None = None,
                    attempts: int = 0, queued_at: datetime | None = None) -> None:
    """Insert one statement with its article, feed and queued alert (feed shared when the URL repeats)."""
    article_id = f"art-{statement_id}"
    published_at = published_at or datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    con.execute("INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT DO NOTHING", [feed_url, feed_name])
    con.execute(
        "INSERT INTO articles (article_id, url, feed_url, title, published_at, relevant, language) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [article_id, article_url or f"https://news.example.org/{statement_id}", feed_url, title, published_at,
         relevant, language])
    con.execute(
        "INSERT INTO statements (statement_id, article_id, speaker, speaker_canonical, side, quote, kind, "
        "language, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [statement_id, article_id, speaker, speaker_canonical, side, quote, kind, language, confidence])
    con.execute("INSERT INTO alerts (statement_id, status, attempts, queued_at) VALUES (?, 'queued', ?, ?)",
                [statement_id, attempts, queued_at or datetime.now(UTC)])


def alert_rows(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, int, str | None]]:
    """statement_id -> (status, attempts, last_error) for every alert."""
    rows = con.execute("SELECT statement_id, status, attempts, last_error FROM alerts").fetchall()
    return {sid: (status, attempts, err) for sid, status, attempts, err in rows}
