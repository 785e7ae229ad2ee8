"""Keep secrets out of log lines: a logging filter that rewrites each record through a scrubbing function.

httpx logs every request line at INFO, URL and all, so a feed URL with `user:password@` or the Slack
webhook URL (a secret in itself) would reach the logs and the Prefect UI. Each caller supplies what to
scrub: `tasks.urls.public_url` for feed credentials, `Webhook.scrub` for the webhook.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class RedactingFilter(logging.Filter):
    """Rewrites a record whose message `scrub` changes (args are folded in first, then dropped)."""

    def __init__(self, scrub: Callable[[str], str]) -> None:
        super().__init__()
        self.scrub = scrub

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.scrub(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


@contextmanager
def redacted(logger_name: str, scrub: Callable[[str], str]) -> Iterator[None]:
    """Scrub the records of `logger_name` for the duration of the block."""
    hide = RedactingFilter(scrub)
    logging.getLogger(logger_name).addFilter(hide)
    try:
        yield
    finally:
        logging.getLogger(logger_name).removeFilter(hide)
