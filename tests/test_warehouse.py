"""The warehouse on real DuckDB files: migrations, idempotent loads, the outbox queue, feed state, locks."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tasks.records import Article, Evidence, RelevanceDecision, Statement, WarehouseBusy
from warehouse import load
from warehouse.db import connect, migrate, opened

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def article(n: int, statements: int = 2) -> Article:
    a = Article(article_id=f"a{n}", url=f"https://news.example/{n}", feed_url="https://news.example/feed",
                guid=f"g{n}", title=f"Title {n}", summary="s", text="x" * 50, published_at=NOW,
                published_guessed=False, language="en", content_hash=f"h{n}", text_source="page")
    a.relevance = RelevanceDecision(True, 0.9, (Evidence("Venezuela", "country", "title", 0, 1.0),), "test")
    a.statements = [Statement(speaker=f"Speaker {i}", quote=f"quote {n}.{i}", kind="direct", cue="said",
                              start=i, end=i + 5, language="en", confidence=0.9) for i in range(statements)]
    return a


def count(con, table: str) -> int:  # noqa: ANN001
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_migrations_apply_once(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    assert migrate(con) == []  # connect already applied them
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    assert {"feeds", "articles", "statements", "alerts", "runs", "latest_statements"} <= tables


def test_loading_twice_adds_nothing_and_queues_each_statement_once(tmp_path: Path) -> None:
    with opened(tmp_path / "w.duckdb") as con:
        first = load.load_articles(con, [article(1), article(2)], run_id="r1", version="v1", now=NOW)
        again = load.load_articles(con, [article(1), article(2), article(3)], run_id="r2", version="v1", now=NOW)
        assert (first.articles, first.statements, first.alerts_queued) == (2, 4, 4)
        assert (again.articles, again.statements, again.alerts_queued) == (1, 2, 2)
        assert count(con, "articles") == 3 and count(con, "statements") == 6
        assert con.execute("SELECT count(*), count(DISTINCT statement_id) FROM alerts WHERE status = 'queued'"
                           ).fetchone() == (6, 6)
        ev = con.execute("SELECT evidence->0->>'term' FROM articles WHERE article_id = 'a1'").fetchone()[0]
        assert ev == "Venezuela"


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = article(2)
    bad.statements = [Statement(speaker="S", quote="q", kind="direct", cue="said", start="not a number",  # type: ignore[arg-type]
                                end=1, language="en", confidence=0.5)]
    with opened(tmp_path / "w.duckdb") as con:
        with pytest.raises(Exception):  # noqa: B017 - DuckDB's conversion error, whatever its class
            load.load_articles(con, [article(1), bad], run_id="r", version="v", now=NOW)
        assert count(con, "articles") == 0 and count(con, "statements") == 0 and count(con, "alerts") == 0


def test_feed_state_keeps_validators_and_counts_errors(tmp_path: Path) -> None:
    ok = load.FeedOutcome("https://f/1", "F", "en", 200, None, '"e1"', "Mon", NOW, entries=3)
    with opened(tmp_path / "w.duckdb") as con:
        load.record_feeds(con, [ok])
        st = load.feed_states(con)["https://f/1"]
        assert (st.etag, st.last_modified, st.error_count, st.next_fetch_at) == ('"e1"', "Mon", 0, None)
        for n in range(3):
            fail = load.FeedOutcome("https://f/1", "F", "en", 500, "HTTP 500", None, None, NOW,
                                    previous_errors=n)
            load.record_feeds(con, [fail])
        st = load.feed_states(con)["https://f/1"]
        assert st.error_count == 3 and st.etag == '"e1"'  # a failure does not forget the validators
        assert st.next_fetch_at == NOW + timedelta(minutes=15)


def test_backoff_grows_and_respects_retry_after() -> None:
    assert load.backoff_until(1, NOW) is None and load.backoff_until(2, NOW) is None
    assert load.backoff_until(4, NOW) == NOW + timedelta(minutes=30)
    assert load.backoff_until(40, NOW) == NOW + timedelta(days=1)
    assert load.backoff_until(1, NOW, retry_after=120) == NOW + timedelta(seconds=120)


def test_a_second_process_waits_then_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    holder = connect(path)
    try:
        code = ("from warehouse.db import connect\n"
                f"connect({str(path)!r}, wait_seconds=0.5)\n")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=Path(__file__).parents[1], timeout=60)
        assert done.returncode != 0
        assert "WarehouseBusy" in done.stderr and "nothing was written" in done.stderr
    finally:
        holder.close()
    assert isinstance(WarehouseBusy("x"), Exception)
