"""Time to alert: from an outlet's publication to the Slack message, polling when due vs every 15 minutes.

    .venv/bin/python bench/time_to_alert.py            # 100 outlets through the real pass, one measured day
    .venv/bin/python bench/time_to_alert.py --quick    # 30 outlets
    .venv/bin/python bench/time_to_alert.py --model --outlets 10000   # the schedule alone, no HTTP

A simulated newsroom of N outlets publishes through two days at realistic, uneven rates: daily volumes
spread like real outlets' (log-normal: a few wires post hundreds a day, most outlets a dozen or two), a
daily rhythm in each outlet's own time zone (busy from morning to evening, almost silent at night), and
random (Poisson) timing. Each outlet is its own HTTP server on 127.0.0.1 (so its own host for the per-host
minimum), serving its 30 newest entries with an ETag (304 when nothing changed) and, for some outlets,
`Cache-Control: max-age`, `<ttl>` or `sy:updatePeriod`, as real feeds do.

The clock is compressed, not slept: a simulated clock moves from one pass to the next (every 2 minutes
for the schedule, every 15 for the baseline), the servers show what was published by then, and the pass
runs the monitor's real steps (tasks/pipeline.py, without Prefect: fetch over HTTP, parse, drop known
entries, relevance and statement extraction, DuckDB load, the schedule's learning, Slack delivery to a
local receiver). Publication-to-Slack latency = simulated time of the pass - publication time + the real
seconds the pass took until that message arrived. Each entry carries one direct quotation with a unique
reference, so every message maps back to its publication. Article pages are not fetched (the entry's
summary carries the statement): page fetching costs the same under both policies.

Both policies run the same day, after `--warmup-hours` of passes (default 1: the schedule starts almost
cold, knowing each outlet only from the 30 entries its first fetch shows, and keeps learning as it polls).
Targets: median <= 5 min, p95 <= 15 min, requests per feed per day no more than the fixed schedule's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY0 = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday, in the past (entry dates must not be in the future)
SHOWN = 30
TARGETS = {"median_min": 5.0, "p95_min": 15.0}
SPEAKERS = ["Jorge Rodríguez", "Gerardo Blyde", "Delcy Rodríguez", "Dag Nylander", "Yván Gil"]


class Clock:
    """The simulated time, shared by the servers, the receiver and the passes."""

    def __init__(self) -> None:
        self.now = DAY0
        self.pass_started = time.perf_counter()


@dataclass(frozen=True)
class Outlet:
    index: int
    per_day: float
    utc_offset: int
    header: dict[str, str]
    channel_extra: str


def diurnal(hour_local: float) -> float:
    """Relative publishing intensity by local hour: a working-day bump, a trickle at night."""
    return 0.04 + math.exp(-((hour_local - 13.0) / 4.0) ** 2)


def make_outlets(n: int, rng: random.Random) -> list[Outlet]:
    out = []
    for i in range(n):
        per_day = min(max(math.exp(rng.gauss(math.log(20), 1.1)), 2.0), 400.0)
        offset = rng.choice([-5, -4, -4, -3, 0, 1, 1, 2])  # the Americas and Europe
        roll = rng.random()
        header, extra = {}, ""
        if roll < 0.25:
            header = {"Cache-Control": "public, max-age=300"}
        elif roll < 0.35:
            extra = "<ttl>10</ttl>"
        elif roll < 0.40:
            extra = "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>"
        out.append(Outlet(i, per_day, offset, header, extra))
    return out


def publications(outlet: Outlet, days: int, rng: random.Random) -> list[datetime]:
    """Poisson publication times from a day before DAY0 to the end of `days` (thinning at the peak rate)."""
    scale = outlet.per_day / sum(diurnal(h + 0.5) for h in range(24))  # entries per hour at intensity 1
    peak = scale * 1.04
    t = DAY0 - timedelta(days=1)
    end = DAY0 + timedelta(days=days)
    times = []
    while True:
        t += timedelta(hours=rng.expovariate(peak))
        if t >= end:
            return times
        local = (t.hour + t.minute / 60 + outlet.utc_offset) % 24
        if rng.random() < scale * diurnal(local) / peak:
            times.append(t.replace(microsecond=0))


def rss(outlet: Outlet, base: str, items: list[tuple[int, datetime]]) -> bytes:
    body = []
    for i, when in items:
        speaker = SPEAKERS[(outlet.index + i) % len(SPEAKERS)]
        quote = f"The negotiations must go on, and round {outlet.index}-{i} will decide the electoral calendar"
        summary = (f"\u201c{quote},\u201d said {speaker}, in the talks between the Venezuelan government and "
                   f"the opposition in Mexico City.")
        body.append(f"<item><title>Venezuela negotiations: {speaker} speaks about round {outlet.index}-{i}</title>"
                    f"<link>{base}/a/{i}.html</link><guid>{base}/a/{i}</guid><description>{summary}</description>"
                    f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>Outlet {outlet.index}'
            f"</title><link>{base}/</link><description>news</description>{outlet.channel_extra}"
            + "".join(body) + "</channel></rss>").encode("utf-8")


class OutletServer:
    """One outlet on its own port: its newest SHOWN entries published by the simulated now."""

    def __init__(self, outlet: Outlet, times: list[datetime], clock: Clock) -> None:
        self.outlet, self.times, self.clock = outlet, times, clock
        self.requests = 0
        me = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                me.requests += 1
                now = me.clock.now
                shown = [(i, t) for i, t in enumerate(me.times) if t <= now][-SHOWN:][::-1]
                etag = '"' + hashlib.sha1(repr(shown[:1]).encode()).hexdigest()[:16] + '"'
                headers = {"ETag": etag, **me.outlet.header}
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = rss(me.outlet, me.base, shown)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Receiver:
    """A Slack-like webhook: answers "ok", notes the simulated arrival time of every quote's reference."""

    def __init__(self, clock: Clock) -> None:
        self.arrivals: list[tuple[str, datetime]] = []
        me = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                at = clock.now + timedelta(seconds=time.perf_counter() - clock.pass_started)
                for ref in re.findall(r"round (\d+-\d+) will", json.loads(body).get("text", "")):
                    me.arrivals.append((ref, at))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/services/T000/B000/bench"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def write_config(path: Path, db: Path, servers: list[OutletServer]) -> None:
    lines = [f'[warehouse]\npath = "{db}"\n',
             "[fetch]\nallow_private_addresses = true\nfetch_articles = false\nretries = 0\nconcurrency = 32\n",
             "[alerts]\nmin_confidence = 0.0\nonly_relevant = false\ndigest_threshold = 100000\n"
             "max_per_second = 0\n"]
    for s in servers:
        lines.append(f'[[feeds]]\nurl = "{s.base}/feed.xml"\nname = "outlet {s.outlet.index}"\nlanguage = "en"\n')
    path.write_text("\n".join(lines), encoding="utf-8")


