"""The parse step on ordinary (if untidy) feeds: clean text, canonical links, dates, ids, languages.

Hostile documents are in test_hostile_feeds.py; this file is about what a good record looks like.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tasks.parse import html_to_text, normalise_language, parse_feed
from tasks.records import FeedParseError, FeedSource, stable_id

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "feeds" / "real"
TAG = re.compile(r"</?(p|a|b|i|br|div|span|img|script|em|strong)\b[^>]*>", re.IGNORECASE)
FETCHED = datetime(2022, 11, 30, 12, 0, tzinfo=UTC)
SOURCE = FeedSource(url="https://www.diario-prueba.example/rss/politica.xml", name="diario", language="es")


def rss(items: str, channel_extra: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{channel_extra}'
            f"{items}</channel></rss>").encode()


def test_spanish_feed_gives_clean_records() -> None:
    first, second, third = parse_feed((FIXTURES / "es_fechas_locales.rss").read_bytes(), SOURCE, FETCHED)
    assert first.title == "Gobierno y oposición retoman el diálogo en México"
    assert first.link == "https://www.diario-prueba.example/politica/2022/11/dialogo-mexico.html?id=42"
    assert first.guid == "diario-prueba-42"
    assert first.summary == "Las delegaciones se reunieron en Ciudad de México & firmaron un acuerdo parcial."
    assert first.published_at == datetime(2022, 11, 16, 13, 0, tzinfo=UTC) and not first.published_guessed
    assert first.language == "es"
    assert first.content_hash == stable_id("content", first.title.casefold(), first.summary.casefold())
    assert second.link == "https://www.diario-prueba.example/politica/2022/11/noruega.html"
    assert second.guid == second.link  # no GUID: the canonical link stands in
    assert second.summary == "El facilitador noruego anunció la fecha."
    assert second.published_at == datetime(2022, 11, 26, 22, 30, tzinfo=UTC)
    # Only a link: kept, with an empty title, the fetch time as a flagged guess.
    assert third.title == "" and third.summary == ""
    assert third.published_at == FETCHED and third.published_guessed


def test_italian_atom_resolves_xml_base_and_reads_italian_dates() -> None:
    source = FeedSource(url="https://giornale-prova.example/feed.atom", name="giornale")
    first, second = parse_feed((FIXTURES / "it_atom_xml_base.atom").read_bytes(), source, FETCHED)
    assert first.link == "https://esteri.giornale-prova.example/mondo/venezuela-negoziato.html"
    assert first.title == "Venezuela, riprende il negoziato"
    assert first.published_at == datetime(2022, 11, 16, 8, 15, tzinfo=UTC) and not first.published_guessed
    assert first.language == "it"
    assert second.link is None and second.guid == f"hash:{second.content_hash}"
    assert second.summary == "Testo della nota." and "alert" not in second.summary
    assert second.published_at == datetime(2022, 11, 15, 7, 0, tzinfo=UTC)


def test_relative_links_resolve_against_the_final_url_after_redirects() -> None:
    body = rss("<item><title>a</title><link>../2022/nota.html#top</link></item>")
    [entry] = parse_feed(body, SOURCE, FETCHED, base_url="https://Cdn.Diario-Prueba.example/feeds/es/rss.xml")
    assert entry.link == "https://cdn.diario-prueba.example/feeds/2022/nota.html"


def test_guidless_linkless_entries_get_content_ids_and_duplicates_collapse() -> None:
    items = ("<item><title>Uno</title><description>texto</description></item>"
             "<item><title>Uno</title><description>texto</description></item>"
             "<item><title>Dos</title></item>")
    one, two = parse_feed(rss(items), SOURCE, FETCHED)
    assert one.guid == f"hash:{one.content_hash}" and one.link is None
    assert two.guid != one.guid


def test_permalink_guid_without_link_becomes_the_link() -> None:
    body = rss('<item><title>a</title><guid isPermaLink="true">https://x.example/a?utm_term=z</guid></item>')
    [entry] = parse_feed(body, SOURCE, FETCHED)
    assert entry.link == "https://x.example/a"


def test_missing_title_falls_back_to_the_start_of_the_summary() -> None:
    words = " ".join(["palabra"] * 60)
    [entry] = parse_feed(rss(f"<item><description>{words}</description><link>https://x.example/1</link></item>"),
                         SOURCE, FETCHED)
    assert entry.title.endswith("…") and len(entry.title) <= 121 and entry.summary == words


def test_empty_entries_are_dropped() -> None:
    assert parse_feed(rss("<item></item><item><title> </title></item>"), SOURCE, FETCHED) == []


def test_dates_out_of_range_are_treated_as_unknown() -> None:
    items = ("<item><title>a</title><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>"
             "<item><title>b</title><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>")
    future, epoch = parse_feed(rss(items), SOURCE, FETCHED)
    assert future.published_guessed and future.published_at == FETCHED
    assert epoch.published_guessed


def test_language_comes_from_entry_then_config_then_feed() -> None:
    # the operator's language for a feed beats the feed's own <language> (a real feed declares "US")
    body = rss('<item><title xml:lang="pt-BR">a</title></item><item><title>b</title></item>',
               "<language>en-US</language>")
    pt, configured = parse_feed(body, SOURCE, FETCHED)
    assert (pt.language, configured.language) == ("pt", "es")
    unconfigured = FeedSource(url="https://u.example/", name="u")
    [declared] = parse_feed(body, unconfigured, FETCHED)[1:]
    assert declared.language == "en"
    [unknown] = parse_feed(rss("<item><title>c</title></item>"), unconfigured, FETCHED)
    assert unknown.language is None


def test_empty_feed_is_an_empty_list_not_an_error() -> None:
    assert parse_feed(rss(""), SOURCE, FETCHED) == []


@pytest.mark.parametrize(("fragment", "text"), [
    ("<p>a<br/>b</p><script>var x = '<p>';</script><style>p{}</style>", "a b"),
    ("Tom &amp;amp; Jerry", "Tom &amp; Jerry"),
    ("&lt;not a tag&gt;  \n\t spaced", "<not a tag> spaced"),
    ("<div><p>uno</p>\n\n<p>dos</p></div>", "uno dos"),
])
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


@pytest.mark.parametrize(("value", "expected"), [("es-VE", "es"), ("pt_BR", "pt"), ("EN", "en"), ("", None),
                                                 ("x-klingon-1", None), ("español", None), (None, None)])
def test_normalise_language(value: str | None, expected: str | None) -> None:
    assert normalise_language(value) == expected


# --- the captured real feeds -----------------------------------------------------------------------------

REAL_FILES = sorted(p.name for p in REAL.glob("*") if p.name != "MANIFEST.md") if REAL.is_dir() else []
# Files that are documented (MANIFEST.md) as unreadable even for feedparser's loose parser.
UNREADABLE = {"feedparser_illformed_aaa_illformed.xml", "feedparser_illformed_undeclared_namespace.xml"}


def real(name: str) -> list:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return parse_feed(path.read_bytes(), FeedSource(url=f"https://feeds.example/{name}", name=name), FETCHED)


@pytest.mark.skipif(not REAL_FILES, reason="../shared/feeds/real is not present")
@pytest.mark.parametrize("name", REAL_FILES)
def test_every_real_feed_parses_or_fails_clearly(name: str) -> None:
    if name in UNREADABLE:
        with pytest.raises(FeedParseError, match="unreadable XML, no entries recovered"):
            real(name)
        return
    entries = real(name)
    for entry in entries:
        assert entry.guid and entry.content_hash and entry.published_at.tzinfo is not None
        assert entry.link is None or entry.link.startswith(("http://", "https://"))
        assert not TAG.search(entry.title) and not TAG.search(entry.summary)  # text, not markup
        assert entry.title == " ".join(entry.title.split())


def test_real_korea_times_dates_are_read_by_our_parser() -> None:
    entries = real("mediacloud_real-korean-times.rss")
    assert len(entries) == 195 and not any(e.published_guessed for e in entries)
    assert entries[0].published_at.year == 2022 and entries[0].published_at.month == 7


def test_real_il_messaggero_italian_date() -> None:
    [entry] = real("feedrs_rss_2.0_ilmessaggero.xml")
    # `mer, 16 nov 2022 00:38:15 +0100`
    assert not entry.published_guessed and entry.published_at == datetime(2022, 11, 15, 23, 38, 15, tzinfo=UTC)


def test_real_uol_portuguese_dates_and_windows_1252_text() -> None:
    entries = real("rssparser_uolNoticias.rss")
    assert len(entries) == 15 and not any(e.published_guessed for e in entries)
    assert any("ã" in e.title or "ç" in e.title or "é" in e.title for e in entries)


def test_real_tpm_relative_links_are_resolved() -> None:
    entries = real("nodefeedparser_tpm.atom")
    assert len(entries) == 20
    assert all(e.link and e.link.startswith("https://feeds.example/") for e in entries)  # `/livewire/...`


def test_real_heise_rdf_tracking_params_dropped_and_links_as_ids() -> None:
    entries = real("miniflux_heise_rdf_UTF8.xml")
    assert len(entries) == 60
    assert not any("wt_mc" in (e.link or "") for e in entries)
    assert all(e.guid == e.link for e in entries) and all(e.published_guessed for e in entries)


def test_real_iso_8859_1_feeds_keep_their_accents() -> None:
    golem = real("miniflux_golem_ISO-8859-1.xml")
    jn = real("rssparser_jn-pt_encoding.rss")
    assert len(golem) == 40 and any("ü" in e.summary or "ä" in e.summary for e in golem)
    assert len(jn) == 40 and jn[0].title.startswith("Mãe de utente")


def test_real_gzipped_feed_with_invalid_characters() -> None:
    entries = real("nodefeedparser_invalid-characters-gzipped.xml.gz")
    assert len(entries) == 25 and entries[0].title == "NSOperation"
