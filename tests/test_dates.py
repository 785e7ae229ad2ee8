"""Dates feedparser leaves unread, as the monitored outlets actually write them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tasks.dates import parse_date


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("mié, 16 nov 2022 10:00:00 -0300", utc(2022, 11, 16, 13, 0)),  # Spanish (Venezuela, Argentina)
    ("Mie, 16 Nov 2022 10:00:00 -0300", utc(2022, 11, 16, 13, 0)),
    ("dom, 03 dic 2023 08:15:00 GMT-03:00", utc(2023, 12, 3, 11, 15)),
    ("16 de noviembre de 2022 10:00 -04:00", utc(2022, 11, 16, 14, 0)),
    ("mer, 16 nov 2022", utc(2022, 11, 16)),  # Italian, no time
    ("mer, 16 nov 2022 00:38:15 +0100", utc(2022, 11, 15, 23, 38, 15)),
    ("Seg, 24 Set 2018 19:42:40 -0300", utc(2018, 9, 24, 22, 42, 40)),  # Portuguese (UOL)
    ("qua, 16 nov 2022 10:00:00 -0300", utc(2022, 11, 16, 13, 0)),
    ("mercredi 16 février 2022 10:00", utc(2022, 2, 16, 10, 0)),  # French
    ("Mi., 16. März 2022 10:00:00 +0100", utc(2022, 3, 16, 9, 0)),  # German
    ("Thu,28 Jul 2022 4:35:5 GMT+9", utc(2022, 7, 27, 19, 35, 5)),  # Korea Times
    ("Wed, 16 Nov 22 10:00 EST", utc(2022, 11, 16, 15, 0)),
    ("2022-11-16T10:00:00-03:00", utc(2022, 11, 16, 13, 0)),
    ("2022-11-16", utc(2022, 11, 16)),
    ("16-nov-2022", utc(2022, 11, 16)),
])
def test_localised_and_sloppy_dates(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [None, "", "no es una fecha", "31 feb 2022", "mié, 16 2022", "x" * 500,
                                  "16/11/2022", "25:00 16 nov 2022"])
def test_unreadable_dates_are_none_not_guesses(text: str | None) -> None:
    assert parse_date(text) is None
