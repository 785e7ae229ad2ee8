"""A small newsroom for end-to-end tests: feeds and article pages served by a real local HTTP server.

All text is invented for the tests. Two good feeds (English RSS, Spanish RSS with a Spanish date), plus
the failures a pass must survive: a 404, a feed that is not XML, and a feed that never answers.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.support.httpserver import LocalServer, Request, Response

PAGE = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
{paragraphs}
</article>
<footer><p>Copyright Example Newsroom. All rights reserved.</p><ul><li>Related: weather</li></ul></footer>
</body></html>"""

ARTICLES = {
    "oslo-round": ("en", "Venezuela government and opposition resume negotiations in Oslo", [
        "Delegations of the Venezuelan government and the opposition met in Oslo on Tuesday for a new round "
        "of negotiations mediated by Norway, the Norwegian foreign ministry said.",
        "\u201cWe came to Oslo with the will to reach an agreement on the electoral calendar,\u201d said Jorge "
        "Rodr\u00edguez, who leads the government delegation.",
        "Opposition negotiator Gerardo Blyde called the talks \u201ca serious opportunity\u201d for the country "
        "and said that political prisoners must be released before any deal on sanctions.",
        "The United States said it would review sanctions on Venezuela if the talks produce a credible "
        "election date.",
    ]),
    "baseball": ("en", "Caracas team wins the Venezuelan baseball final", [
        "The Caracas club won the final of the Venezuelan winter league on Sunday in front of a full stadium.",
        "\u201cThis title belongs to the fans,\u201d the team's manager told reporters after the game.",
    ]),
    "mexico-ronda": ("es", "Gobierno y oposici\u00f3n de Venezuela firman un acuerdo en la negociaci\u00f3n "
                     "de M\u00e9xico", [
        "Las delegaciones del Gobierno venezolano y de la oposici\u00f3n firmaron un acuerdo parcial en Ciudad "
        "de M\u00e9xico, en la negociaci\u00f3n facilitada por Noruega.",
        "\u00abEste acuerdo demuestra que el di\u00e1logo es el camino\u00bb, afirm\u00f3 Jorge Rodr\u00edguez, jefe "
        "de la delegaci\u00f3n oficial.",
        "Gerardo Blyde asegur\u00f3 que la oposici\u00f3n seguir\u00e1 en la mesa mientras haya avances concretos.",
    ]),
}

EN_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link><description>wire</description>
<item><title>Venezuela government and opposition resume negotiations in Oslo</title>
<link>{base}/articles/oslo-round.html?utm_source=rss</link><guid>wire-1</guid>
<description>Talks between Venezuela's government and opposition resume in Oslo with Norway mediating.</description>
<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>
<item><title>Caracas team wins the Venezuelan baseball final</title>
<link>{base}/articles/baseball.html</link><guid>wire-2</guid>
<description>Baseball final in Caracas.</description><pubDate>Sun, 12 May 2024 22:00:00 GMT</pubDate></item>
</channel></rss>"""

ES_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Diario de Ejemplo</title><link>{base}/</link><description>d</description>
<language>es</language>
<item><title>Gobierno y oposici\u00f3n de Venezuela firman un acuerdo en la negociaci\u00f3n de M\u00e9xico</title>
<link>{base}/articles/mexico-ronda.html</link><guid>diario-77</guid>
<description>Acuerdo parcial en la negociaci\u00f3n entre el Gobierno de Venezuela y la oposici\u00f3n.</description>
<pubDate>mi\u00e9, 15 may 2024 09:30:00 -0400</pubDate></item>
</channel></rss>"""


def page(slug: str) -> bytes:
    lang, title, paragraphs = ARTICLES[slug]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(lang=lang, title=title, paragraphs=body).encode("utf-8")


def _with_etag(body: bytes, content_type: str):  # noqa: ANN202 - a route handler
    etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'

    def handler(req: Request) -> Response:
        if req.headers.get("if-none-match") == etag:
            return Response(304, b"", {"ETag": etag})
        return Response(200, body, {"Content-Type": content_type, "ETag": etag})

    return handler


def serve_newsroom(server: LocalServer, *, hang_seconds: float = 30.0) -> None:
    """Add the newsroom's routes to `server`."""
    xml = "application/rss+xml; charset=utf-8"
    server.route("/feeds/wire.xml", _with_etag(EN_FEED.format(base=server.base).encode(), xml))
    server.route("/feeds/diario.xml", _with_etag(ES_FEED.format(base=server.base).encode(), xml))
    server.route("/feeds/gone.xml", Response(404, b"no such feed"))
    server.route("/feeds/garbage.xml", Response(200, b"\x00\x01 this is not a feed \xff", {"Content-Type": "text/xml"}))
    server.route("/feeds/silent.xml", Response(hang=hang_seconds))
    for slug in ARTICLES:
        server.route(f"/articles/{slug}.html", Response(200, page(slug), {"Content-Type": "text/html; charset=utf-8"}))


def write_config(path: Path, server: LocalServer, warehouse: Path, *, broken: bool = True, extra: str = "") -> Path:
    """A monitor config for the newsroom; `broken` adds the three failing feeds."""
    feeds = [("wire", "en"), ("diario", "es")] + ([("gone", "en"), ("garbage", "en"), ("silent", "en")]
                                                   if broken else [])
    lines = [f'[warehouse]\npath = "{warehouse}"\nlock_wait_seconds = 10\n',
             "[fetch]\nallow_private_addresses = true\ntimeout_seconds = 2\nretries = 0\n", extra]
    for name, lang in feeds:
        lines.append(f'[[feeds]]\nurl = "{server.url(f"/feeds/{name}.xml")}"\nname = "{name}"\nlanguage = "{lang}"\n')
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
