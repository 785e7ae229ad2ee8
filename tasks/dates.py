"""Dates feedparser cannot read: localised day and month names, sloppy RFC 822, odd time zones.

feedparser only knows English RFC 822 and W3C dates. Latin-American and European outlets, the ones this
monitor reads most, write `mié, 16 nov 2022 10:00:00 -0300` or `mer, 16 nov 2022`, and some servers
emit `Thu,28 Jul 2022 4:35:5 GMT+9`. Without this parser every such entry would get the fetch time as
its date. The parser is a tokeniser, not a pile of format strings: it looks for a month name (or number
in ISO order), a day, a year, a time and a zone, in any order the languages use.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

_DATA = tomllib.loads((Path(__file__).parent / "data" / "dates.toml").read_text(encoding="utf-8"))
# Month names and abbreviations in the languages of the monitored outlets (accents stripped, lower case).
MONTHS = {name: int(number) for number, names in _DATA["months"].items() for name in names}
_ZONES: dict[str, int] = dict(_DATA["zones"])

_TIME = re.compile(r"^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:[.,]\d+)?$")
_OFFSET = re.compile(r"^(?:(gmt|utc|ut))?([+-])(\d{1,2})(?::?(\d{2}))?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SPLIT = re.compile(r"[\s,]+|(?<=[a-z])(?<!gmt|utc)(?<!ut)[-/]|[-/](?=[a-z])|(?<=\d)(?=[a-z]{2,})|(?<=[a-z])(?=\d)")


def fold(text: str) -> str:
    """Lower case without accents, so `mié`, `Mié.` and `mie` are one token."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True, slots=True)
class ReadDate:
    """A date as read: `when` in UTC, whether the text gave its zone, whether it had AM/PM."""

    when: datetime
    zone_given: bool
    meridiem: bool = False


def parse_date(text: str | None) -> datetime | None:
    """A timezone-aware UTC datetime from a date string in any of the forms above, or None.

    Zone-less times are taken as UTC (`read_date` lets the caller give the feed's own zone instead).
    Impossible dates (31 February, hour 25) give None rather than a rolled-over date.
    """
    read = read_date(text)
    return read.when if read else None


def zone_of(text: str | None) -> timedelta | None:
    """The UTC offset a date string states (`-0500`, `GMT+9`, `EST`, `...T10:00-03:00`), None when it states none."""
    read = read_date(text)
    if read is None or not read.zone_given:
        return None
    return read_date(text, assume=timedelta(0), keep_zone=True).when.utcoffset()  # type: ignore[union-attr]


def read_date(text: str | None, assume: timedelta | None = None, keep_zone: bool = False) -> ReadDate | None:
    """`parse_date` that says whether the text gave a zone; a zone-less time is read in `assume` (UTC when None).

    "02:02:33 PM" is 14:02:33 and "12:05 AM" is 00:05: an AM/PM right after the time sets the half of the day
    (German "am 1. Oktober" comes before the date, never after a time, so it is not taken for one).
    """
    if not text or len(text) > 200:
        return None
    stripped = text.strip()
    iso = _from_iso(stripped, assume, keep_zone)
    if iso is not None:
        return iso
    tokens = [t.strip(".") for t in _SPLIT.split(fold(stripped))]
    day = month = year = None
    hms = (0, 0, 0)
    offset: timedelta | None = None
    after_time = meridiem = False
    for token in tokens:
        if after_time and token in ("am", "pm", "a.m", "p.m"):
            hour = hms[0] % 12 + (12 if token.startswith("p") else 0)
            hms = (hour, *hms[1:])
            after_time = False
            meridiem = True
            continue
        after_time = False
        if not token or token in ("de", "del", "le", "am", "um", "h", "a", "las", "alle", "ore", "as"):
            continue
        if (m := _TIME.match(token)) is not None:
            hms = (int(m[1]), int(m[2]), int(m[3] or 0))
            after_time = True
        elif (m := _ISO_DATE.match(token)) is not None:
            year, month, day = int(m[1]), int(m[2]), int(m[3])
        elif (m := _OFFSET.match(token)) is not None and (m[1] or len(m[3]) + len(m[4] or "") >= 3):
            sign = -1 if m[2] == "-" else 1
            hours, minutes = int(m[3]), int(m[4] or 0)
            offset = sign * timedelta(hours=hours, minutes=minutes)
        elif token in _ZONES:
            offset = timedelta(hours=_ZONES[token])
        elif token in MONTHS and month is None:
            month = MONTHS[token]
        elif token.isdigit():
            number = int(token)
            if len(token) == 4:
                year = number
            elif len(token) == 2 and day is not None and year is None:
                year = 2000 + number if number < 70 else 1900 + number
            elif 1 <= number <= 31 and day is None:
                day = number
    if day is None or month is None or year is None:
        return None
    zone = offset if offset is not None else (assume or timedelta(0))
    try:
        local = datetime(year, month, day, *hms, tzinfo=timezone(zone))
    except ValueError:
        return None
    return ReadDate(local if keep_zone else local.astimezone(UTC), offset is not None, meridiem)


def _from_iso(text: str, assume: timedelta | None, keep_zone: bool) -> ReadDate | None:
    """ISO 8601 / W3C-DTF (`2022-11-16T10:00:00-03:00`, `2022-11-16`), which fromisoformat reads in 3.11."""
    if not text[:4].isdigit() or len(text) < 10 or text[4] != "-":
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    given = parsed.tzinfo is not None
    if not given:
        parsed = parsed.replace(tzinfo=timezone(assume or timedelta(0)))
    return ReadDate(parsed if keep_zone else parsed.astimezone(UTC), given)
