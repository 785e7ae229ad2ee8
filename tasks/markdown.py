"""Text from feeds and articles made safe inside Markdown (Prefect artifacts, the brief's Markdown)."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def md(text: object) -> str:
    """Text safe inside Markdown, not at the start of a line: emphasis, code, links, HTML tags (`<unknown>`,
    which a renderer otherwise drops as an unknown tag), table pipes and entities are neutralised;
    whitespace (newlines included) becomes single spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()).replace("&", "&amp;"))
