"""Documents built to hurt a feed reader: each is refused with a clear reason, or repaired, in bounded memory.

The documents are generated here (they are a few lines each, and some depend on tmp_path), never
downloaded. Memory is measured with tracemalloc, which sees every Python allocation feedparser would make.
"""

from __future__ import annotations

import gzip
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tasks.parse import parse_feed
from tasks.records import FeedParseError, FeedSource

SOURCE = FeedSource(url="https://hostile.example/feed.xml", name="hostile")
FETCHED = datetime(2024, 3, 1, tzinfo=UTC)
MIB = 1 << 20


def peak_memory(call: Callable[[], Any]) -> tuple[Any, int]:
    """(result or raised error, peak traced bytes) of one call."""
    tracemalloc.start()
    try:
        try:
            outcome: Any = call()
        except FeedParseError as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def parse(body: bytes) -> Any:
    return parse_feed(body, SOURCE, FETCHED)


def item_feed(title: str, encoding: str = "utf-8", declared: str = "UTF-8") -> bytes:
    return (f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel><title>t</title>'
            f"<item><title>{title}</title><link>https://hostile.example/1</link></item></channel></rss>"
            ).encode(encoding)


ENTITY_REASON = "refused: the document declares entities in a DOCTYPE"


def test_billion_laughs_is_refused_before_parsing() -> None:
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(lol)}]><rss version="2.0"><channel>'
            "<title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>").encode()
    outcome, peak = peak_memory(lambda: parse(body))
    assert isinstance(outcome, FeedParseError) and outcome.reason.startswith(ENTITY_REASON)
    assert peak < 2 * MIB


def test_quadratic_blowup_is_refused_in_bounded_memory() -> None:
    # One 50 KB entity used 50,000 times: 300 KB of document, 2.4 GB once expanded.
    entity = "A" * 50_000
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{entity}">]><rss version="2.0"><channel>'
            f"<item><title>x</title><description>{'&big;' * 50_000}</description></item></channel></rss>"
            ).encode()
    outcome, peak = peak_memory(lambda: parse(body))
    assert isinstance(outcome, FeedParseError) and outcome.reason.startswith(ENTITY_REASON)
    assert peak < 5 * MIB, f"peak {peak / MIB:.1f} MiB"


def test_entities_hidden_in_utf16_are_still_seen() -> None:
    body = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "aaaa">]>'
            '<rss version="2.0"><channel><item><title>&a;</title></item></channel></rss>').encode("utf-16")
    with pytest.raises(FeedParseError, match=ENTITY_REASON):
        parse(body)


@pytest.mark.parametrize("kind", ["general", "parameter"])
def test_xxe_internal_subset_is_refused_and_leaks_nothing(tmp_path: Path, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7781")
    decl = (f'<!ENTITY xxe SYSTEM "file://{secret}">' if kind == "general"
            else f'<!ENTITY % xxe SYSTEM "file://{secret}"> %xxe;')
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [{decl}]><rss version="2.0"><channel><title>t</title>'
            "<item><title>a &xxe; b</title><description>&xxe;</description></item></channel></rss>").encode()
    with pytest.raises(FeedParseError, match=ENTITY_REASON) as caught:
        parse(body)
    assert "TOP-SECRET" not in str(caught.value)


