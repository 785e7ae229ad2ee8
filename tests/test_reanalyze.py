"""`vzmon reanalyze`: stored articles re-judged and re-extracted; alerted statements are not alerted again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tasks.analysis import Analyzer
from tasks.records import Article, Statement
from warehouse import load
from warehouse.db import opened
from warehouse.reanalyze import reanalyze_warehouse

TEXT = ("Venezuela's government and the opposition signed a partial agreement in Mexico City on Saturday, "
        "in talks facilitated by Norway.\n\n"
        "\u201cThis agreement opens a door that was closed for years,\u201d said Gerardo Blyde, who heads the "
        "opposition delegation.")


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load()


def stored_article(old_quote: str) -> Article:
    a = Article(article_id="art1", url="https://example.org/1", feed_url="https://example.org/feed", guid="1",
                title="Venezuela talks yield a partial agreement in Mexico", summary="", text=TEXT,
                published_at=datetime(2022, 11, 26, tzinfo=UTC), published_guessed=False, language="en",
                content_hash="h1")
    start = TEXT.index(old_quote)
    a.statements = [Statement(speaker="Blyde", quote=old_quote, kind="partial", cue="said", start=start,
                              end=start + len(old_quote), language="en", confidence=0.4)]
    return a


def test_reanalysis_replaces_statements_without_alerting_twice(tmp_path: Path, analyzer: Analyzer) -> None:
    with opened(tmp_path / "w.duckdb") as con:
        load.load_articles(con, [stored_article("opens a door")], run_id="r0", version="statements-0")
        con.execute("UPDATE alerts SET status = 'sent'")
        counts = reanalyze_warehouse(con, analyzer)
        assert counts.articles == 1 and counts.removed == 1 and counts.added >= 1
        rows = con.execute('SELECT speaker, quote, extractor_version FROM statements').fetchall()
        assert all(v == analyzer.version for _, _, v in rows)
        assert any("Blyde" in s and q.startswith("This agreement opens a door") for s, q, _ in rows)
        statuses = dict(con.execute("SELECT status, count(*) FROM alerts GROUP BY 1").fetchall())
        # the new, longer quote covers the words already alerted: superseded, not queued again
        assert statuses.get("superseded", 0) >= 1 and statuses.get("queued", 0) == 0
        relevant, version = con.execute("SELECT relevant, analyzer_version FROM articles").fetchone()
        assert relevant is True and version == analyzer.version
        again = reanalyze_warehouse(con, analyzer)
        assert again.articles == 0


def test_statements_found_only_now_are_queued(tmp_path: Path, analyzer: Analyzer) -> None:
    with opened(tmp_path / "w.duckdb") as con:
        art = stored_article("opens a door")
        art.statements = []
        load.load_articles(con, [art], run_id="r0", version="statements-0")
        counts = reanalyze_warehouse(con, analyzer, queue_alerts=True)
        assert counts.alerts_queued == counts.added >= 1
        assert con.execute("SELECT count(*) FROM alerts WHERE status = 'queued'").fetchone()[0] == counts.added


def test_queued_alerts_move_to_the_new_statements_and_reach_slack(tmp_path: Path, analyzer: Analyzer) -> None:
    """Alerts still queued (no webhook yet) when a reanalyze replaces their statements are not lost: the
    new statements are queued (not 'superseded', since nothing was sent), and the next delivery sends them."""
    from tasks.alerts import send_pending_alerts
    from tasks.config import AlertConfig
    from tests.support.slack_receiver import SlackReceiver

    with opened(tmp_path / "w.duckdb") as con:
        arts = []
        for n in range(70):
            a = stored_article("opens a door")
            a.article_id = f"art{n}"
            arts.append(a)
        load.load_articles(con, arts, run_id="r0", version="statements-0")
        assert con.execute("SELECT count(*) FROM alerts WHERE status = 'queued'").fetchone() == (70,)
        counts = reanalyze_warehouse(con, analyzer, queue_alerts=False)  # even with --no-alerts
        assert counts.removed == 70 and counts.added >= 70
        statuses = dict(con.execute("SELECT status, count(*) FROM alerts GROUP BY 1").fetchall())
        assert statuses == {"queued": counts.added}
        orphans = con.execute("SELECT count(*) FROM alerts al ANTI JOIN statements s USING (statement_id)"
                              ).fetchone()
        assert orphans == (0,)
        with SlackReceiver() as slack:
            report = send_pending_alerts(con, AlertConfig(max_per_second=0, min_confidence=0.0), slack.webhook_url)
        assert report.failed == 0 and report.sent == counts.added
        assert dict(con.execute("SELECT status, count(*) FROM alerts GROUP BY 1").fetchall()) == {
            "sent": counts.added}


def test_only_sent_alerts_make_the_new_statements_superseded(tmp_path: Path, analyzer: Analyzer) -> None:
    with opened(tmp_path / "w.duckdb") as con:
        sent, queued = stored_article("opens a door"), stored_article("opens a door")
        queued.article_id = "art2"
        load.load_articles(con, [sent, queued], run_id="r0", version="statements-0")
        con.execute("UPDATE alerts SET status = 'sent' WHERE statement_id IN "
                    "(SELECT statement_id FROM statements WHERE article_id = 'art1')")
        reanalyze_warehouse(con, analyzer)
        rows = con.execute("SELECT s.article_id, al.status FROM statements s JOIN alerts al USING (statement_id) "
                           "ORDER BY 1").fetchall()
        assert {st for aid, st in rows if aid == "art1"} == {"superseded"}
        assert {st for aid, st in rows if aid == "art2"} == {"queued"}