@contextmanager
def quiet_logs() -> Iterator[None]:
    import logging

    logging.getLogger("vzmon").setLevel(logging.ERROR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    yield


def simulate(policy: str, config: Path, clock: Clock, receiver: Receiver, servers: list[OutletServer],
             days: int, warmup_hours: float, hours: float = 24.0) -> dict[str, object]:
    """Run the passes of `policy` ("due" every 2 minutes, or "fixed" every 15) over `days` simulated days."""
    import os

    from tasks import pipeline
    from tasks.polling import choose_feeds_fn, record_schedule_fn
    from tasks.records import ReportPart

    os.environ["VZMON_SLACK_WEBHOOK_URL"] = receiver.url
    step = 2 if policy == "due" else 15
    settings = pipeline.load_settings.fn(str(config), None, False)
    rhythms: dict = {}
    measured_from = DAY0 + timedelta(days=days - 1)
    requests_at_measure = 0
    pass_seconds: list[float] = []
    idle_seconds: list[float] = []  # passes with no feed due
    feeds_polled = 0
    t = measured_from - timedelta(hours=warmup_hours)
    end = measured_from + timedelta(hours=hours)

    def one_pass(t: datetime) -> tuple[float, int]:
        nonlocal rhythms
        clock.now = t
        clock.pass_started = time.perf_counter()
        run_id = f"{policy}-{t:%Y%m%dT%H%M%S}"
        part = ReportPart()  # the bench reads no counts: one part collects them all
        sel, rhythms_before = choose_feeds_fn(settings, policy == "due", part, now=t, rhythms=rhythms)
        states = pipeline.read_feed_states.fn(sel)
        fetched, _ = pipeline.fetch_feeds.fn(sel, states)
        (entries, outcomes), _ = pipeline.parse_feeds.fn(sel, fetched, states)
        (fresh, revised), _ = pipeline.drop_known_entries.fn(sel, entries)
        if fresh:
            articles, _ = pipeline.analyze_entries.fn(sel, fresh, revised)
            pipeline.load_batch.fn(sel, articles, run_id, revised)
        pipeline.record_feed_outcomes.fn(sel, outcomes)
        rhythms = record_schedule_fn(sel, fetched, entries, outcomes, rhythms_before, part, now=t)
        pipeline.send_alerts.fn(sel, run_id)
        return time.perf_counter() - clock.pass_started, len(sel.feeds)

    while t < end:
        if t >= measured_from and not pass_seconds:
            requests_at_measure = sum(s.requests for s in servers)
        seconds, polled = one_pass(t)
        if t >= measured_from:
            pass_seconds.append(seconds)
            feeds_polled += polled
        t += timedelta(minutes=step)
    requests = sum(s.requests for s in servers) - requests_at_measure
    if policy == "due":  # the cost of a pass with nothing due: five more a second or so after the last one
        last = t - timedelta(minutes=step)
        for i in range(5):
            seconds, polled = one_pass(last + timedelta(seconds=1 + i))
            if polled == 0:
                idle_seconds.append(seconds)
    return {"requests_per_feed_per_day": requests / len(servers) * 24 / hours, "pass_seconds": pass_seconds,
            "idle_seconds": idle_seconds,
            "feeds_polled": feeds_polled}


def model_only(outlets: list[Outlet], pubs: dict[int, list[datetime]], days: int, settings: object,
               step_minutes: int = 2, warmup_hours: float = 24.0) -> dict[str, float]:
    """The same day through tasks/schedule.py alone (no HTTP, no pipeline): seconds, not minutes, so the
    policy's knobs can be tried at 1,000 or 10,000 outlets. Latency = the first poll at or after publication."""
    import bisect

    from tasks.schedule import Observation, Rhythm, choose, combine_hints, feed_hint, http_hint, observe

    urls = {o.index: f"http://127.0.0.1:{10000 + o.index}/feed.xml" for o in outlets}
    rhythms: dict[str, Rhythm] = {}
    seen = {o.index: 0 for o in outlets}  # publications already delivered
    since = DAY0 + timedelta(days=days - 1)
    lat: list[float] = []
    polls = 0
    t = since - timedelta(hours=warmup_hours)
    by_url = {urls[o.index]: o for o in outlets}
    while t < DAY0 + timedelta(days=days):
        picked = choose(list(by_url), rhythms, t, settings)  # type: ignore[arg-type]
        for url in picked.due:
            o = by_url[url]
            times = pubs[o.index]
            upto = bisect.bisect_right(times, t)
            if t >= since:
                polls += 1
                lat += [(t - p).total_seconds() / 60 for p in times[seen[o.index]:upto] if p >= since]
            seen[o.index] = upto
            shown = tuple(times[max(0, upto - SHOWN):upto])
            hint = combine_hints(http_hint(o.header.get("Cache-Control"), None, None, t),
                                 feed_hint(o.channel_extra.encode()))
            old = rhythms.get(url) or Rhythm(url=url, host=url.split("/")[2])
            rhythms[url] = observe(old, Observation(at=t, ok=True, entry_dates=shown, hint_seconds=hint[0],
                                                    hint_source=hint[1]), settings)  # type: ignore[arg-type]
        t += timedelta(minutes=step_minutes)
    return {"median_min": round(statistics.median(lat), 2), "p95_min": round(pct(lat, 0.95), 2),
            "requests_per_feed_per_day": round(polls / len(outlets), 1), "publications": len(lat)}


def latencies(receiver: Receiver, published: dict[str, datetime], since: datetime, until: datetime
              ) -> tuple[list[float], int]:
    """Minutes from publication to the first Slack message, for entries published in [since, until)."""
    first: dict[str, datetime] = {}
    for ref, at in receiver.arrivals:
        first.setdefault(ref, at)
    wanted = {ref: t for ref, t in published.items() if since <= t < until}
    got = [(first[ref] - t).total_seconds() / 60 for ref, t in wanted.items() if ref in first]
    return got, len(wanted) - len(got)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--outlets", type=int, default=100)
    ap.add_argument("--days", type=int, default=2, help="simulated days; the last one is measured")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--hours", type=float, default=24.0, help="length of the measured span (a smoke run: 1)")
    ap.add_argument("--warmup-hours", type=float, default=1.0,
                    help="passes before the measured day (its first pass sees only the 30 newest entries)")
    ap.add_argument("--quick", action="store_true", help="30 outlets (a smoke run)")
    ap.add_argument("--model", action="store_true", help="the schedule alone, no HTTP (seconds; try --outlets 10000)")
    ap.add_argument("--json", action="store_true", help="print one JSON line of the figures only")
    args = ap.parse_args()
    if args.quick:
        args.outlets = 30
    rng = random.Random(args.seed)
    outlets = make_outlets(args.outlets, rng)
    pubs = {o.index: publications(o, args.days, rng) for o in outlets}
    published = {f"{o}-{i}": t for o, times in pubs.items() for i, t in enumerate(times)}
    since = DAY0 + timedelta(days=args.days - 1)
    until = since + timedelta(hours=args.hours)
    per_day = sum(1 for t in published.values() if since <= t < until)
    if args.model:
        from tasks.schedule import ScheduleSettings

        print(json.dumps({"outlets": args.outlets, "publications_measured_day": per_day,
                          "when_due": model_only(outlets, pubs, args.days, ScheduleSettings(),
                                                 warmup_hours=args.warmup_hours),
                          "fixed_15_min": model_only(outlets, pubs, args.days, ScheduleSettings(
                              min_interval_seconds=900, max_interval_seconds=900, host_min_seconds=0,
                              max_hint_seconds=0), step_minutes=15, warmup_hours=args.warmup_hours)}))
        return 0
    results: dict[str, dict[str, object]] = {}
    wall0 = time.perf_counter()
    with quiet_logs(), tempfile.TemporaryDirectory(prefix="vzmon-tta-") as tmp, ExitStack() as stack:
        for policy in ("fixed", "due"):
            clock = Clock()
            servers = [OutletServer(o, pubs[o.index], clock) for o in outlets]
            for s in servers:
                stack.callback(s.close)
            receiver = Receiver(clock)
            stack.callback(receiver.close)
            config = Path(tmp) / f"{policy}.toml"
            write_config(config, Path(tmp) / f"{policy}.duckdb", servers)
            t0 = time.perf_counter()
            sim = simulate(policy, config, clock, receiver, servers, args.days, args.warmup_hours, args.hours)
            lat, missing = latencies(receiver, published, since, until - timedelta(minutes=20))
            seconds, idle = sim["pass_seconds"], sim["idle_seconds"]
            assert isinstance(seconds, list) and isinstance(idle, list)
            results[policy] = {
                "median_min": round(statistics.median(lat), 2) if lat else None,
                "p95_min": round(pct(lat, 0.95), 2) if lat else None,
                "max_min": round(max(lat), 2) if lat else None,
                "alerts_measured": len(lat), "publications_not_alerted": missing,
                "requests_per_feed_per_day": round(float(sim["requests_per_feed_per_day"]), 1),  # type: ignore[arg-type]
                "passes_per_day": len(seconds), "feeds_polled_per_day": sim["feeds_polled"],
                "pass_s_median": round(statistics.median(seconds), 3),
                "pass_s_nothing_due": round(statistics.median(idle), 3) if idle else None,
                "wall_s": round(time.perf_counter() - t0, 1),
            }
    fixed, due = results["fixed"], results["due"]
    verdict = {
        "median_ok": due["median_min"] is not None and due["median_min"] <= TARGETS["median_min"],
        "p95_ok": due["p95_min"] is not None and due["p95_min"] <= TARGETS["p95_min"],
        "requests_ok": due["requests_per_feed_per_day"] <= fixed["requests_per_feed_per_day"],
    }
    figures = {"outlets": args.outlets, "publications_measured_day": per_day, "seed": args.seed,
               "fixed_15_min": fixed, "when_due": due, "targets_met": verdict,
               "wall_s": round(time.perf_counter() - wall0, 1)}
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"time to alert: {args.outlets} outlets, {per_day} publications on the measured day "
          f"(day {args.days} of {args.days}; seed {args.seed})")
    print(f"{'':34}{'fixed 15 min':>14}{'when due':>12}{'target':>10}")
    rows = [("median publication -> Slack (min)", "median_min", "<= 5"),
            ("p95 publication -> Slack (min)", "p95_min", "<= 15"),
            ("max (min)", "max_min", ""),
            ("requests per feed per day", "requests_per_feed_per_day", "<= fixed"),
            ("passes per day", "passes_per_day", ""),
            ("feeds polled per day", "feeds_polled_per_day", ""),
            ("median pass (s, real)", "pass_s_median", ""),
            ("median pass with no feed due (s, of 5)", "pass_s_nothing_due", ""),
            ("alerts measured", "alerts_measured", ""),
            ("publications never alerted", "publications_not_alerted", "0"),
            ("wall time of the simulation (s)", "wall_s", "")]
    for label, key, target in rows:
        print(f"{label:34}{fixed[key]!s:>14}{due[key]!s:>12}{target:>10}")
    print("targets: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in verdict.items()))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