def test_xxe_through_an_external_dtd_leaks_nothing(tmp_path: Path) -> None:
    """No ENTITY in the document itself; the DTD file declares it. The parser must not load the DTD."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7781")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "file://{secret}">')
    body = (f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file://{dtd}"><rss version="2.0"><channel>'
            "<title>t</title><item><title>a &xxe; b</title><link>https://hostile.example/1</link>"
            "<description>&xxe;</description></item></channel></rss>").encode()
    try:
        outcome: Any = parse(body)
    except FeedParseError as exc:
        outcome = exc
    assert "TOP-SECRET" not in repr(outcome)


def test_html_page_served_as_a_feed_is_refused() -> None:
    page = b"<!DOCTYPE html>\n<html lang='es'><head><title>Diario</title></head><body><p>Hola</p></body></html>"
    with pytest.raises(FeedParseError, match="refused: an HTML page, not a feed"):
        parse(page)
    with pytest.raises(FeedParseError, match="refused: an HTML page"):
        parse(b"\xef\xbb\xbf  <!-- cms --><HTML><body>x</body></HTML>")


def test_other_xml_is_not_a_feed() -> None:
    with pytest.raises(FeedParseError, match=r"not an RSS or Atom feed \(root element <svg>\)"):
        parse(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')


# (mtime=0 and ids: the gzip header holds the time it was written, and two pytest-xdist workers that collect a
# second apart must see the same test ids, or the whole run stops at collection)
@pytest.mark.parametrize("body", [b"", b"  \r\n\t ", gzip.compress(b"", mtime=0)],
                         ids=["empty", "whitespace", "gzip-of-nothing"])
def test_empty_body_is_refused(body: bytes) -> None:
    with pytest.raises(FeedParseError, match="empty body"):
        parse(body)


def test_windows_1252_declared_utf8_still_yields_correct_text() -> None:
    body = item_feed("Diálogo “sí” – €5 en Caracas", encoding="cp1252", declared="UTF-8")
    [entry] = parse(body)
    assert entry.title == "Diálogo “sí” – €5 en Caracas"


def test_mostly_utf8_with_stray_windows_1252_bytes_keeps_both_right() -> None:
    body = item_feed("Negociación en México PLACEHOLDER").replace(b"PLACEHOLDER", "“Oslo”".encode("cp1252"))
    [entry] = parse(body)
    assert entry.title == "Negociación en México “Oslo”"


def test_utf8_declared_as_latin1_is_read_as_utf8() -> None:
    [entry] = parse(item_feed("Diálogo en México", encoding="utf-8", declared="ISO-8859-1"))
    assert entry.title == "Diálogo en México"


def test_invalid_xml_characters_are_dropped_not_fatal() -> None:
    body = item_feed("Bad\x01 chars\x0b here &#1;&#x8; and &#65;&#xFFFE;ok")
    [entry] = parse(body)
    assert entry.title == "Bad chars here and Aok"


def test_truncated_feed_yields_what_can_be_recovered() -> None:
    items = "".join(f"<item><title>Nota {i}</title><link>https://hostile.example/{i}</link></item>" for i in range(3))
    whole = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()
    cut = whole[: whole.index(b"<title>Nota 2") + 10]
    entries = parse(cut)
    assert [e.title for e in entries][:2] == ["Nota 0", "Nota 1"]


def test_truncated_before_any_entry_is_a_clear_error() -> None:
    with pytest.raises(FeedParseError, match="unreadable XML, no entries recovered"):
        parse(b'<?xml version="1.0"?><rss version="2.0"><channel><title>cut he')


def test_gzip_bomb_served_as_a_file_is_refused_in_bounded_memory() -> None:
    bomb = gzip.compress(bytes(64 * MIB), compresslevel=9)  # ~64 KB in, 64 MiB out
    outcome, peak = peak_memory(lambda: parse(bomb))
    assert isinstance(outcome, FeedParseError)
    assert outcome.reason == "gzip body over 15 MiB after decompression (a compression bomb?)"
    assert peak < 40 * MIB, f"peak {peak / MIB:.1f} MiB"


def test_huge_guid_and_deep_nesting_do_not_break_records() -> None:
    nested = "<x>" * 5000 + "deep" + "</x>" * 5000
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><item><title>t</title><guid>{"g" * 100_000}</guid>'
            f"<description>{nested}</description></item></channel></rss>").encode()
    [entry] = parse(body)
    assert entry.guid.startswith("hash:") and len(entry.guid) < 40
