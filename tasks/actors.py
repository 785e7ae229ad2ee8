"""The actor directory: known sources with their aliases, roles and sides, read from a data file.

Why a directory: the extractor finds speakers as the article writes them ("Guaido", "el canciller
Arreaza", "Norway's foreign ministry"); alerts and the warehouse need one canonical name and a side
(government, opposition, mediator, ...) per source. The aliases live in `data/actors.toml`, not in code,
so an analyst adds a negotiator without touching Python.

Matching folds case and accents, and prefers the longest alias found in the speaker phrase, so
"Jorge Rodríguez" never resolves to "Delcy Rodríguez" through the shared surname. An alias that only
modifies a side word ("Venezuela's opposition", "la oposición de Venezuela") does not name its actor:
the opposition of a country is not that country's government, and saying so in an alert is the worst
false claim the monitor can make.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from tasks.records import ConfigError

DEFAULT_PATH = Path(__file__).parent / "data" / "actors.toml"
SIDES = {"government", "opposition", "mediator", "foreign_government", "international", "other"}
KINDS = {"person", "government", "organisation", "other"}


def _combining_class() -> re.Pattern[str]:
    """One regex character class of the Basic Multilingual Plane's combining marks (built once, ~10 ms)."""
    ranges, start = [], None
    for code in range(0x10000):
        mark = bool(unicodedata.combining(chr(code)))
        if mark and start is None:
            start = code
        elif not mark and start is not None:
            ranges.append((start, code - 1))
            start = None
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


_COMBINING = _combining_class()
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes: the key every alias comparison uses.

    Called on whole articles several times per analysis, so the marks are removed by one regex (C speed)
    instead of a Python loop over characters; same result (tests/test_actors.py compares the two)."""
    text = text.replace("’", "'")
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    if _ASTRAL.search(text):  # combining marks outside the BMP are rare: the plain loop handles them
        return "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _COMBINING.sub("", text).lower()


@dataclass(frozen=True, slots=True)
class Actor:
    """One known source: `name` is canonical, `kind` says whether pronouns like "he" can stand for it."""

    name: str
    kind: str
    role: str
    side: str
    aliases: tuple[str, ...]
    # The state this body speaks for ("US State Department" -> "United States"): when an article says
    # "Washington announced" next to the body's name, the body is the more specific source.
    part_of: str = ""
    # A country's nationality words ("American", "estadounidense", "salvadoreño"): a description they qualify
    # ("le président américain") is of that country, though no alias is ("United States" is two words).
    nationalities: tuple[str, ...] = ()


_WORD_RE = re.compile(r"\w+")
SIDE_LINK_WINDOW = 3  # words looked at between a side word and an alias ("la oposición de la Venezuela")


def _by_first_character(keys: list[str]) -> str:
    """The alternation of `keys` (tried in their order) grouped by first character: "a(?:lvarez|mor)|b(?:…)".

    Same matches as "alvarez|amor|b…": only keys starting with the character at hand can match there, and
    within a group they keep their order. Faster because `re` tries every alternative of a flat alternation
    at each word start (200 aliases), and only the group's here: the directory's pattern runs over every
    article, sentence by sentence in the rule pass and whole for the tagger's features."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        if key:
            groups.setdefault(key[0], []).append(re.escape(key[1:]))
    empty = ["" for key in keys if not key][:1]   # an empty alias (matching anywhere) stays the last resort
    return "|".join([re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()] + empty)


def _first_characters(keys: list[str]) -> str:
    """A lookahead for the characters the keys start with ("(?=[abc])"): after a blank or a mark (blanked
    quotations are runs of spaces) `re` then skips the position without trying the alternatives. Empty
    when a key is empty (it would match anywhere)."""
    if not all(keys):
        return ""
    return "(?=[" + "".join(sorted({re.escape(key[0]) for key in keys})) + "])"


HOME_COUNTRY = "Venezuela"   # the country whose government and opposition negotiate (sides "government", "opposition")
MIN_NATIONALITY_STEM = 5   # "venez" in "Venezuelan", "venezolano", "vénézuélien", "Venezuela"


