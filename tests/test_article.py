"""Article text: the story without the page around it, and "" (quickly) for anything that is not a page."""

from __future__ import annotations

import time

import pytest

from tasks.article import decode_page, extract_text, is_html_page

PARAGRAPHS = [
    "Las delegaciones del Gobierno y de la oposición se reunieron este viernes en Ciudad de México.",
    "«Hemos avanzado en el calendario electoral», dijo el jefe de la delegación opositora a la prensa.",
    "El facilitador noruego confirmó que la próxima ronda se celebrará antes de fin de mes en la capital.",
    "Según fuentes diplomáticas, el acuerdo parcial incluye la liberación de fondos para programas sociales.",
]


def page(charset: str = "utf-8", meta: bool = True) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    head = f'<meta charset="{charset}">' if meta else ""
    return (f"<!DOCTYPE html><html lang='es'><head>{head}<title>Diálogo</title></head><body>"
            "<nav><a href='/'>Inicio</a> | <a href='/mundo'>Mundo</a></nav>"
            f"<article><h1>Diálogo en México</h1>{body}</article>"
            "<footer>© 2024 Diario de Prueba. Todos los derechos reservados.</footer></body></html>")


def test_main_text_without_navigation_or_footer() -> None:
    text = extract_text(page().encode(), "https://diario.example/nota", "text/html; charset=utf-8")
    assert all(p in text for p in PARAGRAPHS)
    assert "Inicio" not in text and "derechos reservados" not in text


@pytest.mark.parametrize(("content_type", "meta_charset"), [
    ("text/html; charset=windows-1252", "windows-1252"),  # declared by HTTP
    ("text/html", "iso-8859-1"),  # declared only by the page
    (None, "utf-8"),  # declared wrongly by the page: the bytes decide
])
def test_charsets_from_header_meta_or_bytes(content_type: str | None, meta_charset: str) -> None:
    body = page(meta_charset).encode("cp1252")
    text = extract_text(body, "https://diario.example/nota", content_type)
    assert PARAGRAPHS[0] in text and "«Hemos avanzado" in text


@pytest.mark.parametrize(("body", "content_type"), [
    (b"%PDF-1.7\n" + bytes(2000), "application/pdf"),
    (b"%PDF-1.7\n<html>not really</html>", "text/html"),  # lying content type
    (b"\x89PNG\r\n\x1a\n" + bytes(100), None),
    (bytes(range(256)) * 50, "text/html"),
    (b"just some text, no markup at all", "text/plain"),
    (b"just some text, no markup at all", None),
    (b"", "text/html"),
    (b'{"json": "<p>not a page</p>"}', "application/json"),
])
def test_non_pages_give_empty_text(body: bytes, content_type: str | None) -> None:
    assert extract_text(body, "https://diario.example/x", content_type) == ""


@pytest.mark.parametrize("junk", [
    b"<div>" * 200_000,  # nesting far past lxml's limits
    b"<html><body><p " + b"a=1 " * 200_000 + b">x</p>",
    b"<html><body><p>\xff\xfe\x00broken" + b"<" * 100_000,
    b"<<<<>>>>" * 10_000,
])
def test_junk_never_raises_and_stays_quick(junk: bytes) -> None:
    started = time.monotonic()
    assert isinstance(extract_text(junk, "https://diario.example/x", "text/html"), str)
    assert time.monotonic() - started < 3


def test_sniffing_and_decoding_helpers() -> None:
    assert is_html_page(b"\xff\xfe<\x00h\x00", "text/html")  # UTF-16 page: NUL bytes but a BOM
    assert not is_html_page(b"<html>", "image/jpeg")
    assert decode_page("<p>día</p>".encode("utf-16"), None) == "<p>día</p>"
    assert decode_page("<p>día</p>".encode("cp1252"), "text/html; charset=bogus-charset") == "<p>día</p>"
