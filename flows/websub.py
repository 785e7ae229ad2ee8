"""WebSub (W3C Recommendation, 2018): feeds that push their new entries, analysed the moment they arrive.

Off unless `[websub] callback_url` is set, because a hub must reach the callback: it has to be a public URL
(a reverse proxy in front of `listen`). When it is, `vzmon serve` also runs a `Subscriber`:

* discovery: each configured feed is fetched once; a `<link rel="hub">` (Atom, or atom:link in RSS) names
  its hub, `<link rel="self">` its topic URL (the feed URL when absent);
* subscription: a POST to the hub (hub.mode=subscribe, hub.topic, hub.callback, hub.secret,
  hub.lease_seconds); the callback URL holds a per-topic id, never the topic itself;
* verification of intent: the hub's GET is answered with hub.challenge only for a topic we asked for in
  that mode (anything else 404); the lease the hub grants is recorded;
* renewal: each subscription is renewed when 80% of its lease has passed (and retried after a failure);
* delivery: a POST whose `X-Hub-Signature` (sha1/sha256/sha384/sha512 HMAC of the body with the topic's
  secret) does not match is ignored (answered 2xx as the spec requires, so a forger learns nothing); a
  matching one is parsed and its new entries analysed, loaded and alerted at once, with the pass's own
  steps (known entries are skipped by id and content hash, so a pushed entry that a poll already loaded,
  or vice versa, is never loaded or alerted twice).

Secrets: the per-topic HMAC secret is derived from VZMON_WEBSUB_SECRET (environment, never stored, never
logged) as HMAC-SHA256(secret, topic), so nothing secret lands in the warehouse or in Prefect.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import feedparser
import httpx

from tasks.config import WebSubSettings
from tasks.records import FeedSource, RunReport, stable_id
from tasks.urls import public_url

log = logging.getLogger("vzmon.websub")
SECRET_ENV = "VZMON_WEBSUB_SECRET"
RENEW_AT = 0.8  # fraction of the lease after which a subscription is renewed
RETRY_SECONDS = 60.0
MAX_BODY = 5 * 1024 * 1024
ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def discover(body: bytes, feed_url: str) -> tuple[str | None, str]:
    """(hub URL or None, topic URL) advertised by a feed document."""
    parsed = feedparser.parse(body)
    hub, topic = None, feed_url
    for link in parsed.feed.get("links", []):
        rel, href = link.get("rel"), link.get("href")
        if rel == "hub" and href and hub is None:
            hub = href
        elif rel == "self" and href:
            topic = href
    return hub, topic


def topic_secret(master: str, topic: str) -> str:
    """The hub.secret of one topic, derived so that it never needs storing (and one leak is one topic)."""
    return hmac.new(master.encode(), topic.encode(), hashlib.sha256).hexdigest()


def signature_ok(header: str | None, body: bytes, secret: str) -> bool:
    """True when X-Hub-Signature ("method=hex") is the HMAC of the body with the secret."""
    if not header or "=" not in header:
        return False
    method, _, given = header.partition("=")
    algo = ALGORITHMS.get(method.strip().lower())
    if algo is None:
        return False
    expected = hmac.new(secret.encode(), body, algo).hexdigest()
    return hmac.compare_digest(expected, given.strip().lower())


@dataclass
class Subscription:
    feed: FeedSource
    hub: str
    topic: str
    key: str  # the callback path segment
    mode: str = "subscribe"  # what we last asked the hub for
    verified: bool = False
    expires_at: float = 0.0  # time.time() when the lease runs out
    renew_at: float = 0.0
    deliveries: int = 0
    rejected: int = 0


@dataclass
class Subscriber:
    """The callback server, the subscriptions and their renewal. `on_entries(feed, body)` analyses a
    verified delivery; `vzmon serve` passes one that runs the pass's steps."""

    settings: WebSubSettings
    secret: str
    on_delivery: Callable[[FeedSource, bytes], Any]
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None
    port: int = 0

    # --- subscribing ---------------------------------------------------------------------------------------

    def add(self, feed: FeedSource, hub: str, topic: str) -> Subscription:
        key = stable_id("websub", topic)
        sub = Subscription(feed=feed, hub=hub, topic=topic, key=key)
        with self._lock:
            self.subscriptions[key] = sub
        return sub

    def callback_for(self, sub: Subscription) -> str:
        return f"{self.settings.callback_url.rstrip('/')}/{sub.key}"

    def request(self, sub: Subscription, mode: str = "subscribe") -> bool:
        """Ask the hub to (un)subscribe; True when it accepted the request (202/204), to be verified."""
        sub.mode = mode
        data = {"hub.mode": mode, "hub.topic": sub.topic, "hub.callback": self.callback_for(sub),
                "hub.lease_seconds": str(self.settings.lease_seconds),
                "hub.secret": topic_secret(self.secret, sub.topic)}
        try:
            resp = httpx.post(sub.hub, data=data, timeout=20.0, trust_env=False)
        except httpx.HTTPError as exc:
            log.warning("websub: %s: hub %s unreachable: %s", sub.feed.name, sub.hub, type(exc).__name__)
            sub.renew_at = time.time() + RETRY_SECONDS
            return False
        if resp.status_code not in (202, 204):
            log.warning("websub: %s: hub %s refused the %s: HTTP %d", sub.feed.name, sub.hub, mode,
                        resp.status_code)
            sub.renew_at = time.time() + RETRY_SECONDS
            return False
        sub.renew_at = time.time() + RETRY_SECONDS  # until the verification sets the lease
        return True

    def renew_due(self, now: float | None = None) -> list[Subscription]:
        """Re-subscribe every subscription whose renewal time has come; returns those renewed."""
        now = time.time() if now is None else now
        due = [s for s in list(self.subscriptions.values()) if s.mode == "subscribe" and s.renew_at <= now]
        for sub in due:
            self.request(sub)
        return due

    # --- the callback server -------------------------------------------------------------------------------

    def start(self) -> Subscriber:
        host, _, port = self.settings.listen.rpartition(":")
        me = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _answer(self, status: int, body: bytes = b"") -> None:
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 - verification of intent
                parts = urlsplit(self.path)
                status, body = me.verify(parts.path.rsplit("/", 1)[-1], parse_qs(parts.query))
                self._answer(status, body)

            def do_POST(self) -> None:  # noqa: N802 - a delivery
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY:
                    self._answer(413)
                    return
                body = self.rfile.read(length)
                status = me.deliver(urlsplit(self.path).path.rsplit("/", 1)[-1], body,
                                    self.headers.get("X-Hub-Signature"))
                self._answer(status)

        self._server = ThreadingHTTPServer((host or "127.0.0.1", int(port or 0)), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
        threading.Thread(target=self._renewals, daemon=True).start()
        return self

    def _renewals(self) -> None:
        while not self._stop.wait(1.0):
            try:
                self.renew_due()
            except Exception as exc:  # a renewal bug must not kill the thread that keeps every lease
                log.warning("websub: renewal failed: %s: %s", type(exc).__name__, exc)

    def stop(self) -> None:
        self._stop.set()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def verify(self, key: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        """Verification of intent: echo the challenge only for a topic and mode we asked for."""
        sub = self.subscriptions.get(key)
        mode = (query.get("hub.mode") or [""])[0]
        topic = (query.get("hub.topic") or [""])[0]
        challenge = (query.get("hub.challenge") or [""])[0]
        if sub is None or topic != sub.topic:
            return 404, b""
        if mode == "denied":
            log.warning("websub: %s: hub %s denied the subscription: %s", sub.feed.name, sub.hub,
                        (query.get("hub.reason") or ["no reason"])[0][:200])
            sub.verified = False
            sub.renew_at = time.time() + RETRY_SECONDS
            return 200, b""
        if mode != sub.mode or not challenge:
            return 404, b""
        lease = (query.get("hub.lease_seconds") or [""])[0]
        seconds = float(lease) if lease.isdigit() else float(self.settings.lease_seconds)
        now = time.time()
        sub.verified = mode == "subscribe"
        sub.expires_at = now + seconds
        sub.renew_at = now + seconds * RENEW_AT
        return 200, challenge.encode()

    def deliver(self, key: str, body: bytes, signature: str | None) -> int:
        """A pushed feed document: analysed at once when its signature holds, else ignored (still 2xx)."""
        sub = self.subscriptions.get(key)
        if sub is None:
            return 404
        if not signature_ok(signature, body, topic_secret(self.secret, sub.topic)):
            sub.rejected += 1
            log.warning("websub: %s: delivery with a missing or wrong X-Hub-Signature ignored", sub.feed.name)
            return 202
        sub.deliveries += 1
        try:
            self.on_delivery(sub.feed, body)
        except Exception as exc:  # one bad push must not stop the server; the next poll catches up
            log.warning("websub: %s: pushed entries not analysed: %s: %s", sub.feed.name, type(exc).__name__, exc)
        return 202


def analyse_pushed(config_path: str) -> Callable[[FeedSource, bytes], RunReport]:
    """The delivery handler `vzmon serve` uses: parse, drop known, analyse, load, alert (the pass's steps)."""
    from tasks import pipeline
    from tasks.parse import parse_document
    from tasks.records import FeedParseError

    def handle(feed: FeedSource, body: bytes) -> RunReport:
        s = pipeline.load_settings.fn(config_path, [feed.url], False)
        now = datetime.now(UTC)
        report = RunReport(run_id=stable_id("websub", feed.url, now.isoformat()), started_at=now)
        try:
            entries = parse_document(body, feed, now).entries
        except FeedParseError as exc:
            log.warning("websub: %s: pushed document unreadable: %s", feed.name, exc.reason)
            return report
        (fresh, revised), part = pipeline.drop_known_entries.fn(s, entries)
        report.add(part)
        if fresh:
            articles, part = pipeline.analyze_entries.fn(s, fresh, revised)
            report.add(part)
            report.add(pipeline.load_batch.fn(s, articles, report.run_id, revised))
        report.add(pipeline.send_alerts.fn(s, report.run_id))
        return report

    return handle


def start_for_config(config_path: str) -> Subscriber | None:
    """Discover hubs among the config's feeds and subscribe; None when WebSub is not configured."""
    from tasks.config import load_config

    cfg = load_config(config_path)
    ws = cfg.websub
    if not ws.callback_url:
        return None
    secret = os.environ.get(ws.secret_env, "")
    if not secret:
        raise ValueError(f"[websub] callback_url is set but {ws.secret_env} is empty: the HMAC secret comes "
                         "from the environment")
    sub = Subscriber(ws, secret, analyse_pushed(config_path)).start()
    for feed in cfg.feeds:
        if public_url(feed.url) != feed.url:
            continue  # a feed with credentials in its URL: the topic would hand them to a third-party hub
        try:
            resp = httpx.get(feed.url, timeout=cfg.fetch.timeout_seconds, trust_env=False,
                             headers={"User-Agent": cfg.fetch.user_agent}, follow_redirects=True)
            hub, topic = discover(resp.content[:MAX_BODY], str(resp.url))
        except httpx.HTTPError:
            continue
        if hub:
            sub.request(sub.add(feed, hub, topic))
    return sub
