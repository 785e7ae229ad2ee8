"""Feed bytes -> clean `FeedEntry` records, refusing hostile documents before feedparser sees them.

Three stages, in this order, each for a reason:

1. Refuse (no parser runs): empty bodies, HTML pages served as feeds, and any document that declares
   entities (`<!ENTITY`). Entity declarations are how billion-laughs and quadratic-blowup documents work
   (feedparser's loose fallback parser expands them: one 50 KB entity used 50,000 times reaches 2.4 GB)
   and how XXE reads local files. No real news feed declares entities, so refusing costs nothing.
2. Repair: decode the bytes ourselves (BOM, declared charset, UTF-8 with a Windows-1252 fallback for the
   stray bytes of a feed that says UTF-8 and is not), drop characters XML forbids, and hand feedparser
   clean UTF-8. feedparser alone would either fail on one bad byte or reread the whole feed as
   Windows-1252 and turn every correct accent into mojibake.
3. Clean: plain-text titles and summaries, canonical links, a date (feedparser's, ours, or the fetch time
   flagged as a guess), a language, and ids that survive feeds without GUIDs.
"""

from __future__ import annotations

import codecs
import html
import re
import xml.sax
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import feedparser

from tasks.dates import parse_date, read_date, zone_of
from tasks.langcodes import language_code
from tasks.records import FeedEntry, FeedParseError, FeedSource, stable_id
from tasks.urls import canonical_url

# A gzip file served without Content-Encoding (`feed.xml.gz`) is inflated up to the fetch cap, no further.
MAX_INFLATED_BYTES = 15 * 1024 * 1024
# Dates outside this window are typos or placeholders (1970, 2099); the fetch time is a better guess.
EARLIEST_DATE = datetime(1995, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=2)

