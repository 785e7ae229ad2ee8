"""WebSub against a small hub written here: discovery, verification of intent, lease renewal, HMAC-checked
deliveries analysed at once into the warehouse and Slack. Everything on 127.0.0.1."""

from __future__ import annotations

import hashlib
import hmac
import socket
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import httpx
import pytest

from flows.websub import Subscriber, discover, signature_ok, start_for_config
from tasks.config import WebSubSettings
from tests.support.httpserver import LocalServer, Request, Response, wait_for
from tests.support.newsroom import page
from tests.support.warehouse import rows

SECRET = "master-secret-for-tests"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def feed_xml(base: str, hub: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Pushed Wire</title>
<link>{base}/</link><description>wire</description>
<atom:link rel="hub" href="{hub}"/><atom:link rel="self" href="{base}/feeds/pushed.xml"/>
<item><title>Venezuela government and opposition resume negotiations in Oslo</title>
<link>{base}/articles/oslo-round.html</link><guid>pushed-1</guid>
<description>Talks between Venezuela's government and opposition resume in Oslo with Norway mediating.</description>
<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item></channel></rss>""".encode()


class Hub:
    """A minimal WebSub hub: accepts (un)subscriptions with 202, verifies intent with a challenge in a thread
    (as hubs do, after answering), keeps the secret, and publishes signed content to the callback."""

    def __init__(self, server: LocalServer, lease: int) -> None:
        self.lease = lease
        self.requests: list[dict[str, str]] = []
        self.verified: list[str] = []  # callbacks whose challenge came back right
        self.secret = ""
        self.callback = ""
        self.topic = ""
        server.route("/hub", self._handle)

    def _handle(self, req: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(req.body.decode()).items()}
        self.requests.append(form)
        self.secret, self.callback, self.topic = form["hub.secret"], form["hub.callback"], form["hub.topic"]
        threading.Thread(target=self._verify, args=(form,), daemon=True).start()
        return Response(202, b"")

    def _verify(self, form: dict[str, str]) -> None:
        challenge = hashlib.sha1(str(len(self.requests)).encode()).hexdigest()
        query = urlencode({"hub.mode": form["hub.mode"], "hub.topic": form["hub.topic"],
                           "hub.challenge": challenge, "hub.lease_seconds": str(self.lease)})
        got = httpx.get(f"{form['hub.callback']}?{query}", trust_env=False)
        if got.status_code == 200 and got.text == challenge:
            self.verified.append(form["hub.callback"])

    def publish(self, body: bytes, *, secret: str | None = None, method: str = "sha256") -> int:
        key = (self.secret if secret is None else secret).encode()
        sig = f"{method}={hmac.new(key, body, getattr(hashlib, method)).hexdigest()}"
        return httpx.post(self.callback, content=body, headers={"X-Hub-Signature": sig,
                                                                "Content-Type": "application/rss+xml"},
                          trust_env=False).status_code


def test_signatures_and_discovery() -> None:
    body = b"<rss/>"
    good = "sha1=" + hmac.new(b"k", body, hashlib.sha1).hexdigest()
    assert signature_ok(good, body, "k") and signature_ok(good.upper().replace("SHA1", "sha1"), body, "k")
    assert not signature_ok(good, body + b" ", "k") and not signature_ok(good, body, "other")
    assert not signature_ok(None, body, "k") and not signature_ok("md5=abc", body, "k")
    assert discover(feed_xml("http://n.example", "http://h.example/hub"), "http://n.example/x") == (
        "http://h.example/hub", "http://n.example/feeds/pushed.xml")
    assert discover(b"<rss version='2.0'><channel><title>t</title></channel></rss>", "http://n.example/x") == (
        None, "http://n.example/x")


def test_subscribe_verify_renew_and_analyse_signed_deliveries(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with LocalServer() as newsroom, LocalServer() as hub_server, LocalServer() as slack:
        hub = Hub(hub_server, lease=3)
        body = feed_xml(newsroom.base, hub_server.url("/hub"))
        newsroom.route("/feeds/pushed.xml", Response(200, body, {"Content-Type": "application/rss+xml"}))
        newsroom.route("/feeds/plain.xml", Response(200, b"<rss version='2.0'><channel><title>p</title>"
                                                         b"<link>x</link><description>d</description></channel></rss>"))
        newsroom.route("/articles/oslo-round.html", Response(200, page("oslo-round"), {"Content-Type": "text/html"}))
        slack.route("/services/T0/B0/x", Response(200, b"ok"))
        monkeypatch.setenv("VZMON_WEBSUB_SECRET", SECRET)
        monkeypatch.setenv("VZMON_SLACK_WEBHOOK_URL", slack.url("/services/T0/B0/x"))
        port = _free_port()
        db = tmp_path / "monitor.duckdb"
        config = tmp_path / "monitor.toml"
        config.write_text(
            f'[warehouse]\npath = "{db}"\n[fetch]\nallow_private_addresses = true\n'
            "[alerts]\nmin_confidence = 0.0\nmax_per_second = 0\n"
            f'[websub]\ncallback_url = "http://127.0.0.1:{port}/websub"\nlisten = "127.0.0.1:{port}"\n'
            f'[[feeds]]\nurl = "{newsroom.url("/feeds/pushed.xml")}"\nname = "pushed"\nlanguage = "en"\n'
            f'[[feeds]]\nurl = "{newsroom.url("/feeds/plain.xml")}"\nname = "plain"\nlanguage = "en"\n',
            encoding="utf-8")
        subscriber = start_for_config(str(config))
        assert subscriber is not None
        try:
            # only the feed that advertises a hub is subscribed, with the topic it names as `self`
            assert [s.feed.name for s in subscriber.subscriptions.values()] == ["pushed"]
            assert hub.topic == newsroom.url("/feeds/pushed.xml") and hub.requests[0]["hub.mode"] == "subscribe"
            assert SECRET not in str(hub.requests) and hub.secret  # the derived secret, never the master
            assert wait_for(lambda: len(hub.verified) >= 1, timeout=10)
            [sub] = subscriber.subscriptions.values()
            assert sub.verified

            # a forged or unsigned delivery is answered 2xx and ignored: nothing is loaded
            assert hub.publish(body, secret="not-the-secret") == 202
            assert httpx.post(hub.callback, content=body, trust_env=False).status_code == 202
            assert sub.rejected == 2 and sub.deliveries == 0
            assert not db.exists() or rows(db, "SELECT count(*) FROM articles") == [(0,)]

            # a signed delivery is analysed at once: article, statements, Slack
            assert hub.publish(body) == 202
            statements = rows(db, "SELECT speaker FROM statements")
            assert any("Rodr\u00edguez" in s for (s,) in statements)
            assert rows(db, "SELECT status, count(*) FROM alerts GROUP BY 1") == [("sent", len(statements))]
            assert len(slack.requests_to("/services/T0/B0/x")) == len(statements)
            # the same entry pushed again adds nothing and alerts nothing
            assert hub.publish(body, method="sha1") == 202
            assert len(rows(db, "SELECT * FROM statements")) == len(statements)
            assert len(slack.requests_to("/services/T0/B0/x")) == len(statements)

            # the lease (3 s) is renewed at 80%: a second subscribe, verified again
            assert wait_for(lambda: len(hub.verified) >= 2, timeout=15)
            assert [r["hub.mode"] for r in hub.requests[:2]] == ["subscribe", "subscribe"]

            # verification of intent: a topic or mode we did not ask for is refused
            wrong = httpx.get(f"{hub.callback}?" + urlencode({"hub.mode": "subscribe", "hub.topic": "http://evil/",
                                                               "hub.challenge": "x"}), trust_env=False)
            unsub = httpx.get(f"{hub.callback}?" + urlencode({"hub.mode": "unsubscribe", "hub.topic": hub.topic,
                                                               "hub.challenge": "x"}), trust_env=False)
            assert wrong.status_code == 404 and unsub.status_code == 404
        finally:
            subscriber.stop()


def test_websub_is_off_without_a_callback_url_and_needs_its_secret(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "m.toml"
    config.write_text(f'[warehouse]\npath = "{tmp_path / "w.duckdb"}"\n', encoding="utf-8")
    assert start_for_config(str(config)) is None
    config.write_text(f'[warehouse]\npath = "{tmp_path / "w.duckdb"}"\n[websub]\ncallback_url = "https://x/ws"\n',
                      encoding="utf-8")
    monkeypatch.delenv("VZMON_WEBSUB_SECRET", raising=False)
    with pytest.raises(ValueError, match="VZMON_WEBSUB_SECRET"):
        start_for_config(str(config))
    assert Subscriber(WebSubSettings(), "s", lambda f, b: None).subscriptions == {}