class ActorDirectory:
    """Aliases of known actors, searchable inside a speaker phrase."""

    def __init__(self, actors: list[Actor], side_words: tuple[str, ...] = (),
                 side_links: tuple[str, ...] = (), other_countries: tuple[tuple[str, ...], ...] = ()) -> None:
        self.actors = actors
        # countries no actor stands for, each its names and nationality words (`other_countries`): read only to
        # tell a description of theirs from someone else's ("il governo cileno" is not Colombia's)
        self._other_countries = other_countries
        self._side_words = frozenset(fold(w) for w in side_words)
        self._side_links = frozenset(fold(w) for w in side_links)
        self._by_alias: dict[str, Actor] = {}
        # States some body of the directory belongs to: only their names send a sentence to `mentioned`.
        self.parents = frozenset(a.part_of for a in actors if a.part_of)
        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                self._by_alias.setdefault(fold(alias), actor)
        # Longest alias first, whole words only; aliases are folded, so the pattern runs on folded text.
        keys = sorted(self._by_alias, key=len, reverse=True)
        self._pattern = re.compile(r"(?<!\w)" + _first_characters(keys) + "(?:" + _by_first_character(keys) +
                                   r")(?!\w)") if keys else None

    def __len__(self) -> int:
        return len(self.actors)

    @cached_property
    def nation_stems(self) -> dict[str, frozenset[str]]:
        """The stems of the countries the directory names as governments ("venez" of "Venezuela", "brasi" and
        "brazi" of "Brasil" and "Brazil"), each with every stem of its country: only a nationality ("venezolano"),
        never another adjective ("socialist", "encargada"), can tell a head-of-state description from another
        country's head (speakers.Resolver)."""
        found: dict[str, frozenset[str]] = {}
        countries = [(a.name, *a.aliases, *a.nationalities) for a in self.actors if a.kind == "government"]
        for words in [*countries, *self._other_countries]:
            own = frozenset(fold(w)[:MIN_NATIONALITY_STEM] for w in words
                            if " " not in w and len(w) >= MIN_NATIONALITY_STEM)   # "Venezuela", "Qatar"
            own |= {_phrase_key(w) for w in words if " " in w}   # "United States", "El Salvador"
            for stem in own:
                found[stem] = found.get(stem, frozenset()) | own
        return found

    @cached_property
    def _nation_phrases(self) -> re.Pattern[str] | None:
        """The countries' names of several words ("united states", "estados unidos"), folded, as one pattern."""
        names = [w for a in self.actors if a.kind == "government" for w in (a.name, *a.aliases)] + \
            [w for words in self._other_countries for w in words]
        phrases = sorted({fold(w) for w in names if " " in w}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)") if phrases else None

    def countries(self, text: str) -> frozenset[str]:
        """The countries a text names by a nationality or a name the directory knows ("el presidente guyanien",
        "Ministerio de Asuntos Exteriores de Noruega"), as the union of their stems (`nation_stems`): two texts
        name a country in common when their sets meet."""
        nations = self.nation_stems
        found: frozenset[str] = frozenset()
        folded = fold(text)
        for w in folded.replace(";", " ").split():
            if len(w) >= MIN_NATIONALITY_STEM:
                found |= nations.get(w[:MIN_NATIONALITY_STEM], frozenset())
        if self._nation_phrases is not None and " " in folded:
            for m in self._nation_phrases.finditer(folded):
                found |= nations.get(_phrase_key(m.group()), frozenset())
        if self._short_aliases and any(c.isupper() for c in text):
            for word in _WORD_RE.findall(text.replace(".", "")):   # "the US envoy", "U.S. officials"
                government = self._short_aliases.get(word)
                if government is not None:
                    found |= self.countries(government)
        return found

    def countries_of(self, actor: Actor) -> frozenset[str]:
        """The countries a person of the directory belongs to: those their role names ("President of Venezuela",
        "President of the United States", "US special envoy"), and Venezuela for the two sides of the talks
        (their roles say what they do, not where: "President of the National Assembly")."""
        found = self.countries(actor.role)
        if actor.side in ("government", "opposition"):
            found |= self.countries(HOME_COUNTRY)
        return found

    @cached_property
    def _short_aliases(self) -> dict[str, str]:
        """The governments' aliases of up to three capitals, as written ("US", "UE" …; dots dropped): read as
        words with their case ("US", never the pronoun "us")."""
        return {alias.replace(".", ""): a.name for a in self.actors if a.kind == "government"
                for alias in a.aliases if 1 < len(alias.replace(".", "")) <= 3 and alias.replace(".", "").isupper()}

    def lookup(self, phrase: str) -> Actor | None:
        """The actor whose longest alias occurs in `phrase` ("Opposition leader Juan Guaido" -> Guaidó)."""
        if not phrase or self._pattern is None:
            return None
        best: str | None = None
        folded = fold(phrase)
        for m in self._pattern.finditer(folded):
            if (best is None or len(m.group()) > len(best)) and not self._modifies_side_word(folded, m):
                best = m.group()
        return self._by_alias[best] if best else None

    def _modifies_side_word(self, folded: str, m: re.Match[str]) -> bool:
        """Is this alias match only a modifier of a side word ("venezuela's opposition", "la oposicion
        de venezuela")? Then the phrase names that side, not the actor. Only a possessive "'s" may stand
        between the alias and a side word after it, only links ("de", "of", "la") before it."""
        if not self._side_words:
            return False
        # every word read below lies in this window: no side word in it (most matches), no need to read
        window = folded[max(0, m.start() - 60):m.end() + 80]
        if not any(word in window for word in self._side_words):
            return False
        after = _WORD_RE.search(folded, m.end(), m.end() + 40)
        if after is not None and after.group() == "s" and folded[m.end():after.start()] == "'":
            after = _WORD_RE.search(folded, after.end(), after.end() + 40)
        if after is not None and after.group() in self._side_words and \
                not folded[m.end():after.start()].replace("'s", "").strip(" '"):
            return True
        before = _WORD_RE.findall(folded, max(0, m.start() - 60), m.start())
        for word in reversed(before[-SIDE_LINK_WINDOW:]):
            if word in self._side_words:
                return True
            if word not in self._side_links:
                return False
        return False

    def mentioned(self, text: str) -> list[tuple[Actor, str]]:
        """Actors named in `text`, in order, with the spelling the text uses (the canonical name when
        folding changed the text's length): candidates for a later "he" or "the minister"."""
        if not text or self._pattern is None:
            return []
        folded = fold(text)
        same = len(folded) == len(text)
        return [(self._by_alias[m.group()], text[m.start():m.end()] if same else self._by_alias[m.group()].name)
                for m in self._pattern.finditer(folded) if not self._modifies_side_word(folded, m)]

    @staticmethod
    def folded(text: str) -> str | None:
        """`text` folded for `mention_spans`, or None when folding changes its length (offsets would
        no longer line up). Fold a whole article once, not once per sentence."""
        folded = fold(text)
        return folded if len(folded) == len(text) else None

    def mention_spans(self, text: str, a: int, b: int, folded: str | None = None) -> list[re.Match[str]]:
        """Matches of aliases in text[a:b], positioned in `text` when folding keeps its length (it
        does for most scripts); the i-th match pairs with the i-th item of `mentioned(text[a:b])`.
        Pass `folded` (from `folded(text)`) when calling once per sentence of one text."""
        if not text or self._pattern is None:
            return []
        if folded is None:
            folded = self.folded(text)
        if folded is None or len(folded) != len(text):
            return []
        return [m for m in self._pattern.finditer(folded, a, b) if not self._modifies_side_word(folded, m)]

    def spans(self, text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every actor named in `text` (empty when folding changes its length)."""
        return [(m.start(), m.end(), self._by_alias[m.group()].kind)
                for m in self.mention_spans(text, 0, len(text), folded)]

    def exact(self, phrase: str) -> Actor | None:
        """The actor one of whose aliases is exactly `phrase` (case and accents folded)."""
        return self._by_alias.get(fold(phrase.strip()))


def _phrase_key(name: str) -> str:
    """A country's name of several words as a key among the nationality stems ("united states" -> "united_states":
    no stem holds a space or an underscore, so it meets only itself)."""
    return fold(name).replace(" ", "_")


def _parse(path: Path) -> tuple[list[Actor], tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the actor directory: {exc}") from exc
    actors = []
    for i, row in enumerate(data.get("actor", [])):
        name = row.get("name")
        if not name:
            raise ConfigError(f"{path}: actor #{i + 1} has no name")
        side, kind = row.get("side", "other"), row.get("kind", "other")
        if side not in SIDES:
            raise ConfigError(f"{path}: actor {name!r}: side {side!r} is not one of {sorted(SIDES)}")
        if kind not in KINDS:
            raise ConfigError(f"{path}: actor {name!r}: kind {kind!r} is not one of {sorted(KINDS)}")
        actors.append(Actor(name, kind, row.get("role", ""), side, tuple(row.get("aliases", [])),
                            str(row.get("part_of", "")), tuple(row.get("nationalities", []))))
    lists = []
    for key in ("side_words", "side_links", "other_countries"):
        words = data.get(key, [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(f"{path}: `{key}` must be a list of strings")
        lists.append(tuple(words))
    countries = []
    for entry in lists[2]:
        name, sep, rest = entry.partition("|")
        words = [w.strip() for w in rest.split(",") if w.strip()]
        if not sep or not name.strip() or not words:
            raise ConfigError(f"{path}: `other_countries` entries are written 'Name | other name, nationality, …', "
                              f"got {entry!r}")
        countries.append((name.strip(), *words))
    return actors, lists[0], lists[1], tuple(countries)


@lru_cache(maxsize=8)
def _load(path: str) -> ActorDirectory:
    actors, side_words, side_links, other_countries = _parse(Path(path))
    return ActorDirectory(actors, side_words, side_links, other_countries)


def load_actors(path: str | Path = DEFAULT_PATH) -> ActorDirectory:
    """The directory in `path`, parsed once per process (the extractor calls this for every article)."""
    return _load(str(Path(path).resolve()))
