"""A bigger local newsroom for the fault tests: feeds of generated entries, each page with statements.

The default newsroom (`tests/support/newsroom.py`) has three articles: a pass over it is over before a
SIGKILL can land in the middle of it. This one starts with three feeds of thirty entries (about a fifth
off-topic, so stage one drops them) and publishes more on demand; the pages carry two or three quotes
each, so that a pass with a small `--batch-size` runs through many load transactions and, with alerts
on, many Slack messages.

All text is invented for the tests, generated from the phrase lists below. Every quote is distinct (a
running number is spelled into it), so a Slack message can be traced back to the one statement it
carries. Feeds answer with an ETag and honour If-None-Match, like the real ones.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from tasks.config import DEFAULT_ACTORS, DEFAULT_TOPIC
from tests.support.httpserver import LocalServer, Request, Response
from tests.support.newsroom import PAGE

SPEAKERS = (
    ("Jorge Rodríguez", "who leads the government delegation"),
    ("Gerardo Blyde", "the opposition's chief negotiator"),
    ("Dag Nylander", "the Norwegian facilitator"),
    ("María Corina Machado", "the opposition leader"),
)
OPENINGS = ("We are ready to sign", "There will be no agreement without", "Our delegation insists on",
            "The country deserves", "We will keep negotiating for", "Nobody should doubt our commitment to")
TOPICS = ("an electoral calendar", "the release of political prisoners", "international observers",
          "the lifting of sanctions", "a social fund for schools", "guarantees for every candidate")
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
PLACES = ("Oslo", "Mexico City", "Barbados", "Doha", "Caracas")
OFF_TOPIC = ("Caracas club wins a baseball game", "Heavy rain closes a beach road", "A new bakery opens",
             "Orchestra plays a summer concert", "Local market prices hold steady")


@dataclass(frozen=True, slots=True)
class Story:
    """One generated entry: where it lives, what the feed says about it and the page's paragraphs."""

    slug: str
    guid: str
    title: str
    summary: str
    paragraphs: tuple[str, ...]
    day: int


