"""Article page bytes -> the main text of the article (trafilatura), or "" when there is no page to read.

The fetch step already capped the bytes; this step decides cheaply whether they can be a web page at all
(media type, magic numbers, NUL bytes) before handing anything to lxml, then decodes with the charset the
server declared, the page's own <meta charset>, or the bytes themselves, and lets trafilatura drop the
navigation, ads and comments. Its `deduplicate` option stays off: it keeps a process-wide cache, so a
quote repeated by a second article would vanish from that article. Anything trafilatura chokes on
yields "": the caller falls back to the feed summary, which beats a failed run.
"""

from __future__ import annotations

import codecs
import logging
import re

import trafilatura

from tasks.parse import python_codec

# trafilatura reads at most this much HTML; article text sits well inside it, and lxml's time grows with it.
MAX_HTML_BYTES = 4 * 1024 * 1024
PAGE_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml", ""})
# Leading bytes of formats that are never a web page, whatever the Content-Type says.
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
                b"\x00\x00\x00", b"ID3", b"OggS", b"fLaC", b"\x7fELF", b"MZ", b"Rar!", b"7z\xbc\xaf")

_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")

logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract_text(body: bytes, url: str, content_type: str | None = None) -> str:
    """The main text of an article page, paragraphs separated by blank lines; "" when not an HTML page."""
    if not body or not is_html_page(body, content_type):
        return ""
    html = decode_page(body[:MAX_HTML_BYTES], content_type)
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   include_images=False, deduplicate=False)
    except Exception:  # lxml and trafilatura raise many types on junk; the summary is the fallback
        return ""
    if not text:
        return ""
    return _BLANK_LINES.sub("\n\n", text.replace("\r\n", "\n")).strip()


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_html_page(body: bytes, content_type: str | None) -> bool:
    """Cheap refusal: a non-page media type, a known binary signature, or NUL bytes in the head."""
    if media_type(content_type) not in PAGE_MEDIA_TYPES:
        return False
    head = body[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if head.startswith(BINARY_MAGIC) or b"\x00" in head:
        return False
    return b"<" in body[:65536]


def decode_page(body: bytes, content_type: str | None) -> str:
    """Bytes -> text: BOM, then the HTTP charset, then <meta charset>, then UTF-8, then Windows-1252."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(codec, errors="replace")
    declared = _CHARSET_PARAM.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    for candidate in (declared.group(1) if declared else None,
                      meta.group(1).decode("ascii") if meta else None):
        codec = python_codec(candidate)
        if codec is None:
            continue
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue  # a wrong declaration: try the next source, then the bytes themselves
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")
