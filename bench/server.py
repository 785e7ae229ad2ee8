"""The benchmark's web: H outlets, each its own ThreadingHTTPServer on 127.0.0.1, serving pre-rendered bytes.

Why several servers: the monitor is polite (`per_host` concurrent requests per host:port), and 200 real
feeds come from dozens of outlets, not one; a single server would measure the politeness limit, not the
pass. Why it is built for speed: the server shares the machine with the pass, and its own cost must stay
small -- so HTTP/1.1 keep-alive (no connection per request), Nagle off (headers and body leave together;
otherwise a 40 ms delayed-ACK stall per response), bytes and ETags computed once, no logging.

A request with the current ETag in If-None-Match gets 304, as a real feed server does: the warm pass.
The server counts answers by status (a 404 is an article page of an entry stage one should have dropped).
"""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.corpus import Document


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a burst of concurrent connects must not be refused


class Site:
    """`hosts` servers on ephemeral ports; `docs` maps (host index, path) to a Document (filled after start,
    because the documents embed the servers' URLs). Use as a context manager."""

    def __init__(self, hosts: int) -> None:
        self.docs: dict[tuple[int, str], Document] = {}
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        for index in range(hosts):
            server = _Server(("127.0.0.1", 0), self._handler(index))
            self._servers.append(server)
            self._threads.append(threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                                                  daemon=True))
        self.base_urls = [f"http://127.0.0.1:{s.server_address[1]}" for s in self._servers]

    def _handler(self, index: int) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                doc = site.docs.get((index, self.path.split("?", 1)[0]))
                if doc is None:
                    status, body, headers = 404, b"not found", {"Content-Type": "text/plain"}
                elif self.headers.get("If-None-Match") == doc.etag:
                    status, body, headers = 304, b"", {"ETag": doc.etag}
                else:
                    status, body, headers = 200, doc.body, {"Content-Type": doc.content_type, "ETag": doc.etag}
                head = [f"HTTP/1.1 {status} {self.responses[status][0]}"]
                head += [f"{k}: {v}" for k, v in headers.items()]
                if status != 304:
                    head.append(f"Content-Length: {len(body)}")
                self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
                with site._lock:
                    site.statuses[status] += 1

        return Handler

    def __enter__(self) -> Site:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for s in self._servers:
            s.shutdown()
            s.server_close()
