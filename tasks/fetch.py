"""Fetch feeds and article pages over HTTP, within hard limits, one `FetchResult` per URL and never a raise.

Every limit here exists because a server can misbehave in exactly that way:

* an overall deadline per attempt (`asyncio.timeout` around the whole exchange): httpx's own timeout is
  per socket read, so a server dripping one byte a second would otherwise hold a worker for hours;
* a cap on the DECOMPRESSED body, inflated by us in 64 KiB steps: `response.content` (and even
  `aiter_bytes`) inflates a whole network chunk at once, and 2 MB of gzip can inflate to 2 GB;
* redirects followed by hand, with a limit and loop detection, so that every hop is checked;
* for article URLs (which come from third parties), a guard that refuses private, loopback, link-local
  and metadata addresses, checked on the URL and again on the addresses DNS returns, at connect time,
  connecting to the very address that was checked (no DNS-rebinding window);
* Retry-After honoured on 429/503 (slept when short, reported when long), backoff retries on network
  errors and 5xx, a global concurrency bound and a polite per-host bound.

Feeds are chosen by the operator, so they are not guarded; articles are (unless the config allows).
Proxies from the environment are ignored (`trust_env=False`): a proxy would make the address guard check
the proxy instead of the target.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import random
import socket
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from tasks.config import FetchConfig
from tasks.records import FetchResult
from tasks.urls import ip_is_private, is_private_address

# Retry-After values up to this many seconds are slept through; longer ones are reported to the caller.
RETRY_AFTER_SLEEP_CAP = 5.0
RETRY_AFTER_REPORT_CAP = 7 * 24 * 3600.0
BACKOFF_BASE = 0.25
BACKOFF_CAP = 4.0
INFLATE_STEP = 64 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
# Article responses whose media type is one of these are not read at all: they cannot be a web page.
NOT_A_PAGE_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                       "application/octet-stream", "application/x-", "application/vnd.", "application/msword",
                       "multipart/")


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch, with the validators remembered from its last 200 (for a conditional GET)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


class _Refused(Exception):
    """A fetch stopped on purpose (limit, loop, guard); `reason` is what the run report shows."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AddressRefused(_Refused):
    """The address guard refused a host (raised at connect time, through httpx, untouched by it)."""


@dataclass(frozen=True)
class AddressGuard:
    """Refuses private addresses. `exempt` lists (ip, port) pairs that may still be reached: only tests use
    it, to stand a local server in for a public site while still proving every other address is refused."""

    exempt: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    def check_url(self, host: str, port: int) -> str | None:
        """The refusal reason for an IP-literal (or localhost) host, before any connection."""
        if (host, port) in self.exempt or not is_private_address(host):
            return None
        return f"refused: {host} is a private address"

    def check_resolved(self, host: str, port: int, addresses: Iterable[str]) -> str | None:
        """The refusal reason when any address a name resolves to is private (one is enough to be misused)."""
        for address in addresses:
            if (address, port) in self.exempt:
                continue
            if ip_is_private(ipaddress.ip_address(address.split("%", 1)[0])):
                if address == host:
                    return f"refused: {host} is a private address"
                return f"refused: {host} resolves to {address}, a private address"
        return None


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves names itself, checks every address with the guard, then connects to a checked address."""

    def __init__(self, guard: AddressGuard) -> None:
        self._guard = guard
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options: Any = None
                          ) -> httpcore.AsyncNetworkStream:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"DNS lookup failed for {host}: {exc.strerror}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        reason = self._guard.check_resolved(host, port, addresses)
        if reason:
            raise AddressRefused(reason)
        last: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout=timeout,
                                                     local_address=local_address, socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None
                                  ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused("refused: unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def fetch_all(requests: list[FetchRequest], cfg: FetchConfig, *, articles: bool = False,
                    on_result: Callable[[], None] | None = None) -> list[FetchResult]:
    """Fetch every request concurrently; results come back in the same order, errors inside them.

    `on_result()` is called as each fetch ends (a progress bar's advance)."""
    guard = None if (not articles or cfg.allow_private_addresses) else AddressGuard()
    return await fetch_many(requests, cfg, articles=articles, guard=guard, on_result=on_result)


async def fetch_many(requests: list[FetchRequest], cfg: FetchConfig, *, articles: bool,
                     guard: AddressGuard | None, on_result: Callable[[], None] | None = None) -> list[FetchResult]:
    """`fetch_all` with the guard chosen by the caller (tests exempt their local server this way)."""
    if not requests:
        return []
    everyone = asyncio.Semaphore(max(1, cfg.concurrency))
    per_host: dict[str, asyncio.Semaphore] = {}
    headers = {"User-Agent": cfg.user_agent, "Accept": PAGE_ACCEPT if articles else FEED_ACCEPT,
               "Accept-Encoding": "gzip, deflate"}
    async with httpx.AsyncClient(transport=_transport(cfg, guard), headers=headers, follow_redirects=False,
                                 timeout=httpx.Timeout(cfg.timeout_seconds), trust_env=False) as client:

        async def one(request: FetchRequest) -> FetchResult:
            try:
                slot = per_host.setdefault(_host_key(request.url), asyncio.Semaphore(max(1, cfg.per_host)))
                async with slot, everyone:
                    return await _fetch_with_retries(client, request, cfg, articles, guard)
            except Exception as exc:  # the promise is one result per URL, whatever happens
                return _failed(request.url, f"unexpected {type(exc).__name__}: {exc}")
            finally:
                if on_result:
                    on_result()

        return list(await asyncio.gather(*(one(r) for r in requests)))


def _host_key(url: str) -> str:
    """The politeness key of a URL: its host and port (the raw text when the URL does not even split)."""
    try:
        return urlsplit(url).netloc.lower() or url
    except ValueError:
        return url


def _transport(cfg: FetchConfig, guard: AddressGuard | None) -> httpx.AsyncHTTPTransport:
    limits = httpx.Limits(max_connections=max(1, cfg.concurrency),
                          max_keepalive_connections=max(1, cfg.concurrency))
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    if guard is not None:
        # httpx takes no network backend, so the pool it would build is replaced by the same pool with ours.
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            network_backend=_GuardedBackend(guard))
    return transport


