"""The pure half of alerts: mrkdwn escaping, links, rules, grouping and the messages' shape and limits."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest

from tasks.alerts import (
    AlertGroup,
    digest_pages,
    escape_mrkdwn,
    fit,
    group_alerts,
    link,
    mute_reason,
    safe_url,
    statement_message,
)
from tasks.config import AlertConfig
from tests.support.slack_receiver import Received, validate
from warehouse.outbox import QueuedAlert

HOSTILE = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C123>", "<http://evil.example|click>",
           "&lt;!channel&gt;", "&amp;lt;!here&amp;gt;", "&#60;!channel&#62;"]


def alert(sid: str = "s1", **kw: object) -> QueuedAlert:
    base = QueuedAlert(
        statement_id=sid, attempts=0, queued_at=datetime(2026, 11, 27, 12), found=True,
        speaker="Jorge Rodríguez", speaker_canonical=None, side="government", quote="We will sign.",
        kind="direct", language="es", confidence=0.9, article_id=f"a-{sid}",
        article_url=f"https://news.example.org/{sid}", title="Headline", published_at=datetime(2026, 11, 27, 12),
        relevant=True, feed_url="https://feeds.example.org/a.xml", feed_name="Outlet A",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def special_tokens(text: str) -> list[str]:
    """Everything Slack would treat as markup: `<...>` sequences."""
    return re.findall(r"<[^>]*>", text)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaping_leaves_no_slack_markup_even_after_html_decoding(text: str) -> None:
    out = escape_mrkdwn(f"before {text} after")
    assert "<" not in out and ">" not in out
    assert special_tokens(out) == []
    # Slack finds control sequences in the raw text and only then decodes the entities for display, so
    # the reader sees the hostile text as text, and nothing else of the message is lost.
    assert out.startswith("before ") and out.endswith(" after")


def test_encoded_mention_arrives_as_visible_text() -> None:
    assert escape_mrkdwn("&lt;!channel&gt;") == "&lt;!channel&gt;"
    assert escape_mrkdwn("Tom & Jerry <b>") == "Tom &amp; Jerry &lt;b&gt;"


def test_invisible_and_bidi_characters_are_dropped() -> None:
    assert escape_mrkdwn("a\u202eb\u200bc\x00d\ne") == "abcd\ne"


def test_fit_cuts_within_limit_and_never_inside_an_entity() -> None:
    for n in range(2, 40):
        out = fit("<" * 50, n)
        assert len(out) <= n
        assert re.fullmatch(r"(&lt;)*\u2026?", out)
    assert fit("short", 10) == "short"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,x",
                                 "mailto:a@b.c", "ftp://x.example/a", "//evil.example/x", "http://", "http://[::1"])
def test_only_http_links_are_linked(url: str) -> None:
    assert safe_url(url) is None
    assert link(url, "Outlet") == "Outlet"


def test_link_encodes_characters_that_would_break_out_of_it() -> None:
    out = link("https://x.example/a|b>c d?q=1&r=<2>", "Out|let <!here>")
    assert out == "<https://x.example/a%7Cb%3Ec%20d?q=1&amp;r=%3C2%3E|Out|let &lt;!here&gt;>"
    assert special_tokens(out) == [out]


def test_rules_precedence_and_matching_ignore_case_and_accents() -> None:
    cfg = AlertConfig(min_confidence=0.5, mute_speakers=("delcy rodriguez",), always_speakers=("MARIA CORINA",),
                      mute_sides=("foreign_government",), always_sides=("mediator",))
    assert mute_reason(alert(speaker="Delcy Rodríguez", side="mediator"), cfg) == \
        "muted: speaker in alerts.mute_speakers"
    assert mute_reason(alert(speaker="she", speaker_canonical="Delcy Rodríguez"), cfg) is not None
    # always_speakers lets a low-confidence statement of an irrelevant-looking article through
    assert mute_reason(alert(speaker="María Corina", confidence=0.1, relevant=False,
                             side="foreign_government"), cfg) is None
    assert "mute_sides" in (mute_reason(alert(side="Foreign_Government"), cfg) or "")
    assert mute_reason(alert(side="mediator", confidence=0.1, kind="indirect"), cfg) is None
    assert "min_confidence" in (mute_reason(alert(confidence=0.2), cfg) or "")
    assert "kinds" in (mute_reason(alert(kind="indirect"), replace(cfg, kinds=("direct",))) or "")
    assert "relevant" in (mute_reason(alert(relevant=None), cfg) or "")
    assert mute_reason(alert(relevant=False), replace(cfg, only_relevant=False)) is None


def test_same_quote_and_speaker_group_across_outlets_whatever_the_typography() -> None:
    rows = [
        alert("s1", quote="“We  will sign the agreement.”", feed_name="Outlet A"),
        alert("s2", quote="we will sign the agreement", feed_name="Outlet B", feed_url="https://b.example/f"),
        alert("s3", quote="We will sign the agreement", speaker="He", speaker_canonical="Jorge Rodriguez"),
        alert("s4", quote="We will sign the agreement", speaker="Delcy Rodríguez"),
        alert("s5", quote="Something else"),
    ]
    groups = group_alerts(rows)
    assert [g.ids for g in groups] == [["s1", "s2", "s3"], ["s4"], ["s5"]]


def test_statement_message_shows_who_what_where_when() -> None:
    group = group_alerts([alert("s1"), alert("s2", feed_name="Outlet B", feed_url="https://b.example/f")])[0]
    msg = statement_message(group, run_id="run-7")
    assert validate(msg) is None
    text = "\n".join(Received(0, msg).texts())
    for expected in ("*Jorge Rodríguez* (government) · direct quote", "> We will sign.",
                     "*Reported by 2 outlets:*", "<https://news.example.org/s1|Outlet A>",
                     "<https://news.example.org/s2|Outlet B>", "2026-11-27 12:00 UTC", "Language: es",
                     "Confidence 0.90", "vzmon run run-7"):
        assert expected in text
    assert len(msg["text"]) <= 300


def test_hostile_statement_message_is_inert_and_within_limits() -> None:
    evil = " ".join(HOSTILE)
    row = alert(speaker=f"<!here> {evil}", side="<@U999>", quote=(evil + " ") * 200 + "x" * 10_000,
                title=evil * 50, feed_name=evil, article_url="javascript:alert(document.cookie)", language=evil)
    msg = statement_message(AlertGroup(("k", "q"), [row] * 60))
    assert validate(msg) is None
    for text in Received(0, msg).texts():
        assert special_tokens(text) == []  # the javascript: link dropped, everything else escaped
        assert len(text) <= 3000


def test_digest_pages_carry_every_statement_once_within_slack_limits() -> None:
    rows = [alert(f"s{i}", quote=f"Quote number {i}. " + "<!channel> " * 400, speaker=f"Speaker {i % 37}",
                  confidence=(i % 10) / 10) for i in range(2000)]
    pages = digest_pages(group_alerts(rows), run_id="r1")
    assert len(pages) > 1
    seen: list[str] = []
    for n, (msg, groups) in enumerate(pages, start=1):
        assert validate(msg) is None and len(msg["blocks"]) <= 50
        texts = Received(0, msg).texts()
        assert texts[1] == f"vzmon digest: 2000 new statements (page {n} of {len(pages)})"
        assert all("<!" not in t and len(t) <= 3000 for t in texts)
        body = "\n".join(texts)
        shown = re.findall(r"Quote number (\d+)\.", body)
        assert sorted(shown) == sorted(g.lead.quote.split(".")[0].rsplit(" ", 1)[1] for g in groups)
        seen += shown
    assert sorted(seen, key=int) == [str(i) for i in range(2000)]  # every statement, none twice
    first = Received(0, pages[0][0]).texts()
    assert f"*2000* new statements from *37* speakers in *1* outlets, in {len(pages)} messages" in first[2]


def test_digest_items_are_grouped_by_speaker_most_quoted_first() -> None:
    rows = [alert("a1", speaker="Ana", quote="A one"), alert("b1", speaker="Bea", quote="B one"),
            alert("b2", speaker="Bea", quote="B two")]
    ((msg, _),) = digest_pages(group_alerts(rows))
    sections = [b["text"]["text"] for b in msg["blocks"] if b["type"] == "section"][1:]
    assert sections[0].startswith("*Bea* (government) \u2014 2 statements\n> B one")
    assert "> B two" in sections[0] and sections[1].startswith("*Ana* (government) \u2014 1 statement\n> A one")


