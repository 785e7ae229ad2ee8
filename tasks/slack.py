"""Posting to a Slack incoming webhook: one POST per message, answers classified, pace kept, URL kept secret.

Prefect's SlackWebhook block is not used: it swallows failures (we must know whether Slack said "ok"
before marking an alert sent) and posts text as is.

The webhook URL is a credential (anyone holding it can post to the channel). It is never logged, never put
in an exception, never returned: every error text goes through `Webhook.scrub`, exceptions are raised
`from None` (so httpx's own, which may name the URL, are not chained), and while a `Webhook` is open a
filter on the `httpx` logger redacts the request line httpx logs at INFO.

Error families (all `AlertError`, so a caller may catch that alone):

    SlackUnavailable   5xx, network error, timeout, 429 (retryable; `retry_after` is set for 429)
    MessageRejected    400 invalid_payload and other 400s: this message is at fault, resending cannot help
    WebhookDead        no_service, channel_not_found, channel_is_archived, action_prohibited, other 4xx:
                       the webhook itself is unusable until an operator fixes it; nothing will get through
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

from tasks.records import AlertError
from tasks.redact import RedactingFilter

# Slack's answers (https://api.slack.com/messaging/webhooks#handling_errors) that mean the webhook, not
# the message, is the problem.
DEAD_WEBHOOK_ERRORS = frozenset({
    "no_service", "no_team", "no_active_hooks", "channel_not_found", "channel_is_archived",
    "action_prohibited", "invalid_token", "team_disabled", "posting_to_general_channel_denied",
})
BACKOFF_CAP_SECONDS = 8.0
_BODY_CHARS = 120  # how much of Slack's answer goes into an error text


class SlackUnavailable(AlertError):
    """Slack or the network failed (5xx, timeout, refused connection, 429): try again later."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason, retryable=True, retry_after=retry_after)


class MessageRejected(AlertError):
    """Slack refused this message (400 invalid_payload, no_text, ...): resending it unchanged cannot help."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, retryable=False)


class WebhookDead(AlertError):
    """The webhook no longer posts anywhere (no_service, channel_is_archived, action_prohibited, ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, retryable=False)


@dataclass(frozen=True, slots=True)
class Delivery:
    """The outcome of sending one message: how many POSTs it took and the last error (None: Slack said ok)."""

    attempts: int
    error: AlertError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Pacer:
    """At most `per_second` POST starts a second (0: no limit). Shared by every sender of one webhook."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            time.sleep(start - now)


_PACERS: dict[str, Pacer] = {}
_PACERS_LOCK = threading.Lock()


def _pacer_for(url: str, per_second: float) -> Pacer:
    """One pacer per webhook per process, so back-to-back runs in one worker keep the pace too."""
    key = hashlib.blake2b(url.encode(), digest_size=8).hexdigest()
    with _PACERS_LOCK:
        pacer = _PACERS.get(key)
        if pacer is None or pacer.interval != (1.0 / per_second if per_second > 0 else 0.0):
            pacer = _PACERS[key] = Pacer(per_second)
        return pacer


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Webhook:
    """A Slack incoming webhook. Use as a context manager: `with Webhook(url, max_per_second=1) as hook:`."""

    def __init__(self, url: str, *, max_per_second: float = 1.0, timeout: float = 10.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise WebhookDead("the webhook URL is not an http(s) URL (value hidden)")
        self._url = url
        # The secret parts: the whole URL, its path (/services/T…/B…/token) and each long path segment.
        self._secrets = sorted({url, url.rstrip("/"), parts.path, *(s for s in parts.path.split("/")
                                                                   if len(s) >= 8)}, key=len, reverse=True)
        self._secrets = [s for s in self._secrets if s and s != "/"]
        self._pacer = _pacer_for(url, max_per_second)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False,
                                    headers={"Content-Type": "application/json; charset=utf-8"})
        self._filter = RedactingFilter(self.scrub)
        logging.getLogger("httpx").addFilter(self._filter)

    def scrub(self, text: str) -> str:
        """`text` with every trace of the webhook URL replaced by `<webhook>`."""
        for secret in self._secrets:
            text = text.replace(secret, "<webhook>")
        return text

    def post(self, payload: dict[str, Any]) -> None:
        """POST one message, keeping the pace. Returns when Slack answered 2xx; raises an AlertError otherwise."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._pacer.wait()
        try:
            resp = self._client.post(self._url, content=body)
        except httpx.HTTPError as exc:
            raise SlackUnavailable(self.scrub(f"network error: {type(exc).__name__}: {exc}")) from None
        if 200 <= resp.status_code < 300:
            return
        answer = self.scrub(resp.text.strip()[:_BODY_CHARS]) or "(empty body)"
        reason = f"HTTP {resp.status_code} {answer}"
        if resp.status_code == 429:
            raise SlackUnavailable(reason, retry_after=parse_retry_after(resp.headers.get("Retry-After")))
        if resp.status_code >= 500:
            raise SlackUnavailable(reason)
        if answer in DEAD_WEBHOOK_ERRORS or resp.status_code in (401, 403, 404, 410):
            raise WebhookDead(reason)
        if resp.status_code == 400:
            raise MessageRejected(reason)
        # An answer Slack does not document: do not bet alerts on it, treat the webhook as unusable.
        raise WebhookDead(reason)

    def send(self, payload: dict[str, Any], *, tries: int, backoff: float = 0.5,
             retry_after_cap: float = 30.0) -> Delivery:
        """POST with retries: 5xx/network up to `tries` POSTs with exponential backoff, 429 after Retry-After.

        A 429 whose Retry-After is over `retry_after_cap` seconds is not waited out (the run should stop
        and leave its alerts queued). MessageRejected and WebhookDead are never retried.
        """
        attempts = 0
        while True:
            attempts += 1
            try:
                self.post(payload)
                return Delivery(attempts)
            except SlackUnavailable as exc:
                if exc.retry_after is not None and exc.retry_after > retry_after_cap:
                    return Delivery(attempts, exc)
                if attempts >= max(tries, 1):
                    return Delivery(attempts, exc)
                if exc.retry_after is not None:
                    time.sleep(exc.retry_after)  # within the cap, checked above
                else:
                    time.sleep(min(backoff * 2 ** (attempts - 1), BACKOFF_CAP_SECONDS))
            except AlertError as exc:
                return Delivery(attempts, exc)

    def close(self) -> None:
        self._client.close()
        logging.getLogger("httpx").removeFilter(self._filter)

    def __enter__(self) -> Webhook:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:  # never show the URL, not even in a debugger or a Prefect parameter dump
        return "Webhook(<hidden>)"