def _failed(url: str, reason: str, status: int | None = None, retry_after: float | None = None) -> FetchResult:
    return FetchResult(url=url, fetched_at=datetime.now(UTC), status=status, error=reason,
                       retry_after=retry_after)


async def _fetch_with_retries(client: httpx.AsyncClient, request: FetchRequest, cfg: FetchConfig,
                              articles: bool, guard: AddressGuard | None) -> FetchResult:
    """One request: each attempt under the overall deadline; retries for network errors, 5xx and 429."""
    attempts = int(cfg.retries) + 1
    for attempt in range(attempts):
        last_attempt = attempt == attempts - 1
        try:
            async with asyncio.timeout(cfg.timeout_seconds):
                result = await _exchange(client, request, cfg, articles, guard)
        except (TimeoutError, httpx.TimeoutException):
            # Not retried: a server that was this slow once will be as slow again, and each try costs the
            # whole deadline.
            return _failed(request.url, f"timed out after {cfg.timeout_seconds:g}s")
        except _Refused as exc:
            return _failed(request.url, exc.reason)
        except httpx.InvalidURL as exc:
            return _failed(request.url, f"invalid URL: {exc}")
        except httpx.TransportError as exc:
            if last_attempt:
                return _failed(request.url, _describe(exc))
            await asyncio.sleep(_backoff(attempt))
            continue
        if result.status not in RETRY_STATUSES or last_attempt:
            return result
        if result.retry_after is not None:
            if result.retry_after > RETRY_AFTER_SLEEP_CAP:
                return result
            await asyncio.sleep(result.retry_after)
        elif result.status == 429:
            return result  # asked to slow down without saying how long: not this run
        else:
            await asyncio.sleep(_backoff(attempt))
    raise AssertionError("unreachable: the last attempt always returns")


def _backoff(attempt: int) -> float:
    return min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt) * (0.5 + random.random() / 2)


def _describe(exc: httpx.TransportError) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed: {text}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"protocol error: {text}"
    return f"network error ({type(exc).__name__}): {text}"


