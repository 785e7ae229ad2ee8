"""A synthetic newsroom for the benchmark: N feeds x M entries, English and Spanish, with article pages.

Why synthetic and not the real feeds: a benchmark must be repeatable offline (nothing may touch the
internet) and scale to any N x M. Why templates and vocabulary rather than random words: the pass must do
its real work on it -- stage one must let the negotiation entries through and drop the rest, trafilatura
must find the article body among navigation, scripts, cookie banners and comments, and the extractor must
find direct, partial and indirect statements with named, known speakers. A corpus of noise would make
every stage look faster than it is.

The corpus is deterministic for a given (feeds, entries, relevant, seed): the same bytes, hence the same
ETags, on every run, so a second pass sees 304s. Every document is rendered once, up front, to bytes.

Entry mix per feed: `relevant` share about the negotiations (page served), a fixed 5 % "near misses"
(Venezuela, but oil or baseball: stage one may let them through, so they have pages too), the rest
unrelated world news whose pages are NOT served (a 404 there means stage one fetched a page it need not).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

NEAR_MISS_SHARE = 0.05
EPOCH = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)

# --- vocabulary: speakers (most are in tasks/data/actors.toml, some are not, as in real reporting) ---
SPEAKERS = {
    "en": [("Jorge Rodríguez", "the head of the government delegation"),
           ("Gerardo Blyde", "the opposition's chief negotiator"),
           ("María Corina Machado", "the opposition leader"),
           ("Delcy Rodríguez", "Venezuela's vice president"),
           ("Yván Gil", "the foreign minister"),
           ("Nicolás Maduro", "the president"),
           ("Dag Nylander", "the Norwegian facilitator"),
           ("Marta Quintero", "a political analyst at the Central University of Venezuela")],
    "es": [("Jorge Rodríguez", "jefe de la delegación del Gobierno"),
           ("Gerardo Blyde", "jefe negociador de la oposición"),
           ("María Corina Machado", "líder opositora"),
           ("Delcy Rodríguez", "vicepresidenta ejecutiva"),
           ("Yván Gil", "canciller venezolano"),
           ("Nicolás Maduro", "presidente"),
           ("Dag Nylander", "facilitador noruego"),
           ("Marta Quintero", "politóloga de la Universidad Central de Venezuela")],
}
CITIES = ["Mexico City", "Barbados", "Oslo", "Doha", "Caracas", "Bogotá"]
CIUDADES = ["Ciudad de México", "Barbados", "Oslo", "Doha", "Caracas", "Bogotá"]
TOPICS_EN = ["the electoral calendar", "the release of political prisoners", "sanctions relief",
             "international observers", "the social fund managed by the UN", "candidate registration"]
TOPICS_ES = ["el cronograma electoral", "la liberación de presos políticos", "el alivio de sanciones",
             "los observadores internacionales", "el fondo social administrado por la ONU",
             "la inscripción de candidatos"]
QUOTES_EN = ["We came to the table in good faith and we will stay at the table",
             "There is no going back on what was signed",
             "The country needs an agreement that every Venezuelan can trust",
             "Nobody should expect us to give up our rights in exchange for promises",
             "The next round will decide whether this process has a future",
             "We will not accept conditions imposed from Washington",
             "Every prisoner released is a step toward a real negotiation",
             "The talks are difficult, but they are the only way forward"]
QUOTES_ES = ["Vinimos a la mesa de buena fe y nos quedaremos en la mesa",
             "No hay vuelta atrás en lo que se firmó",
             "El país necesita un acuerdo en el que todos los venezolanos puedan confiar",
             "Nadie debe esperar que renunciemos a nuestros derechos a cambio de promesas",
             "La próxima ronda decidirá si este proceso tiene futuro",
             "No aceptaremos condiciones impuestas desde Washington",
             "Cada preso liberado es un paso hacia una negociación real",
             "El diálogo es difícil, pero es el único camino"]
PHRASES_EN = ["a step forward", "a document with lights and shadows", "irreversible", "a trap",
              "the best chance in years", "insufficient"]
PHRASES_ES = ["un paso adelante", "un documento con luces y sombras", "irreversible", "una trampa",
              "la mejor oportunidad en años", "insuficiente"]
CLAUSES_EN = ["the government would present a new proposal on {topic} before the next round",
              "the delegations had agreed to meet again in {city} within two weeks",
              "the opposition would not sign anything without guarantees on {topic}",
              "the talks on {topic} had stalled over the sequence of commitments"]
CLAUSES_ES = ["el Gobierno presentaría una nueva propuesta sobre {topic} antes de la próxima ronda",
              "las delegaciones acordaron reunirse de nuevo en {city} en dos semanas",
              "la oposición no firmaría nada sin garantías sobre {topic}",
              "las conversaciones sobre {topic} se estancaron por el orden de los compromisos"]
FILLER_EN = ["The talks, facilitated by Norway, resumed in {city} after a pause of several months.",
             "Diplomats from the United States and the European Union followed the round closely.",
             "The previous agreement, signed in Barbados, set out conditions for the presidential election.",
             "Economists say the sanctions on the oil sector weigh heavily on public revenue.",
             "Human rights groups have counted more than two hundred political prisoners in the country.",
             "Neither delegation gave a date for the signing of a final document on {topic}."]
FILLER_ES = ["El diálogo, facilitado por Noruega, se reanudó en {city} tras una pausa de varios meses.",
             "Diplomáticos de Estados Unidos y la Unión Europea siguieron de cerca la ronda.",
             "El acuerdo anterior, firmado en Barbados, fijó condiciones para la elección presidencial.",
             "Los economistas señalan que las sanciones al sector petrolero pesan sobre los ingresos públicos.",
             "Organizaciones de derechos humanos contabilizan más de doscientos presos políticos en el país.",
             "Ninguna de las delegaciones dio fecha para la firma de un documento final sobre {topic}."]
TITLES_EN = ["{speaker} says talks with the opposition on {topic} will continue",
             "Venezuela negotiations resume in {city} with focus on {topic}",
             "Government and opposition delegations meet in {city}; {speaker} upbeat",
             "Mediators push both sides toward a deal on {topic}"]
TITLES_ES = ["{speaker} afirma que el diálogo con la oposición sobre {topic} continuará",
             "Se reanuda en {city} la negociación venezolana centrada en {topic}",
             "Delegaciones del Gobierno y la oposición se reúnen en {city}; {speaker}, optimista",
             "Los mediadores presionan a las partes hacia un acuerdo sobre {topic}"]
NEAR_EN = ["Venezuela's oil output climbs to a four-year high as joint ventures ramp up",
           "Leones del Caracas reach the Venezuelan winter league final",
           "Caracas metro reopens two stations after months of repairs"]
NEAR_ES = ["La producción petrolera de Venezuela alcanza su nivel más alto en cuatro años",
           "Leones del Caracas avanzan a la final de la liga venezolana de béisbol",
           "El metro de Caracas reabre dos estaciones tras meses de reparaciones"]
OTHER_EN = ["Storm brings flooding to coastal towns in the north", "Central bank holds rates steady for a third month",
            "Champions league: late goal settles a tense quarter-final", "New museum wing opens with a sculpture show",
            "Wheat prices fall on forecasts of a record harvest", "City council approves a budget for bike lanes"]
OTHER_ES = ["Tormenta provoca inundaciones en pueblos costeros del norte",
            "El banco central mantiene las tasas por tercer mes", "Liga de campeones: un gol tardío decide el cruce",
            "Nueva ala del museo abre con una muestra de escultura", "El precio del trigo cae ante una cosecha récord",
            "El concejo aprueba un presupuesto para ciclovías"]
SECTIONS = ["News", "World", "Americas", "Politics", "Business", "Opinion", "Sport", "Culture", "Science",
            "Weather", "Video", "Podcasts", "Newsletters", "Crosswords", "Obituaries", "Travel"]


@dataclass(frozen=True, slots=True)
class Document:
    """One pre-rendered response: body bytes, its strong ETag and media type."""

    body: bytes
    etag: str
    content_type: str


@dataclass(frozen=True, slots=True)
class FeedSpec:
    name: str
    host: int  # index of the server (outlet) that serves it
    path: str
    language: str


@dataclass
class Corpus:
    """Every document by (host index, path); the feeds; what was generated (for sanity checks)."""

    hosts: int
    docs: dict[tuple[int, str], Document] = field(default_factory=dict)
    feeds: list[FeedSpec] = field(default_factory=list)
    entries: int = 0
    relevant_entries: int = 0
    pages: int = 0
    page_bytes: int = 0
    statements_planted: int = 0

    def add(self, host: int, path: str, body: bytes, content_type: str) -> None:
        etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
        self.docs[(host, path)] = Document(body, etag, content_type)


def _statement_paragraph(rng: random.Random, lang: str, speaker: tuple[str, str], kind: str) -> str:
    name, role = speaker
    topic = rng.choice(TOPICS_EN if lang == "en" else TOPICS_ES)
    city = rng.choice(CITIES if lang == "en" else CIUDADES)
    if lang == "en":
        if kind == "direct":
            return f"“{rng.choice(QUOTES_EN)},” {name}, {role}, said on {rng.choice(['Monday', 'Friday'])}."
        if kind == "partial":
            return f"{name} called the proposal on {topic} “{rng.choice(PHRASES_EN)}” in a statement."
        return f"{name} said that {rng.choice(CLAUSES_EN).format(topic=topic, city=city)}."
    if kind == "direct":
        return f"«{rng.choice(QUOTES_ES)}», dijo {name}, {role}, en una rueda de prensa."
    if kind == "partial":
        return f"{name} calificó la propuesta sobre {topic} de «{rng.choice(PHRASES_ES)}» en un comunicado."
    return f"{name} afirmó que {rng.choice(CLAUSES_ES).format(topic=topic, city=city)}."


def _boilerplate_head(rng: random.Random, outlet: str, title: str, lang: str, canonical: str) -> list[str]:
    # inline ad configuration: real news pages carry tens of KB of script that trafilatura must skip
    script = "".join(f"window.__cfg{i}={{slot:'ad-{i}',sizes:[[300,250],[728,90]],lazy:true}};" for i in range(400))
    nav = "".join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in SECTIONS)
    return [
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(title)} | {outlet}</title>",
        f'<link rel="canonical" href="{canonical}"><meta property="og:title" content="{escape(title)}">',
        "<style>body{font-family:Georgia,serif;max-width:980px;margin:auto}.nav li{display:inline}"
        + "".join(f".c{i}{{margin:{i}px}}" for i in range(80)) + "</style>",
        f"<script>{script}</script></head><body>",
        '<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> '
        "<button>Manage preferences</button></div>",
        f'<header><a class="logo" href="/">{outlet}</a><ul class="nav">{nav}</ul>'
        '<form action="/search"><input name="q" placeholder="Search"></form></header>',
        f'<div class="ad" id="ad-top">Advertisement {rng.randrange(10**6)}</div>',
    ]


def _boilerplate_tail(rng: random.Random, outlet: str, others: list[str]) -> list[str]:
    related = "".join(f'<li><a href="/news/{rng.randrange(10**6)}.html">{escape(t)}</a></li>' for t in others)
    comments = "".join(f'<div class="comment"><b>reader{rng.randrange(9999)}</b><p>{escape(t)} -- '
                       "interesting, but what about the rest of the region?</p></div>" for t in others[:4])
    footer = "".join(f'<a href="/{s.lower()}/">{s}</a> ' for s in SECTIONS * 2)
    return [
        f'<aside class="sidebar"><h4>Related</h4><ul>{related}</ul><h4>Most read</h4><ol>{related}</ol></aside>',
        f'<section id="comments"><h3>Comments</h3>{comments}</section>',
        f"<footer>{footer}<p>© 2024 {outlet}. All rights reserved. Terms. Privacy. Contact.</p></footer>",
        "<script>(function(){var s=document.createElement('script');s.src='/analytics.js';"
        "document.body.appendChild(s);})();</script></body></html>",
    ]


def _article_page(rng: random.Random, outlet: str, lang: str, title: str, when: datetime, canonical: str,
                  relevant: bool) -> tuple[str, int]:
    """A news page: head, nav, ad, the article (14-22 paragraphs, 2-5 statements when relevant), related,
    comments, footer. Returns the HTML and how many statements were planted."""
    speakers = SPEAKERS[lang]
    filler = FILLER_EN if lang == "en" else FILLER_ES
    topics = TOPICS_EN if lang == "en" else TOPICS_ES
    cities = CITIES if lang == "en" else CIUDADES
    paragraphs: list[str] = []
    planted = 0
    n_statements = rng.randint(2, 5) if relevant else 0
    for _ in range(rng.randint(14, 22)):  # ~4-6 KB of text, a typical wire story
        paragraphs.append(" ".join(s.format(city=rng.choice(cities), topic=rng.choice(topics))
                                   for s in rng.sample(filler, 2)))
    for _ in range(n_statements):
        kind = rng.choice(("direct", "direct", "partial", "indirect"))
        paragraphs.insert(rng.randrange(1, len(paragraphs)), _statement_paragraph(rng, lang, rng.choice(speakers),
                                                                                   kind))
        planted += 1
    body = "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    others = rng.sample(OTHER_EN if lang == "en" else OTHER_ES, 5)
    html = _boilerplate_head(rng, outlet, title, lang, canonical) + [
        f'<main><article><h1>{escape(title)}</h1><div class="byline">Staff reporter · '
        f'<time datetime="{when.isoformat()}">{when:%d/%m/%Y %H:%M}</time></div>{body}</article></main>',
    ] + _boilerplate_tail(rng, outlet, others)
    return "\n".join(html), planted


def _title(rng: random.Random, lang: str) -> str:
    name = rng.choice(SPEAKERS[lang][:6])[0]
    if lang == "en":
        return rng.choice(TITLES_EN).format(speaker=name, topic=rng.choice(TOPICS_EN), city=rng.choice(CITIES))
    return rng.choice(TITLES_ES).format(speaker=name, topic=rng.choice(TOPICS_ES), city=rng.choice(CIUDADES))


def _rss(outlet: str, lang: str, base: str, items: list[tuple[str, str, str, str, datetime]]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
           f"<title>{escape(outlet)}</title><link>{base}/</link><description>Synthetic benchmark feed"
           f"</description><language>{lang}</language>"]
    for guid, link, title, summary, when in items:
        out.append(f'<item><title>{escape(title)}</title><link>{link}</link><guid isPermaLink="false">{guid}</guid>'
                   f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
                   f"<description>{escape(summary)}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def _atom(outlet: str, lang: str, base: str, items: list[tuple[str, str, str, str, datetime]]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
           f"<title>{escape(outlet)}</title><id>{base}/</id><updated>{EPOCH.isoformat()}</updated>"]
    for guid, link, title, summary, when in items:
        out.append(f'<entry><title>{escape(title)}</title><link href="{link}"/><id>{guid}</id>'
                   f"<updated>{when.isoformat()}</updated><summary>{escape(summary)}</summary></entry>")
    out.append("</feed>")
    return "\n".join(out)


def generate(feeds: int, entries: int, relevant: float, *, hosts: int, base_urls: list[str], seed: int = 8,
             prefix: str = "") -> Corpus:
    """Render the whole site. `base_urls[h]` is the URL of server h (links in feeds and pages need it);
    `prefix` puts a second corpus beside the first on the same servers."""
    rng = random.Random(f"{seed}:{feeds}:{entries}:{relevant}:{prefix}")
    corpus = Corpus(hosts=hosts)
    n_relevant = round(entries * relevant)
    n_near = round(entries * NEAR_MISS_SHARE)
    for f in range(feeds):
        lang = "es" if f % 2 else "en"
        host = f % hosts
        base = base_urls[host]
        outlet = f"{'Diario' if lang == 'es' else 'Daily'} Bench {f:03d}"
        kinds = ["relevant"] * n_relevant + ["near"] * n_near + ["other"] * (entries - n_relevant - n_near)
        rng.shuffle(kinds)
        items = []
        for i, kind in enumerate(kinds):
            when = EPOCH - timedelta(minutes=37 * i + f)
            path = f"{prefix}/{f:03d}/{when:%Y/%m/%d}/story-{i:04d}.html"
            link = base + path
            if kind == "relevant":
                title = _title(rng, lang)
                first = rng.choice(FILLER_EN if lang == "en" else FILLER_ES)
                summary = first.format(city=rng.choice(CITIES), topic=rng.choice(TOPICS_EN if lang == "en"
                                                                                 else TOPICS_ES))
            elif kind == "near":
                title = rng.choice(NEAR_EN if lang == "en" else NEAR_ES)
                summary = title + (". Analysts expect more." if lang == "en" else ". Los analistas esperan más.")
            else:
                title = rng.choice(OTHER_EN if lang == "en" else OTHER_ES)
                summary = title + (" Officials said more details would follow." if lang == "en"
                                   else " Las autoridades darán más detalles.")
            title = f"{title} ({f}-{i})"  # unique titles: content hashes must differ, as in real feeds
            items.append((f"bench:{prefix}:{f}:{i}", link, title, summary, when))
            corpus.entries += 1
            if kind in ("relevant", "near"):
                html, planted = _article_page(rng, outlet, lang, title, when, link, kind == "relevant")
                data = html.encode("utf-8")
                corpus.add(host, path, data, "text/html; charset=utf-8")
                corpus.pages += 1
                corpus.page_bytes += len(data)
                corpus.statements_planted += planted
                corpus.relevant_entries += kind == "relevant"
        atom = f % 4 == 3
        doc = (_atom if atom else _rss)(outlet, lang, base, items)
        path = f"{prefix}/feeds/{f:03d}.{'atom' if atom else 'xml'}"
        corpus.add(host, path, doc.encode("utf-8"),
                   "application/atom+xml; charset=utf-8" if atom else "application/rss+xml; charset=utf-8")
        corpus.feeds.append(FeedSpec(name=f"bench {prefix or 'main'} {f:03d}", host=host, path=path, language=lang))
    return corpus
