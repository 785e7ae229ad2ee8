"""When each feed is next due: poll a feed when it is likely to have something new, politely.

A fixed clock (every feed every 15 minutes) wastes requests on a weekly blog at 3 a.m. and leaves a wire
service's noon stories waiting up to 15 minutes. This module learns each feed's publishing rhythm from the
entry dates it has shown and spends the same daily request budget where the publications are. Everything
here is pure (no I/O, `now` is always a parameter), so the benchmark can drive it with a compressed clock.

The model, in four rules:

* **Rhythm.** Per feed, a decayed count of entries published in each UTC hour of the day and the decayed
  number of days observed (`exposure_days`). The rate in hour h is the count over the exposure, shrunk
  towards the feed's own daily mean (a feed that posted at 11:00 and 13:00 surely can post at 12:00), with
  counts decaying over `memory_days` so a changed rhythm is learnt within a week or two. The first fetch
  already teaches something: the entries a feed shows reach back in time, and the span they cover is
  counted as observed.
* **Interval.** Polling a feed every I minutes delays its entries by I/2 on average, at 1/I requests a
  minute. Minimising the delay summed over every publication for a fixed number of requests gives
  I proportional to 1/sqrt(rate) (Lagrange: rate * I / 2 + mu / I is smallest at I = sqrt(2 mu / rate)).
  One constant for every feed and hour is chosen so that the day's requests, summed over all feeds, equal
  the budget (`requests_per_feed_per_day` times the number of feeds; 96 = today's 15-minute clock); then
  each interval is held between `min_interval_seconds` and `max_interval_seconds`.
* **The publisher's word.** `Cache-Control: max-age` (or else `Expires`), RSS `<ttl>` and
  `sy:updatePeriod`/`sy:updateFrequency` say how long the feed stays as it is: a feed is not polled again
  before the longest of them has passed (capped at `max_hint_seconds`, so a typo of a year cannot mute a
  feed). Error backoff (warehouse/load.py `backoff_until`) is separate and unchanged.
* **Per host.** One host is never polled more often than every `host_min_seconds`, whatever its feeds'
  rhythms; when several of its feeds are due, the most overdue goes first and the others wait their turn.
"""

from __future__ import annotations

import email.utils
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import numpy as np

HOURS = 24
# A pass that starts this much before a feed's due time still polls it: a schedule slot two minutes after
# the last poll is not "too early" because the flow started a second sooner than the previous one.
DUE_GRACE = timedelta(seconds=10)
# The shrinkage of each hour's rate towards the feed's daily mean: this many days of pseudo-observation.
PRIOR_DAYS = 1.0
# A feed we know nothing about is assumed to publish this many entries a day (about a regional outlet).
PRIOR_PER_DAY = 12.0
# sy:updatePeriod values (RSS 1.0 Syndication module) in seconds; sy:updateFrequency divides them.
UPDATE_PERIODS = {"hourly": 3600.0, "daily": 86400.0, "weekly": 7 * 86400.0, "monthly": 30 * 86400.0,
                  "yearly": 365 * 86400.0}
