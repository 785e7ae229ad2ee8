"""Language codes we accept from feeds and configs: ISO 639-1 (two letters), or ISO 639-2 mapped to them.

A channel's `<language>US</language>` once made eleven English articles "us": a country code, a typo or
a made-up tag is not a language, so it is refused here and the language is identified from the text
(feeds) or reported as a config error (monitor.toml). The codes are data: tasks/data/languages.toml.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

_FILE = Path(__file__).parent / "data" / "languages.toml"


@cache
def _codes() -> tuple[frozenset[str], dict[str, str]]:
    data = tomllib.loads(_FILE.read_text(encoding="utf-8"))
    return frozenset(data["codes"]), dict(data["three_letter"])


def language_code(value: str | None) -> str | None:
    """`es-VE`, `ES`, `spa` -> `es`; None for anything that is not a language (`US`, `xx`, `english`)."""
    if not value or not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    two, three = _codes()
    if len(primary) == 2:
        return primary if primary in two else None
    return three.get(primary) if len(primary) == 3 else None
