"""A real HTTP server on 127.0.0.1 for tests: feeds, article pages, hostile servers, a Slack receiver.

Routes map a path to a handler `(Request) -> Response`. A response body may be bytes or an iterable of
byte chunks with an optional pause between chunks (to play a server that drips one byte a second).
The server records every request so tests can assert what the monitor sent (conditional GET headers,
User-Agent, the JSON posted to Slack).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Response:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    chunk_pause: float = 0.0  # seconds to sleep between chunks of an iterable body
    hang: float = 0.0  # seconds to sleep before sending anything (a server that never answers)


Handler = Callable[[Request], Response]


class LocalServer:
    """Start with `with LocalServer() as srv:`; add routes with `srv.route(path, handler_or_response)`."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self.cut_off = 0  # requests whose body never arrived in full
        self._lock = threading.Lock()
        self._stop = threading.Event()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once (else a 40 ms delayed-ACK stall)

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if len(body) < length:
                    # The client hung up mid-request (a monitor killed while posting): a real server never
                    # hands a cut-off body to its application, so neither do we; we only count it.
                    with server._lock:
                        server.cut_off += 1
                    self.close_connection = True
                    return
                req = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with server._lock:
                    server.requests.append(req)
                handler = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                resp = handler(req) if handler else Response(404, b"not found")
                if resp.hang:
                    server._stop.wait(resp.hang)
                    return
                self.send_response(resp.status)
                chunks: Iterable[bytes]
                if isinstance(resp.body, (bytes, bytearray)):
                    chunks = [bytes(resp.body)]
                    self.send_header("Content-Length", str(len(resp.body)))
                else:
                    chunks = resp.body
                    self.send_header("Connection", "close")
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    for chunk in chunks:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        if resp.chunk_pause and server._stop.wait(resp.chunk_pause):
                            return
                except (BrokenPipeError, ConnectionResetError):
                    return
                if not isinstance(resp.body, (bytes, bytearray)):
                    self.close_connection = True

            do_GET = do_POST = do_HEAD = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Handler | Response) -> None:
        self.routes[path] = handler if callable(handler) else (lambda _req, r=handler: r)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path.split("?")[0] == path]

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def drip(data: bytes) -> Iterable[bytes]:
    """One byte at a time (pair with Response.chunk_pause=1.0 for a server that sends a byte a second)."""
    for i in range(len(data)):
        yield data[i : i + 1]


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