_HEAD_BYTES = 64 * 1024
_TTL = re.compile(rb"<(?:[\w.-]+:)?ttl\s*>\s*(\d{1,9})\s*<", re.IGNORECASE)
_SY_PERIOD = re.compile(rb"<(?:[\w.-]+:)?updatePeriod\s*>\s*([A-Za-z]+)\s*<")
_SY_FREQUENCY = re.compile(rb"<(?:[\w.-]+:)?updateFrequency\s*>\s*(\d{1,6})\s*<")
_MAX_AGE = re.compile(r"(?:^|[,\s])(s-maxage|max-age)\s*=\s*\"?(\d{1,10})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """The knobs of the policy (the config's `[schedule]` table gives them; these are the defaults)."""

    host_min_seconds: float = 120.0
    min_interval_seconds: float = 120.0
    max_interval_seconds: float = 3600.0
    requests_per_feed_per_day: float = 96.0
    memory_days: float = 7.0
    max_hint_seconds: float = 86400.0


@dataclass(frozen=True, slots=True)
class Rhythm:
    """What the schedule remembers of one feed (a row of `feed_schedule`)."""

    url: str
    host: str
    hourly: tuple[float, ...] = (0.0,) * HOURS  # decayed entry counts per UTC hour of the day
    exposure_days: float = 0.0  # decayed days observed
    newest_entry_at: datetime | None = None  # entries dated at or before this were counted already
    hint_seconds: float | None = None  # the publisher's own "do not ask before"
    hint_source: str | None = None
    last_polled_at: datetime | None = None
    planned_next_at: datetime | None = None  # shown by `vzmon feeds`; `due_feeds` recomputes it

    def rates(self) -> list[float]:
        """Entries per hour expected in each UTC hour of the day."""
        total = sum(self.hourly)
        days = self.exposure_days
        mean = (total + PRIOR_PER_DAY * PRIOR_DAYS) / (days + PRIOR_DAYS) / HOURS  # per hour, daily mean
        return [(c + mean * PRIOR_DAYS) / (days + PRIOR_DAYS) for c in self.hourly]


@dataclass(frozen=True, slots=True)
class Observation:
    """One poll of a feed, as the schedule needs it."""

    at: datetime
    ok: bool  # the feed answered (200 or 304); a failure only counts as a hit on the host
    entry_dates: tuple[datetime, ...] = ()  # dates of the entries shown (guessed dates left out)
    hint_seconds: float | None = None
    hint_source: str | None = None


def host_of(url: str) -> str:
    """The politeness key: host and port of the feed URL (credentials left out)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        return f"{host}:{parts.port}" if parts.port else host or url
    except ValueError:
        return url


# --- learning ------------------------------------------------------------------------------------------


def observe(rhythm: Rhythm, obs: Observation, settings: ScheduleSettings) -> Rhythm:
    """The rhythm after one poll: counts decayed by the time elapsed, the new entries counted."""
    if not obs.ok:
        return replace(rhythm, last_polled_at=obs.at)
    tau = max(settings.memory_days, 0.1)
    dated = sorted(d for d in obs.entry_dates if d <= obs.at + timedelta(minutes=5))
    horizon = obs.at - timedelta(days=tau * 2)
    if rhythm.newest_entry_at is None:
        # First look: what the feed shows reaches back in time; count that span as observed.
        fresh = [d for d in dated if d >= horizon]
        span_days = (obs.at - fresh[0]).total_seconds() / 86400 if fresh else 0.0
        hourly = [0.0] * HOURS
        decay, elapsed_days = 1.0, min(max(span_days, 0.0), tau * 2)
    else:
        fresh = [d for d in dated if d > rhythm.newest_entry_at and d >= horizon]
        since = rhythm.last_polled_at or obs.at
        elapsed_days = min(max((obs.at - since).total_seconds() / 86400, 0.0), tau * 2)
        decay = math.exp(-elapsed_days / tau)
        hourly = [c * decay for c in rhythm.hourly]
    # Both the counts and the exposure weigh the past by exp(-age / tau), so their ratio stays a rate.
    exposure = rhythm.exposure_days * decay + tau * (1 - math.exp(-elapsed_days / tau))
    for d in fresh:
        age_days = max((obs.at - d).total_seconds() / 86400, 0.0)
        hourly[d.astimezone(UTC).hour] += math.exp(-age_days / tau)
    newest = max([rhythm.newest_entry_at, *dated], key=lambda d: d or datetime.min.replace(tzinfo=UTC))
    hint = obs.hint_seconds if obs.hint_seconds else None
    return replace(rhythm, hourly=tuple(hourly), exposure_days=exposure,
                   newest_entry_at=newest, hint_seconds=hint, hint_source=obs.hint_source if hint else None,
                   last_polled_at=obs.at)


# --- the publisher's word ------------------------------------------------------------------------------


def http_hint(cache_control: str | None, expires: str | None, date: str | None, at: datetime
              ) -> tuple[float | None, str | None]:
    """Seconds the response stays fresh by its headers: max-age wins over Expires (RFC 9111 5.3)."""
    if cache_control:
        lowered = cache_control.lower()
        if "no-cache" in lowered or "no-store" in lowered:
            return None, None
        found = {m.group(1).lower(): float(m.group(2)) for m in _MAX_AGE.finditer(cache_control)}
        if "max-age" in found:
            return found["max-age"], "Cache-Control max-age"
    if expires:
        when = _http_date(expires)
        if when is None:
            return None, None  # an invalid Expires means "already stale" (RFC 9111 5.3)
        origin = _http_date(date) if date else None
        seconds = (when - (origin or at)).total_seconds()
        return (seconds, "Expires") if seconds > 0 else (None, None)
    return None, None


def _http_date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def feed_hint(body: bytes | None) -> tuple[float | None, str | None]:
    """Seconds between updates the feed document declares: RSS <ttl> (minutes) or sy:updatePeriod and
    sy:updateFrequency (e.g. hourly x 2 = every 30 minutes). Both sit in the channel's head, so only its
    first 64 KiB are searched; the longer of the two wins (both are the publisher's own word)."""
    if not body:
        return None, None
    head = body[:_HEAD_BYTES]
    best: tuple[float | None, str | None] = (None, None)
    ttl = _TTL.search(head)
    if ttl and int(ttl.group(1)) > 0:
        best = (int(ttl.group(1)) * 60.0, "RSS ttl")
    period = _SY_PERIOD.search(head)
    if period and period.group(1).decode("ascii").lower() in UPDATE_PERIODS:
        freq = _SY_FREQUENCY.search(head)
        times = max(int(freq.group(1)), 1) if freq else 1
        seconds = UPDATE_PERIODS[period.group(1).decode("ascii").lower()] / times
        if best[0] is None or seconds > best[0]:
            best = (seconds, "sy:updatePeriod")
    return best


def combine_hints(*hints: tuple[float | None, str | None]) -> tuple[float | None, str | None]:
    """The longest of the given hints (the politest reading of what the publisher asked)."""
    known = [h for h in hints if h[0]]
    return max(known, key=lambda h: h[0] or 0.0) if known else (None, None)


# --- planning ------------------------------------------------------------------------------------------


def _bounded(value: float, settings: ScheduleSettings) -> float:
    low = max(settings.min_interval_seconds, 1.0)
    return min(max(value, low), max(settings.max_interval_seconds, low))


def scale(rhythms: Sequence[Rhythm], settings: ScheduleSettings) -> float:
    """The constant c of interval = c / sqrt(rate) that spends the daily budget over every feed and hour.

    Found by bisection on the bounded intervals, since the bounds change what a given c costs.
    """
    if not rhythms:
        return 900.0
    roots = np.sqrt(np.maximum(np.array([rh.rates() for rh in rhythms], dtype=float), 1e-9))
    budget = settings.requests_per_feed_per_day * len(rhythms)
    low_i = max(settings.min_interval_seconds, 1.0)
    # A feed whose publisher asks for longer gaps cannot spend its share: the others get it.
    lows = np.array([[max(low_i, min(rh.hint_seconds or 0.0, settings.max_hint_seconds))] for rh in rhythms])
    highs = np.maximum(max(settings.max_interval_seconds, low_i), lows)

    def cost(c: float) -> float:  # requests a day: an hour of interval I makes 3600 / I of them
        return float((3600.0 / np.clip(c / roots, lows, highs)).sum())

    low, high = 1e-3, 1e9
    for _ in range(60):
        mid = math.sqrt(low * high)
        if cost(mid) > budget:
            low = mid
        else:
            high = mid
    return high


def interval_at(rhythm: Rhythm, hour: int, c: float, settings: ScheduleSettings) -> float:
    """Seconds between polls of this feed during the given UTC hour."""
    return _bounded(c / math.sqrt(max(rhythm.rates()[hour], 1e-9)), settings)


def next_poll(rhythm: Rhythm, c: float, settings: ScheduleSettings) -> datetime | None:
    """When the feed is next due (None: never polled, due now).

    One poll's worth of "credit" accrues at 1/interval per second, hour by hour, from the last poll: a feed
    polled hourly at 05:30 whose rush starts at 06:00 is polled at the rush's pace from 06:00 on, not at
    06:30. Never sooner than the publisher's hint allows.
    """
    last = rhythm.last_polled_at
    if last is None:
        return None
    rates = rhythm.rates()
    t = last
    remaining = 1.0
    for _ in range(HOURS + 1):
        seconds = _bounded(c / math.sqrt(max(rates[t.astimezone(UTC).hour], 1e-9)), settings)
        boundary = t.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        span = (boundary - t).total_seconds()
        if span / seconds >= remaining:
            t = t + timedelta(seconds=remaining * seconds)
            break
        remaining -= span / seconds
        t = boundary
    if rhythm.hint_seconds:
        t = max(t, last + timedelta(seconds=min(rhythm.hint_seconds, settings.max_hint_seconds)))
    return t


@dataclass(frozen=True, slots=True)
class Choice:
    """The feeds of one pass: those to poll now and, for the report, how many waited and why."""

    due: tuple[str, ...]
    not_due: int
    waiting_for_host: int
    c: float
    host_wait_seconds: float  # the pass should wait this long before fetching (see `choose`)


def choose(urls: Iterable[str], rhythms: Mapping[str, Rhythm], now: datetime, settings: ScheduleSettings,
           force: bool = False, population: Iterable[str] | None = None) -> Choice:
    """The feeds to poll at `now`: due by their rhythm, at most one per host per pass, and none on a host
    polled less than `host_min_seconds` ago; with `force`, every feed (the operator asked for it).

    A host last polled a few seconds less than host_min_seconds ago (the previous pass started a little
    late) is not skipped: the pass is told to wait those seconds before fetching (`host_wait_seconds`, at
    most DUE_GRACE), so the minimum holds to the second without losing a two-minute slot to jitter.
    The budget is shared by `population` (every configured feed; default: `urls`).
    """
    urls = list(dict.fromkeys(urls))
    known = [rhythms[u] for u in (urls if population is None else population) if u in rhythms]
    c = scale(known, settings)
    host_last: dict[str, datetime] = {}
    for rh in rhythms.values():
        if rh.last_polled_at and (rh.host not in host_last or rh.last_polled_at > host_last[rh.host]):
            host_last[rh.host] = rh.last_polled_at
    candidates: list[tuple[datetime, str]] = []
    not_due = 0
    for url in urls:
        rh = rhythms.get(url)
        when = None if (rh is None or force) else next_poll(rh, c, settings)
        if when is None or when <= now + DUE_GRACE:
            candidates.append((when or datetime.min.replace(tzinfo=UTC), url))
        else:
            not_due += 1
    candidates.sort()
    gap = timedelta(seconds=settings.host_min_seconds)
    taken: set[str] = set()
    due: list[str] = []
    waiting = 0
    wait = 0.0
    for _, url in candidates:
        host = host_of(url)
        last = host_last.get(host)
        short = (last + gap - now).total_seconds() if last else 0.0
        if not force and (host in taken or short > DUE_GRACE.total_seconds()):
            waiting += 1
            continue
        taken.add(host)
        due.append(url)
        if not force:
            wait = max(wait, short)
    return Choice(due=tuple(due), not_due=not_due, waiting_for_host=waiting, c=c, host_wait_seconds=wait)


def plan_after_poll(rhythm: Rhythm, c: float, settings: ScheduleSettings) -> Rhythm:
    """The rhythm with `planned_next_at` filled in (what `vzmon feeds` shows as the next poll)."""
    return replace(rhythm, planned_next_at=next_poll(rhythm, c, settings))