async def _exchange(client: httpx.AsyncClient, request: FetchRequest, cfg: FetchConfig, articles: bool,
                    guard: AddressGuard | None) -> FetchResult:
    """Follow redirects by hand to a final response; every hop goes through the guard."""
    url = request.url
    visited = {url}
    conditional = {k: v for k, v in (("If-None-Match", request.etag),
                                     ("If-Modified-Since", request.last_modified)) if v}
    for _hop in range(int(cfg.max_redirects) + 1):
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise _Refused(f"invalid URL: {exc}: {url[:200]}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _Refused(f"refused: not an http(s) URL: {url[:200]}")
        if guard is not None:
            reason = guard.check_url(parts.hostname, port)
            if reason:
                raise _Refused(reason)
        async with client.stream("GET", url, headers=conditional) as response:
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    return _failed(request.url, f"HTTP {status} redirect without a Location header", status)
                target = urlunsplit(urlsplit(urljoin(url, location.strip()))._replace(fragment=""))
                if target in visited:
                    raise _Refused(f"redirect loop: {target} was already visited")
                visited.add(target)
                url = target
                continue
            result = FetchResult(url=request.url, fetched_at=datetime.now(UTC), status=status, final_url=url,
                                 content_type=response.headers.get("content-type"),
                                 etag=response.headers.get("etag") or request.etag,
                                 last_modified=response.headers.get("last-modified") or request.last_modified,
                                 cache_control=response.headers.get("cache-control"),
                                 expires=response.headers.get("expires"), date=response.headers.get("date"))
            if status == 304:
                return result
            if status != 200:
                result.retry_after = _retry_after(response.headers.get("retry-after"))
                wait = f"; retry after {result.retry_after:g}s" if result.retry_after is not None else ""
                result.error = f"HTTP {status} {response.reason_phrase}".rstrip() + wait
                return result
            if articles and _not_a_page(result.content_type):
                result.error = f"not a web page ({result.content_type}); body not downloaded"
                return result
            result.body = await _read_body(response, cfg)
            return result
    raise _Refused(f"too many redirects (more than {cfg.max_redirects})")


def _not_a_page(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media.startswith(NOT_A_PAGE_PREFIXES)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return min(max(0.0, seconds), RETRY_AFTER_REPORT_CAP)


def _mib(n: int) -> str:
    return f"{n / (1 << 20):g} MiB"


async def _read_body(response: httpx.Response, cfg: FetchConfig) -> bytes:
    """The body, decompressed by us in bounded steps, refused as soon as it passes cfg.max_bytes."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = _Inflater(encoding)
    declared = response.headers.get("content-length", "")
    if not inflater.active and declared.isdigit() and int(declared) > cfg.max_bytes:
        raise _Refused(f"body over {_mib(cfg.max_bytes)} (Content-Length {declared})")
    suffix = " after decompression" if inflater.active else ""
    body = bytearray()
    async for raw in response.aiter_raw():
        for piece in inflater.feed(raw):
            body += piece
            if len(body) > cfg.max_bytes:
                raise _Refused(f"body over {_mib(cfg.max_bytes)}{suffix}")
    return bytes(body)


class _Inflater:
    """Content-Encoding decoder whose output comes in INFLATE_STEP pieces, however dense the input.

    Handles identity, gzip (including several concatenated members) and deflate (zlib-wrapped or raw, as
    servers disagree). Anything else is refused: we only advertise gzip and deflate.
    """

    def __init__(self, encoding: str) -> None:
        if encoding in ("", "identity"):
            self.active = False
            self._wbits = 0
        elif encoding in ("gzip", "x-gzip"):
            self.active, self._wbits = True, 16 + zlib.MAX_WBITS
        elif encoding == "deflate":
            self.active, self._wbits = True, zlib.MAX_WBITS
        else:
            raise _Refused(f"unsupported Content-Encoding {encoding!r} (we asked for gzip or deflate)")
        self._started = False
        self._finished = False
        self._d = zlib.decompressobj(self._wbits) if self.active else None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not self.active:
            if data:
                yield data
            return
        try:
            yield from self._inflate(data)
        except zlib.error as exc:
            raise _Refused(f"corrupt {'gzip' if self._wbits > zlib.MAX_WBITS else 'deflate'} body: {exc}") from None

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        assert self._d is not None
        if self._finished:
            return
        if not self._started and self._wbits == zlib.MAX_WBITS and data:
            self._started = True
            try:  # deflate is zlib-wrapped per the RFC, raw in practice from some servers
                zlib.decompressobj(zlib.MAX_WBITS).decompress(data[:2])
            except zlib.error:
                self._wbits = -zlib.MAX_WBITS
                self._d = zlib.decompressobj(self._wbits)
        pending = data
        while True:
            out = self._d.decompress(pending, INFLATE_STEP)
            if out:
                yield out
            if self._d.eof:
                rest = self._d.unused_data
                if self._wbits > zlib.MAX_WBITS and rest.startswith(b"\x1f\x8b"):
                    self._d = zlib.decompressobj(self._wbits)  # next gzip member
                    pending = rest
                    continue
                self._finished = True  # trailing padding after the stream is ignored
                return
            pending = self._d.unconsumed_tail
            if not pending and len(out) < INFLATE_STEP:
                return