_ENTITY_DECL = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
_XML_DECL = re.compile(r"""\A<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_XML_DECL_ENCODING = re.compile(r"""\A(<\?xml[^>]*?encoding\s*=\s*["'])[A-Za-z0-9._:-]+(["'])""")
_INVALID_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
_ROOT_TAG = re.compile(r"<([A-Za-z_][\w:.-]*)")
_WHITESPACE = re.compile(r"\s+")
_HTML_ROOTS = frozenset({"html", "head", "body"})
_SINGLE_BYTE_LATIN = frozenset({"iso8859-15", "cp1252"})


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """The entries of a feed, and a warning when they were recovered from a malformed document."""

    entries: list[FeedEntry]
    warning: str | None = None


def parse_feed(body: bytes, feed: FeedSource, fetched_at: datetime, base_url: str | None = None) -> list[FeedEntry]:
    """Entries of a fetched feed, cleaned. Raises FeedParseError(feed.url, reason) when refused or unreadable."""
    return parse_document(body, feed, fetched_at, base_url).entries


def parse_document(body: bytes, feed: FeedSource, fetched_at: datetime, base_url: str | None = None) -> ParsedFeed:
    """`parse_feed`, also saying when the entries were recovered from broken XML (so the feed's owner can
    be told: a truncated feed loses its last entries silently otherwise).

    `base_url` is where the bytes came from after redirects; relative links resolve against it (or the
    document's xml:base), falling back to the configured feed URL.
    """
    base = base_url or feed.url
    body = _inflate_if_gzip(body, feed.url)
    if not body.strip():
        raise FeedParseError(feed.url, "empty body: the server sent no document")
    text = decode_document(body)
    refusal = refusal_reason(text)
    if refusal:
        raise FeedParseError(feed.url, refusal)
    parsed = feedparser.parse(
        _clean_xml(text).encode("utf-8"),
        response_headers={"content-location": base, "content-type": "application/xml; charset=utf-8"},
        # We reduce every HTML field to plain text ourselves: feedparser sanitising and rewriting URIs inside
        # that HTML first would only double the parse time. Entry links are still resolved against the base.
        sanitize_html=False, resolve_relative_uris=False,
    )
    if not parsed.entries:
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            raise FeedParseError(feed.url, f"unreadable XML, no entries recovered: {parsed.bozo_exception}")
        if not parsed.get("version"):
            raise FeedParseError(feed.url, f"not an RSS or Atom feed (root element <{_root_element(text)}>)")
        return ParsedFeed([])
    # The operator's language for the feed beats the feed's own <language> (seen: "US" for English).
    feed_language = normalise_language(feed.language) or normalise_language(parsed.feed.get("language"))
    zone = feed_zone(parsed)
    out: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in parsed.entries:
        entry = _entry(raw, feed, fetched_at, base, feed_language, zone)
        if entry is not None and entry.guid not in seen:
            seen.add(entry.guid)
            out.append(entry)
    warning = None
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), xml.sax.SAXParseException):
        warning = f"malformed XML, {len(out)} entries recovered: {parsed.bozo_exception}"
    return ParsedFeed(out, warning)


# --- stage 1: refuse -------------------------------------------------------------------------------------


def refusal_reason(text: str) -> str | None:
    """Why a decoded document must not reach feedparser, or None when it may."""
    if _ENTITY_DECL.search(text):
        return ("refused: the document declares entities in a DOCTYPE (entity expansion / external "
                "entity attack); no real feed needs them")
    root = _root_element(text).lower()
    if root in _HTML_ROOTS:
        return "refused: an HTML page, not a feed (the URL may point at a website instead of its RSS feed)"
    return None


def _root_element(text: str) -> str:
    """The name of the first element, skipping the prolog (declaration, comments, PIs, DOCTYPE)."""
    pos, end = 0, min(len(text), 1_000_000)
    while pos < end:
        while pos < end and (text[pos].isspace() or text[pos] == "\ufeff"):
            pos += 1
        if text.startswith("<?", pos):
            terminator = "?>"
        elif text.startswith("<!--", pos):
            terminator = "-->"
        elif text[pos:pos + 9].upper() == "<!DOCTYPE":  # the root element decides, not the DOCTYPE
            terminator = ">"
        else:
            match = _ROOT_TAG.match(text, pos)
            return match.group(1) if match else text[pos:pos + 20]
        close = text.find(terminator, pos)
        if close < 0:
            return ""
        pos = close + len(terminator)
    return ""


def _inflate_if_gzip(body: bytes, url: str) -> bytes:
    """Inflate a gzip body (served as a file, not as Content-Encoding), bounded like the fetch step."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    data = body
    try:
        while data and not inflater.eof:
            out += inflater.decompress(data, 1 << 16)
            if len(out) > MAX_INFLATED_BYTES:
                raise FeedParseError(url, f"gzip body over {MAX_INFLATED_BYTES // (1 << 20)} MiB "
                                          "after decompression (a compression bomb?)")
            data = inflater.unconsumed_tail
    except zlib.error as exc:
        raise FeedParseError(url, f"corrupt gzip body: {exc}") from None
    return bytes(out)


# --- stage 2: repair -------------------------------------------------------------------------------------


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252 (what a feed mislabelled as UTF-8 usually is)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace").replace("\ufffd", ""), error.end


codecs.register_error("vzmon_cp1252_fallback", _cp1252_fallback)


def python_codec(name: str | None) -> str | None:
    """The Python codec for a declared charset, None when unknown. ISO-8859-1 is read as Windows-1252,
    as browsers do, because servers that say Latin-1 routinely send curly quotes in 0x80-0x9F."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec == "iso8859-1" else codec


def decode_document(body: bytes) -> str:
    """Bytes -> text, trusting a BOM, then the XML declaration unless the bytes prove it wrong."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                       (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(codec, errors="replace")
    # No BOM: the first four bytes of "<?xm" tell the encoding family (XML 1.0, appendix F).
    sniffed = {b"<\x00?\x00": "utf-16-le", b"\x00<\x00?": "utf-16-be", b"<\x00\x00\x00": "utf-32-le",
               b"\x00\x00\x00<": "utf-32-be", b"\x4c\x6f\xa7\x94": "cp037"}.get(body[:4])
    if sniffed:
        return body.decode(sniffed, errors="replace")
    match = _XML_DECL.match(body[:200].decode("ascii", errors="replace"))
    declared = python_codec(match.group(1)) if match else None
    # A declaration we could read as ASCII rules out UTF-16/32 whatever it says; ASCII is a subset of UTF-8.
    if declared is None or declared in ("utf-8", "ascii") or declared.startswith(("utf-16", "utf-32")):
        return body.decode("utf-8", errors="vzmon_cp1252_fallback")
    if declared in _SINGLE_BYTE_LATIN:
        try:
            # Valid UTF-8 with non-ASCII bytes is almost never Latin-1 text: the declaration is the mistake.
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return body.decode(declared)
    except UnicodeDecodeError:
        return body.decode(declared, errors="replace")


def _valid_char_ref(match: re.Match[str]) -> str:
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
        return match.group(0)
    return ""


def _clean_xml(text: str) -> str:
    """Drop characters (raw or as `&#1;`) that XML 1.0 forbids, and say utf-8 in the declaration."""
    text = _INVALID_XML_CHARS.sub("", text)
    text = _CHAR_REF.sub(_valid_char_ref, text)
    return _XML_DECL_ENCODING.sub(r"\1utf-8\2", text.lstrip("\ufeff"), count=1)


# --- stage 3: clean --------------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment, skipping scripts and styles."""

    _SKIP = frozenset({"script", "style", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags removed, entities unescaped, whitespace collapsed."""
    if "<" not in fragment:
        return collapse(html.unescape(fragment))
    extractor = _TextExtractor()
    try:
        extractor.feed(fragment)
        extractor.close()
    except Exception:  # HTMLParser is lenient, but a hostile fragment must not sink the whole feed
        return collapse(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    return collapse("".join(extractor.parts))


def collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _field_text(raw: Any, key: str) -> str:
    """A text field as plain text, stripping HTML only when feedparser says the field is HTML."""
    value = raw.get(key)
    if not value:
        return ""
    detail = raw.get(f"{key}_detail") or {}
    if "html" in (detail.get("type") or "text/html"):
        return html_to_text(value)
    return collapse(html.unescape(value))


def normalise_language(value: str | None) -> str | None:
    """`es-VE` -> `es`; None for anything that is not an ISO 639 language code (`US` is a country)."""
    return language_code(value)


def feed_zone(parsed: Any) -> timedelta | None:
    """The UTC offset the feed writes its dates in: its channel date's, else the most common among its entries."""
    for key in ("published", "updated"):
        zone = zone_of(dict.get(parsed.feed, key))
        if zone is not None:
            return zone
    seen = Counter(z for raw in parsed.entries[:50] for key in ("published", "updated")
                   if (z := zone_of(dict.get(raw, key))) is not None)
    return seen.most_common(1)[0][0] if seen else None


def _zone_label(zone: timedelta) -> str:
    minutes = int(zone.total_seconds() // 60)
    return f"UTC{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _published(raw: Any, fetched_at: datetime, zone: timedelta | None = None) -> tuple[datetime, bool, str | None]:
    """The entry's date, whether it is a guess (the fetch time), and a note when its zone was not given.

    A date without a zone is read in the feed's own zone (`zone`, from its other dates) and the note says
    so; with no zone anywhere in the feed it is read as UTC, and the note says that. feedparser drops AM/PM
    ("02:02:33 PM" became 02:02), so a date with either is read by our parser.
    """
    text = next((t for key in ("published", "updated", "created") if (t := dict.get(raw, key))), None)
    read = read_date(text, assume=zone)
    if read is not None and (not read.zone_given or read.meridiem):
        note = None
        if not read.zone_given:
            note = (f"no zone in the entry's date: read in the feed's zone, {_zone_label(zone)}"
                    if zone is not None else "no zone in the feed's dates: UTC assumed")
        if EARLIEST_DATE <= read.when <= fetched_at + FUTURE_TOLERANCE:
            return read.when, False, note
    when, guessed = _published_as_given(raw, fetched_at)
    return when, guessed, None


def _published_as_given(raw: Any, fetched_at: datetime) -> tuple[datetime, bool]:
    """feedparser's parsed date, else ours on the raw string, else the fetch time flagged as a guess."""
    # dict.get, not raw.get: FeedParserDict maps missing keys to others with a DeprecationWarning each time.
    when: datetime | None = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(raw, key)
        if parsed:
            try:
                when = datetime(*parsed[:6], tzinfo=UTC)
                break
            except (TypeError, ValueError):
                continue
    if when is None:
        for key in ("published", "updated", "created"):
            when = parse_date(dict.get(raw, key))
            if when is not None:
                break
    if when is None or when < EARLIEST_DATE or when > fetched_at + FUTURE_TOLERANCE:
        return fetched_at, True
    return when, False


def _entry(raw: Any, feed: FeedSource, fetched_at: datetime, base: str, feed_language: str | None,
           zone: timedelta | None = None) -> FeedEntry | None:
    """One clean record, or None for an entry with nothing in it (no title, no text, no link)."""
    title = _field_text(raw, "title")
    summary = _field_text(raw, "summary")
    if not summary and raw.get("content"):
        first = raw["content"][0]
        summary = html_to_text(first.get("value") or "") if "html" in (first.get("type") or "html") \
            else collapse(first.get("value") or "")
    link = canonical_url(raw.get("link"), base)
    raw_guid = collapse(str(raw.get("id") or ""))
    if link is None and raw_guid.startswith(("http://", "https://")):
        link = canonical_url(raw_guid)
    if not title:
        title = _shorten(summary, 120)
    if not title and not summary and link is None:
        return None
    content_hash = stable_id("content", title.casefold(), summary.casefold())
    if len(raw_guid) > 512:  # a GUID is an id, not a payload
        raw_guid = "hash:" + stable_id("guid", raw_guid)
    guid = raw_guid or link or f"hash:{content_hash}"
    published_at, guessed, zone_note = _published(raw, fetched_at, zone)
    detail = raw.get("title_detail") or raw.get("summary_detail") or {}
    language = normalise_language(detail.get("language")) or feed_language
    return FeedEntry(feed_url=feed.url, guid=guid, link=link, title=title, summary=summary,
                     published_at=published_at, published_guessed=guessed, language=language,
                     content_hash=content_hash, published_zone=zone_note)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"
