"""Which feed entries become articles: distinct entries that look alike, feeds longer than the cap, and
articles corrected after we read them. A real local feed server, real passes, a real DuckDB file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from flows.cli import cli
from flows.monitor import monitor_without_prefect
from tasks.report import summary_lines
from tests.support.httpserver import LocalServer, Response
from tests.support.warehouse import rows
from warehouse.db import opened as duckdb_file

HTML = "<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article>" \
       "</body></html>"


def page(title: str, *paragraphs: str) -> Response:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return Response(200, HTML.format(title=title, body=body).encode(), {"Content-Type": "text/html; charset=utf-8"})


def rss(items: list[str]) -> Response:
    doc = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link>'
           "<description>d</description>" + "".join(items) + "</channel></rss>")
    return Response(200, doc.encode(), {"Content-Type": "application/rss+xml"})


def item(title: str, link: str, guid: str, when: datetime, summary: str = "") -> str:
    return (f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
            f"<description>{summary}</description>"
            f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>")


def config(tmp_path: Path, server: LocalServer, extra: str = "") -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f'[warehouse]\npath = "{tmp_path / "w.duckdb"}"\n'
                    f"[fetch]\nallow_private_addresses = true\ntimeout_seconds = 5\nretries = 0\n{extra}\n"
                    f'[[feeds]]\nurl = "{server.url("/feed.xml")}"\nname = "live"\nlanguage = "en"\n',
                    encoding="utf-8")
    return path


T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
LIVE = "Live: Venezuela government and opposition negotiations in Mexico"
PARAS = [
    "\u201cWe will sign the electoral calendar today,\u201d said Jorge Rodr\u00edguez, who leads the government "
    "delegation in the negotiations with the opposition in Mexico.",
    "\u201cThe release of political prisoners comes first,\u201d said Gerardo Blyde, the opposition negotiator in "
    "the talks with the Venezuelan government.",
    "\u201cNorway will keep facilitating the dialogue,\u201d said Dag Nylander, the Norwegian mediator of the "
    "Venezuela negotiations.",
]


def test_live_blog_entries_with_the_same_title_and_no_summary_are_distinct_articles(tmp_path: Path) -> None:
    with LocalServer() as server:
        server.route("/feed.xml", rss([item(LIVE, server.url(f"/live/{n}"), f"live-{n}", T0 + timedelta(hours=n))
                                       for n in range(3)]))
        for n in range(3):
            server.route(f"/live/{n}", page(LIVE, PARAS[n]))
        report = monitor_without_prefect(config_path=str(config(tmp_path, server)))
    db = tmp_path / "w.duckdb"
    assert report.counts["entries_new"] == 3
    assert rows(db, "SELECT count(*) FROM articles") == [(3,)]
    quotes = {q for (q,) in rows(db, "SELECT quote FROM statements")}
    assert any("electoral calendar" in q for q in quotes) and any("Norway will keep" in q for q in quotes)


def test_entries_without_links_are_still_merged_by_content(tmp_path: Path) -> None:
    """A feed with no links that changes every GUID on each fetch does not make new articles each pass."""
    with LocalServer() as server:
        n = {"pass": 0}

        def feed(_req: object) -> Response:
            n["pass"] += 1
            return rss([f"<item><title>{LIVE}</title><guid isPermaLink=\"false\">rotating-{n['pass']}</guid>"
                        "<description>The talks resumed.</description></item>"])

        server.route("/feed.xml", feed)
        cfg = config(tmp_path, server)
        monitor_without_prefect(config_path=str(cfg))
        second = monitor_without_prefect(config_path=str(cfg))
    assert second.counts["entries_new"] == 0
    assert rows(tmp_path / "w.duckdb", "SELECT count(*) FROM articles") == [(1,)]


def test_an_oldest_first_feed_longer_than_the_cap_yields_its_newest_entries_and_says_so(tmp_path: Path) -> None:
    with LocalServer() as server:
        server.route("/feed.xml", rss([item(f"Harbour notice {n}", server.url(f"/n/{n}"), f"n-{n}",
                                            T0 + timedelta(minutes=n)) for n in range(250)]))
        cfg = config(tmp_path, server)
        report = monitor_without_prefect(config_path=str(cfg))
        health = CliRunner().invoke(cli, ["feeds", "--config", str(cfg), "--json"])
    db = tmp_path / "w.duckdb"
    titles = {t for (t,) in rows(db, "SELECT title FROM articles")}
    assert len(titles) == 200 and "Harbour notice 249" in titles and "Harbour notice 49" not in titles
    assert report.counts["entries_over_cap"] == 50
    summary = "\n".join(summary_lines(report))
    assert "50 older entries of 1 feed(s) past fetch.max_entries_per_feed (200) skipped" in summary
    assert [f["entries_skipped"] for f in report.feed_status] == [50]
    assert json.loads(health.output.splitlines()[0])["entries_skipped"] == 50


def test_a_corrected_article_is_read_again_and_only_its_new_statement_is_alerted(tmp_path: Path) -> None:
    with LocalServer() as server:
        link = server.url("/talks")

        def serve(summary: str, *paras: str) -> None:
            server.route("/feed.xml", rss([item(LIVE, link, "talks-1", T0, summary)]))
            server.route("/talks", page(LIVE, *paras))

        serve("Delegations met in Mexico.", PARAS[0], PARAS[2])
        cfg = config(tmp_path, server)
        monitor_without_prefect(config_path=str(cfg))
        db = tmp_path / "w.duckdb"
        before = {q: sid for sid, q in rows(db, "SELECT statement_id, quote FROM statements")}
        assert any("electoral calendar" in q for q in before) and any("Norway" in q for q in before)
        with duckdb_file(db) as con:
            con.execute("UPDATE alerts SET status = 'sent'")
        # the outlet corrects the article: the first quote is replaced, the Norwegian one stays
        serve("Delegations met in Mexico (corrected).", PARAS[1], PARAS[2])
        report = monitor_without_prefect(config_path=str(cfg))
    assert report.counts["articles_updated"] == 1 and report.counts["entries_new"] == 1
    after = dict(rows(db, "SELECT quote, statement_id FROM statements"))
    assert not any("electoral calendar" in q for q in after)
    assert any("political prisoners" in q for q in after)
    norway = next(q for q in after if "Norway" in q)
    assert after[norway] == before[norway]  # unchanged words keep their id, so they are not alerted again
    text, start, end = rows(db, "SELECT a.text, s.start, s.\"end\" FROM statements s JOIN articles a "
                                "USING (article_id) WHERE s.quote = '" + norway.replace("'", "''") + "'")[0]
    assert text[start:end] == norway  # offsets follow the corrected text
    queued = rows(db, "SELECT s.quote FROM alerts al JOIN statements s USING (statement_id) "
                      "WHERE al.status = 'queued'")
    assert len(queued) == 1 and "political prisoners" in queued[0][0]
    assert rows(db, "SELECT summary FROM articles") == [("Delegations met in Mexico (corrected).",)]
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]


def test_the_same_story_under_a_new_link_is_not_stored_twice(tmp_path: Path) -> None:
    """Merged only when title + summary AND the page text agree: a site that moves its articles."""
    with LocalServer() as server:
        server.route("/old/talks", page(LIVE, PARAS[0]))
        server.route("/new/talks", page(LIVE, PARAS[0]))
        server.route("/feed.xml", rss([item(LIVE, server.url("/old/talks"), server.url("/old/talks"), T0, "Talks.")]))
        cfg = config(tmp_path, server)
        monitor_without_prefect(config_path=str(cfg))
        server.route("/feed.xml", rss([item(LIVE, server.url("/new/talks"), server.url("/new/talks"), T0, "Talks.")]))
        again = monitor_without_prefect(config_path=str(cfg))
    assert again.counts["articles_merged"] == 1 and again.counts["statements_loaded"] == 0
    assert rows(tmp_path / "w.duckdb", "SELECT count(*) FROM articles") == [(1,)]


def test_a_correction_whose_page_fails_keeps_the_stored_article_and_is_retried(tmp_path: Path) -> None:
    with LocalServer() as server:
        link = server.url("/talks")
        server.route("/feed.xml", rss([item(LIVE, link, "talks-1", T0, "Delegations met.")]))
        server.route("/talks", page(LIVE, PARAS[0], PARAS[2]))
        cfg = config(tmp_path, server)
        monitor_without_prefect(config_path=str(cfg))
        db = tmp_path / "w.duckdb"
        before = rows(db, "SELECT quote FROM statements ORDER BY 1")
        server.route("/feed.xml", rss([item(LIVE, link, "talks-1", T0, "Delegations met (corrected).")]))
        server.route("/talks", Response(503, b"down for maintenance"))
        failed = monitor_without_prefect(config_path=str(cfg))
        assert failed.counts["revisions_postponed"] == 1
        assert rows(db, "SELECT quote FROM statements ORDER BY 1") == before  # nothing replaced by the summary
        server.route("/talks", page(LIVE, PARAS[1], PARAS[2]))
        later = monitor_without_prefect(config_path=str(cfg))
    assert later.counts["articles_updated"] == 1
    assert any("political prisoners" in q for (q,) in rows(db, "SELECT quote FROM statements"))
