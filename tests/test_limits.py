"""A stranger's page cannot hold a pass: relevance grows linearly with the text, and what one article may
make the analysis read (title, summary, text) and produce (statements) is capped, and reported."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from flows.monitor import monitor_without_prefect
from tasks import relevance
from tasks.analysis import Analyzer
from tasks.limits import MAX_STATEMENTS_PER_ARTICLE, MAX_TEXT_CHARS, cut
from tasks.report import summary_lines
from tests.support.httpserver import LocalServer, Response
from tests.support.warehouse import rows

PARA = ("Venezuela's government and the opposition resumed negotiations in Mexico City, mediated by Norway. "
        "\u201cWe will sign the electoral calendar today,\u201d said Jorge Rodr\u00edguez. "
        "Gerardo Blyde said the opposition will stay at the table while there is progress.\n\n")


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load()


def steps_in_relevance(call: Callable[[], object]) -> int:
    """Python line events executed inside tasks/relevance.py while `call` runs: a count of operations that
    does not depend on the machine's speed or load (a loop iteration is one event)."""
    target = relevance.__file__
    count = 0

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):  # noqa: ANN001, ANN202
        return local if frame.f_code.co_filename == target else None

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_judging_relevance_grows_linearly_with_the_text(analyzer: Analyzer) -> None:
    small, large = PARA * 40, PARA * 160
    n_small = steps_in_relevance(lambda: relevance.judge(small, small, "en", analyzer.topic))
    n_large = steps_in_relevance(lambda: relevance.judge(large, large, "en", analyzer.topic))
    # 4x the text: 4x the work when linear (16x when every hit scans every other, as it did)
    assert n_large / n_small < 5, (n_small, n_large)


def test_stage_one_grows_linearly_with_title_and_summary(analyzer: Analyzer) -> None:
    def summary(n: int) -> str:  # venues and negotiation words too far apart to pair: every pair was compared
        return "Oslo Barbados " * 75 * n + "weather " * 50 + "negotiations " * 150 * n

    n_small = steps_in_relevance(lambda: relevance.may_be_relevant("", summary(1), "en", analyzer.topic))
    n_large = steps_in_relevance(lambda: relevance.may_be_relevant("", summary(4), "en", analyzer.topic))
    assert n_large / n_small < 5, (n_small, n_large)


def test_cut_keeps_a_prefix_at_a_break() -> None:
    assert cut("short", 10) == ("short", False)
    text, was_cut = cut("one two three four", 12)
    assert was_cut and text == "one two" and "one two three four".startswith(text)


def test_a_hostile_page_is_cut_to_the_caps_and_the_pass_says_so(tmp_path: Path) -> None:
    body = "".join(f"<p>{PARA.strip().replace('today', f'on day {n}')}</p>"  # ~750 KB, ~6,000 statements
                   for n in range(3000))
    with LocalServer() as server:
        server.route("/page", Response(200, f"<html><body><article>{body}</article></body></html>".encode(),
                                       {"Content-Type": "text/html; charset=utf-8"}))
        title = "Venezuela negotiations " * 2000
        server.route("/feed.xml", Response(200, (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link>'
            f"<description>d</description><item><title>{title}</title><link>{server.url('/page')}</link>"
            "<guid>p1</guid><description>Venezuela talks</description></item></channel></rss>").encode(),
            {"Content-Type": "application/rss+xml"}))
        cfg = tmp_path / "m.toml"
        cfg.write_text(f'[warehouse]\npath = "{tmp_path / "w.duckdb"}"\n[fetch]\nallow_private_addresses = true\n'
                       f'[[feeds]]\nurl = "{server.url("/feed.xml")}"\nname = "hostile"\n', encoding="utf-8")
        report = monitor_without_prefect(config_path=str(cfg))
    db = tmp_path / "w.duckdb"
    [(text_len, title_len)] = rows(db, "SELECT length(text), length(title) FROM articles")
    assert 0 < text_len <= MAX_TEXT_CHARS and title_len <= 1000
    assert rows(db, "SELECT count(*) FROM statements") == [(MAX_STATEMENTS_PER_ARTICLE,)]
    assert report.counts["articles_capped"] == 1 and report.counts["statements_over_cap"] > 0
    assert any(line.startswith("capped: 1 article(s) cut to the per-article caps") for line in summary_lines(report))
