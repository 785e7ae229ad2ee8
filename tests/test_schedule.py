"""The polling schedule: the pure policy (tasks/schedule.py) and one pass over real local HTTP feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.monitor import monitor_without_prefect
from tasks.schedule import (
    HOURS,
    Observation,
    Rhythm,
    ScheduleSettings,
    choose,
    feed_hint,
    http_hint,
    interval_at,
    next_poll,
    observe,
    scale,
)
from tests.support.httpserver import LocalServer, Request, Response
from warehouse.db import opened
from warehouse.schedule import read_rhythms, save_rhythms

S = ScheduleSettings()
NOW = datetime(2024, 5, 14, 12, 0, tzinfo=UTC)


def learnt(url: str, hours: list[int], per_hour: int = 1, days: int = 7, at: datetime = NOW) -> Rhythm:
    """A feed that published `per_hour` entries in each of `hours` (UTC) on each of the last `days` days."""
    dates = tuple(at.replace(hour=h, minute=m * 60 // per_hour) - timedelta(days=d)
                  for d in range(1, days + 1) for h in hours for m in range(per_hour))
    return observe(Rhythm(url=url, host=url.split("/")[2]), Observation(at=at, ok=True, entry_dates=dates), S)


def test_the_rhythm_is_learnt_by_hour_of_day_from_the_dates_a_feed_shows() -> None:
    day = learnt("http://wire.example/a.xml", hours=list(range(9, 18)), per_hour=6)
    rates = day.rates()
    assert rates[12] > 4.0 and rates[3] < 0.5  # six an hour at noon, (almost) none at 3 a.m.
    assert 3.5 < day.exposure_days <= 7.0  # seven days, the older ones weighing less
    # new entries are counted once: the same feed shown again adds nothing
    again = observe(day, Observation(at=NOW + timedelta(minutes=5), ok=True,
                                     entry_dates=(NOW - timedelta(days=1),)), S)
    assert sum(again.hourly) < sum(day.hourly) and again.newest_entry_at == day.newest_entry_at
    fresh = observe(day, Observation(at=NOW + timedelta(minutes=5), ok=True,
                                     entry_dates=(NOW + timedelta(minutes=2),)), S)
    assert fresh.hourly[12] == pytest.approx(day.hourly[12] * (fresh.hourly[9] / day.hourly[9]) + 1, rel=1e-3)
    # a failed poll teaches nothing but still counts as a request to the host
    failed = observe(day, Observation(at=NOW + timedelta(minutes=9), ok=False), S)
    assert failed.hourly == day.hourly and failed.last_polled_at == NOW + timedelta(minutes=9)


def test_intervals_follow_one_over_sqrt_rate_within_bounds_and_spend_the_daily_budget() -> None:
    busy = learnt("http://wire.example/a.xml", hours=list(range(6, 22)), per_hour=6)
    quiet = learnt("http://blog.example/b.xml", hours=[10], per_hour=1)
    c = scale([busy, quiet], S)
    noon_busy, noon_quiet = interval_at(busy, 12, c, S), interval_at(quiet, 12, c, S)
    assert S.min_interval_seconds <= noon_busy < noon_quiet <= S.max_interval_seconds
    assert interval_at(busy, 3, c, S) > noon_busy  # nights are polled less
    # the budget: the day's requests over both feeds are what a 15-minute clock would make, not more
    per_day = sum(3600 / interval_at(r, h, c, S) for r in (busy, quiet) for h in range(HOURS))
    assert per_day == pytest.approx(2 * S.requests_per_feed_per_day, rel=0.01)
    assert per_day <= 2 * S.requests_per_feed_per_day * 1.0001
    unbounded = ScheduleSettings(min_interval_seconds=1, max_interval_seconds=10**7)
    c2 = scale([busy], unbounded)
    ratio = interval_at(busy, 3, c2, unbounded) / interval_at(busy, 12, c2, unbounded)
    assert ratio == pytest.approx((busy.rates()[12] / busy.rates()[3]) ** 0.5, rel=1e-6)


def test_the_next_poll_speeds_up_when_the_rush_hour_starts_not_one_long_interval_later() -> None:
    morning = learnt("http://wire.example/a.xml", hours=list(range(6, 20)), per_hour=12)
    c = scale([morning], S)
    slow, fast = interval_at(morning, 5, c, S), interval_at(morning, 6, c, S)
    assert slow > 3 * fast
    last = NOW.replace(hour=5, minute=30)
    due = next_poll(Rhythm(**{**_fields(morning), "last_polled_at": last}), c, S)
    assert due is not None
    credit = 1800 / slow  # what half an hour of the slow hour earned
    assert due == NOW.replace(hour=6) + timedelta(seconds=(1 - credit) * fast)


def _fields(r: Rhythm) -> dict[str, object]:
    return {name: getattr(r, name) for name in Rhythm.__slots__}


def test_the_publishers_word_cache_control_expires_ttl_and_sy_update_period() -> None:
    at = datetime(2024, 5, 14, 12, 0, tzinfo=UTC)
    assert http_hint("public, max-age=600", "Tue, 14 May 2024 15:00:00 GMT", None, at) == (600, "Cache-Control max-age")
    assert http_hint(None, "Tue, 14 May 2024 12:30:00 GMT", None, at) == (1800, "Expires")
    # Expires counts from the server's own Date, not our clock (a server whose clock is off by an hour)
    assert http_hint(None, "Tue, 14 May 2024 13:30:00 GMT", "Tue, 14 May 2024 13:00:00 GMT", at)[0] == 1800
    assert http_hint("no-cache, max-age=600", None, None, at) == (None, None)
    assert http_hint(None, "0", None, at) == (None, None)  # invalid Expires = already stale
    assert feed_hint(b"<rss><channel><ttl>45</ttl><item></item></channel></rss>") == (2700, "RSS ttl")
    sy = (b'<rss xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>'
          b"<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel></rss>")
    assert feed_hint(sy) == (1800, "sy:updatePeriod")
    both = sy.replace(b"<channel>", b"<channel><ttl>10</ttl>")
    assert feed_hint(both) == (1800, "sy:updatePeriod")  # the longer one
    assert feed_hint(b"<rss><channel><ttl>soon</ttl></channel></rss>") == (None, None)
    # a busy feed whose server says max-age=1800 is not polled again before half an hour
    busy = learnt("http://wire.example/a.xml", hours=list(range(24)), per_hour=12)
    c = scale([busy], S)
    polled = observe(busy, Observation(at=NOW, ok=True, hint_seconds=1800, hint_source="Cache-Control max-age"), S)
    assert next_poll(polled, c, S) == NOW + timedelta(seconds=1800)
    # ... and a hint of a year is capped (a typo must not mute a feed)
    year = observe(busy, Observation(at=NOW, ok=True, hint_seconds=365 * 86400.0, hint_source="RSS ttl"), S)
    assert next_poll(year, c, S) == NOW + timedelta(seconds=S.max_hint_seconds)


def test_one_host_is_never_polled_more_often_than_its_minimum() -> None:
    a = Rhythm(url="http://news.example/a.xml", host="news.example", last_polled_at=NOW - timedelta(hours=2))
    b = Rhythm(url="http://news.example/b.xml", host="news.example", last_polled_at=NOW - timedelta(hours=3))
    other = Rhythm(url="http://other.example/c.xml", host="other.example", last_polled_at=NOW - timedelta(hours=2))
    rhythms = {r.url: r for r in (a, b, other)}
    urls = [a.url, b.url, other.url, "http://news.example/new.xml"]
    first = choose(urls, rhythms, NOW, S)
    # all four are due; news.example gets one request: the feed never polled goes first, then the most overdue
    assert first.due == ("http://news.example/new.xml", other.url) and first.waiting_for_host == 2
    # a host polled 60 s ago is left alone; one polled 115 s ago is polled after a 5 s wait
    recent = {**rhythms, "x": Rhythm(url="http://news.example/x.xml", host="news.example",
                                      last_polled_at=NOW - timedelta(seconds=60))}
    assert choose([a.url, b.url], recent, NOW, S).due == ()
    almost = {**rhythms, "x": Rhythm(url="http://news.example/x.xml", host="news.example",
                                      last_polled_at=NOW - timedelta(seconds=115))}
    late = choose([a.url], almost, NOW, S)
    assert late.due == (a.url,) and late.host_wait_seconds == pytest.approx(5.0)
    # --all: every feed, now
    assert set(choose(urls, recent, NOW, S, force=True).due) == set(urls)
    # a feed polled a minute ago is not due
    just = {a.url: Rhythm(url=a.url, host="news.example", last_polled_at=NOW - timedelta(minutes=1))}
    assert choose([a.url], just, NOW, S).not_due == 1


def test_rhythms_round_trip_through_the_warehouse_and_a_damaged_row_is_reset(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    busy = learnt("http://wire.example/a.xml", hours=[9, 10, 11], per_hour=4)
    busy = observe(busy, Observation(at=NOW, ok=True, hint_seconds=600.0, hint_source="RSS ttl"), S)
    with opened(db) as con:
        save_rhythms(con, [busy])
        assert read_rhythms(con)[busy.url] == busy
        con.execute("UPDATE feed_schedule SET hourly_counts = [1.0, -2.0]")
        reset = read_rhythms(con)[busy.url]
    assert reset.hourly == (0.0,) * HOURS and reset.last_polled_at == busy.last_polled_at


# --- one pass over real local HTTP feeds ----------------------------------------------------------------

def _rss(base: str, name: str, dates: list[datetime], extra: str = "") -> bytes:
    items = "".join(
        f"<item><title>{name} story {i}</title><link>{base}/{name}/{i}.html</link><guid>{name}-{i}</guid>"
        f"<description>Weather and sport, story {i}.</description>"
        f"<pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>"
        for i, d in enumerate(dates))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title><link>{base}/</link>'
            f"<description>d</description>{extra}{items}</channel></rss>").encode()


def test_a_pass_polls_only_the_feeds_due_and_at_most_one_per_host(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    busy_dates = [now - timedelta(minutes=10 * i + 3) for i in range(60)]  # every 10 minutes, 10 hours
    quiet_dates = [now - timedelta(days=d, hours=5) for d in range(1, 6)]  # once a day
    with LocalServer() as big, LocalServer() as small:
        big.route("/busy.xml", Response(200, _rss(big.base, "busy", busy_dates),
                                        {"Content-Type": "application/rss+xml", "Cache-Control": "max-age=60"}))
        big.route("/sister.xml", Response(200, _rss(big.base, "sister", busy_dates[::3]),
                                          {"Content-Type": "application/rss+xml"}))
        small.route("/quiet.xml", lambda _r: Response(200, _rss(small.base, "quiet", quiet_dates, "<ttl>90</ttl>"),
                                                      {"Content-Type": "application/rss+xml"}))
        db = tmp_path / "m.duckdb"
        config = tmp_path / "m.toml"
        config.write_text(f'[warehouse]\npath = "{db}"\n[fetch]\nallow_private_addresses = true\nretries = 0\n'
                          + "".join(f'[[feeds]]\nurl = "{u}"\nname = "{n}"\nlanguage = "en"\n'
                                    for n, u in (("busy", big.url("/busy.xml")), ("sister", big.url("/sister.xml")),
                                                 ("quiet", small.url("/quiet.xml")))), encoding="utf-8")

        def requests() -> dict[str, int]:
            reqs: list[Request] = big.requests + small.requests
            return {p: sum(1 for r in reqs if r.path == p) for p in ("/busy.xml", "/sister.xml", "/quiet.xml")}

        first = monitor_without_prefect(str(config), due_only=True)
        # all three are new (due), but busy and sister share a host: one of them waits for the next slot
        assert first.counts["feeds_fetched"] == 2 and first.counts["feeds_waiting_for_host"] == 1
        assert requests() == {"/busy.xml": 1, "/sister.xml": 0, "/quiet.xml": 1}
        second = monitor_without_prefect(str(config), due_only=True)
        assert second.counts.get("feeds_fetched", 0) == 0  # nothing due: no request at all
        assert requests() == {"/busy.xml": 1, "/sister.xml": 0, "/quiet.xml": 1}
        with duckdb.connect(str(db), read_only=True) as con:
            plan = {u.rsplit("/", 1)[1]: (hint, source, nxt, last) for u, hint, source, nxt, last in con.execute(
                "SELECT url, hint_seconds, hint_source, planned_next_at, last_polled_at FROM feed_schedule").fetchall()}
        assert plan["busy.xml"][:2] == (60.0, "Cache-Control max-age")
        assert plan["quiet.xml"][:2] == (5400.0, "RSS ttl")
        busy_gap = plan["busy.xml"][2] - plan["busy.xml"][3]
        quiet_gap = plan["quiet.xml"][2] - plan["quiet.xml"][3]
        assert timedelta(minutes=2) <= busy_gap < timedelta(minutes=30) and quiet_gap >= timedelta(minutes=90)

        # three minutes later (the clock moved by rewriting the poll times): the busy host is free again
        with duckdb.connect(str(db)) as con:
            con.execute("UPDATE feed_schedule SET last_polled_at = last_polled_at - INTERVAL 3 MINUTE")
        third = monitor_without_prefect(str(config), due_only=True)
        assert third.counts["feeds_fetched"] == 1  # sister (never polled) before busy; quiet not due
        assert requests() == {"/busy.xml": 1, "/sister.xml": 1, "/quiet.xml": 1}

        forced = CliRunner().invoke(cli, ["run", "--no-prefect", "--all", "--config", str(config)])
        assert forced.exit_code == 0 and "feeds: 3 checked" in forced.output, forced.output
        assert requests() == {"/busy.xml": 2, "/sister.xml": 2, "/quiet.xml": 2}
        polite = CliRunner().invoke(cli, ["run", "--no-prefect", "--config", str(config)])
        assert "feeds: 0 checked" in polite.output and "schedule: " in polite.output, polite.output


@pytest.mark.parametrize(("text", "expected"), [
    ("[schedule]\nhost_min_secs = 60\n", "unknown key 'host_min_secs' (did you mean 'host_min_seconds'?)"),
    ("[schedule]\nrequests_per_feed_per_day = -1\n", "expected a non-negative number"),
    ('[run]\ntask_runner = "spark"\n', '[run].task_runner: expected "local" or "dask"'),
])
def test_schedule_and_run_settings_are_validated(text: str, expected: str) -> None:
    from tasks.config import parse_config
    from tasks.records import ConfigError

    with pytest.raises(ConfigError) as err:
        parse_config(text, source="m.toml")
    assert expected in str(err.value) and str(err.value).startswith("m.toml")
    assert parse_config("[schedule]\nhost_min_seconds = 30\n").schedule.host_min_seconds == 30.0
