"""Shared fixtures. Telemetry is off and nothing leaves 127.0.0.1 in tests."""

from __future__ import annotations

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect API for the whole session (starting one costs seconds; never per test)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def newsroom() -> Iterator[object]:
    """The small local newsroom of tests/support/newsroom.py on a real HTTP server (its silent feed hangs 3 s)."""
    from tests.support.httpserver import LocalServer
    from tests.support.newsroom import serve_newsroom

    with LocalServer() as server:
        serve_newsroom(server, hang_seconds=3)
        yield server