def _spelled(n: int) -> str:
    """A number as words ('forty two'), so each quote stays plain prose and distinct from every other."""
    tens = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    if n < 20:
        return NUMBERS[n - 1] if n else "zero"
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else " " + NUMBERS[n % 10 - 1])
    if n < 1000:
        return NUMBERS[n // 100 - 1] + " hundred" + ("" if n % 100 == 0 else " " + _spelled(n % 100))
    return _spelled(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + _spelled(n % 1000))


def stories(feed: int, count: int) -> list[Story]:
    """The first `count` entries of feed number `feed`; every fifth is off-topic (stage one drops it).

    Entry i of feed f is always the same story, however many are published, so a feed that grows keeps
    its old entries (and their ids) as they were.
    """
    out = []
    for i in range(count):
        n = feed * 1000 + i
        slug = f"f{feed}-story-{i:03d}"
        if i % 5 == 4:
            title = f"{OFF_TOPIC[n % len(OFF_TOPIC)]} ({_spelled(n + 1)})"
            out.append(Story(slug, f"feed{feed}-{i}", title, "A local story with no politics in it.",
                             ("Nothing in this story is about politics.",), 1 + n % 27))
            continue
        place = PLACES[n % len(PLACES)]
        title = f"Venezuela government and opposition negotiators meet in {place}, round {_spelled(n + 1)}"
        summary = (f"Delegations of the Venezuelan government and the opposition met in {place} for talks "
                   "mediated by Norway on elections and sanctions.")
        paragraphs = [f"Delegations of the Venezuelan government and the opposition met in {place} on Tuesday "
                      "for a new round of negotiations mediated by Norway."]
        for q in range(2 + n % 2):
            name, role = SPEAKERS[(n + q) % len(SPEAKERS)]
            quote = (f"{OPENINGS[(n + q) % len(OPENINGS)]} {TOPICS[(n * 3 + q) % len(TOPICS)]} "
                     f"in meeting number {_spelled(n * 3 + q + 1)}")
            paragraphs.append(f"\u201c{quote},\u201d said {name}, {role}.")
        paragraphs.append("The next round has no date yet.")
        out.append(Story(slug, f"feed{feed}-{i}", title, summary, tuple(paragraphs), 1 + n % 27))
    return out


def feed_xml(base: str, feed: int, items: list[Story]) -> bytes:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Big Wire {feed}'
             f"</title><link>{base}/</link><description>generated</description>"]
    for s in reversed(items):  # newest first, as feeds are
        parts.append(f"<item><title>{s.title}</title><link>{base}/big/{s.slug}.html</link><guid>{s.guid}</guid>"
                     f"<description>{s.summary}</description>"
                     f"<pubDate>{s.day:02d} May 2024 10:{s.day:02d}:00 GMT</pubDate></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


class BigNewsroom:
    """The feeds and pages on a `LocalServer`; `publish(n)` adds n new entries to every feed (news goes on).

    A kill loop publishes a little more before each pass, so every pass it interrupts has real work to
    do (new entries to analyse, load and alert), not only the leftovers of the pass killed before it.
    """

    def __init__(self, server: LocalServer, *, feeds: int = 3, per_feed: int = 30) -> None:
        """Route `feeds` feeds on `server` and publish `per_feed` entries in each."""
        self.server = server
        self.feeds = feeds
        self.count = 0
        self._lock = threading.Lock()
        self._bodies: dict[int, tuple[bytes, str]] = {}
        for f in range(feeds):
            server.route(f"/big/feed-{f}.xml", self._feed_handler(f))
        self.publish(per_feed)

    @property
    def feed_urls(self) -> list[str]:
        return [self.server.url(f"/big/feed-{f}.xml") for f in range(self.feeds)]

    def publish(self, n: int) -> None:
        """Add `n` entries (and their pages) to every feed; the feeds' ETags change accordingly."""
        with self._lock:
            self.count += n
            for f in range(self.feeds):
                items = stories(f, self.count)
                for s in items[-n:]:
                    body = "\n".join(f"<p>{p}</p>" for p in s.paragraphs)
                    html = PAGE.format(lang="en", title=s.title, paragraphs=body).encode("utf-8")
                    self.server.route(f"/big/{s.slug}.html",
                                      Response(200, html, {"Content-Type": "text/html; charset=utf-8"}))
                xml = feed_xml(self.server.base, f, items)
                self._bodies[f] = (xml, '"' + hashlib.sha1(xml).hexdigest()[:12] + '"')

    def _feed_handler(self, feed: int):  # noqa: ANN202 - a route handler
        def handler(req: Request) -> Response:
            with self._lock:
                body, etag = self._bodies[feed]
            if req.headers.get("if-none-match") == etag:
                return Response(304, b"", {"ETag": etag})
            return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag})

        return handler


def write_big_config(path: Path, feed_urls: list[str], warehouse: Path, *, lock_wait_seconds: float = 10,
                     alerts: str = "") -> Path:
    """A config for the big newsroom. `alerts` is the body of an [alerts] table (empty: the defaults).

    The topic and actor files are copied beside the config (once) and used from there: a long kill loop
    compares passes minutes apart, and an edit to the shared data files in between would otherwise show
    up as a difference (the analyzer version is a digest of them).
    """
    data = {}
    for name, source in (("topic", DEFAULT_TOPIC), ("actors", DEFAULT_ACTORS)):
        data[name] = path.parent / f"pinned_{source.name}"
        if not data[name].exists():
            shutil.copyfile(source, data[name])
    lines = [f'[warehouse]\npath = "{warehouse}"\nlock_wait_seconds = {lock_wait_seconds}\n',
             f'[topic]\npath = "{data["topic"]}"\nactors = "{data["actors"]}"\n',
             "[fetch]\nallow_private_addresses = true\ntimeout_seconds = 5\nretries = 0\nper_host = 8\n"
             "max_entries_per_feed = 1000\n"]
    if alerts:
        lines.append("[alerts]\n" + alerts + "\n")
    for i, url in enumerate(feed_urls):
        lines.append(f'[[feeds]]\nurl = "{url}"\nname = "big-{i}"\nlanguage = "en"\n')
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# Alert rules that let every statement through one message each, as fast as the receiver takes them:
# the fault tests count messages per statement, so nothing may be muted, grouped into a digest or paced.
EVERY_STATEMENT = ("min_confidence = 0.0\nonly_relevant = false\ndigest_threshold = 100000\n"
                   "max_per_second = 0\nmax_attempts = 100\n")
