"""Results that mean what they say: relevant-only views, the run summary's words, dates and language codes,
and the Prefect artifacts' grouped problems, narrow feed table and escaped text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tasks.config import parse_config
from tasks.dates import parse_date, read_date, zone_of
from tasks.langcodes import language_code
from tasks.parse import parse_document
from tasks.records import ConfigError, FeedSource, RunReport
from tasks.report import ERROR_WIDTH, feed_table, group_problems, summary_lines, summary_markdown
from tests.support.slack_receiver import queue_statement
from tests.support.warehouse import rows
from warehouse.db import connect

FETCHED = datetime(2024, 1, 5, tzinfo=UTC)


def test_views_answer_about_relevant_articles_and_the_all_views_keep_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = connect(db)
    queue_statement(con, "on-1", speaker="Jorge Rodríguez", relevant=True)
    for i in range(3):
        queue_statement(con, f"off-{i}", speaker="Donald Trump", relevant=False)
    con.close()
    assert rows(db, "SELECT speaker, statements FROM statements_by_speaker ORDER BY speaker") == [
        ("Jorge Rodríguez", 1)]
    assert rows(db, "SELECT speaker, statements, in_relevant_articles FROM statements_by_speaker_all "
                    "ORDER BY statements DESC, speaker") == [("Donald Trump", 3, 0), ("Jorge Rodríguez", 1, 1)]
    assert rows(db, "SELECT statement_id FROM latest_statements") == [("on-1",)]
    assert len(rows(db, "SELECT * FROM latest_statements_all")) == 4
    assert rows(db, "SELECT sum(statements) FROM daily_counts") == [(1,)]
    assert rows(db, "SELECT sum(statements), sum(statements_in_relevant_articles) FROM daily_counts_all") == [(4, 1)]


def _report(**counts: int) -> RunReport:
    report = RunReport(run_id="r1", started_at=FETCHED)
    report.counts.update(counts)
    return report


def test_the_summary_says_checked_and_unchanged_and_that_slack_is_not_configured() -> None:
    lines = summary_lines(_report(feeds_fetched=4, feeds_not_modified=4, alerts_queued=70, alerts_no_webhook=1))
    assert lines[1] == "feeds: 4 checked, 4 unchanged, 0 failed, 0 malformed but read, 0 skipped (backing off)"
    assert lines[4].startswith("Slack is not configured") and "vzmon alerts status" in lines[4]
    assert not any("Slack" in line for line in summary_lines(_report(feeds_fetched=1, alerts_sent=3)))


def test_problems_are_grouped_by_kind_and_feed_with_counts() -> None:
    report = _report()
    report.errors += [f"article https://a.example/{i} (from Wire): HTTP 404; using the feed summary"
                      for i in range(40)]
    report.errors += [f"article https://a.example/t{i} (from Wire): timed out after {20 + i % 3}s; using the "
                      "feed summary" for i in range(10)]
    report.errors += ["article https://b.example/x (from Diario): no article text on the page; using the feed "
                      "summary", "feed Broken (http://b.example/f.xml): malformed XML, 3 entries recovered: "
                      "<unknown>:28:47: no element found"]
    groups = group_problems(report.errors)
    assert [(g.feed, g.reason, g.count) for g in groups if g.kind == "pages"] == [
        ("Wire", "HTTP 404", 40), ("Wire", "timed out after Ns", 10), ("Diario", "no article text on the page", 1)]
    problems = [line for line in summary_lines(report) if line.startswith("  problem:")]
    assert len(problems) == 4
    assert problems[1] == ("  problem: 40 article pages from Wire: HTTP 404; using the feed summary "
                           "(e.g. https://a.example/0)")
    markdown = summary_markdown(summary_lines(report))
    assert r"\<unknown\>:28:47" in markdown and "<unknown>" not in markdown


def test_the_feed_table_keeps_the_key_columns() -> None:
    report = _report()
    report.feed_status += [{"feed": "Wire", "url": "http://x/f.xml", "status": "failed", "http": 500, "entries": 0,
                            "error": "x" * 500, "new": 0},
                           {"feed": "Diario", "url": "http://y/f.xml", "status": "ok", "http": 200, "entries": 30,
                            "error": None, "new": 7}]
    table = feed_table(report)
    assert [list(r) for r in table] == [["feed", "status", "new", "error"]] * 2
    assert len(table[0]["error"]) == ERROR_WIDTH and table[1] == {"feed": "Diario", "status": "ok", "new": 7,
                                                                   "error": ""}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sat, Dec 16 2023 02:02:33 PM", datetime(2023, 12, 16, 14, 2, 33, tzinfo=UTC)),
    ("Sat, Dec 16 2023 12:05 AM", datetime(2023, 12, 16, 0, 5, tzinfo=UTC)),
    ("Sat, Dec 16 2023 12:05 pm -0500", datetime(2023, 12, 16, 17, 5, tzinfo=UTC)),
    ("am 16. Dezember 2023 um 14:00", datetime(2023, 12, 16, 14, 0, tzinfo=UTC)),  # German "am" is not AM
])
def test_twelve_hour_times(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_a_date_says_whether_it_gave_its_zone() -> None:
    assert zone_of("Sat, 16 Dec 2023 14:02:33 -0500") == timedelta(hours=-5)
    assert zone_of("2023-12-16T14:02:33-03:00") == timedelta(hours=-3)
    assert zone_of("Sat, 16 Dec 2023 14:02:33") is None
    read = read_date("Sat, 16 Dec 2023 14:02:33", assume=timedelta(hours=-5))
    assert read is not None and not read.zone_given and read.when == datetime(2023, 12, 16, 19, 2, 33, tzinfo=UTC)


def _rss(channel_date: str, item_dates: list[str], language: str = "en") -> bytes:
    items = "".join(f"<item><title>Talks {i}</title><link>https://n.example/{i}</link><pubDate>{d}</pubDate></item>"
                    for i, d in enumerate(item_dates))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><language>{language}</language>'
            f"<lastBuildDate>{channel_date}</lastBuildDate>{items}</channel></rss>").encode()


def test_a_zone_less_entry_date_is_read_in_the_feeds_own_zone_and_the_row_says_so() -> None:
    body = _rss("Sat, 16 Dec 2023 18:00:00 -0500",
                ["Sat, Dec 16 2023 02:02:33 PM", "Sat, 16 Dec 2023 09:00:00 -0500"])
    entries = parse_document(body, FeedSource("https://n.example/f.xml", "N"), FETCHED).entries
    assert entries[0].published_at == datetime(2023, 12, 16, 19, 2, 33, tzinfo=UTC)  # 2:02 PM at UTC-5
    assert entries[0].published_zone == "no zone in the entry's date: read in the feed's zone, UTC-05:00"
    assert entries[1].published_at == datetime(2023, 12, 16, 14, 0, tzinfo=UTC) and entries[1].published_zone is None

    nowhere = _rss("", ["Sat, Dec 16 2023 02:02:33 PM"])
    [entry] = parse_document(nowhere, FeedSource("https://n.example/g.xml", "N"), FETCHED).entries
    assert entry.published_at == datetime(2023, 12, 16, 14, 2, 33, tzinfo=UTC)
    assert entry.published_zone == "no zone in the feed's dates: UTC assumed"


def test_a_country_code_is_not_a_language() -> None:
    assert [language_code(x) for x in ("US", "en-US", "es_VE", "spa", "xx", "english")] == [
        None, "en", "es", "es", None, None]
    [entry] = parse_document(_rss("", ["Sat, 16 Dec 2023 09:00:00 GMT"], language="US"),
                             FeedSource("https://n.example/f.xml", "N"), FETCHED).entries
    assert entry.language is None  # identified from the text later, never "us"
    with pytest.raises(ConfigError, match=r"language 'US' is not a language code"):
        parse_config('[[feeds]]\nurl = "https://n.example/f.xml"\nlanguage = "US"\n', source="monitor.toml")


def test_a_pass_groups_its_missing_pages_by_feed_in_the_summary(tmp_path: Path) -> None:
    """A real pass over a local feed whose article pages are all gone: one summary line, counted, naming the feed."""
    from flows.monitor import monitor_without_prefect
    from tests.support.httpserver import LocalServer, Response

    items = "".join(f"<item><title>Venezuela government and opposition resume negotiations in Mexico, round {i}"
                    f"</title><link>{{base}}/articles/{i}.html</link><description>Jorge Rodríguez and Gerardo Blyde "
                    f"met in Mexico City for the Barbados agreement talks.</description>"
                    f"<pubDate>Sat, 16 Dec 2023 0{i}:00:00 GMT</pubDate></item>" for i in range(3))
    with LocalServer() as server:
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
                .replace("{base}", server.url("")).encode())
        server.route("/feeds/wire.xml", Response(200, body, {"Content-Type": "application/rss+xml"}))
        config = tmp_path / "m.toml"
        config.write_text(f'[warehouse]\npath = "{tmp_path / "w.duckdb"}"\n[fetch]\nallow_private_addresses = true\n'
                          f'retries = 0\n[[feeds]]\nurl = "{server.url("/feeds/wire.xml")}"\nname = "Wire"\n',
                          encoding="utf-8")
        report = monitor_without_prefect(str(config))
    problems = [line for line in summary_lines(report) if line.startswith("  problem:")]
    assert report.counts.get("pages_failed") == 3, report.errors
    assert problems == [f"  problem: 3 article pages from Wire: HTTP 404 Not Found; using the feed summary (e.g. "
                        f"{report.errors[0].split()[1]})"]
