"""The embedded demo: the bundled sample site served on 127.0.0.1, and a config that points at it.

`vzmon demo` lets a newcomer with no internet watch a real pass: feeds fetched over HTTP (with ETags, so
a second run shows "not modified"), article pages fetched and extracted, statements loaded into DuckDB.
All sample text in `flows/demo_site/` was written for the demo; none of it is real reporting.
"""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "demo_site"
# The sample articles are dated March 2023 to March 2024: the demo's brief covers that span, not "today".
DEMO_PERIOD = ("2023-03-01", "2024-04-01")
TYPES = {".xml": "application/rss+xml; charset=utf-8", ".html": "text/html; charset=utf-8",
         ".atom": "application/atom+xml; charset=utf-8"}


class DemoSite:
    """The sample site on an ephemeral port. Use as a context manager; `base` is its URL."""

    def __init__(self, root: Path = SITE, host: str = "127.0.0.1", port: int = 0) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                body = site.page(self.path.split("?")[0])
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", TYPES.get(Path(self.path).suffix, "application/octet-stream"))
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        self.root = root
        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def page(self, path: str) -> bytes | None:
        """The file at `path` with `{BASE}` replaced by this server's URL; None outside the site."""
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_file() or self.root.resolve() not in target.parents:
            return None
        return target.read_bytes().replace(b"{BASE}", self.base.encode())

    def feeds(self) -> list[tuple[str, str]]:
        """(name, url) of each bundled feed."""
        return [(f.stem, f"{self.base}/feeds/{f.name}") for f in sorted((self.root / "feeds").glob("*"))]

    def config_toml(self, warehouse: str) -> str:
        """A monitor config for this site (private addresses allowed: the site is on 127.0.0.1)."""
        lines = ["# Written by `vzmon demo`: the bundled sample site on this machine.", "",
                 "[warehouse]", f'path = "{warehouse}"', "", "[fetch]", "allow_private_addresses = true",
                 "timeout_seconds = 10", "", "[alerts]", "digest_threshold = 5", ""]
        for name, url in self.feeds():
            language = "es" if name.endswith("-es") else ("en" if name.endswith("-en") else "")
            lines += ["[[feeds]]", f'url = "{url}"', f'name = "demo {name}"']
            lines += [f'language = "{language}"'] if language else []
            lines.append("")
        return "\n".join(lines)

    def __enter__(self) -> DemoSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
