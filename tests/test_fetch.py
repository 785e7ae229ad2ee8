"""The fetch step against real local HTTP servers (127.0.0.1 only): limits, redirects, retries, guard.

Every hostile server here is one the monitor will meet sooner or later; each test asserts the exact reason
the run report will show, and that the time (and, for big bodies, the memory) stayed bounded.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tasks.config import FetchConfig
from tasks.fetch import AddressGuard, FetchRequest, fetch_all, fetch_many
from tasks.parse import parse_feed
from tasks.records import FeedSource, FetchResult
from tests.support.httpserver import LocalServer, Request, Response, drip

CFG = FetchConfig(timeout_seconds=2.0, retries=0)
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
MIB = 1 << 20


def fetch(urls: list[str] | list[FetchRequest], cfg: FetchConfig = CFG, **kw: bool) -> list[FetchResult]:
    requests = [u if isinstance(u, FetchRequest) else FetchRequest(u) for u in urls]
    return asyncio.run(fetch_all(requests, cfg, **kw))


@pytest.fixture(scope="module")
def _shared_server() -> Iterator[LocalServer]:
    # One server for the module: each LocalServer takes half a second to shut down (serve_forever polls).
    with LocalServer() as server:
        yield server


@pytest.fixture
def srv(_shared_server: LocalServer) -> LocalServer:
    """The shared server with no routes and no recorded requests, as if new."""
    with _shared_server._lock:
        _shared_server.routes.clear()
        _shared_server.requests.clear()
    return _shared_server


def test_plain_fetch_sends_user_agent_and_keeps_validators(srv: LocalServer) -> None:
    srv.route("/feed", Response(200, FEED, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                            "Last-Modified": "Wed, 16 Nov 2022 10:00:00 GMT"}))
    [result] = fetch([srv.url("/feed")])
    assert result.ok and result.body == FEED and result.status == 200
    assert result.etag == '"v1"' and result.last_modified == "Wed, 16 Nov 2022 10:00:00 GMT"
    assert result.content_type == "application/rss+xml" and result.final_url == srv.url("/feed")
    assert srv.requests_to("/feed")[0].headers["user-agent"] == CFG.user_agent


def test_conditional_get_round_trip_gives_304_without_body(srv: LocalServer) -> None:
    def handler(req: Request) -> Response:
        if req.headers.get("if-none-match") == '"v1"':
            return Response(304, b"", {"ETag": '"v1"'})
        return Response(200, FEED, {"ETag": '"v1"', "Last-Modified": "Wed, 16 Nov 2022 10:00:00 GMT"})

    srv.route("/feed", handler)
    [first] = fetch([srv.url("/feed")])
    [second] = fetch([FetchRequest(srv.url("/feed"), etag=first.etag, last_modified=first.last_modified)])
    assert first.status == 200 and first.body == FEED
    assert second.not_modified and second.body is None and second.error is None
    assert second.etag == '"v1"' and second.last_modified == first.last_modified
    sent = srv.requests_to("/feed")[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == first.last_modified


def test_results_keep_request_order_and_one_bad_url_does_not_sink_the_rest(srv: LocalServer) -> None:
    srv.route("/a", Response(200, b"A"))
    srv.route("/b", Response(200, b"B"))
    results = fetch([srv.url("/a"), srv.url("/missing"), "ftp://example.invalid/x", srv.url("/b")])
    assert [r.body for r in results] == [b"A", None, None, b"B"]
    assert results[1].error == "HTTP 404 Not Found" and results[1].status == 404
    assert results[2].error is not None and results[2].error.startswith("refused: not an http(s) URL")


def test_gzip_bomb_stops_at_the_cap_with_bounded_memory(srv: LocalServer) -> None:
    # 64 MiB of zeros gzips to ~64 KB; 32 concatenated members are one valid 2 GiB gzip stream of ~2 MB.
    member = gzip.compress(bytes(64 * MIB), compresslevel=9)
    members = 32
    srv.route("/bomb", Response(200, (member for _ in range(members)),
                                {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"}))
    tracemalloc.start()
    started = time.monotonic()
    [result] = fetch([srv.url("/bomb")])
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(member) * members < 3 * MIB
    assert result.error == "body over 15 MiB after decompression" and result.body is None
    assert peak < 3 * CFG.max_bytes, f"peak {peak / MIB:.1f} MiB"
    assert elapsed < 5


def test_deflate_and_gzip_bodies_are_decoded(srv: LocalServer) -> None:
    srv.route("/gz", Response(200, gzip.compress(FEED), {"Content-Encoding": "gzip"}))
    srv.route("/zlib", Response(200, zlib.compress(FEED), {"Content-Encoding": "deflate"}))
    raw = zlib.compressobj(wbits=-15)
    srv.route("/raw", Response(200, raw.compress(FEED) + raw.flush(), {"Content-Encoding": "deflate"}))
    srv.route("/br", Response(200, b"\x00\x01", {"Content-Encoding": "br"}))
    srv.route("/bad", Response(200, b"not gzip at all", {"Content-Encoding": "gzip"}))
    gz, zl, rw, br, bad = fetch([srv.url(p) for p in ("/gz", "/zlib", "/raw", "/br", "/bad")])
    assert gz.body == zl.body == rw.body == FEED
    assert br.error == "unsupported Content-Encoding 'br' (we asked for gzip or deflate)"
    assert bad.error is not None and bad.error.startswith("corrupt gzip body")


def test_fifty_megabyte_body_is_cut_at_the_cap(srv: LocalServer) -> None:
    block = b"x" * MIB
    srv.route("/big", Response(200, (block for _ in range(50)), {"Content-Type": "application/xml"}))
    tracemalloc.start()
    [result] = fetch([srv.url("/big")])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.error == "body over 15 MiB" and result.body is None
    assert peak < 3 * CFG.max_bytes, f"peak {peak / MIB:.1f} MiB"


def test_declared_content_length_over_the_cap_is_refused_before_reading(srv: LocalServer) -> None:
    cfg = replace(CFG, max_bytes=1000)
    srv.route("/big", Response(200, b"y" * 5000))
    [result] = fetch([srv.url("/big")], cfg)
    assert result.error == "body over 0.000953674 MiB (Content-Length 5000)"


def test_drip_server_hits_the_overall_deadline(srv: LocalServer) -> None:
    srv.route("/drip", Response(200, drip(FEED), chunk_pause=0.2))  # a byte every 0.2 s: no read timeout
    cfg = replace(CFG, timeout_seconds=1.0)
    started = time.monotonic()
    [result] = fetch([srv.url("/drip")], cfg)
    assert result.error == "timed out after 1s"
    assert time.monotonic() - started < 2.0


def test_never_answering_server_times_out(srv: LocalServer) -> None:
    srv.route("/hang", Response(hang=10))
    cfg = replace(CFG, timeout_seconds=1.0, retries=2)
    started = time.monotonic()
    [result] = fetch([srv.url("/hang")], cfg)
    assert result.error == "timed out after 1s"
    assert time.monotonic() - started < 2.0  # timeouts are not retried
    assert len(srv.requests_to("/hang")) == 1


def test_redirects_are_followed_and_loops_and_chains_stopped(srv: LocalServer) -> None:
    srv.route("/old", Response(301, b"", {"Location": "/new"}))
    srv.route("/new", Response(200, FEED))
    srv.route("/a", Response(302, b"", {"Location": "/b"}))
    srv.route("/b", Response(302, b"", {"Location": srv.url("/a")}))
    for i in range(10):
        srv.route(f"/r{i}", Response(307, b"", {"Location": f"/r{i + 1}"}))
    srv.route("/nowhere", Response(302, b""))
    moved, loop, chain, nowhere = fetch([srv.url(p) for p in ("/old", "/a", "/r0", "/nowhere")])
    assert moved.body == FEED and moved.final_url == srv.url("/new") and moved.url == srv.url("/old")
    assert loop.error == f"redirect loop: {srv.url('/a')} was already visited"
    assert chain.error == "too many redirects (more than 5)"
    assert nowhere.error == "HTTP 302 redirect without a Location header"


def test_articles_refuse_private_addresses_by_default(srv: LocalServer) -> None:
    srv.route("/page", Response(200, b"<html><body>hi</body></html>"))
    [refused] = fetch([srv.url("/page")], articles=True)
    assert refused.error == "refused: 127.0.0.1 is a private address"
    assert srv.requests_to("/page") == []
    [feed] = fetch([srv.url("/page")])  # feeds are the operator's choice: no guard
    assert feed.ok
    [allowed] = fetch([srv.url("/page")], replace(CFG, allow_private_addresses=True), articles=True)
    assert allowed.ok


def test_guard_checks_every_redirect_hop_and_dns_answers() -> None:
    """The first server stands in for a public site (exempted); every private hop after it is refused."""
    with LocalServer() as public, LocalServer() as intranet:
        intranet.route("/secret", Response(200, b"intranet"))
        public.route("/to-metadata", Response(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}))
        public.route("/to-intranet", Response(302, b"", {"Location": intranet.url("/secret")}))
        public.route("/to-localhost", Response(302, b"", {"Location": f"http://localhost:{intranet.port}/secret"}))
        public.route("/to-v6", Response(302, b"", {"Location": "http://[::ffff:10.0.0.1]/"}))
        public.route("/ok", Response(200, b"<html>fine</html>", {"Content-Type": "text/html"}))
        guard = AddressGuard(exempt=frozenset({("127.0.0.1", public.port)}))
        paths = ("/to-metadata", "/to-intranet", "/to-localhost", "/to-v6", "/ok")
        requests = [FetchRequest(public.url(p)) for p in paths]
        meta, intra, local, v6, ok = asyncio.run(fetch_many(requests, CFG, articles=True, guard=guard))
        assert meta.error == "refused: 169.254.169.254 is a private address"
        assert intra.error == "refused: 127.0.0.1 is a private address"
        assert local.error == "refused: localhost is a private address"
        assert v6.error == "refused: ::ffff:10.0.0.1 is a private address"
        assert ok.ok and ok.body == b"<html>fine</html>"
        assert intranet.requests == []


def test_guard_refuses_hosts_that_only_resolve_to_private_addresses(srv: LocalServer) -> None:
    """Spellings of 127.0.0.1 that are not IP literals to a URL parser are caught after resolution."""
    srv.route("/x", Response(200, b"secret"))
    hosts = ("127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1")
    results = fetch([f"http://{h}:{srv.port}/x" for h in hosts], articles=True)
    assert [r.error for r in results] == [
        "refused: 127.1 resolves to 127.0.0.1, a private address",
        "refused: 2130706433 resolves to 127.0.0.1, a private address",
        "refused: 0x7f.0.0.1 resolves to 127.0.0.1, a private address",
        "invalid URL: Invalid IPv4 address: '0177.0.0.1'",
    ]
    assert srv.requests == []


def test_guard_reasons_for_resolved_addresses() -> None:
    guard = AddressGuard()
    assert guard.check_url("localhost.", 80) == "refused: localhost. is a private address"
    reason = guard.check_resolved("intranet.example", 80, ["93.184.216.34", "10.1.2.3"])
    assert reason == "refused: intranet.example resolves to 10.1.2.3, a private address"
    assert guard.check_resolved("example.org", 443, ["93.184.216.34", "2606:2800:220:1::"]) is None


def test_articles_skip_bodies_that_cannot_be_pages(srv: LocalServer) -> None:
    srv.route("/doc.pdf", Response(200, b"%PDF-1.7" + bytes(1000), {"Content-Type": "application/pdf"}))
    [result] = fetch([srv.url("/doc.pdf")], replace(CFG, allow_private_addresses=True), articles=True)
    assert result.status == 200 and result.body is None
    assert result.error == "not a web page (application/pdf); body not downloaded"


def test_429_with_short_retry_after_is_slept_through(srv: LocalServer) -> None:
    calls: list[float] = []

    def handler(_req: Request) -> Response:
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response(429, b"slow down", {"Retry-After": "1"})
        return Response(200, FEED)

    srv.route("/feed", handler)
    [result] = fetch([srv.url("/feed")], replace(CFG, retries=1))
    assert result.ok and len(calls) == 2 and calls[1] - calls[0] >= 0.95


def test_429_with_long_retry_after_is_reported_not_slept(srv: LocalServer) -> None:
    srv.route("/feed", Response(429, b"", {"Retry-After": "3600"}))
    srv.route("/date", Response(503, b"", {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}))
    started = time.monotonic()
    feed, dated = fetch([srv.url("/feed"), srv.url("/date")], replace(CFG, retries=2))
    assert time.monotonic() - started < 1.0
    assert feed.status == 429 and feed.retry_after == 3600
    assert feed.error == "HTTP 429 Too Many Requests; retry after 3600s"
    assert dated.status == 503 and dated.retry_after == 7 * 24 * 3600  # capped at a week
    assert len(srv.requests_to("/feed")) == 1


def test_5xx_is_retried_with_backoff(srv: LocalServer) -> None:
    answers = iter([Response(502, b"bad gateway"), Response(200, FEED)])
    srv.route("/feed", lambda _req: next(answers))
    [result] = fetch([srv.url("/feed")], replace(CFG, retries=1))
    assert result.ok and len(srv.requests_to("/feed")) == 2


def test_connection_refused_is_a_clear_error_after_retries() -> None:
    with LocalServer() as gone:
        url = gone.url("/feed")
    [result] = fetch([url], replace(CFG, retries=1))
    assert result.error is not None and result.error.startswith("connection failed:")


def test_per_host_limit_is_respected(srv: LocalServer) -> None:
    active = 0
    peak = 0
    lock = threading.Lock()

    def handler(_req: Request) -> Response:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.15)
        with lock:
            active -= 1
        return Response(200, b"ok")

    srv.route("/slow", handler)
    results = fetch([srv.url(f"/slow?n={i}") for i in range(6)], replace(CFG, per_host=2, concurrency=8))
    assert all(r.ok for r in results)
    assert peak == 2


def test_real_gzip_feed_served_with_content_encoding_fetches_and_parses(srv: LocalServer) -> None:
    path = Path(__file__).resolve().parents[1] / ".." / "shared" / "feeds" / "real" / \
        "nodefeedparser_invalid-characters-gzipped.xml.gz"
    if not path.exists():
        pytest.skip(f"{path} not present")
    srv.route("/nshipster.xml", Response(200, path.read_bytes(), {"Content-Encoding": "gzip",
                                                                  "Content-Type": "application/rss+xml"}))
    [result] = fetch([srv.url("/nshipster.xml")])
    assert result.ok and result.body is not None and result.body.startswith(b"<?xml")
    feed = FeedSource(url=srv.url("/nshipster.xml"), name="nshipster")
    entries = parse_feed(result.body, feed, datetime.now(UTC), base_url=result.final_url)
    assert len(entries) == 25


def test_malformed_urls_are_errors_not_exceptions() -> None:
    urls = ["http://[::1", "", "http://127.0.0.1:99999/", "https://\x00/", "file:///etc/passwd", "javascript:x"]
    results = fetch(urls, articles=True)
    assert [r.error.split(":", 1)[0] for r in results if r.error] == [
        "invalid URL", "refused", "invalid URL", "invalid URL", "refused", "refused"]
    assert all(r.body is None for r in results)
