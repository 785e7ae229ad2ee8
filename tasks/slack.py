"""Posting to a Slack incoming webhook: one POST per message, answers classified, pace kept, URL kept secret.

Prefect's SlackWebhook block is not used: it swallows failures (we must know whether Slack said "ok"
before marking an alert sent) and posts text as is.

The webhook URL is a credential (anyone holding it can post to the channel). It is never logged, never put
in an exception, never returned: every error text goes through `Webhook.scrub`, exceptions are raised
`from None` (so httpx's own, which may name the URL, are not chained), and while a `Webhook` is open a
filter on the `httpx` logger redacts the request line httpx logs at INFO.

Error families (all `AlertError`, so a caller may catch that alone):

    SlackUnavailable   5xx, network error, 429, a timeout before the message was sent (retryable;
                       `retry_after` is set for 429)
    MaybeDelivered     no answer within the deadline AFTER the whole message was sent: Slack may have
                       posted it. Never retried: a receiver that answers late would get it again each time.
    MessageRejected    400 invalid_payload and other 400s: this message is at fault, resending cannot help
    WebhookDead        no_service, channel_not_found, channel_is_archived, action_prohibited, other 4xx:
                       the webhook itself is unusable until an operator fixes it; nothing will get through

Every POST runs under one overall deadline (`timeout`, 10 s by default): connecting, sending and waiting
for the answer together. httpx's own timeouts are per socket operation, so a receiver that drips a byte
a second, or answers after 12 s, would otherwise hold a pass for minutes. A 2xx status line is Slack's
acknowledgement: the rest of the body is not waited for.

`SlackApi` posts through `chat.postMessage` with a bot token instead, which (unlike a webhook) can reply
in a thread; the token is a secret like the webhook URL.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import logging
import threading
import time
import unicodedata
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


class MaybeDelivered(AlertError):
    """The message was sent in full but no answer came within the deadline: it may have been posted."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, retryable=False)


class MessageRejected(AlertError):
    """Slack refused this message (400 invalid_payload, no_text, ...): resending it unchanged cannot help."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, retryable=False)


class WebhookDead(AlertError):
    """The webhook no longer posts anywhere (no_service, channel_is_archived, action_prohibited, ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, retryable=False)


class WebhookUrlInvalid(WebhookDead):
    """The configured webhook URL cannot even be parsed (a setting to fix, not an answer from Slack)."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """The outcome of sending one message: how many POSTs it took and the last error (None: Slack said ok)."""

    attempts: int
    error: AlertError | None = None
    answer: dict[str, Any] | None = None  # Slack's JSON answer (chat.postMessage: ts, channel)

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


def check_url(url: str) -> tuple[str, str]:
    """(scheme, path) of a usable http(s) URL; WebhookDead, naming the problem but never the value, if not."""
    if not isinstance(url, str) or any(unicodedata.category(c)[0] in "CZ" and c != " " for c in url) \
            or " " in url.strip():
        raise WebhookUrlInvalid("the webhook URL contains spaces or control characters (value hidden)")
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a port that is not a number
        host = parts.hostname
    except ValueError:
        raise WebhookUrlInvalid("the webhook URL is not a valid URL (value hidden)") from None
    if parts.scheme not in ("http", "https") or not host:
        raise WebhookUrlInvalid("the webhook URL is not an http(s) URL (value hidden)")
    return parts.scheme, parts.path


class Webhook:
    """A Slack incoming webhook. Use as a context manager: `with Webhook(url, max_per_second=1) as hook:`.

    `timeout` is the overall deadline of one POST (see the module docstring).
    """

    def __init__(self, url: str, *, max_per_second: float = 1.0, timeout: float = 10.0) -> None:
        _scheme, path = check_url(url)
        self._url = url.strip()
        self.timeout = timeout
        # The secret parts: the whole URL, its path (/services/T…/B…/token) and each long path segment.
        self._secrets = sorted({url, self._url, self._url.rstrip("/"), path,
                                *(s for s in path.split("/") if len(s) >= 8)}, key=len, reverse=True)
        self._secrets = [s for s in self._secrets if s and s != "/"]
        self._pacer = _pacer_for(self._url, max_per_second)
        self._headers = {"Content-Type": "application/json; charset=utf-8"}
        self._runner = asyncio.Runner()
        self._client = httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False)
        self._filter = RedactingFilter(self.scrub)
        logging.getLogger("httpx").addFilter(self._filter)

    def scrub(self, text: str) -> str:
        """`text` with every trace of the webhook URL replaced by `<webhook>`."""
        for secret in self._secrets:
            text = text.replace(secret, "<webhook>")
        return text

    def post(self, payload: dict[str, Any]) -> dict[str, Any]:
        """POST one message, keeping the pace, within the deadline. Returns Slack's answer as a dict when it
        answered 2xx (`{}` for a webhook, which answers plain "ok"); raises an AlertError otherwise."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._pacer.wait()
        sent: dict[str, Any] = {"body": False, "status": None}

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_body.complete"):
                sent["body"] = True

        async def exchange() -> tuple[int, httpx.Headers, bytes]:
            async with asyncio.timeout(self.timeout):
                async with self._client.stream("POST", self._url, content=body, headers=self._headers,
                                               extensions={"trace": trace}) as resp:
                    sent["status"] = resp.status_code
                    data = bytearray()
                    async for chunk in resp.aiter_bytes():
                        data += chunk
                        if len(data) > 65536:
                            break
                    return resp.status_code, resp.headers, bytes(data)

        try:
            status, headers, raw = self._runner.run(exchange())
        except (TimeoutError, httpx.TimeoutException) as exc:
            if sent["status"] is not None and 200 <= sent["status"] < 300 and not self.reads_answer:
                return {}  # the 2xx status line is the acknowledgement; a body dripping after it is not awaited
            if sent["body"]:
                raise MaybeDelivered(f"no answer within {self.timeout:g}s after the message was sent "
                                     "(Slack may have posted it)") from None
            raise SlackUnavailable(self.scrub(f"timed out after {self.timeout:g}s before the message was sent "
                                              f"({type(exc).__name__})")) from None
        except httpx.HTTPError as exc:
            if sent["body"]:
                raise MaybeDelivered(self.scrub(f"the connection failed after the message was sent "
                                                f"({type(exc).__name__}: {exc}); Slack may have posted it")
                                     ) from None
            raise SlackUnavailable(self.scrub(f"network error: {type(exc).__name__}: {exc}")) from None
        return self.answer(status, headers, raw)

    reads_answer = False  # a webhook's 2xx is the whole answer; chat.postMessage's body says ok or not

    def answer(self, status: int, headers: httpx.Headers, raw: bytes) -> dict[str, Any]:
        """Classify Slack's answer: {} on success, an AlertError raised otherwise."""
        if 200 <= status < 300:
            return {}
        answer = self.scrub(raw.decode("utf-8", "replace").strip()[:_BODY_CHARS]) or "(empty body)"
        reason = f"HTTP {status} {answer}"
        if status == 429:
            raise SlackUnavailable(reason, retry_after=parse_retry_after(headers.get("Retry-After")))
        if status >= 500:
            raise SlackUnavailable(reason)
        if answer in DEAD_WEBHOOK_ERRORS or status in (401, 403, 404, 410):
            raise WebhookDead(reason)
        if status == 400:
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
                answer = self.post(payload)
                return Delivery(attempts, answer=answer)
            except SlackUnavailable as exc:
                if exc.retry_after is not None and exc.retry_after > retry_after_cap:
                    return Delivery(attempts, exc)
                if attempts >= max(tries, 1):
                    return Delivery(attempts, exc)
                if exc.retry_after is not None:
                    time.sleep(exc.retry_after)  # within the cap, checked above
                else:
                    time.sleep(min(backoff * 2 ** (attempts - 1), BACKOFF_CAP_SECONDS))
            except AlertError as exc:  # rejected, dead, or maybe delivered: never retried
                return Delivery(attempts, exc)

    def close(self) -> None:
        try:
            self._runner.run(self._client.aclose())
        finally:
            self._runner.close()
            logging.getLogger("httpx").removeFilter(self._filter)

    def __enter__(self) -> Webhook:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:  # never show the URL, not even in a debugger or a Prefect parameter dump
        return "Webhook(<hidden>)"


# chat.postMessage answers 200 with {"ok": false, "error": ...}; these mean the token or channel is unusable.
DEAD_API_ERRORS = frozenset({
    "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission",
    "missing_scope", "channel_not_found", "not_in_channel", "is_archived", "team_access_not_granted",
    "ekm_access_denied", "restricted_action", "org_login_required",
})


class SlackApi(Webhook):
    """`chat.postMessage` with a bot token: the only way to reply in a thread (incoming webhooks cannot).

    Same pace, deadline and error families as a webhook. The token and the channel go with every
    payload; the token is scrubbed from every error text like the webhook URL.
    """

    reads_answer = True

    def __init__(self, api_url: str, token: str, channel: str, *, max_per_second: float = 1.0,
                 timeout: float = 10.0) -> None:
        token = token.strip()
        if not token or any(not c.isprintable() or c.isspace() for c in token):
            raise WebhookDead("the Slack bot token is empty or contains spaces or control characters")
        super().__init__(api_url.rstrip("/") + "/chat.postMessage", max_per_second=max_per_second,
                         timeout=timeout)
        self._secrets = sorted({*self._secrets, token}, key=len, reverse=True)
        self._headers = {**self._headers, "Authorization": f"Bearer {token}"}
        self.channel = channel

    def post(self, payload: dict[str, Any]) -> dict[str, Any]:
        return super().post({"channel": self.channel, "unfurl_links": False, **payload})

    def answer(self, status: int, headers: httpx.Headers, raw: bytes) -> dict[str, Any]:
        if not 200 <= status < 300:
            return super().answer(status, headers, raw)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise MaybeDelivered("chat.postMessage answered 200 with no readable JSON (it may have posted)"
                                 ) from None
        if isinstance(data, dict) and data.get("ok") is True:
            return data
        error = str(data.get("error") if isinstance(data, dict) else "unknown")[:_BODY_CHARS]
        reason = self.scrub(f"chat.postMessage: {error}")
        if error == "ratelimited":
            raise SlackUnavailable(reason, retry_after=parse_retry_after(headers.get("Retry-After")))
        if error in DEAD_API_ERRORS:
            raise WebhookDead(reason)
        if error in ("internal_error", "fatal_error", "service_unavailable", "request_timeout"):
            raise SlackUnavailable(reason)
        raise MessageRejected(reason)

    def __repr__(self) -> str:
        return "SlackApi(<hidden>)"
