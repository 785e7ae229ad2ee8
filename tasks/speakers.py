"""Speaker phrases: the noun phrase that a cue points to, and what it refers to within the article.

Why rules over a tagger: reporting clauses are formulaic ("X said", "dijo X", "according to X",
"X, the minister, said"), and a capitalised run plus a few word lists finds the source in them at a
fraction of a tagger's start-up cost. Pronouns and descriptions ("he", "el canciller", "the statement")
are resolved to the nearest earlier source of a compatible kind, surnames to the full name used before.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING

from tasks.actors import ActorDirectory, fold
from tasks.cues import Lexicon, gendered_honorifics, honorifics, sentence_openers, state_abbreviations
from tasks.records import ConfigError

if TYPE_CHECKING:
    from tasks.analysis.names import ArticleNames

# A word may end in a possessive apostrophe after an s ("Sanders' campaign manager"): part of the word.
# (a full stop before a dash ends a word: "Caracas.-El" is two; the loop unrolled, as fast as one class)
# ("ad interim", the Latin modifier of Italian, French and Spanish titles, is one word: "la presidente ad interim
# ha promesso …" has a title's modifier where "ad" would read as a preposition)
TOKEN_RE = re.compile(r"\b[Aa]d[ \t]+interim\b|"
                      r"\w[\w’'\-]*(?:\.(?!-)[\w’'\-]*)*(?<=\w)(?:(?<=s)['’](?=\s+[a-z]))?|[\w]|[^\w\s]")
# A title with its full stop before a capitalised word ("Mr. Clinton"): no token of a source phrase, whose
# stop would otherwise end the name before it began ("said Mr. Clinton" read no source).
TITLE_STOP_RE = re.compile(r"\b(?:" + "|".join(sorted(honorifics(), key=len, reverse=True)) +
                           r")\.(?=\s+[^\W\d_])")
# An elided article before a capitalised name ("a indiqué l'ONU", "ha detto l'Onu"): a token of
# its own, so that the name after it reads as a name.
ELIDED_ARTICLE = r"\b[Ll]['’](?=[A-ZÁÉÍÓÚÀÈÌÒÙ])"
# An initial with its stop before a capitalised word ("George W. Bush", "John F. Kerry", "J. Smith"): one token,
# part of the name, whose stop would otherwise end it ("said George W. Bush" read "George W").
INITIAL_RE = re.compile(r"\b[A-Z]\.(?=\s+[A-Z][\w’'\-]+)")
# A dotted acronym with its last stop before a word ("the U.S. State Department", "U.S. envoy Richard
# Grenell", "EE.UU. y Venezuela"): one token with its stop, which otherwise ended the phrase before the name;
# not before a word that opens a sentence ("… by the U.S. The opposition said"), where the stop is the sentence's.
_OPENERS = "|".join(sorted(sentence_openers(), key=len, reverse=True))
ACRONYM_RE = re.compile(r"\b(?:[A-Z]{1,2}\.){2,}(?=\s+\w|$)(?!\s+(?:" + _OPENERS + r")\b)")
_SOURCE_TOKEN_RE = re.compile("(?P<title>" + TITLE_STOP_RE.pattern + ")|" + ACRONYM_RE.pattern + "|" +
                              INITIAL_RE.pattern + "|" + TOKEN_RE.pattern)
_AFTER_CUE_TOKEN_RE = re.compile("(?P<title>" + TITLE_STOP_RE.pattern + ")|" + ACRONYM_RE.pattern + "|" +
                                 INITIAL_RE.pattern + "|" + ELIDED_ARTICLE + "|" + TOKEN_RE.pattern)
POSSESSIVE_ENDINGS = ("’s", "'s")
CONTINUE_PUNCT = {*POSSESSIVE_ENDINGS, "-", "&"}
# A wire dateline before the main clause: "CARACAS (Reuters) -", "Caracas (EFE).-", "WASHINGTON —", or a live
# blog entry's time.
DASHES = ("-", "–", "—")
ENTRY_TIME = r"\d{1,2}[h:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[-–—]+|\|)"   # a live blog entry's "12h15 –", "12:00 |"
DATELINE_RE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.,’' ]{1,40}?\s*\([^()\n]{1,40}\)\.?\s*[-–—]+\s*"   # "Caracas (EFE).-"
                         r"|[A-ZÁÉÍÓÚÑ .,]{3,40}[-–—]+\s*"
                         r"|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,20}\.[-–—]+\s*"   # "Agencias.-", "Redacción.-", "Caracas.-"
                         r"|\([^()\n]{1,40}\)\.?\s*[-–—]+\s*"   # "(Reuters) -": the place dropped by the page
                         r"|" + ENTRY_TIME + r"\s*")
OF_WORDS = {"of", "for", "at", "from", "de", "del", "da", "do", "dos", "das", "di", "della", "dello", "des", "du",
            "von", "der"}   # ("il capo dello Stato")
WORD_RE = re.compile(r"[\w-]+")
# prepositions with the definite article fused in ("della società", "do órgão", "du groupe", "des Konzerns")
_ARTICLED_OF = frozenset({"del", "della", "dello", "dell", "do", "da", "du", "des", "der", "dem", "al", "alla", "ao",
                          "au", "nel", "nella", "no", "na", "im", "vom", "beim", "zum", "zur"})
_ELIDED_ARTICLE = re.compile(r"(?<!\w)[LD]['’](?=\w)")   # a capital "L'" or "D'" (French, Italian) before a vowel
_ELIDED_ANY = re.compile(r"^[ld]['’](?=\w)")     # the same, lower-cased, opening a word
QUOTED_TITLE_RE = re.compile(r"[\"“«]([^\"“”«»\n]{4,80})[\"”»]")
CONNECTORS = {"de", "del", "of", "the", "la", "da", "do", "dos", "das", "di", "della", "degli", "delle", "dei", "des",
              "du", "von", "y", "and"}
# How far from a cue (in characters) a source phrase is read. A subject, its appositions and a name run
# are a few dozen words at most; reading whole sentences per cue made odd long texts quadratic.
WINDOW = 400
MAX_NAME_WORDS = 8      # "José Luis Rodríguez Zapatero" is five; longer capitalised runs are not one name


@dataclass(frozen=True, slots=True)
class Phrase:
    """A candidate source as written: `kind` is named | person_pronoun | plural_pronoun | thing_pronoun |
    person_description | statement_description | body | none | coordinated | anonymous | rejected."""

    text: str
    start: int
    end: int
    kind: str


def tokens(text: str, a: int, b: int, after_cue: bool = False) -> list[tuple[str, int, int]]:
    """Words and punctuation marks of text[a:b] with their offsets; a title before a name is left out. After
    a cue an elided article is a token of its own ("a indiqué l'ONU"); before one it stays in its word, where
    it more often ends an adverbial than opens the subject ("Dans un entretien à l'AFP, le ministre a …")."""
    if not after_cue and text.find(".", a, b) < 0:   # no title's full stop in reach: the plain tokens
        return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, a, b)]
    pattern = _AFTER_CUE_TOKEN_RE if after_cue else _SOURCE_TOKEN_RE
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text, a, b) if m.lastgroup is None]


def left_window(text: str, a: int, b: int, size: int = WINDOW) -> int:
    """Where to start reading leftwards from b: a, or the first word boundary within `size` characters
    of b, so that the work per cue stays bounded whatever the length of the sentence."""
    if b - a <= size:
        return a
    cut = b - size
    space = text.find(" ", cut, b)
    return space + 1 if space >= 0 else cut


def is_capitalised(word: str) -> bool:
    """Capitalised, or written in a script without case (Arabic), where any word may be a name."""
    first = word[:1]
    if first.isalpha() and not first.isupper() and not first.islower():
        return True
    return first.isupper() or (len(word) > 1 and word[0] in "'’" and word[1:2].isupper()) or \
        first in "ae" and ARABIC_PARTICLE_RE.match(word) is not None   # "al-Ansari": the particle opens the name


LEADING_MARKS = " \n\"“«„‹‘'—–-"   # what may stand before a sentence's first word (quotation marks, a dash)
ELIDED_ARTICLES = frozenset({"l'", "l’", "d'", "d’"})   # French and Italian elided articles as tokens of their own
ARABIC_PARTICLE_RE = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar)-[A-Z]")   # "al-Ansari", "el-Sisi"


def _is_name(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may belong to a name; acronyms ("UN", "EEUU") always may. After an elided
    article the rest decides ("L'accord" no, "L'ONU" yes)."""
    elided = _ELIDED_ARTICLE.match(word)
    if elided is not None:
        word = word[elided.end():]
    if not is_capitalised(word):
        return False
    return (len(word) > 1 and word.isupper()) or lex.is_name_word(word)


ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les", "il", "lo", "o", "os", "um",
                      "uma", "une", "der", "die", "das", "ein", "eine"})   # (names.py reads them as DETERMINERS)
DEFINITE_ARTICLES = ARTICLES - {"a", "an", "un", "una", "um", "uma", "une", "ein", "eine"}


def qualified_title(phrase: str, lex: Lexicon | None) -> bool:
    """"The Venezuelan leader", "the New Jersey governor", "a Treasury spokesman": an article, capitals that only
    qualify a person's title, the title. `is_name` takes the capitals for a name; such a speaker describes a
    person without naming them (issue 11, point 4), so it is not reported as resolved."""
    words = phrase.split()
    return lex is not None and len(words) >= 3 and words[0].lower() in ARTICLES and \
        words[-1].lower() in lex.person_descriptions and words[-1][:1].islower() and \
        all(is_capitalised(w) for w in words[1:-1]) or possessive_title(phrase, lex)


MAX_POSSESSIVE_TITLE_WORDS = 4   # "Venezuela's chief negotiator", "Norway's special envoy"


def without_leading_article(speaker: str, lex: Lexicon | None) -> str:
    """The speaker as the guide writes a source: without the article a description opens with ("il ministero
    degli Esteri norvegese" -> "ministero degli Esteri norvegese", "Le gouvernement" -> "gouvernement", "Die
    Regierung" -> "Regierung"); the mention keeps it as written. Only before a lower-case word or a body's,
    person's or document's noun: an article that is part of a name stays ("El Nacional", "The Hague"). (Of the
    develop side's 82 labelled French, Italian, Portuguese and German speakers, 2 open with an article.)"""
    words = speaker.split()
    if lex is None or len(words) < 2 or words[0].lower() not in ARTICLES:
        return speaker
    head = words[1].lower()
    if words[1][:1].islower() or head in lex.body_nouns or head in lex.person_descriptions or \
            head in lex.statement_descriptions:
        return speaker[len(words[0]):].lstrip()
    return speaker


def possessive_title(phrase: str, lex: Lexicon | None) -> bool:
    """"Norway's ambassador", "Venezuela's top negotiator": a name's possessive, perhaps a modifier, and a
    person's title last, in lower case. A description of someone the article may name elsewhere; the
    possessor is not the person."""
    words = phrase.split()
    return lex is not None and 2 <= len(words) <= MAX_POSSESSIVE_TITLE_WORDS and \
        words[0].endswith(POSSESSIVE_ENDINGS) and is_capitalised(words[0]) and \
        words[-1].lower() in lex.person_descriptions and words[-1][:1].islower() and \
        all(w[:1].islower() and w.isalpha() for w in words[1:-1])


def is_name(phrase: str, lex: Lexicon | None) -> bool:
    """Does a resolved speaker name someone ("Jorge Rodríguez", "Norway's Foreign Ministry"), rather than only
    describe them ("the ministry", "el presidente", "they")? Descriptions stay unresolved, never names."""
    if lex is None:
        words = phrase.split()
        return any(is_capitalised(w) for w in words[1:]) or (len(words) == 1 and is_capitalised(phrase))
    # an elided article is no word of a name: "L'accord" describes, "L'ONU" and "D'Alema" name by what follows
    for word in WORD_RE.findall(_ELIDED_ARTICLE.sub("", phrase)):
        low = word.lower()
        if low in lex.person_descriptions or low in lex.pronouns_person or low in lex.pronouns_plural or \
                low in lex.pronouns_thing or low in lex.statement_descriptions or low in CONNECTORS:
            continue
        if _is_name(word, lex):
            return True
    return False


def compound_title(word: str, lex: Lexicon) -> bool:
    """Does a German compound end with a title ("Ministeriumssprecher", "Parlamentspräsident")?"""
    low = word.lower()
    return len(low) > 8 and any(low.endswith(d) for d in lex.person_descriptions if len(d) >= 5)


def _hyphenated_title(word: str, lex: Lexicon) -> str:
    """A lower-cased word, or the title it is (`role_word`: "cdu-politiker" -> "politiker", "ex-ministro" ->
    "ministro", "excandidato" -> "candidato"): "der CDU-Politiker" describes a person, it names nobody."""
    return role_word(word, lex) or word


@lru_cache(maxsize=4)
def capitalised_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Two capitalised words in a row, lower-cased ("Jorge Rodríguez" -> ("jorge", "rodríguez")): read once per
    article, not once per sentence that asks whether a lone capitalised word is someone's surname."""
    # (overlapping: "José Luis Rodríguez" gives ("josé", "luis") and ("luis", "rodríguez"))
    return frozenset((m.group(1).lower(), m.group(2).lower())
                     for m in re.finditer(r"(?=\b([A-ZÁÉÍÓÚ][\w’'-]+)\s+([A-ZÁÉÍÓÚ][\w’'-]+)\b)", text))


def without_elision(word: str) -> str:
    """A word without the lower-case elided article before a capital ("l'ONU", "l'Onu" -> "ONU", "Onu"): inside a
    sentence it is a name as "L'ONU" opening one is."""
    return word[2:] if _ELIDED_ANY.match(word) and word[2:3].isupper() else word


FIRST_PERSON = "I"   # the writer's own voice ("I’ve noted that …"), never a source


def without_contraction(word: str, lex: Lexicon) -> str:
    """A personal pronoun without its contracted auxiliary ("She’s" -> "She", "I’ve" -> "I"); any other word as
    it is ("Trump’s" is a possessive; "It’s" mostly opens an impersonal clause, not a thing's report)."""
    for clitic in lex.contraction_clitics:
        if word.endswith(clitic):
            bare = word[:-len(clitic)]
            low = bare.lower()
            if low in lex.pronouns_person or low in lex.pronouns_plural or bare == FIRST_PERSON:
                return bare
    return word


MAX_SHARE_WORDS = 4   # words before "of" in a share: "nearly 70 percent", "more than half"


def _share_of(low: list[str], lex: Lexicon) -> bool:
    """Does the phrase open with a share of a group ("70 percent of", "70% of", "half of", "la mayoría de")?"""
    for i, w in enumerate(low[:MAX_SHARE_WORDS]):
        if (w in lex.quantity_heads or w.endswith("%") and w[:-1].replace(",", "").replace(".", "").isdigit()) \
                and i + 1 < len(low) and low[i + 1] in OF_WORDS:
            return True
    return False


def _genitive_ending(word: str, lex: Lexicon) -> int:
    """How many letters of a German noun are its genitive ending when the rest is a body's noun the cue file
    lists, or ends with one ("Außenministeriums" -> 1, "Ministeriums" -> 1); 0 for any other word."""
    if not lex.capitalised_nouns:
        return 0
    low = word.lower()
    for ending in ("s", "es"):
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= MIN_COMPOUNDED_ANONYMOUS and any(
                stem == b or stem.endswith(b) and len(b) >= MIN_COMPOUNDED_ANONYMOUS for b in lex.body_nouns):
            return len(ending)
    return 0


def _anonymous_word(word: str, lex: Lexicon) -> bool:
    """A lower-cased word of the cue file's anonymous sources, or, where nouns are compounded, a compound that
    ends with one ("us-beamte", "regierungskreisen": officials, government circles)."""
    return word in lex.anonymous or lex.capitalised_nouns and any(
        word.endswith(a) for a in lex.anonymous if len(a) >= MIN_COMPOUNDED_ANONYMOUS)


MIN_COMPOUNDED_ANONYMOUS = 5   # "beamte", "kreisen", "quellen": long enough to end a compound and nothing else


def _surname_of_name(words: list[str], lex: Lexicon) -> bool:
    """Is the last word capitalised after a known first name and capitalised words, a person's surname
    ("Camila Fontes", "Ricardo Almeida Fontes"; not "Business Insider")? Where every noun is capitalised
    (German) capitals say nothing."""
    if len(words) < 2 or lex.capitalised_nouns or not words[-1][:1].isupper():
        return False
    k = len(words) - 2
    while k > 0 and words[k][:1].isupper() and lex.is_name_word(words[k]) and not first_name_gender(words[k]):
        k -= 1
    return first_name_gender(words[k]) is not None


CONTRAST_COORDINATORS = frozenset({"but", "pero", "mais", "ma", "aber", "mas"})   # "…, but X warned …"
ADDITIVE_COORDINATORS = frozenset({"and", "y", "e", "ed", "et", "und"})   # not "or": "on his remarks or speeches"
_CLAUSE_LINKS = CONTRAST_COORDINATORS | {"then", "luego"}
MAX_LINKED_ADJUNCT_WORDS = 6


def _adjunct_after_link(toks: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Do the words before a cue end with a clause link and a channel or time adjunct ("but in a statement",
    "pero en un comunicado", "and on Tuesday")? The link joins a second clause of the first one's subject; the
    adjunct (no comma in it) is no subject."""
    k = next((j for j in range(len(toks) - 1, max(-1, len(toks) - 2 - MAX_LINKED_ADJUNCT_WORDS), -1)
              if toks[j][0].lower() in ADDITIVE_COORDINATORS | _CLAUSE_LINKS), None)
    if k is None or k + 1 >= len(toks):
        return False
    rest = toks[k + 1:]
    # (a pronoun, a relative or a complementizer in it opens a clause of its own: "and in the very place he
    # proposed", "and in the states that cast votes")
    # and it ends in a channel or a time ("in a statement", "on Tuesday"): a cue form after other words may be a
    # noun ("in the four states that …", "during 36 minutes of remarks")
    closed = lex.pronouns | lex.relative_pronouns | lex.complementizers
    return len(rest) >= 2 and rest[0][0].lower() in lex.adjunct_prepositions | lex.channel_prepositions and \
        not any(t[0] in (",", ";", ":") or t[0].lower() in closed for t in rest) and \
        rest[-1][0].lower() in lex.channel_nouns | lex.statement_descriptions | lex.time_nouns | lex.tail_openers


def classify(words: list[str], lex: Lexicon) -> str:
    """What kind of source a phrase is, from its words alone (a French or Italian word is read without its
    elided article: "L'opposition", "l'Onu" are the nouns "opposition", "onu"; an English pronoun without its
    contracted auxiliary: "She’s")."""
    if not words:
        return "none"
    if len(words) == 1 and lex.contraction_clitics:
        bare = without_contraction(words[0], lex)
        if bare != words[0]:
            return classify([bare], lex)
    low = [_hyphenated_title(_ELIDED_ANY.sub("", w.lower()), lex) for w in words]
    if lex.reported_mood_forms and any(w in lex.reported_mood_forms for w in low):
        return "rejected"  # "Die Gespräche seien gescheitert": a clause in reported speech, no subject
    if len(words) == 1 and low[0] in lex.pronouns_person:
        return "person_pronoun"
    if len(words) == 1 and low[0] in lex.pronouns_plural:
        return "plural_pronoun"
    if len(words) == 1 and low[0] in lex.pronouns_thing:
        return "thing_pronoun"
    lexical = lex.descriptive_words
    named = any(_is_name(without_elision(w), lex) and lw not in lexical and lw not in lex.indefinites
                for i, (w, lw) in enumerate(zip(words, low, strict=True))
                if (w.isalpha() or "’" in w or "'" in w or "-" in w or "." in w) and
                not (i + 1 < len(words) and ACRONYM_RE.fullmatch(w)))
    # (a dotted acronym before a noun qualifies it as a demonym does: "a senior U.S. administration official" is
    # anonymous; "the F.B.I." alone names a body)
    if low[0] in lex.indefinites and not named:
        return "anonymous"  # "a spokesperson", "una fuente": nobody the article names
    if _share_of(low, lex):
        return "anonymous"  # "Nearly 70 percent of Korean voters", "la mitad de los venezolanos": a poll
    anonymous = any(_anonymous_word(w, lex) for w in low) and not any(w in lex.body_nouns for w in low)
    # "an administration official", "government sources": a body noun only modifies the anonymous head; so
    # where the head comes first, "fuentes del gobierno", "fonti del governo" (a body named keeps the source:
    # "funcionarios del Departamento de Estado", as "officials of the State Department")
    head = next((w for w in low if w not in ARTICLES and w not in lex.possessives and w not in lex.indefinites), "")
    # (a surname that is also the word for sources, "Camila Fontes", "Carlos Fuentes", heads no anonymous phrase)
    if anonymous and _surname_of_name(words, lex):
        anonymous = False
    if anonymous and (not named or _anonymous_word(low[-1], lex)) or not named and _anonymous_word(low[-1], lex) or \
            not named and not lex.modifiers_before_noun and head in lex.anonymous:
        return "anonymous"
    if _described_by_body(low, words, lex):
        return "person_description"
    if named:
        # "el secretario de Estado" / "the head of the Foreign Ministry": a person described by the body
        # they belong to; the capitals come only after the description.
        first_cap = next(i for i, w in enumerate(words) if _is_name(without_elision(w), lex) and
                         low[i] not in lexical)   # (as `named` reads them: "der US-Sondergesandte für …")
        k = first_cap - 1
        while k > 0 and (low[k] in lex.possessives or low[k] in ELIDED_ARTICLES) and not (
                lex.capitalised_nouns and low[k - 1] in lex.person_descriptions):
            k -= 1   # (a German article after a title is its genitive: "die Leiterin der Oppositionsdelegation";
            #          an elided article read as a word of its own after a cue: "le ministre de l' Intérieur")
        served = k > 0 and not _complement_prepositions(lex).isdisjoint(low[k - 1:k + 1]) and \
            _words_serve(words, k + 1, lex) or _genitive_served(words, low, first_cap, lex)
        if any(w in lex.person_descriptions for w in low[:first_cap]) and k > 0 and (low[k] in OF_WORDS or served) \
                and not _full_name_after(words, first_cap + 1):
            # (or served there: "la enviada noruega para Venezuela"; "a longtime adviser to Trump" names nobody)
            return "anonymous" if served and low[0] in lex.indefinites else "person_description"
        return "named"   # (also "Secretary of State Antony Blinken": the person's full name ends the title)
    if any(w in lex.statement_descriptions for w in low):
        return "statement_description"
    if any(w in lex.body_nouns for w in low):
        return "body"
    if any(w in lex.person_descriptions for w in low):
        return "person_description"
    return "rejected"


def _genitive_served(words: list[str], low: list[str], i: int, lex: Lexicon) -> bool:
    """German: is words[i] a place's genitive after a title, followed by the complement of what the person
    serves ("die Sondergesandte Norwegens für Venezuela", "die Botschafterin Venezuelas bei den Vereinten
    Nationen")? The person is described, not named. Only before such a complement: "Außenminister Maas" ends
    with a surname's s."""
    return lex.capitalised_nouns and 0 < i < len(words) - 1 and low[i - 1] in lex.person_descriptions and \
        words[i].endswith("s") and not first_name_gender(words[i]) and serves(low[i - 1], low[i + 1], lex)


def _full_name_after(words: list[str], i: int) -> bool:
    """Does a known first name followed by a capitalised word stand at or after words[i]?"""
    return any(first_name_gender(w) and is_capitalised(words[j + 1]) for j, w in enumerate(words[i:-1], i))


def _described_by_body(low: list[str], words: list[str], lex: Lexicon) -> bool:
    """Is the phrase a person described by the body they belong to ("the representative of the national
    government", "el presidente de la Asamblea Nacional", "el jefe de la delegación del Gobierno")?
    Its head (first word past determiners) is a person description followed by "of"/"de", and what
    follows names a body, not a person ("Secretary of State Antony Blinken" stays a name)."""
    i = 0
    while i < len(low) - 1 and (low[i] in lex.possessives or low[i] in lex.indefinites):
        i += 1
    if low[i] not in lex.person_descriptions:
        return False
    j = i + 1
    while j < len(low) and low[j] in lex.person_descriptions:
        j += 1  # "vice president", "jefe negociador"
    if j >= len(low) or low[j] not in OF_WORDS:
        return False
    rest = [(w, lw) for w, lw in zip(words[j + 1:], low[j + 1:], strict=False)
            if lw not in OF_WORDS and lw not in lex.possessives]
    if not rest:
        return False
    bodies = [k for k, (_w, lw) in enumerate(rest) if lw in lex.body_nouns or lw in lex.generic_bodies]
    if not bodies:
        return not any(is_capitalised(w) for w, _lw in rest)
    # "il presidente del Parlamento Jorge Rodriguez": a name run after the body's name is the person.
    return sum(1 for w, _lw in rest[bodies[-1] + 1:] if is_capitalised(w)) < 2


def skippable(word: str, lex: Lexicon) -> bool:
    """A word between a subject and its cue ("also", "on Monday", "am Donnerstag"): lower-case, or
    capitalised but never part of a name (weekdays in English and German)."""
    low = word.lower()
    return low in lex.between_subject_and_cue and (not is_capitalised(word) or low in lex.not_names)


def without_trailing_time(text: str, phrase: Phrase, lex: Lexicon) -> Phrase:
    """The phrase without a time set off after it ("according to the presidential office, Monday", a wire's
    way of dating the report): the time is no part of the source, whose kind is read again without it
    ("company officials, Monday" is anonymous)."""
    cut = phrase.text.rfind(", ")
    if cut <= 0:
        return phrase
    tail = phrase.text[cut + 2:].split()
    if not tail or not all(skippable(w.strip("."), lex) for w in tail):
        return phrase
    head = phrase.text[:cut]
    return Phrase(head, phrase.start, phrase.start + cut, classify(head.split(), lex))


def adverb(word: str, lex: Lexicon) -> bool:
    """A lower-case adverb between a subject and its cue ("The opposition, led by …, vehemently rejects",
    "Maduro inicialmente rechazó"): not part of the subject. A noun the lexicon knows is none: French
    "gouvernement", "parlement" end like adverbs."""
    low = word.lower()
    return word[:1].islower() and low not in lex.descriptive_words and any(
        low.endswith(suf) and len(low) > len(suf) + 2 for suf in lex.adverb_suffixes)


def all_name_words(phrase: str) -> bool:
    """Is every word of the phrase capitalised, or a connector inside a name ("Ben Cardin of Maryland")?
    (`is_name` accepts any phrase holding a name; a clause "Facebook found the posting" is not one.)"""
    words = phrase.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(is_capitalised(w) or w.lower() in CONNECTORS for w in words)


def _ends_name(toks: list[tuple[str, int, int]]) -> bool:
    """Does the last token, a capitalised time word, end a name run ("en Santo Domingo", "Puerto Domingo")?
    A weekday written after another capitalised word is a place or a name, not "on Sunday"."""
    return len(toks) > 1 and is_capitalised(toks[-1][0]) and is_capitalised(toks[-2][0])


def _droppable_head(word: str, lex: Lexicon) -> bool:
    """Sentence openers, time words and focus particles before a subject: "On Sunday Guaido", "El jueves
    Ebrard", "Selbst Maduro"."""
    low = word.lower()
    if low in lex.possessives or low in lex.indefinites:
        return False
    return low in lex.between_subject_and_cue or low in lex.focus_particles or \
        (low in lex.not_names and not (len(word) > 1 and word.isupper())) or \
        word[:1].isupper() and lex.sentence_adverb(word)   # "Paralelamente Maduro dijo …"


def _phrase(text: str, toks: list[tuple[str, int, int]], lex: Lexicon) -> Phrase:
    # Leading determiners and time words are not part of the name: "El jueves Ebrard" -> "Ebrard".
    while len(toks) > 1 and _droppable_head(toks[0][0], lex) and not (
            toks[0][0].lower() in lex.report_openers and toks[1][0][:1].islower() and
            toks[1][0] not in lex.indefinites and toks[1][0] not in lex.possessives) or len(toks) > 2 and \
            toks[0][0].lower() in lex.possessives and skippable(toks[1][0], lex) and is_capitalised(toks[2][0]):
        toks = toks[1:]  # "El jueves Ebrard": the article of a time word goes with it
    # Adverbs between subject and verb are not part of it: "Machado inicialmente (se negó)".
    while len(toks) > 1 and (not toks[-1][0][0].isalnum() or adverb(toks[-1][0], lex)):
        toks = toks[:-1]
    while toks and not toks[-1][0][0].isalnum():
        toks = toks[:-1]
    # "Marcelo Ebrard -anfitrión del evento-": an aside between dashes after a name is not part of it.
    for k in range(1, len(toks) - 1):
        if toks[k][0] == "-" and is_capitalised(toks[k - 1][0]) and toks[k + 1][0][:1].islower() and \
                text[toks[k][1] - 1:toks[k][1]].isspace():
            toks = toks[:k]
            break
    # "WASHINGTON - The White House said", "Caracas (EFE).- El Gobierno …": a dateline is no part of the source
    dateline = DATELINE_RE.match(text, toks[0][1], toks[-1][2]) if toks and toks[0][0][:1].isupper() and any(
        t[0] in DASHES for t in toks) else None   # (the pattern only where a dash is: this runs per phrase)
    if dateline and any(t[1] == dateline.end() for t in toks):   # (not "KING-TV": a word of its own)
        toks = [t for t in toks if t[1] >= dateline.end()]
    # "CARACAS (Reuters) - Venezuela's opposition said": a dash or mark left of the name is not part of it.
    while toks and not toks[0][0][0].isalnum():
        toks = toks[1:]
    # "publicó en X Grenell": a lone capital without a full stop is no initial but a word such as the platform X
    # (vowels are words of their own: "A State Department spokesman", "Y Maduro", "O governo")
    while len(toks) > 1 and len(toks[0][0]) == 1 and toks[0][0].isupper() and toks[0][0] not in "AEIOUY" and \
            is_capitalised(toks[1][0]) and text[toks[0][2]:toks[0][2] + 1] != ".":
        toks = toks[1:]
    # "Former Florida Gov. Jeb Bush": the name starts after the title (left out of the tokens).
    if len(toks) > 1 and "." in text[toks[0][2]:toks[-1][1]]:
        for k in range(len(toks) - 1, 0, -1):
            if TITLE_STOP_RE.search(text, toks[k - 1][2], toks[k][1] + 1):
                toks = toks[k:]
                break
    # "a spokesperson for Maurel & Prom", "un portavoz de la OFAC": the unnamed member speaks for the body;
    # "los cálculos del OVF", "the figures of the Central Bank": data speak for their owner.
    head = 0
    while head < len(toks) - 1 and toks[head][0].lower() in lex.possessives:
        head += 1
    # (a statement's owner speaks too: "las declaraciones de Albares", "la carta de Machado")
    owned = toks[head][0].islower() and toks[head][0] in lex.statement_descriptions if toks else False
    if len(toks) > 2 and (toks[0][0].lower() in lex.indefinites or owned):
        for i in range(1, len(toks) - 1):
            if toks[i][0].lower() in OF_WORDS:
                rest = toks[i + 1:]
                whole = rest
                while len(rest) > 1 and (rest[0][0].lower() in lex.possessives or
                                         lex.capitalised_nouns and rest[0][0].islower()):
                    rest = rest[1:]   # (German adjectives before the noun: "des venezolanischen Außenministeriums")
                if rest and _is_name(rest[0][0], lex):
                    end = rest[-1][2] - _genitive_ending(rest[-1][0], lex)   # "Außenministeriums" -> "…ministerium"
                    # ("des Ministeriums": a German body's bare noun is a description, resolved to the body named)
                    bare = len(rest) == 1 and text[rest[0][1]:end].lower() in lex.body_nouns
                    return Phrase(text[rest[0][1]:end], rest[0][1], end, "body" if bare else "named")
                if whole and classify([t[0] for t in whole], lex) == "body":
                    # "un comunicado de la cancillería": the unnamed body's statement is the body's ("eine
                    # Sprecherin des Ministeriums": in its nominative)
                    end = whole[-1][2] - _genitive_ending(whole[-1][0], lex)
                    return Phrase(text[whole[0][1]:end], whole[0][1], end, "body")
                break
    if not toks:
        return Phrase("", 0, 0, "none")
    # "Gingrich told O'Reilly", "Trump attacked Romney": a reporting verb inside the phrase ends the subject
    cut = next((i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and t[0][:1].islower() and
                lex.is_cue_word(t[0])), None)
    if cut is not None:
        toks = toks[:cut]
    words = [t[0] for t in toks]
    return Phrase(text[toks[0][1]:toks[-1][2]], toks[0][1], toks[-1][2], classify(words, lex))


NAME_SUFFIXES = frozenset({"Jr", "Sr"})   # "Joseph R. Biden Jr. said": the suffix's stop ends no subject
NAME_PREPOSITIONS = frozenset({"para", "for", "pour", "per", "für"})   # "Alto Comisionado para la Paz"


def _inside_name(toks: list[tuple[str, int, int]], i: int, out: list[tuple[str, int, int]], lex: Lexicon,
                 after: bool = False) -> bool:
    """Is the preposition at toks[i] inside an office's or a body's name, between two capitalised words
    ("el Ministerio del Poder Popular para Relaciones Exteriores", "el Alto Comisionado para la Paz", "the
    Center for Strategic and International Studies")? Then it does not end the phrase read."""
    if toks[i][0].lower() not in NAME_PREPOSITIONS or i == 0 or not is_capitalised(toks[i - 1][0]):
        return False
    if not after:
        if not out:
            return False
        nxt = out[1][0] if len(out) > 1 and out[0][0].lower() in lex.possessives else out[0][0]
        return is_capitalised(nxt)
    k = i + 1
    if k < len(toks) and toks[k][0].lower() in lex.possessives:
        k += 1
    return k < len(toks) and is_capitalised(toks[k][0])


def _collect_left(toks: list[tuple[str, int, int]], lex: Lexicon, limit: int = 12) -> list[tuple[str, int, int]]:
    """The noun phrase ending at the end of `toks`, read leftwards to a stop word or punctuation."""
    out: list[tuple[str, int, int]] = []
    i = len(toks) - 1
    joined = -1  # how many words were read when a coordinator joined two names
    while i >= 0 and len(out) < limit:
        word = toks[i][0]
        low = word.lower()
        if not word[0].isalnum() and word not in CONTINUE_PUNCT:
            break
        if low in lex.subject_stops and not word[:1].isupper() and not _inside_name(toks, i, out, lex) and \
                not _person_title_before(toks, i, lex):
            break   # (a title's complement goes on: "El enviado especial para misiones especiales dijo")
        if low in lex.coordinators:
            nxt = out[0][0] if out else ""
            if not nxt or len(out) == 1 and nxt.lower() in lex.pronouns_person | lex.pronouns_plural:
                break  # "He is backing Clinton and he says …": the pronoun is the subject
            if is_capitalised(nxt) and nxt.lower() not in lex.possessives:
                if joined >= 0 or i == 0 or not _is_name(toks[i - 1][0], lex):
                    break
                joined = len(out)  # "Rosa Lind and Tomas Berg": maybe two subjects, checked below
        out.insert(0, toks[i])
        i -= 1
    if joined >= 0 and i >= 0 and toks[i][0][0].isalnum() and toks[i][0].lower() not in lex.possessives:
        # "talks in Oslo and Guaidó said": a word such as a preposition before the first name makes it
        # that word's object, not a subject; only the second name is.
        out = out[len(out) - joined:]
    return out


def _without_participle_aside(toks: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """The tokens without a participle aside that ends them ("Maduro, speaking at a rally in Caracas on
    Saturday, declared"): a place or time inside the aside is not the subject."""
    if len(toks) < 4 or toks[-1][0] != ",":
        return toks
    commas = [i for i, t in enumerate(toks[:-1]) if t[0] == ","]
    j = commas[-1] if commas else -1
    if j <= 0:
        return toks
    for i in commas[:-1]:
        # "Sen. Tom Berg, facing a spirited challenge in Iowa, a swing state, said": the aside holds a comma
        if i > 0 and is_capitalised(toks[i - 1][0]) and (
                is_gerund(toks[i + 1][0], lex) or _adverbial_opener(toks[i + 1][0], lex)):
            # (a name right before the comma: not "… backing down, releasing a statement"); an adverbial
            # aside too: "Clinton, during a town hall meeting in Columbus, Ohio, said"
            return toks[:i]
    first = toks[j + 1][0]
    if lex.participle_suffixes and first[:1].islower() and first.lower().endswith(lex.participle_suffixes):
        return toks[:j]
    if _past_participle_with_agent(toks[j + 1:], lex) and \
            toks[j - 1][0].lower() not in lex.statement_descriptions | lex.data_nouns:
        # "fonti europee, citate dall'agenzia Ansa, invitano …": the agent is no subject (but "The statement,
        # issued by the ministry, said": a document's issuer speaks for it)
        return toks[:j]
    # "The government, in a statement, announced …", "El Gobierno, mediante un comunicado, anunció …"
    words = [t[0].lower() for t in toks[j + 1:-1]]
    if lex.channel_prepositions and any(w in lex.channel_prepositions for w in words[:2]) and \
            any(w in lex.channel_nouns for w in words[:MAX_CHANNEL_ASIDE_WORDS]) and first[:1].islower():
        return toks[:j]
    return toks


MAX_CHANNEL_ASIDE_WORDS = 6


def _past_participle_with_agent(toks: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Do the tokens open with a lower-case past participle and its agent ("cited by Reuters", "citadas por
    EFE", "citate dall'agenzia Ansa")?"""
    if len(toks) < 2 or not lex.past_participle_suffixes or not lex.agent_prepositions:
        return False
    first, agent = toks[0][0], toks[1][0].lower()
    return first[:1].islower() and first.lower().endswith(lex.past_participle_suffixes) and (
        agent in lex.agent_prepositions or any(agent.startswith(a) for a in lex.agent_prepositions if a[-1] in "'’"))


def _adverbial_opener(word: str, lex: Lexicon) -> bool:
    """A lower-case preposition or subordinator that opens an adverbial aside ("during", "at", "when"): a word
    that may follow a closing cue (tail_openers) and stops a subject (subject_stops), but no adverb of the
    kind that sits between a subject and its cue ("also")."""
    return word in lex.tail_openers and word in lex.subject_stops and word not in lex.between_subject_and_cue


def is_gerund(word: str, lex: Lexicon) -> bool:
    """A lower-case gerund or present participle opening an aside ("facing", "citing", "afirmando"): the
    language's participle ending on a word of six letters or more that the lexicon does not know as a
    closed word ("during", "according", "following")."""
    low = word.lower()
    return bool(lex.participle_suffixes) and word[:1].islower() and len(low) >= 6 and \
        low.endswith(lex.participle_suffixes) and low not in lex.closed_words


def _without_closing_aside(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without a parenthesised aside that ends them: "Diosdado Cabello (the president's right
    hand) said", "Jürgen Hardt (CDU), sagte": the aside is not the subject; nor is one between dashes, "Tom
    Berg — a teacher from Dover — says", written with doubled hyphens too ("Tom Berg -- a teacher -- says")."""
    if len(toks) > 3 and toks[-1][0] in DASHES:
        dash, end = toks[-1][0], len(toks) - 1
        while end > 1 and toks[end - 1][0] == dash and toks[end - 1][2] == toks[end][1]:
            end -= 1   # the closing "--" is one dash
        k = next((i for i in range(end - 1, 0, -1) if toks[i][0] == dash), -1)
        while k > 1 and toks[k - 1][0] == dash and toks[k - 1][2] == toks[k][1]:
            k -= 1     # and so is the opening one
        if k > 0 and toks[k - 1][0][:1].isalnum():
            return toks[:k]
    if len(toks) > 2 and toks[-1][0] == ")":
        depth, k = 0, len(toks) - 1
        while k >= 0:
            depth += {")": 1, "(": -1}.get(toks[k][0], 0)
            if depth == 0:
                break
            k -= 1
        if k > 0 and toks[k][0] == "(":
            return toks[:k]
    return toks


_TITLE_MARKS = frozenset('"“”«»„‹›')
MAX_QUOTED_TITLE_WORDS = 4


MIN_COMPOUND_HEAD = 5   # "organisation" in "Ärzteorganisation"; not "bank" in every word ending so


def body_noun(word: str, lex: Lexicon) -> bool:
    """A body noun, or in a language that writes compounds as one word, a compound ending in one
    ("Ärzteorganisation", "Menschenrechtsgruppe" -> "organisation", "gruppe")."""
    low = word.lower()
    if low in lex.body_nouns or low in lex.generic_bodies:
        return True
    return lex.capitalised_nouns and any(len(n) >= MIN_COMPOUND_HEAD and low.endswith(n) and low != n
                                         for n in lex.generic_bodies)


def _closing_title_mark(toks: list[tuple[str, int, int]], i: int) -> int:
    """The index of the mark closing a name in quotation marks opened at toks[i] ("«El Nacional»", "„Médicos
    por la Salud“"), or -1: at most MAX_QUOTED_TITLE_WORDS words, opening and ending capitalised, the others
    capitalised, a name's connectors or short lower-case words ("por la", "für")."""
    j = next((k for k in range(i + 1, min(len(toks), i + MAX_QUOTED_TITLE_WORDS + 2)) if toks[k][0] in _TITLE_MARKS),
             -1)
    inner = toks[i + 1:j] if j > i + 1 else []
    named = inner and all(is_capitalised(t[0]) or t[0].lower() in CONNECTORS or len(t[0]) <= 3 and t[0].isalpha()
                          for t in inner) and is_capitalised(inner[0][0]) and is_capitalised(inner[-1][0])
    return j if named else -1


MAX_QUOTED_NAME_CHARS = 120   # read no further for a name in marks than its few words can run


def name_in_marks(text: str, a: int, b: int) -> tuple[Phrase, int] | None:
    """A name in quotation marks opening text[a:b] ("laut «El Nacional»", "según «El País»"): the name, and where
    its closing mark ends; None when the marks hold anything but a name (`_closing_title_mark`)."""
    toks = tokens(text, a, min(b, a + MAX_QUOTED_NAME_CHARS))
    j = _closing_title_mark(toks, 0) if toks and toks[0][0] in _TITLE_MARKS else -1
    if j < 0:
        return None
    return Phrase(text[toks[1][1]:toks[j - 1][2]], toks[1][1], toks[j - 1][2], "named"), toks[j][2]


def outlet_in_marks(text: str, a: int, b: int) -> bool:
    """Does text[a:b] open with an outlet's name in quotation marks ("„Spiegel“", "«El Nacional»")? German and
    Spanish papers write newspapers' names so; such marks quote nobody."""
    named = name_in_marks(text, a, b)
    return named is not None and is_outlet(named[0].text)


def _unquoted_titles(toks: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """A body's name in quotation marks after its noun ("die Tageszeitung "El Nacional"", "el diario «El
    País»", "the group "Foro Penal""), or an outlet's with none: the marks are dropped, so that the source
    reads on through the name; anything else in quotation marks still ends a source."""
    if not any(t[0] in _TITLE_MARKS for t in toks):
        return toks
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks):
        word = toks[i][0]
        j = _closing_title_mark(toks, i) if word in _TITLE_MARKS else -1
        if j > 0 and (out and body_noun(out[-1][0], lex) or is_outlet(" ".join(t[0] for t in toks[i + 1:j]))):
            # (or an outlet's name in marks with no noun before: "Die „Süddeutsche Zeitung“ schreibt", German and
            # Spanish papers write outlets so)
            out.extend(toks[i + 1:j])
            i = j + 1
            continue
        out.append(toks[i])
        i += 1
    return out


def unmarked(name: str) -> str:
    """A speaker read through a body's quoted name ('die Tageszeitung "El Nacional"') without the marks."""
    if _TITLE_MARKS.isdisjoint(name):
        return name
    return " ".join("".join(ch for ch in name if ch not in _TITLE_MARKS).split())


_EDGE_PUNCTUATION = ".,;:!?-–—«»“”\"'()[]"
AGE_WORDS = frozenset({"anos", "años", "ans", "anni", "jahre", "years", "ano", "año", "an", "anno", "jahr"})


def _without_age_asides(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without an age set off between commas ("Yuleidy Contreras, de 34 anos, que deixou …,
    contou", "Ana Ruiz, 34 ans, …"): one comma stands for the aside, so the asides after it read as if the
    age were not there."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i][0] == ",":
            j = i + 1
            if j < len(toks) and toks[j][0].lower() in ("de", "di"):
                j += 1
            if j < len(toks) and toks[j][0].isdigit() and len(toks[j][0]) <= 3:
                k = j + 1 + (j + 1 < len(toks) and toks[j + 1][0].lower() in AGE_WORDS)
                if k < len(toks) and toks[k][0] == "," and (j == i + 1 or k == j + 2):
                    out.append(toks[i])
                    i = k + 1
                    continue
        out.append(toks[i])
        i += 1
    return out


def subject_before(text: str, a: int, b: int, lex: Lexicon) -> Phrase:
    """The subject of a cue at b, reading the clause text[a:b] from its end."""
    toks = _without_participle_aside(_unquoted_titles(tokens(text, left_window(text, a, b), b), lex), lex)
    if any(t[0].isdigit() for t in toks):
        toks = _without_age_asides(toks)
    if len(toks) > 1 and toks[-1][0] in ("'", "’") and len(toks[-2][0]) == 1 and toks[-2][2] == toks[-1][1]:
        # an object pronoun elided onto the cue's auxiliary ("Machado l'ha definita", "l'a qualifiée"): one word
        toks = [*toks[:-2], (toks[-2][0] + toks[-1][0], toks[-2][1], toks[-1][2])]
    if len(toks) > 1 and toks[-1][0] in lex.object_clitics and (
            is_capitalised(toks[-2][0]) or toks[-2][0].lower() in lex.relative_pronouns | lex.pronouns):
        # "María Corina Machado la calificó de …", "l'opposition, qui l'a estimée à …", "il l'a qualifiée": the
        # pronoun is the cue's object
        toks = toks[:-1]
    if len(toks) > 1 and toks[-1][0] == "." and toks[-2][2] == toks[-1][1] and \
            ("." in toks[-2][0] or toks[-2][0] in NAME_SUFFIXES and len(toks) > 2 and _is_name(toks[-3][0], lex) and
             toks[-3][0].lower() not in lex.person_descriptions) \
            and toks[-2][0][:1].isupper():
        # "EE.UU. advirtió", "la ONU y EE.UU. acordaron": a dotted acronym's own stop ends no subject
        toks = [*toks[:-2], (toks[-2][0] + ".", toks[-2][1], toks[-1][2])]
    while toks and (skippable(toks[-1][0], lex) and not _ends_name(toks) or adverb(toks[-1][0], lex)) \
            or toks and toks[-1][0] in (",", "—", "–") and len(toks) > 1 and toks[-2][0].lower() in \
            lex.between_subject_and_cue and not _ends_name(toks[:-1]) and _set_off_alone(toks, lex) \
            or len(toks) == 1 and lex.drops_subjects and toks[0][0].lower() in lex.between_subject_and_cue and \
            not text[a:toks[0][1]].strip(LEADING_MARKS):
        # (the last: a clitic or adverb alone before the cue, capitalised as the sentence's first word: "Le dijo a
        # Petro que …", "Luego aseguró que …", its subject dropped)
        toks = toks[:-1]
    toks = _without_closing_aside(toks)
    rel = next((j for j in range(len(toks) - 2, 1, -1) if toks[j - 1][0] == "," and
                toks[j][0].lower() in lex.relative_pronouns | lex.aside_relatives), None)
    if rel is not None and toks[rel + 1][0].lower() in lex.adjunct_prepositions | lex.channel_prepositions and \
            not any(t[0] in (",", ";") for t in toks[rel + 1:]) and \
            not any(lex.is_cue_word(t[0].lower()) for t in toks[rel + 1:]):
        # "…, Rex Tillerson, quien durante su gira sugirió …": an adverbial between the relative and its cue
        toks = toks[:rel + 1]
    if not toks:
        return Phrase("", b, b, "none")
    low = toks[-1][0].lower()
    elided = low[3:] if low[:3] in ("qu'", "qu’") else ""
    if elided in lex.pronouns_person | lex.pronouns_plural:
        # "… et qu'il avait défendu …": the pronoun after an elided "que" is the subject
        kind = "person_pronoun" if elided in lex.pronouns_person else "plural_pronoun"
        return Phrase(toks[-1][0][3:], toks[-1][1] + 3, toks[-1][2], kind)
    if low in lex.relative_pronouns and len(toks) > 2 and toks[-2][0] != "," and toks[-2][0][:1].isalnum():
        # "Yusmary Ochoa, 34, a nurse from Barquisimeto who said …", "Edmundo González, the opposition candidate who
        # claims …": a relative on an apposition's title, no comma before it; the name the apposition describes
        described = _described_by_apposition(text, a, toks[-1][1], lex)
        if described is not None:
            return described
    if low in lex.relative_pronouns and len(toks) > 2 and toks[-2][0] == ",":
        # "President Joe Biden, who has echoed …": the relative's antecedent before the comma is the subject.
        antecedent = _object_of_verb(text, subject_before(text, a, toks[-2][1], lex), toks[-2][1], lex)
        described = _described_by_apposition(text, a, toks[-2][1], lex)
        if described is not None:
            antecedent = described
        if antecedent.kind in ("named", "body", "person_description"):
            return antecedent
    if low in lex.coordinators or low in _CLAUSE_LINKS:
        return Phrase("", b, b, "coordinated")
    if _adjunct_after_link(toks, lex):
        # "…, but in a statement recalled that …", "ma in un comunicato ha ricordato che …": when or how, between
        # the link and the cue, says nothing of who
        return Phrase("", b, b, "coordinated")
    if toks[-1][0] == ",":
        opener = _subject_before_relative(text, a, toks, lex)
        if opener is not None:
            return opener
        toks = _without_closing_aside(toks[:-1])   # "Jürgen Hardt (CDU), sagte"
        # "Name, description of something," : the apposition describes the name before it.
        commas = [i for i, t in enumerate(toks) if t[0] == ","]
        if commas and _party_and_state(text, toks[commas[-1] + 1:]):
            # "Sen. Ann Ruiz, D-Calif., said": the party and state after the name, an aside
            toks = toks[:commas[-1]]
            return _described_name(text, toks, _phrase(text, _collect_left(toks, lex), lex), lex) if toks else \
                Phrase("", b, b, "none")
        if commas:
            last = commas[-1]
            seg = toks[last + 1:]
            titled = _titled_name_in_apposition(text, seg, lex)
            if titled is not None:
                return titled   # "O coordenador do abrigo, o assistente social Joaquim Ferraz, disse …"
            issuer = _issuer_in_aside(text, toks[:last], seg, lex)
            if issuer is not None:
                return issuer   # "The statement, issued by Norway's foreign ministry, said": the issuer speaks
            described = any(t[0].lower() in lex.person_descriptions or t[0] in ("’s", "'s") or
                            t[0].endswith(("s'", "s’", "'s", "’s")) for t in seg)   # "Clinton's campaign manager"
            if seg and (not is_capitalised(seg[0][0]) or described and np_like(seg, lex)) and \
                    seg[0][0].lower() not in lex.pronouns_person:
                while last > 2 and toks[last - 1][0].isdigit() and len(toks[last - 1][0]) <= 3 and \
                        toks[last - 2][0] == "," and (seg[0][0].lower() in lex.indefinites or
                                                      seg[0][0].lower() in lex.possessives):
                    last -= 2   # "Marta Lind, 21, a student from Reno, said": the age is an apposition too
                head = _collect_left(toks[:last], lex)
                ph = _phrase(text, head, lex)
                if lex.drops_subjects and ph.kind == "named" and last - len(head) >= 1 and \
                        toks[last - len(head) - 1][0] in lex.place_prepositions:
                    # "Nascida em Caracas, filha de …, diz que …": a place in a fronted phrase, the subject dropped
                    return Phrase("", b, b, "none")
                if _governed_by_opening_preposition(text, a, toks, head, ph, lex):
                    # "Tras la firma del acuerdo de Barbados, en octubre, lo describió …": the preposition's object
                    return Phrase("", b, b, "none")
                headed = ph.kind == "person_description" or ph.kind == "named" and ph.text.split()[-1].lower() in \
                    lex.person_descriptions   # "Venezuela's top negotiator": a name, but a description's head
                if ph.kind == "named" and not headed:
                    return ph
                if headed and described and is_capitalised(seg[0][0]) and len(head) == last:
                    # "Venezuela's top negotiator, National Assembly President Jorge Rodríguez, said": a title and
                    # the name after a description: the person so named is the subject
                    named = subject_after(text, seg[0][1], seg[-1][2], lex)
                    if named.kind == "named" and " " in named.text:
                        return named
                if ph.kind == "named":
                    return ph
                if ph.kind in ("body", "person_description") and len(head) == last and \
                        " ".join(t[0].lower() for t in seg) in lex.sentence_connectors:
                    # "El Gobierno, por su parte, afirmó …", "The ministry, for its part, said …": a connector
                    # set off between the subject and its cue
                    return ph
                if ph.kind in ("body", "person_description") and (seg[0][0].lower() in lex.relative_pronouns or
                                                                   seg[0][0].lower() in lex.aside_relatives) and \
                        len(head) == last:
                    # "El mandatario, que habló durante un acto, advirtió …", "The opposition, which won the
                    # election, insists …": a relative clause after the subject
                    return ph
                if ph.kind in ("body", "person_description") and len(head) == last:
                    named = name_given_in_aside(text, seg, lex)
                    if named is not None:
                        return named   # "The opposition coalition, known as the Unitary Platform, said"
                if ph.kind in ("body", "person_description") and seg[0][0].lower().endswith(
                        lex.past_participle_suffixes or ("\0",)) and len(head) == last:
                    # "The opposition, led by Machado, rejected …": a participle aside after the subject
                    return ph
        phrase = _collect_left(toks, lex)
        read = _phrase(text, phrase, lex)
        k = len(toks) - len(phrase) - 1
        if phrase and k >= 0 and toks[k][0].lower() in lex.subject_stops and not is_capitalised(toks[k][0]) or \
                len(toks) > 1 and _opens_with_preposition(text, a, toks, lex) and \
                (read.kind in ("statement_description", "anonymous") or read.text.lower() in lex.channel_nouns) or \
                _governed_by_opening_preposition(text, a, toks, phrase, read, lex):
            # "Al referirse al Acuerdo de Barbados, aseguró …": the noun ends a fronted adverbial; the
            # subject is dropped (or named before), not the preposition's object. So is a document or channel after
            # a preposition opening the sentence: "En un comunicado, precisó …", "Em nota, afirmou …" (which had
            # "nota" for a source), and a channel's name: "En Twitter, reiteró …", whatever comes between the
            # preposition and the comma (not past another comma: "Por su parte, el representante …, Stalin
            # González, afirmó" is his)
            return Phrase("", b, b, "none")
        return _dropped_subject(text, toks, read, b, lex)
    head = _collect_left(toks, lex)
    anonymous = _anonymous_before_preposition(text, toks, len(toks) - len(head), lex)
    if anonymous is not None:
        return anonymous
    placed = _noun_before_place(text, toks, len(toks) - len(head), head, lex)
    if placed is not None:
        return placed
    adjunct = _subject_before_adjunct(text, a, toks, len(toks) - len(head), head, lex)
    if adjunct is not None:
        return adjunct
    affiliated = _person_before_affiliation(text, toks, len(toks) - len(head), lex)
    if affiliated is not None:
        return affiliated
    return _described_name(text, toks, _dropped_subject(text, toks, _phrase(text, head, lex), b, lex), lex)


def _opens_with_preposition(text: str, a: int, toks: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """In a language that drops subjects, does the clause text[a:] open with a word that stops a subject (a
    preposition or subordinator: "En …", "Tras …", "Al referirse …"), nothing but opening marks before it?"""
    return lex.drops_subjects and bool(toks) and toks[0][0].lower() in lex.subject_stops and \
        not text[a:toks[0][1]].strip(LEADING_MARKS)


def _governed_by_opening_preposition(text: str, a: int, toks: list[tuple[str, int, int]],
                                     head: list[tuple[str, int, int]], read: Phrase, lex: Lexicon) -> bool:
    """Is the phrase read as a cue's subject the object of the preposition opening the sentence, right after it
    ("En cadena de radio y televisión, aseguró …", "Tras la firma del acuerdo, aseguró …", "Dopo la firma
    dell'accordo, ha affermato …")? Then the subject is dropped. (The capitalised preposition is collected with
    the phrase, which reads past it. Not a word that is an article too: Portuguese "A própria Machado, …,
    garantiu" is hers.)"""
    return len(head) > 1 and head[0] is toks[0] and _opens_with_preposition(text, a, toks, lex) and \
        toks[0][0].lower() not in ARTICLES and read.start >= toks[0][2]


def _subject_before_relative(text: str, a: int, toks: list[tuple[str, int, int]], lex: Lexicon) -> Phrase | None:
    """The name opening the clause when a relative clause follows it and runs to the comma before the cue
    ("Rubio, who met Maduro's envoy, Jorge Rodriguez, in Doha, said …", "Rodríguez, que llegó acompañado por el
    gobernador de Miranda, Héctor Rodríguez, insistió …"): the names inside the relative are its objects, and the
    last of them was read as the subject. None unless the clause opens with a name, a comma and a relative."""
    if not toks or text[a:toks[0][1]].strip(LEADING_MARKS):
        return None
    described = toks[0][0].lower() in DEFINITE_ARTICLES   # "The former diplomat, who met … González, told …"
    if toks[0][0].lower() in lex.closed_words and not described:
        return None
    i = next((n for n, t in enumerate(toks) if t[0] == ","), len(toks))
    if not 0 < i < len(toks) - 2 or not toks[i + 1][0][:1].islower() or \
            toks[i + 1][0].lower() not in lex.relative_pronouns and not (
                not described and role_word(toks[i + 1][0], lex) and first_name_gender(toks[0][0])):
        return None   # (or "Sandra Milena Roa, investigadora de la Fundación …, con sede en Cúcuta, considera …")
    phrase = _phrase(text, _collect_left(toks[:i], lex), lex)
    if described:
        # (an anonymous head, "The diplomat, who …", keeps the statement sourceless rather than the relative's name)
        return phrase if phrase.kind in ("person_description", "body", "anonymous") and phrase.start <= toks[1][1] \
            else None
    return phrase if phrase.kind == "named" and phrase.start == toks[0][1] else None


def _titled_name_in_apposition(text: str, seg: list[tuple[str, int, int]], lex: Lexicon) -> Phrase | None:
    """A person's full name (a known first name) ending an apposition set off before the cue, after an article
    and lower-case words that describe them ("…, o assistente social Joaquim Ferraz Medeiros, disse", "…, the
    social worker Ana Ruiz, said"): that person is the subject. None for any other segment."""
    if len(seg) < 3 or seg[0][0].lower() not in ARTICLES:
        return None
    k = len(seg)
    while k > 1 and is_capitalised(seg[k - 1][0]) and seg[k - 1][0][:1].isalpha():
        k -= 1
    name = seg[k:]
    before = seg[k - 1][0].lower()
    if not 2 <= len(name) <= MAX_NAME_WORDS or not first_name_gender(name[0][0]) or \
            any(t[0].endswith(POSSESSIVE_ENDINGS) for t in name) or \
            before in OF_WORDS or before in lex.np_prepositions or before in lex.adjunct_prepositions or \
            before in lex.place_prepositions or \
            not all(t[0].isalpha() and t[0].islower() and not lex.is_cue_word(t[0]) for t in seg[1:k]):
        return None   # ("a speechwriter in George W. Bush's White House": a place of work, no name of the subject)
    return Phrase(text[name[0][1]:name[-1][2]], name[0][1], name[-1][2], "named")


def name_given_in_aside(text: str, seg: list[tuple[str, int, int]], lex: Lexicon) -> Phrase | None:
    """The name an aside gives a described subject ("The opposition coalition, known as the Unitary Platform,",
    "la coalición, conocida como Plataforma Unitaria,"): the most specific name the article gives, or None."""
    while seg and not seg[-1][0][:1].isalnum():
        seg = seg[:-1]   # (the comma closing the aside)
    if not lex.naming_asides or not seg:
        return None
    words = " ".join(t[0].lower() for t in seg)
    hit = next((n for n in lex.naming_asides if words.startswith(n + " ")), None)
    if hit is None:
        return None
    k = len(hit.split())
    if k >= len(seg):
        return None
    named = subject_after(text, seg[k][1], seg[-1][2], lex)
    return named if named.kind in ("named", "body") and named.end == seg[-1][2] and \
        any(is_capitalised(w) for w in named.text.split()) else None


def _described_by_apposition(text: str, a: int, comma: int, lex: Lexicon) -> Phrase | None:
    """The name an apposition right before a relative's comma describes ("dijo Jorge Rodríguez, jefe de la
    delegación del Gobierno, quien añadió …": not "Gobierno" but Jorge Rodríguez), or None when the words
    before the comma are no apposition opened by a person's title."""
    prev = text.rfind(",", a, comma)
    if prev < 0:
        return None
    words = [w.lower() for w, _s, _e in tokens(text, prev + 1, comma) if w[0].isalnum()]
    indefinite = bool(words) and words[0] in lex.indefinites   # "Ana Ruiz, 34, a nurse from Barquisimeto who …"
    while words and (words[0] in lex.possessives or words[0] in lex.indefinites or words[0] in ARTICLES):
        words = words[1:]
    while len(words) > 1 and words[0] not in lex.person_descriptions and words[1] in lex.person_descriptions | \
            lex.descriptive_words:
        words = words[1:]   # "the opposition candidate", "a retired nurse": a modifier before the title
    if not words or words[0] not in lex.person_descriptions and not (indefinite and words[0].isalpha()):
        return None
    age = text.rfind(",", a, prev)
    if age >= 0 and text[age + 1:prev].strip().isdigit():
        prev = age   # "Ana Ruiz, 34, a nurse …": the age is an apposition too
    named = _object_of_verb(text, subject_before(text, a, prev, lex), prev, lex)   # "invited Matt Duss"
    toks = tokens(text, named.start, named.end) if named.text else []
    while toks and not is_capitalised(toks[0][0]):
        toks = toks[1:]   # "…, dijo Jorge Rodríguez, jefe de …": the closing cue before the name
    named = _phrase(text, toks, lex) if toks else named
    if indefinite and words[0] not in lex.person_descriptions and not first_name_gender(named.text.split()[0] if
                                                                                       named.text else ""):
        return None   # "a woman from New Hampshire who …": only a person's name is described by a common noun
    return named if named.kind == "named" else None


def _issuer_in_aside(text: str, head: list[tuple[str, int, int]], seg: list[tuple[str, int, int]],
                     lex: Lexicon) -> Phrase | None:
    """The issuer named in a participle aside after a document ("The statement, issued by the ministry,",
    "El comunicado, difundido por la Cancillería,"), when the words before the aside are a document."""
    agents = lex.agent_prepositions | lex.passive_agents
    participle = seg[0][0].lower() if seg else ""
    if len(seg) < 3 or seg[1][0].lower() not in agents or participle not in lex.issuing_verbs and not (
            lex.past_participle_suffixes and participle.endswith(lex.past_participle_suffixes)):
        return None
    doc = _phrase(text, _collect_left(head, lex), lex)
    if doc.kind != "statement_description":
        return None
    owner = subject_after(text, seg[2][1], seg[-1][2], lex)
    return owner if owner.kind in ("named", "body") else None


def _object_of_verb(text: str, phrase: Phrase, comma: int, lex: Lexicon) -> Phrase:
    """A relative's antecedent is the noun phrase right before its comma: in "Maduro met Petro, who said …"
    or "The mayor thanked Petro, who said …" the words read back from the comma run over a verb ("met",
    "thanked"); the antecedent is its object, "Petro"."""
    if not phrase.text:
        return phrase
    toks = tokens(text, phrase.start, comma)
    verbs = [k for k, t in enumerate(toks) if 0 < k < len(toks) - 1 and t[0][:1].islower() and
             t[0].lower() not in CONNECTORS and verb_like(t[0], lex)]
    if not verbs:
        return phrase
    return _phrase(text, toks[verbs[-1] + 1:], lex)


def _set_off_alone(toks: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Does the comma ending `toks` set off adverbs alone ("Holt, however, said", "The mayor, this week,
    said"), rather than close an aside that merely ends with them ("Holt, who campaigned in the state this
    week, said")? The words back to the comma before are all adverbs or time words, or no comma opens them."""
    k = next((i for i in range(len(toks) - 2, -1, -1) if toks[i][0] == ","), -1)
    return k < 0 or all(skippable(t[0], lex) or adverb(t[0], lex) for t in toks[k + 1:-1])


ANONYMOUS_HEAD_REACH = 3   # words between an anonymous head and the preposition ("people familiar with")


def _anonymous_before_preposition(text: str, toks: list[tuple[str, int, int]], k: int,
                                  lex: Lexicon) -> Phrase | None:
    """The anonymous subject whose prepositional phrase the words from toks[k] end: "people familiar with
    the Oslo talks said", "a person close to the delegation said", "sources with knowledge of the plan
    said". Read alone, the preposition's object ("the Oslo talks") looked like the source; the guide skips
    such sources (LABELING.md), so the phrase is anonymous. None when no preposition stands before toks[k]
    or no anonymous noun a few words before it."""
    if k <= 0 or toks[k - 1][0] != toks[k - 1][0].lower() or toks[k - 1][0] not in lex.subject_stops:
        return None
    for j in range(k - 2, max(-1, k - 2 - ANONYMOUS_HEAD_REACH), -1):
        word = toks[j][0]
        if not word[:1].isalpha():
            return None
        if word.lower() in lex.anonymous:
            return Phrase(text[toks[j][1]:toks[-1][2]], toks[j][1], toks[-1][2], "anonymous")
    return None


MAX_PLACED_NOUN_WORDS = 12   # "the second-largest opposition party", "The family of an American sentenced to 14 years"


MAX_ADJUNCT_WORDS = 3   # a preposition and its determiners before a channel's name ("en su cuenta de X": too far)


def _subject_before_adjunct(text: str, a: int, toks: list[tuple[str, int, int]], k: int,
                            head: list[tuple[str, int, int]], lex: Lexicon) -> Phrase | None:
    """The subject before the channel a name read before the cue is ("Guaidó su Twitter ha ribadito …",
    "Guaidó, reconocido por 50 países, en X reiteró …"): a channel after a preposition never speaks, so the
    subject is read before the preposition (none there: the subject is dropped). None when the head is no
    channel after a preposition ("In response, Twitter said …": the company speaks)."""
    if k < 1 or len(head) != 1 or not is_capitalised(head[0][0]) or head[0][0].lower() not in lex.channel_nouns:
        return None
    i = k - 1
    if not (toks[i][0].isalpha() and toks[i][0][:1].islower()):
        return None
    while i > 0 and k - i < MAX_ADJUNCT_WORDS and toks[i - 1][0].isalpha() and toks[i - 1][0][:1].islower():
        i -= 1   # "en su X": the preposition, then a possessive or an article
    before = subject_before(text, a, toks[i][1], lex)
    if before.kind in ("named", "body", "person_description", "person_pronoun", "plural_pronoun"):
        return before
    return Phrase("", toks[-1][2], toks[-1][2], "none")


def _person_before_affiliation(text: str, toks: list[tuple[str, int, int]], k: int, lex: Lexicon) -> Phrase | None:
    """The person whose institution the name read before the cue is ("Der Experte Tobias Brenner von der
    Universität Hamburg sagte …": Tobias Brenner, not the university): a name of two words or more before one of
    the lexicon's affiliation prepositions. None for anything else."""
    if not lex.affiliation_prepositions or k < 3:
        return None
    for size in (2, 1):
        phrase = " ".join(t[0].lower() for t in toks[k - size:k])
        if k - size >= 2 and phrase in lex.affiliation_prepositions:
            person = _phrase(text, _collect_left(toks[:k - size], lex), lex)
            if person.kind == "named" and len(person.text.split()) >= 2:
                return person
    return None


def _noun_before_place(text: str, toks: list[tuple[str, int, int]], k: int, head: list[tuple[str, int, int]],
                       lex: Lexicon) -> Phrase | None:
    """The subject whose place a name read before the cue only is: "The main opposition party in Venezuela
    said" (not Venezuela), "El principal partido de la oposición en Venezuela dijo", "the top diplomat in
    Caracas said". The words before the place's preposition, from an article or determiner opening the clause,
    are the subject, of the kind they make without the place (a body, a description; anonymous "people in
    Caracas" is read before this). None when no such words stand there."""
    served = k >= 2 and bool(head) and _title_complement(toks, k, lex)
    if k < 2 or not head or not (toks[k - 1][0] in lex.place_prepositions or served) or \
            _phrase(text, head, lex).kind != "named" and not (served and lex.modifiers_before_noun and
                                                             _person_titled(toks, k - 1, lex)):
        return None   # (a person's title's complement may be lower-case: "Trump's envoy for special missions")
    if not served and not all(is_capitalised(t[0]) or t[0].lower() in CONNECTORS or i == 0 and t[0].lower() in ARTICLES
               for i, t in enumerate(head)):
        return None   # "a report in a New Hampshire paper said": the paper is the source, no place ("le
        #               Venezuela", "il Venezuela": an article may open the place's name)
    j = k - 2
    while j >= 0 and k - 1 - j <= MAX_PLACED_NOUN_WORDS and toks[j][0][:1].isalnum():
        low = toks[j][0].lower()
        opener = low in lex.possessives or low in lex.indefinites or low in lex.noun_determiners or \
            low.endswith(POSSESSIVE_ENDINGS) and is_capitalised(toks[j][0]) or \
            _ELIDED_ANY.match(low) is not None   # "Norway's special envoy for …", "l'envoyée … pour le Venezuela"
        if opener and (j == 0 or toks[j - 1][0] in (",", ";", ":") or toks[j - 1][0].lower() in lex.complementizers):
            noun = [t[0] for t in toks[j:k - 1]]
            kind = classify(noun, lex)
            if len(noun) < 2 or kind in ("none", "coordinated") or noun[-1].lower() in lex.government_nouns:
                return None   # ("the government in Beijing said": the place names that government)
            titles = [n for n, w in enumerate(noun) if _ELIDED_ANY.sub("", w.lower()) in lex.person_descriptions]
            if kind == "named" and not titles and served and \
                    any(_ELIDED_ANY.sub("", w.lower()) in lex.body_nouns and w[:1].islower() for w in noun):
                # "Venezuela's mission to the UN said", "L'ambassade des États-Unis à Caracas a indiqué": a body
                # named by whom it belongs to and where it serves
                return Phrase(text[toks[j][1]:toks[-1][2]], toks[j][1], toks[-1][2], "body")
            if kind == "named" and titles and not _full_name_after(noun, titles[0] + 1):
                # "Norway's special envoy for Venezuela said", "Die Botschafterin Venezuelas bei den Vereinten
                # Nationen sagte": names qualify the title, nobody is named; the whole title, complement and
                # all, describes the source
                return Phrase(text[toks[j][1]:toks[-1][2]], toks[j][1], toks[-1][2], "person_description")
            if kind == "named":   # "the Venezuelan Foreign Minister Yván Gil in Caracas said": that person
                return _phrase(text, _collect_left(toks[j:k - 1], lex), lex)
            return Phrase(text[toks[j][1]:toks[-1][2]], toks[j][1], toks[-1][2], kind)
        j -= 1
    return None


def _title_complement(toks: list[tuple[str, int, int]], k: int, lex: Lexicon) -> bool:
    """Does toks[k - 1] join a person's title to the place or body the person serves ("Norway's special envoy
    for Venezuela", "the ambassador to the UN", "la embajadora de Venezuela ante la ONU", "auprès de l'ONU")?
    Then the name after it is that complement, not the source. The title may have qualifiers of its own
    before the preposition ("la enviada noruega para Venezuela"), up to COMPLEMENT_REACH words."""
    p = k - 1
    if p < 1:
        return False
    prepositions = _complement_prepositions(lex)
    if toks[p][0].islower() and toks[p - 1][0].lower() in prepositions:
        p -= 1   # "auprès de l'ONU", "junto às Nações Unidas": a compound preposition
    if toks[p][0].lower() not in prepositions:
        return False
    for j in range(p - 1, max(-1, p - 1 - COMPLEMENT_REACH), -1):
        if serves(toks[j][0], toks[p][0], lex):
            return True
        if not toks[j][0][:1].isalpha() or lex.is_cue_word(toks[j][0]) or first_name_gender(toks[j][0]):
            return False   # (a person's name ends the title: "der Vermittler Dag Nylander der dpa" is an addressee)
    return False


COMPLEMENT_REACH = 4   # words between a title and its complement's preposition ("embajadora de Venezuela ante")


def _person_titled(toks: list[tuple[str, int, int]], p: int, lex: Lexicon) -> bool:
    """Is the preposition at toks[p] the complement of a person's title (not a body's noun: "his campaign
    shelled out to …") standing right before it or one qualifier before ("envoy for", "special envoy for")?"""
    return any(j >= 0 and toks[j][0].lower() in lex.person_descriptions and serves(toks[j][0], toks[p][0], lex)
               for j in (p - 1, p - 2))


def _person_title_before(toks: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """Where adjectives follow the noun, is toks[i] the complement's preposition of a person's title just
    before it ("enviado especial para", "enviado especial de Trump para")? Read leftwards from a cue, only
    such a title goes on past the preposition: lower-case qualifiers and one "of"-possessor may stand between
    them; a body's noun or a cue after it ("candidate to say") ends the subject as any stop does. (English
    titles with a complement are read by subject_before's own steps: this reading, tried there, read 560 of
    bench/frames.py's 1650 English TITLED sentences wrong.)"""
    if lex.modifiers_before_noun or i + 1 < len(toks) and lex.is_cue_word(toks[i + 1][0]):
        return False
    j = i - 1
    while j >= 0 and i - j <= COMPLEMENT_REACH:
        word = toks[j][0]
        if _ELIDED_ANY.sub("", word.lower()) in lex.person_descriptions:   # (also "L'inviato", "L'envoyé")
            return serves(word, toks[i][0], lex)
        if is_capitalised(word) and j >= 1 and toks[j - 1][0].lower() in OF_WORDS:
            j -= 2   # "de Trump": whose envoy
            continue
        if not word.isalpha() or not word.islower():
            return False
        j -= 1
    return False


def _words_serve(words: list[str], k: int, lex: Lexicon) -> bool:
    """`_title_complement` over bare words (a phrase already read): does words[k - 1] join a title to what it
    serves?"""
    return _title_complement([(w, 0, 0) for w in words], k, lex)


def _complement_prepositions(lex: Lexicon) -> frozenset[str]:
    """Every preposition of `title_complements`, alone or the last word of a pair ("envoy for" -> "for"): a word
    outside them is never a complement's (the test most words get, on the rule pass's hot paths)."""
    return _last_words(lex.title_complements)


@lru_cache(maxsize=16)
def _last_words(entries: frozenset[str]) -> frozenset[str]:
    return frozenset(entry.split()[-1] for entry in entries)


def role_word(word: str, lex: Lexicon) -> str | None:
    """The person description a word of a role is ("ministro"; a title after a prefix of the cue file's
    `title_prefixes`: "excandidato" -> "candidato"; a title after a hyphen: "ex-ministro", "CDU-Politiker",
    "US-Sondergesandte"; in German also in its weak declension: "Sondergesandten" -> "sondergesandte"), or
    None. The one reading of a title's word: classify, office_title, serves and the roles read it."""
    low = word.lower()
    if low in lex.person_descriptions:
        return low
    for prefix in lex.title_prefixes:
        if low.startswith(prefix) and low[len(prefix):] in lex.person_descriptions:
            return low[len(prefix):]
    head = low.rsplit("-", 1)[-1] if "-" in low else low   # (most words hold no hyphen: classify reads each)
    if head != low and head in lex.person_descriptions:
        return head
    if lex.capitalised_nouns and head.endswith("n") and head[:-1] in lex.person_descriptions:
        return head[:-1]
    if lex.capitalised_nouns:
        # a compound ending with a title: "Wirtschaftswissenschaftler", "Lateinamerikaexperte" (the longest title
        # of MIN_COMPOUND_TITLE letters or more that ends the word, after a stem of three letters or more)
        for cut in range(3, len(head) - MIN_COMPOUND_TITLE + 1):
            if head[cut:] in lex.person_descriptions:
                return head[cut:]
    return None


MIN_COMPOUND_TITLE = 6   # "sprecher", "experte"; not "chef" ("Tourenchef" yes, but "Kochef" no: too short to tell)


def serves(title: str, preposition: str, lex: Lexicon) -> bool:
    """Is `preposition` after the person's title `title` (or a body's noun: "mission to the UN", "l'ambassade …
    à Caracas") the complement of whom or where the person or body serves: a preposition of
    `title_complements` after any title ("ambassador to"), or a listed pair ("envoy for")?"""
    low, prep = _ELIDED_ANY.sub("", title.lower()), preposition.lower()   # ("l'ambassadrice")
    bare = title[2:] if title[:1] in "LlDd" and title[1:2] in ("'", "’") else title   # ("L'ambassade")
    low = _hyphenated_title(low, lex)   # "der US-Sondergesandte für Venezuela"
    return (low in lex.person_descriptions or low in lex.body_nouns and bare[:1].islower()) and (
        prep in lex.title_complements or f"{low} {prep}" in lex.title_complements)


PARTY_STATE_RE = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,12}")   # "D-Calif.", "R-Texas", "I-Vt."
# A US state as news agencies abbreviate it after a town ("retired in Cambridge, Mass., said"): its stop ends
# no sentence and no name
STATE_AFTER_TOWN_RE = re.compile(r"(?<=,\s)(?:" + "|".join(
    re.escape(s) for s in sorted(state_abbreviations(), key=lambda s: (-len(s), s))) + r")\.(?=,)")


def _party_and_state(text: str, seg: list[tuple[str, int, int]]) -> bool:
    """A US politician's party and state written after the name: "D-Calif.", "R-Texas", "I-Vt."."""
    return bool(seg) and PARTY_STATE_RE.fullmatch(text[seg[0][1]:seg[-1][2]]) is not None


def _described_name(text: str, toks: list[tuple[str, int, int]], phrase: Phrase, lex: Lexicon) -> Phrase:
    """"Jorge Rodríguez, representante de la delegación de Nicolás Maduro expresó …": a description in
    apposition whose closing comma the writer left out describes the name before its comma, the subject."""
    if phrase.kind != "person_description" or not phrase.text:
        return phrase
    k = next((i for i, t in enumerate(toks) if t[1] == phrase.start), -1)
    if k < 2 or toks[k - 1][0] != ",":
        return phrase
    run = _collect_left(toks[:k - 1], lex)
    head = _phrase(text, run, lex)
    j = k - 2 - len(run)   # the word before the name
    if j >= 0 and toks[j][0].islower() and (toks[j][0] in lex.subject_stops or toks[j][0] in lex.np_prepositions):
        return phrase   # "Tras la reunión en Lisboa, la ministra afirmó …": the name ends a fronted adverbial
    return head if head.kind == "named" and all_name_words(head.text) else phrase


def _dropped_subject(text: str, toks: list[tuple[str, int, int]], phrase: Phrase, b: int, lex: Lexicon) -> Phrase:
    """In a language that drops subjects, a clause before the cue that opens with a preposition and names
    nobody ("En ese sentido, señaló …", "En su breve intervención también aseveró …") is a fronted
    adverbial: the subject is the one of the discourse, not a word of the adverbial."""
    if phrase.kind in ("statement_description", "anonymous") and lex.drops_subjects and len(toks) > 1 and \
            toks[0][0].lower() in lex.subject_stops and phrase.start <= toks[1][2] + 1 and \
            not text[toks[0][1] - 1:toks[0][1]].strip():
        return Phrase("", b, b, "none")   # "In una nota ha spiegato …": a channel after the opening preposition
    if phrase.kind != "rejected" or not lex.drops_subjects or not toks or \
            toks[0][0].lower() not in lex.subject_stops or any(is_capitalised(t[0]) for t in toks[1:]):
        return phrase
    return Phrase("", b, b, "none")


def office_title(phrase: str, lex: Lexicon) -> bool:
    """Is a phrase read as a name only an office ("il ministro degli Esteri", "Foreign Minister"): a person
    description among its first words and no two capitalised words in a row that could be someone's name?"""
    words = [w for w in phrase.split() if w.lower() not in lex.possessives and w.lower() not in CONNECTORS]
    if len(words) >= 2 and lex.modifiers_before_noun and words[-1].lower() in lex.person_descriptions and \
            not any(first_name_gender(w) or re.fullmatch(r"[A-Z]\.", w) for w in words[:-1]):
        # "The Norwegian Foreign Minister", "The United Nations Secretary-General": headed by the title (but
        # "Representative Peter T. King" ends with a surname that is also a title)
        return True
    low = [_hyphenated_title(w.lower(), lex) for w in words]   # ("die UN-Botschafterin Venezuelas")
    if not words or not any(w in lex.person_descriptions for w in low[:2]):
        return False
    caps = [is_capitalised(w) and lw not in lex.person_descriptions for w, lw in zip(words, low, strict=True)]
    return not any(x and y for x, y in zip(caps, caps[1:], strict=False))


def _past_time(toks: list[tuple[str, int, int]], i: int, lex: Lexicon) -> int:
    """Past a short time phrase at toks[i] ("on Tuesday", "el martes", "este martes"): the index after it, or i
    when none stands there (a time word proper, not only a preposition or an article, must be among them)."""
    glue = lex.tail_openers | lex.noun_determiners | ARTICLES
    k, timed = i, False
    while k < len(toks) and k - i < 3 and (toks[k][0].lower() in glue or skippable(toks[k][0], lex)) and \
            toks[k][0].lower() not in OF_WORDS | lex.agent_prepositions:
        timed |= skippable(toks[k][0], lex) and toks[k][0].lower() not in lex.noun_determiners | ARTICLES | \
            lex.adjunct_prepositions | lex.np_prepositions | lex.channel_prepositions
        k += 1
    return k if timed else i


def _article_of_name(toks: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """Is toks[i] an article before a capitalised word ("secondo le Nazioni unite": Italian "le" is also a
    clitic between subject and cue, skipped there, but before a name it is the name's article)?"""
    return toks[i][0].islower() and toks[i][0] in lex.possessives and i + 1 < len(toks) and \
        is_capitalised(toks[i + 1][0]) and not skippable(toks[i + 1][0], lex)


def _past_connector(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Past a multi-word sentence connector right after a cue ("a su vez", "por su parte", set off by commas or
    not), where an inverted source may follow; `a` itself when none stands there."""
    connectors = _multiword(lex.sentence_connectors)
    if not connectors:
        return a
    rest = text[a:min(b, a + 40)]
    stripped = rest.lstrip(" ,")
    low = stripped.lower()
    if not low.startswith(connectors):   # (most cues: one C-level test, no loop)
        return a
    for connector in connectors:
        if low.startswith(connector) and low[len(connector):len(connector) + 1] in (" ", ","):
            return a + (len(rest) - len(stripped)) + len(connector)
    return a


@lru_cache(maxsize=16)
def _multiword(entries: frozenset[str]) -> tuple[str, ...]:
    """The entries of several words, longest first."""
    return tuple(sorted((e for e in entries if " " in e), key=len, reverse=True))


def subject_after(text: str, a: int, b: int, lex: Lexicon) -> Phrase:
    """The source named right after a cue ("dijo Guaidó", "according to the ministry, ...")."""
    a = _past_connector(text, a, b, lex)   # "sostuvo a su vez el embajador …", "said, for his part, the envoy"
    toks = _unquoted_titles(tokens(text, a, min(b, a + WINDOW), after_cue=True), lex)
    i = 0
    while i < len(toks) and (skippable(toks[i][0], lex) and toks[i][0].lower() not in lex.pronouns_person and
                             not _article_of_name(toks, i, lex) or
                             i + 1 < len(toks) and
                             toks[i][0].lower() in lex.possessives and skippable(toks[i + 1][0], lex)):
        i += 1  # "dijo el sábado el portavoz": a time phrase, with its article, before the source
    if i < len(toks) and lex.addressees:
        # "dijo a la prensa José Sierra", "told reporters the minister": whom it was said to comes first.
        end = addressee_end(text, toks[i][1], lex)
        if end >= 0:
            while i < len(toks) and toks[i][1] < end:
                i += 1
    adjunct = i if i < len(toks) and toks[i][0].lower() in lex.adjunct_prepositions else \
        i - 1 if 0 < i <= len(toks) and toks[i - 1][0].lower() in lex.adjunct_prepositions else \
        i + 1 if i + 1 < len(toks) and toks[i][0].lower() in lex.addressee_prepositions and \
        toks[i + 1][0].lower() in lex.adjunct_prepositions else -1   # ("afirmó a través de un comunicado la …")
    if i < len(toks) and toks[i][0].lower() in lex.pronouns_person | lex.pronouns_plural and \
            (i + 1 >= len(toks) or toks[i + 1][0] != ","):
        # "…, schrieb sie auf der Plattform X": the pronoun is the source, not the place after it (but "dijo él,
        # el ministro Gil," names whom it stands for)
        return Phrase(toks[i][0], toks[i][1], toks[i][2], classify([toks[i][0]], lex))
    if i + 1 < len(toks) and toks[i][0].lower() in ARTICLES and toks[i + 1][0].lower() in lex.time_nouns and \
            not is_capitalised(toks[i + 1][0]):
        # "«…», aveva scritto la sera della firma di Bridgetown": a time after the cue, no source (the name in
        # its complement is where or what, not who); the subject is the dropped or earlier one, or one after
        # the time ("escribió la noche de la firma el negociador Jorge Rodríguez")
        j = i + 2
        while j < len(toks) and toks[j][0][:1].isalnum() and not (
                toks[j][0].lower() in ARTICLES and toks[j - 1][0].lower() not in OF_WORDS):
            j += 1
        if j < len(toks) and toks[j][0].lower() in ARTICLES:
            return subject_after(text, toks[j][1], b, lex)
        return Phrase("", a, a, "none")
    out: list[tuple[str, int, int]] = []
    while i < len(toks) and len(out) < 12:
        word = toks[i][0]
        low = word.lower()
        if not word[0].isalnum() and word not in CONTINUE_PUNCT:
            break
        if out and lex.addressees and addressee_end(text, toks[i][1], lex) >= 0:
            break   # "a déclaré le ministre aux journalistes": whom it was said to, after the source
        if out and is_capitalised(out[-1][0]) and word[1:2] in ("'", "’") and word[:1] == "d" and word[2:3].isupper():
            out.append(toks[i])   # "selon le Quai d'Orsay", "la Côte d’Ivoire": an elided particle inside a name
            i += 1
            continue
        if out and _is_name(out[-1][0], lex) and not is_capitalised(word) and low not in CONNECTORS and \
                not _inside_name(toks, i, out, lex, after=True) and not _title_complement(toks, i + 1, lex):
            # (a title's complement goes on: "a déclaré l'ambassadrice du Venezuela auprès de l'ONU")
            if _modifies_next(out, word, lex) or _title_then_name(toks, i, lex):
                return _modified_noun(text, toks, out, i, b, lex)
            run = _closing_adjectives(text, out, toks, i, lex)
            out += toks[i:i + run]   # "dijo el Gobierno noruego.", "a indiqué le Conseil national électoral."
            break  # "dijo Blyde antes de ..." : the name ends where lower-case words resume
        if low in lex.subject_stops and not word[:1].isupper() and low not in lex.possessives and \
                not _inside_name(toks, i, out, lex, after=True) and not _title_complement(toks, i + 1, lex):
            break
        if low in lex.coordinators and (i + 1 >= len(toks) or is_capitalised(toks[i + 1][0])):
            break
        if out and low in ARTICLES and i + 1 < len(toks) and (skippable(toks[i + 1][0], lex) or
                                                             toks[i + 1][0].lower() in lex.time_nouns):
            break   # "dijo el canciller el lunes", "informó Reuters la semana pasada": a time phrase ends the source
        if out and i + 1 < len(toks) and toks[i + 1][0] in _TITLE_MARKS and low in ARTICLES | lex.possessives and \
                outlet_in_marks(text, toks[i + 1][1], b):
            break   # "sagte Jan Weber dem „Spiegel“": the outlet in marks, with its article, is whom it was told
        out.append(toks[i])
        i += 1
    if len(out) > 1 and out[-1][0] in lex.separable_particles:
        out.pop()   # "„…“, fügte er hinzu.": the particle closing the verb is no part of its subject
    phrase = _phrase(text, out, lex)
    if not out:
        phrase = Phrase("", a, a, "none")   # where the missing source would stand: "«…», dijo." resolves from there
    if phrase.kind in ("none", "rejected"):
        owner = _document_owner_after(text, toks, b, lex)
        if owner is not None:
            return owner
    if adjunct >= 0 and (phrase.kind in ("none", "rejected") or phrase.start == toks[adjunct][1] or
                         adjunct + 1 < len(toks) and phrase.start == toks[adjunct + 1][1]):
        # (the phrase read may be the place itself: "disse no Porto a ministra …", with its preposition too:
        # "ha scritto sul suo profilo X il ministro …")
        after = _past_adjunct(text, toks, adjunct, b, lex)
        if after is not None:
            return after
    k = _past_time(toks, i, lex) if out and phrase.kind != "named" else i   # ("released on Tuesday by …")
    while out and k == i and len(out) > 2 and skippable(out[-1][0], lex) and out[-1][0].lower() not in ARTICLES \
            and i < len(toks) and toks[i][0].lower() in lex.agent_prepositions:
        out = out[:-1]   # (the time read into the phrase: "un comunicado difundido este martes por …")
        while len(out) > 1 and (out[-1][0].lower() in lex.noun_determiners or out[-1][0].lower() in ARTICLES):
            out = out[:-1]
    if k > i and k < len(toks) and toks[k][0].lower() not in lex.agent_prepositions:
        k = i   # past a time only a participle's agent ("released on Tuesday by"), not "a report Tuesday from"
    if out and phrase.kind != "named" and k + 1 < len(toks) and _owned_document(out, lex) and \
            toks[k][0].lower() in OF_WORDS | lex.agent_prepositions:
        # "according to a report by Bloomberg", "a report from the Ministry of Oil", "a statement released by
        # the ministry", "un comunicado difundido por el despacho de …": the owner speaks
        owner = subject_after(text, toks[k + 1][1], b, lex)
        if owner.kind in ("named", "body"):
            return owner
    # "el secretario de Estado norteamericano, Antony Blinken": an adjective or two may end the description.
    j = i
    described = phrase.kind == "person_description" or phrase.kind == "named" and office_title(phrase.text, lex)
    while described and j < len(toks) and j - i < 2 and toks[j][0].isalpha() and \
            toks[j][0].islower() and toks[j][0] not in lex.closed_words and toks[j][0] not in lex.subject_stops \
            and toks[j][0] not in ARTICLES and not lex.is_cue_word(toks[j][0]):   # ("… el canciller el lunes")
        j += 1
    if described and j == i and j + 2 < len(toks) and toks[j][0] in lex.np_prepositions and \
            toks[j + 1][0].isalpha() and toks[j + 1][0].islower() and toks[j + 1][0] not in lex.closed_words and \
            first_name_gender(toks[j + 2][0]):
        j += 2   # "la presidenta en funciones Delcy Rodríguez", "a presidente em exercício Delcy Rodríguez"
    if j > i and j + 1 < len(toks) and toks[j][0] == "," and is_capitalised(toks[j + 1][0]):
        i = j
    elif j > i and j < len(toks) and is_capitalised(toks[j][0]):
        # "según el ministro de Interior venezolano Diosdado Cabello": the name right after the adjective
        name = _apposed_name(toks, j, lex)
        if len(name) >= 2 and all(is_capitalised(t[0]) for t in name) and \
                not any(t[0].lower() in lex.body_nouns for t in name):
            return Phrase(text[name[0][1]:name[-1][2]], phrase.start, name[-1][2], "named")
    if phrase.kind in ("anonymous", "person_description") and i < len(toks) and \
            toks[i][0].lower() in lex.np_prepositions:
        named = _named_past_complement(text, toks, i, phrase, lex)
        if named is not None:
            return named   # "according to a spokeswoman for the Foreign Ministry, Laura Pérez,"
    # "el presidente del Parlamento, Jorge Rodríguez," : keep the name in apposition.
    titled = phrase.kind == "named" and (office_title(phrase.text, lex) or   # "il ministro degli Esteri, Yván Gil,"
                                         _unlisted_noun_of_name(phrase.text, lex))   # "el garante de Portugal,"
    if i + 1 < len(toks) and toks[i][0] == "," and is_capitalised(toks[i + 1][0]) and \
            (phrase.kind != "named" or titled):
        rest = _apposed_name(toks, i + 1, lex)
        if rest and not _apposition_closes(toks, rest[-1], lex):
            rest = []   # "according to the senator, Venezuela will …": the name opens the report, no apposition
        if rest and titled and not office_title(phrase.text, lex) and not first_name_gender(rest[0][0]):
            rest = []   # (an unlisted noun's apposition is a person's full name only)
        if rest and (phrase.kind == "person_description" or titled):
            # "el presidente de la Asamblea Nacional, Jorge Rodríguez,": the name is the source; the span
            # still covers the description, which stands between the cue and the name.
            return Phrase(text[rest[0][1]:rest[-1][2]], phrase.start, rest[-1][2], "named")
        if rest:
            return Phrase(text[phrase.start if phrase.text else rest[0][1]:rest[-1][2]],
                          phrase.start if phrase.text else rest[0][1], rest[-1][2], "named")
    return _owner_of_data(text, phrase, lex) or phrase


MAX_COMPLEMENT_TOKENS = 8   # "for the Foreign Ministry of Venezuela" between a title and its holder's name


def _named_past_complement(text: str, toks: list[tuple[str, int, int]], i: int, phrase: Phrase,
                           lex: Lexicon) -> Phrase | None:
    """The person named in apposition after a description's complement ("a spokeswoman for the Foreign
    Ministry, Laura Pérez,"): a full name opened by a known first name right after the comma that closes the
    complement opened at toks[i], ending where an apposition does; else None."""
    k = next((n for n in range(i + 1, min(len(toks), i + MAX_COMPLEMENT_TOKENS)) if toks[n][0] == ","), -1)
    if k < 0 or k + 1 >= len(toks) or not all(t[0][:1].isalnum() for t in toks[i:k]) or \
            not first_name_gender(toks[k + 1][0]):
        return None
    rest = _apposed_name(toks, k + 1, lex)
    if len(rest) < 2 or not _apposition_closes(toks, rest[-1], lex):
        return None
    return Phrase(text[rest[0][1]:rest[-1][2]], phrase.start, rest[-1][2], "named")


_ELIDED_OF_RE = re.compile(r"(?:dell|dall|nell|degl|d)['’](?=\w)", re.IGNORECASE)


def _owner_of_data(text: str, phrase: Phrase, lex: Lexicon) -> Phrase | None:
    """The owner of data or a document that a named phrase opens with ("stime dell'Organizzazione delle Nazioni
    Unite", "data from the Central Bank", "cifras del Banco Central"): the name after "of", the source. A name
    makes the phrase "named", past the check for an owned document (`_owned_document`) that lower-case
    phrases get."""
    if phrase.kind not in ("named", "statement_description"):
        return None   # (a name after an elided "of" leaves the phrase a description: "i dati dell'Opec")
    words = list(re.finditer(r"\S+", phrase.text))
    k = 0
    while k < len(words) - 1 and (words[k].group().lower() in lex.noun_determiners or
                                  words[k].group().lower() in lex.possessives):
        k += 1
    head = words[k].group().lower() if len(words) >= k + 2 else ""
    if not (head in lex.data_nouns or head in lex.statement_descriptions):
        return None
    nxt = words[k + 1]
    if nxt.group().lower() in OF_WORDS and len(words) > k + 2:
        start = phrase.start + words[k + 2].start()
    elif (m := _ELIDED_OF_RE.match(nxt.group())) is not None:
        start = phrase.start + nxt.start() + m.end()
    else:
        return None
    if not any(is_capitalised(without_elision(w)) for w in text[start:phrase.end].split()):
        return None   # the name was in the data's words ("las cifras de 2024 del BCV" reads on elsewhere)
    if _ELIDED_ANY.match(text[start:phrase.end]) and text[start + 2:start + 3].isupper():
        start += 2   # "les chiffres de l'Opep": the owner is "Opep"
    return Phrase(text[start:phrase.end], start, phrase.end, "named")


def possessive_owner(phrase: str, lex: Lexicon) -> str | None:
    """The owner a named phrase gives its data or statement ("OPEC's monthly report", "the State Department's
    statement", "Kantar Media's ad tracker"): the name before the possessive, when only lower-case words
    follow it and the last is a data noun or a statement's (`statement_descriptions`, which hold the
    `data_nouns`). The guide's speaker is the body whose statement it is; `_owner_of_data` reads the same after
    "of"."""
    words = phrase.split()
    k = max((i for i, w in enumerate(words) if w.endswith(POSSESSIVE_ENDINGS)), default=-1)
    tail = words[k + 1:]
    if k < 0 or not 1 <= len(tail) <= 3 or not all(w[:1].islower() for w in tail) or \
            tail[-1].strip(",.;:").lower() not in lex.statement_descriptions:
        return None
    owner = " ".join([*words[:k], words[k][:-2]])
    return owner if any(is_capitalised(w) for w in owner.split()) else None


def _unlisted_noun_of_name(phrase: str, lex: Lexicon) -> bool:
    """Is the phrase an article, a lower-case noun the cue file does not list and "of" a name ("el garante de
    Portugal", "the envoy of Norway")? Then a person's name in apposition after it is the source."""
    words = phrase.split()
    return len(words) >= 3 and words[0].lower() in ARTICLES and words[1].isalpha() and words[1].islower() and \
        words[2].lower() in OF_WORDS and words[1] not in lex.closed_words


def _owned_document(out: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Do the words read end with data or a document ("a report", "a press release"), or with one and the
    participle of its issuing ("a statement released", "un comunicado difundido"), so that an agent or owner
    after them is the source?"""
    nouns = lex.data_nouns | lex.statement_descriptions
    last = out[-1][0].lower()
    if last in nouns:
        return True
    return len(out) >= 2 and out[-2][0].lower() in nouns and out[-1][0].islower() and \
        bool(lex.past_participle_suffixes) and last.endswith(lex.past_participle_suffixes)


MAX_ADJUNCT_WORDS = 8   # "en su cuenta de la red social X", "en rueda de prensa", "desde el Palacio de Miraflores"


def _document_owner_after(text: str, toks: list[tuple[str, int, int]], b: int, lex: Lexicon) -> Phrase | None:
    """The owner of the document an impersonal cue reads from ("«…», si legge in una nota della Piattaforma",
    "se lee en un comunicado de la Cancillería", "peut-on lire dans un communiqué de …"): a preposition, a
    document noun (perhaps after an article) and "of" its owner, named or a body."""
    words = [t[0].lower() for t in toks[:6]]
    if len(words) < 3 or words[0] not in lex.adjunct_prepositions | lex.channel_prepositions:
        return None
    k = 2 if words[1] in lex.noun_determiners | lex.possessives | lex.indefinites else 1
    if k + 2 >= len(toks) or words[k] not in lex.statement_descriptions | lex.channel_nouns or \
            words[k + 1] not in OF_WORDS:
        return None
    owner = subject_after(text, toks[k + 2][1], b, lex)
    return owner if owner.kind in ("named", "body") else None


def _past_adjunct(text: str, toks: list[tuple[str, int, int]], k: int, b: int, lex: Lexicon) -> Phrase | None:
    """The source after a place or channel that follows an inverted cue ("dijo en Caracas el canciller X",
    "escribió en su cuenta de X el ministro"): the first article past the phrase opened at toks[k] starts it.
    None when no source follows before a comma, a complementizer or MAX_ADJUNCT_WORDS words ("dijo en Caracas
    que el canciller …" is a report, not a source)."""
    articles = lex.noun_determiners | lex.possessives
    for j in range(k + 2, min(len(toks), k + 2 + MAX_ADJUNCT_WORDS)):
        word = toks[j][0]
        low = word.lower()
        if word == "," and j + 1 < len(toks) and is_capitalised(toks[j + 1][0]):
            # "escribió en su cuenta de la red social X, Álvaro Leyva, ministro …": a full name set off after
            # the channel (one word would be the channel's place: "dijo en Caracas, Venezuela, …")
            found = subject_after(text, toks[j + 1][1], b, lex)
            return found if found.kind == "named" and len(found.text.split()) >= 2 else None
        if not word[0].isalnum() or low in lex.complementizers or low in lex.coordinators:
            return None
        if low in articles and low not in OF_WORDS and toks[j - 1][0].lower() not in OF_WORDS | \
                lex.adjunct_prepositions | lex.np_prepositions | lex.addressee_prepositions:
            # (an article after a preposition is still inside the phrase: "en su cuenta de la red social X"; so
            # is "of the" written as one word: "no Palácio do Planalto", "en el Palacio del Pueblo")
            found = subject_after(text, toks[j][1], b, lex)
            return found if found.kind in ("named", "body", "person_description") else None
    return None


MAX_APPOSITION_SEGMENTS = 3
NAME_LINKS = frozenset({"de", "del", "of", "da", "do", "di", "von"})   # lower-case words inside a name


def _apposition_closes(toks: list[tuple[str, int, int]], last: tuple[str, int, int], lex: Lexicon) -> bool:
    """Does a name in apposition end where its phrase does: at a comma, a stop, a bracket, a quotation mark or
    the end of the words read, or before a place or time adjunct ("dijo el canciller, Yván Gil, en …")? A
    lower-case word right after it ("según la senadora, Venezuela no aceptará …") makes the name the subject of
    the clause the cue reports."""
    k = next((n for n, t in enumerate(toks) if t[1] > last[1]), len(toks))
    if k + 1 < len(toks) and toks[k][0] == "." and toks[k][1] == last[2] and "." in last[0]:
        k += 1   # "según la senadora, EE.UU. aliviaría …": the stop ends the abbreviation, not the phrase
    if k >= len(toks):
        return True
    word = toks[k][0]
    low = word.lower()
    return not (word[:1].isalpha() and word[:1].islower()) or low in lex.adjunct_prepositions or \
        low in lex.tail_openers or low in lex.np_prepositions or low in NAME_LINKS


def _apposed_name(toks: list[tuple[str, int, int]], j: int, lex: Lexicon) -> list[tuple[str, int, int]]:
    """The name in apposition after a description, read from toks[j]: "el presidente del Parlamento, Jorge
    Rodríguez,". A body's own name may run over commas first ("el ministro de Relaciones Interiores, Justicia
    y Paz, Diosdado Cabello"): of the capitalised segments that follow one another, the last one written
    wholly in capitals (a person's name, no "y") is the name."""
    segments: list[list[tuple[str, int, int]]] = []
    while j < len(toks) and len(segments) < MAX_APPOSITION_SEGMENTS:
        seg: list[tuple[str, int, int]] = []
        while j < len(toks) and (toks[j][0][0].isalnum() or toks[j][0] in CONTINUE_PUNCT) and len(seg) < 6:
            if not is_capitalised(toks[j][0]) and toks[j][0].lower() not in NAME_LINKS \
                    and toks[j][0].lower() not in lex.coordinators:
                break
            seg.append(toks[j])
            j += 1
        if not seg:
            break
        segments.append(seg)
        if not (j + 1 < len(toks) and toks[j][0] == "," and is_capitalised(toks[j + 1][0])) or \
                not any(t[0].lower() in lex.coordinators for t in seg):
            break   # only a segment holding "y"/"and" (a body's name in a list) lets the apposition go on
        j += 1
    for seg in segments:
        while seg and (seg[-1][0].lower() in NAME_LINKS or seg[-1][0].lower() in lex.coordinators):
            seg.pop()   # "Fernando Batista y de todo el equipo": the name ends before the linking words
    named = [seg for seg in segments if len(seg) >= 2 and all(is_capitalised(t[0]) for t in seg)]
    return named[-1] if len(segments) > 1 and named else segments[0] if segments else []


def addressee_end(text: str, pos: int, lex: Lexicon, b: int | None = None) -> int:
    """Where an addressee of the lexicon ("a la prensa", "aux journalistes", "reporters") starting at pos (after
    white space, if any; before b) ends, or -1; the longest one written wins ("a la prensa local")."""
    rest = text[pos:pos + 40 if b is None else min(b, pos + 40)].lower()
    stripped = rest.lstrip()
    hit = next((p for p in longest_first(lex.addressees) if stripped.startswith(p) and
                not stripped[len(p):len(p) + 1].isalnum()), None)
    return -1 if hit is None else pos + len(rest) - len(stripped) + len(hit)


@lru_cache(maxsize=64)
def longest_first(words: frozenset[str]) -> tuple[str, ...]:
    """A cue file's phrases, longest first, so that the longest one written wins ("a la prensa local")."""
    return tuple(sorted(words, key=len, reverse=True))


def _closing_adjectives(text: str, out: list[tuple[str, int, int]], toks: list[tuple[str, int, int]], i: int,
                        lex: Lexicon) -> int:
    """Where adjectives follow the noun, how many lower-case words from toks[i] qualify the capitalised name
    just read (0 when none): up to MAX_NAME_ADJECTIVES words that close the clause or stand before a time, a
    place or an addressee ("dijo el Gobierno noruego.", "a indiqué le Conseil national électoral.", "a annoncé
    l'Union européenne lundi", "a déclaré la Plateforme unitaire dans un communiqué"). A person's name takes none
    ("dijo Blyde anoche.", "a déclaré Pedro Gil aux journalistes"), nor does a word the lexicon knows as a
    time, an adverb, a cue or a stop. German writes no adjective after its noun: a lower-case word after a
    noun there is a verb or an adverb ("Laut der Opposition liegt der Schlüssel …")."""
    if lex.modifiers_before_noun or lex.capitalised_nouns or any(first_name_gender(t[0]) for t in out):
        return 0
    body = any(t[0].lower() in lex.body_nouns or t[0].lower() in lex.generic_bodies for t in out)
    n = 0
    while i + n < len(toks) and n < MAX_NAME_ADJECTIVES:
        word = toks[i + n][0]
        low = word.lower()
        if not word.isalpha() or not word.islower() or low in lex.closed_words or low in lex.subject_stops or \
                low in lex.between_subject_and_cue or low in lex.tail_openers or adverb(word, lex) or \
                lex.is_cue_word(word) or skippable(word, lex) or low in lex.np_prepositions or low in OF_WORDS or \
                addressee_end(text, toks[i + n][1], lex) >= 0:
            break
        n += 1
    if not n or i + n >= len(toks):
        return 0
    n += _name_complement(text, toks, i + n, lex)   # "a indiqué la Banque centrale du Venezuela."
    if i + n >= len(toks):
        return 0
    after = toks[i + n][0]
    first = next((k for k, t in enumerate(toks) if t[1] == out[0][1]), 0)
    read = toks[first - 1:first] + out   # with the article the reading skipped, if any ("le Nazioni")
    if after in CLOSING_PUNCT:
        return n if body or _name_like(read, lex) else 0
    # before a time, a place or an addressee the name's adjectives need a name that is no person's
    low = after.lower()
    time = skippable(after, lex) or (low in ARTICLES or low in lex.noun_determiners) and \
        i + n + 1 < len(toks) and skippable(toks[i + n + 1][0], lex)   # ("… venezolano este lunes", "el lunes")
    return n if (body or _name_like(read, lex)) and (low in lex.tail_openers or time or
                                           addressee_end(text, toks[i + n][1], lex) >= 0) else 0


def _name_complement(text: str, toks: list[tuple[str, int, int]], j: int, lex: Lexicon) -> int:
    """How many tokens from toks[j] make the complement that closes an institution's name after its adjectives
    (0 when none): a preposition of possession, an article at most and one or two words before the clause goes on
    ("la Banque centrale du Venezuela", "le Tribunal suprême de justice", "la Banca centrale del Venezuela"), where
    French and Italian capitalise the name's first word only. Whether the name then ends the clause is
    `_closing_adjectives`' question, as for adjectives alone."""
    if j >= len(toks) or toks[j][0].lower() not in OF_WORDS:
        return 0
    k = j + 1
    if k < len(toks) and (toks[k][0].lower() in ARTICLES or toks[k][0].lower() in ELIDED_ARTICLES):
        k += 1   # "de la Nación", "de l'Intérieur" (after a cue the elided article is a token of its own)
    words = 0
    while k < len(toks) and words < MAX_COMPLEMENT_WORDS and toks[k][0].isalpha() and \
            toks[k][0].lower() not in lex.closed_words and toks[k][0].lower() not in lex.subject_stops and \
            not skippable(toks[k][0], lex) and not lex.is_cue_word(toks[k][0]) and \
            addressee_end(text, toks[k][1], lex) < 0:   # ("… di giustizia ai giornalisti")
        k += 1
        words += 1
    return k - j if words else 0


MAX_COMPLEMENT_WORDS = 2


def _name_like(out: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Is the phrase read an institution's capitalised name (a body's noun, or a name after an article: no
    person's, "l'Union", "le Conseil", "les Nations")?"""
    words = [t[0] for t in out if t[0][:1].isalpha()]
    k = len(words)
    while k > 0 and is_capitalised(words[k - 1]):
        k -= 1   # the capitalised run the adjectives follow ("le secrétaire général des Nations")
    if k == len(words) or any(first_name_gender(w) for w in words):
        return False
    kind = classify(words[k:], lex)
    # (a name after an article is no person's: "les Nations", "l'Union"; "dijo Blyde convencido" keeps Blyde)
    article = words[k - 1].lower() if k > 0 else ""
    return kind == "body" or kind == "named" and (
        article in lex.possessives or article in lex.noun_determiners or article in OF_WORDS or
        article in lex.np_prepositions or _ELIDED_ANY.match(article) is not None)   # (also "aux Nations")


MAX_NAME_ADJECTIVES = 3


CLOSING_PUNCT = frozenset({".", ",", ";", ":", ")", "»", "”", '"'})
MAX_MODIFIED_WORDS = 4  # lower-case words read after a modifier: "Norway's chief mediator representative"


def _modifies_next(out: list[tuple[str, int, int]], word: str, lex: Lexicon) -> bool:
    """In a language with modifiers before the noun, is the capitalised word just read a possessive or a
    lone adjective of the lower-case noun that follows ("Lula's call", "Venezuelan law", "Russian
    diplomatic sources") rather than a name that ends there ("said Blyde on Monday")?"""
    if not lex.modifiers_before_noun or not word[:1].isalpha():
        return False
    low = word.lower()
    if low in lex.closed_words or low in lex.subject_stops or low in lex.tail_openers or lex.is_cue_word(word):
        return False
    last = out[-1][0]
    names = [t for t in out if is_capitalised(t[0])]
    return last.endswith(("'s", "’s", "s'", "s’")) or len(names) == 1 and not (len(last) > 1 and last.isupper())


def _title_then_name(toks: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """After a name, do lower-case words and then a full name follow ("Palm Beach County property tax appraiser
    Dorothy Jacks", "New Zealand singer Ana Ruiz")? Where modifiers come first, the first name is a modifier of
    the title, whose holder is the source; the lower-case words are no closed word, stop or cue."""
    if not lex.modifiers_before_noun:
        return False
    j = i
    while j < len(toks) and j - i < MAX_MODIFIED_WORDS and toks[j][0][:1].islower() and toks[j][0].isalpha():
        low = toks[j][0].lower()
        if low in lex.closed_words or low in lex.subject_stops or low in lex.tail_openers or \
                lex.is_cue_word(toks[j][0]):
            return False
        j += 1
    return i < j and j + 1 < len(toks) and is_capitalised(toks[j][0]) and is_capitalised(toks[j + 1][0]) and \
        toks[j][0].lower() not in lex.not_names


def title_of_a_titled(words: list[str], titles: frozenset[str]) -> bool:
    """Do the words before a name hold a title, "of", then another title ("El abogado de la dirigente", "the
    lawyer of the opposition leader")? The name holds the second; the first is someone else's, the phrase's
    head ("El abogado de la dirigente Ana Ruiz" is not Ana Ruiz)."""
    low = [_ELIDED_ANY.sub("", w.lower()) for w in words]   # (French, Italian: "L'avocat de la dirigeante")
    k = next((j for j, w in enumerate(low) if w in titles), -1)
    joint = next((j for j in range(k + 1, len(low)) if low[j] in OF_WORDS), -1)
    return k >= 0 and joint > k and any(w in titles for w in low[joint + 1:])


def _issued(words: list[tuple[str, int, int]], word: str, toks: list[tuple[str, int, int]], i: int,
            lex: Lexicon) -> bool:
    """Is `word` the participle of a document's issuing right after the document ("OPEC's monthly report
    published on Wednesday"), with no agent after it ("a report released by …" names its own source)?"""
    return bool(lex.past_participle_suffixes) and words[-1][0].lower() in lex.data_nouns | lex.statement_descriptions \
        and word.islower() and word.endswith(lex.past_participle_suffixes) and \
        not (i + 1 < len(toks) and toks[i + 1][0].lower() in lex.agent_prepositions)


def _modified_noun(text: str, toks: list[tuple[str, int, int]], out: list[tuple[str, int, int]], i: int, b: int,
                   lex: Lexicon) -> Phrase:
    """The noun phrase a modifier opens, judged by its head noun (its last word): a person description
    ("Norway's envoy, Dag Nylander") or a body keeps it a source; any other noun ("Lula's call", "Venezuelan
    law") makes it no source at all."""
    words = list(out)
    while i < len(toks) and len(words) - len(out) < MAX_MODIFIED_WORDS:
        word = toks[i][0]
        low = word.lower()
        if not word[0].isalpha() or is_capitalised(word) or low in lex.closed_words or low in lex.subject_stops or \
                low in lex.tail_openers or lex.is_cue_word(word):
            break
        if _issued(words, word, toks, i, lex):
            break   # "OPEC's monthly report published on Wednesday": the document's issuing closes the phrase
        words.append(toks[i])
        i += 1
    head = words[-1][0].lower()
    start, end = words[0][1], words[-1][2]
    if head not in lex.person_descriptions and i < len(toks) and is_capitalised(toks[i][0]) and \
            toks[i][0].lower() not in lex.not_names:
        named = subject_after(text, toks[i][1], b, lex)
        if named.kind == "named" and " " in named.text:
            # "said Venezuelan analyst Luis Vicente León", "Democratic strategist Hank Sheinkopf": a role
            # the lexicon does not list (or lists as anonymous in the plural), right before a full name
            return named
    if head in lex.anonymous:
        return Phrase(text[start:end], start, end, "anonymous")
    if head in lex.person_descriptions:
        if i + 1 < len(toks) and toks[i][0] == "," and is_capitalised(toks[i + 1][0]):
            named = subject_after(text, toks[i + 1][1], b, lex)
            if named.kind == "named":
                # "Norway's mediator, Dag Nylander": the name in apposition is the source.
                return named
        if i < len(toks) and is_capitalised(toks[i][0]) and toks[i][0].lower() not in lex.not_names:
            named = subject_after(text, toks[i][1], b, lex)
            if named.kind == "named":
                # "said former Pennsylvania governor Ed Rendell": the title before the name
                return named
        return Phrase(text[start:end], start, end, "person_description")
    if head in lex.body_nouns or head in lex.statement_descriptions:
        return Phrase(text[start:end], start, end, classify([t[0] for t in words], lex))
    if head not in lex.data_nouns and i + 1 < len(toks) and toks[i][0] == "," and is_capitalised(toks[i + 1][0]):
        named = subject_after(text, toks[i + 1][1], b, lex)
        if named.kind == "named" and " " in named.text:
            # "Rubio's deputy campaign manager, Rich Beeson": a noun the lexicon does not list, with a full
            # name in apposition, describes that person ("Clinton's husband, Bill," names no one for sure).
            return named
    return Phrase(text[start:end], start, end, "rejected")


def _name_run(words: list[str], i: int, lex: Lexicon, forward: bool) -> str | None:
    """The run of at least two name words starting at words[i] (forward, after a few modifiers such as
    "noruego" or "of the UN") or ending at words[i] (backward), or None."""
    if forward:
        j = i
        while j < len(words) and j < i + 6 and not _is_name(words[j], lex):
            if not words[j][0].isalnum() and words[j] != ",":
                return None
            if words[j] == "," and (j + 1 >= len(words) or not _is_name(words[j + 1], lex)):
                return None   # a comma sets off a name in apposition, not the next clause ("…, llegó a Ciudad …")
            j += 1
        run: list[str] = []
        while j < len(words) and len(run) < MAX_NAME_WORDS and (
                _is_name(words[j], lex) or words[j].lower() in CONNECTORS and run):
            run.append(words[j])
            j += 1
    else:
        run = []
        j = i
        while j >= 0 and len(run) < MAX_NAME_WORDS and (
                _is_name(words[j], lex) or words[j].lower() in CONNECTORS and run):
            run.insert(0, words[j])
            j -= 1
    while run and run[-1].lower() in CONNECTORS:
        run.pop()
    while run and (run[0].lower() in CONNECTORS or run[0].endswith(POSSESSIVE_ENDINGS)):
        run.pop(0)   # read backward: "of Emmanuel Saez", "Colorado’s Kendal Unruh" open with no part of the name
    if len(run) < 2 or any(w.lower() in lex.body_nouns for w in run):
        return None
    return " ".join(run)


def _body_of_title(after: list[str], lex: Lexicon) -> str:
    """The capitalised name of the body a title is of, folded ("presidente de la Asamblea Nacional
    Constituyente, …" -> "asamblea nacional constituyente"), or "" when no "of" follows the title."""
    k = 0
    while k < len(after) and after[k].isalpha() and after[k].islower() and after[k] not in OF_WORDS:
        k += 1   # "vicepresidente sectorial de …": a modifier after the title
    if k >= len(after) or after[k].lower() not in OF_WORDS:
        return ""
    k += 1
    while k < len(after) and after[k].lower() in ARTICLES | OF_WORDS:
        k += 1
    run = list(takewhile(lambda w: w[:1].isupper(), after[k:]))
    if not run and k < len(after) and _ELIDED_ANY.sub("", after[k])[:1].isalpha():
        # "chef du gouvernement espagnol", "chef de l'État": a common noun (or one after an elided article) is
        # the body too, so "le chef de l'État" is not whoever the article called "chef du gouvernement"
        run = [_ELIDED_ANY.sub("", after[k])]
    return fold(" ".join(run)).lower()


MAX_ROLE_COMPLEMENT_WORDS = 10   # "vicepresidente sectorial de Comunicación, Cultura y Turismo, Jorge Rodríguez"


def _apposed_person(words: list[str], i: int, lex: Lexicon) -> str | None:
    """The person named in apposition after a title's complement ("el vicepresidente sectorial de
    Comunicación, Cultura y Turismo, Jorge Rodríguez"): the first run after a comma, within a few words, that
    opens with a known first name; None at a full stop or cue first."""
    of_complement = i < len(words) and words[i].lower() in OF_WORDS
    for k in range(i, min(len(words) - 1, i + MAX_ROLE_COMPLEMENT_WORDS)):
        if words[k] in ".;:" or lex.is_cue_word(words[k]):
            return None
        if words[k] == "," and first_name_gender(words[k + 1]):
            return _name_run(words, k + 1, lex, forward=True)
        if of_complement and k > i and first_name_gender(words[k]) and is_capitalised(words[k + 1]):
            # "la ministre des Affaires étrangères Ana Ruiz": past a complement with a lower-case word in it,
            # the full name opened by a first name, without a comma
            return _name_run(words, k, lex, forward=True)
    return None


def _apposed_after(words: list[str], i: int, body: str, lex: Lexicon) -> str:
    """The person-like name run in apposition right after the run `body` that follows words[i], else `body`."""
    parts = body.split()
    for j in range(i, min(len(words), i + 8)):
        if words[j:j + len(parts)] == parts:
            k = j + len(parts)
            if k + 1 < len(words) and words[k] == ",":
                person = _name_run(words, k + 1, lex, forward=True)
                if person is not None and words[k + 1] == person.split()[0]:
                    return person
            break
    return body   # no apposition: "Secretary of State Hillary Clinton" runs the body's name into the person's


APPOSED_QUALIFIERS = 4   # words between an apposition's comma and its title ("Norway's special envoy")


def title_qualifiers(words: list[str], lex: Lexicon) -> bool:
    """Could these words qualify a title in apposition, between "Name," and the title ("Norway's special", "the
    Venezuelan")? At most APPOSED_QUALIFIERS words, none a relative, a conjunction or a cue: "Ana Ruiz, who met
    the envoy" opens a clause. (The roles scanner and the names step read the same rule.)"""
    return len(words) <= APPOSED_QUALIFIERS and all(w[:1].isalnum() for w in words) and not any(
        w.lower() in lex.relative_pronouns or w.lower() in lex.coordinators or w.lower() in lex.aside_relatives or
        lex.is_cue_word(w) for w in words)
MIN_FUZZY_SURNAME = 6   # shorter surnames one letter apart are often different people ("Rojas", "Rosas")
SURNAME_RECENCY = 2   # sentences within which a lone surname is the holder just named, not the article's first


def _one_edit(a: str, b: str) -> bool:
    """Are a and b one insertion, deletion or substitution apart (and not equal)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@dataclass
class Resolver:
    """Remembers the sources met so far in one article, to resolve pronouns, descriptions and surnames."""

    actors: ActorDirectory | None
    lex: Lexicon
    last_person: str | None = None
    last_body: str | None = None
    governments: dict[str, str] = field(default_factory=dict)   # each government met: its key -> as last written
    last_any: str | None = None
    last_thing: str | None = None   # the last body met, named or only described ("the government"): "it"
    last_pair: str | None = None    # the last two bodies named together ("El Gobierno y la Plataforma"): "las partes"
    people: list[str] = field(default_factory=list)   # the persons met so far, the latest last
    _reported: list[str] = field(default_factory=list)   # sentences whose quotes or reports named people
    full_names: dict[str, str] = field(default_factory=dict)
    holders: dict[str, list[str]] = field(default_factory=dict)   # surname -> full names met with it, latest last
    first_met: dict[str, list[str]] = field(default_factory=dict)   # surname -> its people, in the order met
    sentences: int = 0                  # sentences scanned so far, the clock of `named_at`
    named_at: dict[str, int] = field(default_factory=dict)   # full name -> the sentence it was last written in
    sentence: str = ""                  # the sentence scanned last
    unnamed: tuple[str, int] | None = None   # the last description left unresolved, and len(people) then
    roles: dict[str, str] = field(default_factory=dict)
    role_bodies: dict[str, str] = field(default_factory=dict)   # role -> the body it is of ("asamblea nacional")
    documents: dict[str, str] = field(default_factory=dict)
    document_owner: str | None = None   # who issued the document the article quotes ("The ministry issued …")
    text: str = ""                      # the article, for a pronoun whose person the directory does not know
    _names: ArticleNames | None = None  # its person-like names, read on first need
    _opening: list[str] = field(default_factory=list)   # the sentence before's first words (`_scan_opening`)

    def _canonical(self, name: str, aside: str = "", gender: str | None = None) -> str:
        """The fullest form of a name: titles before it dropped ("National Assembly speaker Guaido" ->
        "Guaido"), a lone surname completed from the article or the directory ("Guaido" -> "Juan Guaidó")."""
        words = name.split()
        while len(words) > 1 and words[0].lower() in self.lex.honorific_initials:
            words = words[1:]   # "M. Maduro": Monsieur, not an initial (a title, as "Mr." is, left out)
        joins = [i for i, w in enumerate(words) if w.lower() in self.lex.coordinators and 0 < i < len(words) - 1]
        if joins and all(is_capitalised(words[i - 1]) and is_capitalised(words[i + 1]) for i in joins):
            # "Chilean President Rosa Lind and Peruvian President Tomas Berg": each member on its own.
            parts, last = [], 0
            for i in joins:
                parts.extend([self._canonical(" ".join(words[last:i])), words[i]])
                last = i + 1
            parts.append(self._canonical(" ".join(words[last:])))
            return " ".join(parts)
        cut = max((i for i, w in enumerate(words) if w.lower().strip(",;:") in self.lex.person_descriptions or
                   self.lex.capitalised_nouns and compound_title(w, self.lex)), default=-1)
        if cut >= 0 and title_of_a_titled(words[:cut + 1], self.lex.person_descriptions):
            return name   # "El abogado de la dirigente Ana Ruiz": the lawyer, someone of hers, as written
        rest = words[cut + 1:]
        if cut >= 0 and len(rest) > 1 and not self.lex.modifiers_before_noun and rest[0].isalpha() and \
                rest[0].islower() and rest[0] not in CONNECTORS and rest[0] not in OF_WORDS:
            rest = rest[1:]   # "la presidenta encargada Rodríguez": the title's modifier after it
        if cut >= 0 and rest and all(_is_name(w, self.lex) or w.lower() in CONNECTORS or ARABIC_PARTICLE_RE.match(w)
                                     for w in rest) and _is_name(rest[0], self.lex):
            words = rest
        elif cut >= 0 and rest and rest[0].lower() in OF_WORDS:
            # "il presidente del Parlamento Jorge Rodriguez": the name run after the body's name.
            bodies = [i for i, w in enumerate(rest) if w.lower() in self.lex.body_nouns]
            tail = rest[bodies[-1] + 1:] if bodies else []
            first = next((k for k, w in enumerate(tail) if k and first_name_gender(w) and
                          not first_name_gender(tail[k - 1])), 0)
            if len(tail) - first >= 2:
                tail = tail[first:]   # "de la Asamblea Nacional Pedro Gil": the body's name ends at a first name
            if len(tail) >= 2 and all(_is_name(w, self.lex) for w in tail):
                words = tail
        if len(words) == 1:
            key = words[0].lower()
            if key in self.full_names:
                holder = self._holder_by_title(key, name.split()[:-1], aside, gender) or \
                    self._first_holder(key, gender)
                if holder is not None:
                    return holder
                if self._may_be(self.full_names[key], gender):
                    return self.full_names[key]
                # "Mrs. Clinton" with only "Bill Clinton" met: someone else of that surname, left as written
                return words[0]
            actor = self.actors.exact(words[0]) if self.actors else None
            if actor is not None and actor.kind == "person" and \
                    fold(words[0])[:1].isascii() == fold(actor.name)[:1].isascii():
                return actor.name  # same script only: "مادورو" stays as the article writes it
            if first_name_gender(words[0]):
                # "disse Delcy" after "Delcy Rodríguez": a lone first name is the one person met with it
                named = {p for p in self.people if p.split()[0] == words[0] and len(p.split()) > 1}
                if len(named) == 1:
                    return named.pop()
        misspelt = self._misspelt(words)
        return misspelt if misspelt is not None else " ".join(words)

    def _remember(self, surname: str, name: str, keep: bool = False, written: bool = True) -> None:
        """Record `name` as the full name a later lone `surname` stands for (the latest, unless `keep`);
        `written`: the article wrote it in full here (not a source completed from its surname)."""
        key = surname.lower()
        if keep:
            self.full_names.setdefault(key, name)
        else:
            self.full_names[key] = name
        holders = self.holders.setdefault(key, [])
        if name in holders:
            holders.remove(name)
        holders.append(name)
        met = self.first_met.setdefault(key, [])
        if name not in met:
            met.append(name)
        if written:
            self.named_at[name] = self.sentences

    def _first_holder(self, surname: str, gender: str | None) -> str | None:
        """Of two people or more the article gave one surname, the one a lone surname means when nothing
        tells them apart: the one it named first, unless the latest was written in the last SURNAME_RECENCY
        sentences. A writer gives the article's own Rodríguez the surname alone and writes the other's first
        name ("Jorge Rodríguez encabeza … Su hermana, Delcy Rodríguez, es vicepresidenta. … Rodríguez afirmó",
        Jorge's); the latest named was right only when just named ("Héctor Rodríguez … sostuvo Rodríguez").
        Develop +1 right, invented sets +11, PolNeAR train +3 (the Trumps father and son). None: the latest."""
        met = self.first_met.get(surname, [])
        latest = self.full_names.get(surname)
        if len(met) < 2 or latest is None or met[0] == latest or \
                self.sentences - self.named_at.get(latest, -SURNAME_RECENCY - 1) <= SURNAME_RECENCY or \
                not all(len(n.split()) >= 2 and first_name_gender(n.split()[0]) for n in met) or \
                not self._may_be(met[0], gender):
            return None
        return met[0]

    def _holder_by_title(self, surname: str, title: list[str], aside: str = "", gender: str | None = None
                         ) -> str | None:
        """Of two people or more the article gave one surname ("Delcy Rodríguez" and her brother "Jorge
        Rodríguez"), the one a title before the lone surname points to: by the role the article gave them
        ("la presidenta encargada Rodríguez"), else by its gender ("la mandataria Rodríguez", or a pronoun
        between the surname and its cue: "Rodríguez, for her part, said"); None when it tells them apart no
        better than the latest named."""
        holders = self.holders.get(surname, [])
        if len(holders) < 2 or not title and not aside and gender is None:
            return None
        low = [w.lower().strip(",.;:") for w in title]
        for role in (" ".join(low[-2:]), low[-1]) if low else ():
            if self.roles.get(role) in holders:
                return self.roles[role]
        # an honorific ("Ms. Rodríguez") says it; else the title or a pronoun ("Rodríguez, for her part, said")
        wanted = gender or self._gender_of(" ".join([*title, *WORD_RE.findall(aside)]))
        if wanted is None:
            return None
        return next((h for h in reversed(holders) if first_name_gender(h) == wanted), None)

    def _misspelt(self, words: list[str]) -> str | None:
        """The full name met earlier in the article that `words` misspell by one letter, or None. Copy
        desks drop or double letters ("Sommertang" for "Sommertag", "Jan Guaidó" for "Juan Guaidó"); a
        second person whose name differs by one letter from someone already named is far rarer. Only long
        surnames are matched on their own, and a first name only when the surname is the same."""
        if not words or not all(is_capitalised(w) for w in words):
            return None
        last = fold(words[-1])
        if len(words) == 1:
            if len(last) < MIN_FUZZY_SURNAME or last in self.full_names:
                return None
            hits = {name for key, name in self.full_names.items()
                    if fold(key)[:1] == last[:1] and _one_edit(fold(key), last)}
            return hits.pop() if len(hits) == 1 else None
        known = self.full_names.get(words[-1].lower())
        if known is None or len(known.split()) != len(words) or fold(known) == fold(" ".join(words)):
            return None
        pairs = [(fold(a), fold(b)) for a, b in zip(known.split()[:-1], words[:-1], strict=True)]
        differing = [(a, b) for a, b in pairs if a != b]
        if len(differing) == 1 and len(differing[0][0]) >= 3 and differing[0][0][:1] == differing[0][1][:1] and \
                _one_edit(*differing[0]):
            return known
        return None

    def _never_one_person(self, name: str) -> bool:
        """Two sources named together ("AT&T and Time Warner", "Wilcox and Beruff") or a firm written with an
        ampersand: whatever the directory matches inside, never the one person "he" or "she" points to."""
        words = name.split()
        return any(w.lower() in self.lex.coordinators for w in words[1:-1]) or "&" in name

    def _is_person(self, name: str) -> bool:
        if self._never_one_person(name):
            return False
        actor = self.actors.lookup(name) if self.actors else None
        if actor is not None:
            return actor.kind == "person" and not any(
                w.lower() in self.lex.body_nouns for w in name.split())
        words = name.split()
        if len(words) > 1 and words[-1].lower().strip(".,") in self.lex.person_descriptions:
            return True   # "Time Warner’s CEO", "Venezuela's top negotiator": a person, whatever names them
        if len(words) > 1 and words[0].lower() in DEFINITE_ARTICLES and is_capitalised(words[1]) and \
                not (words[0].lower() in self.lex.articles_before_surnames and len(words) == 2):
            return False  # "O Itamaraty", "La Farnesina", "The Pentagon": the press gives no person an article
        if any(len(w) > 1 and w.isupper() for w in words if w.isalpha()):
            return False  # an acronym names a body ("FBI", "OVF"), never a person
        if is_outlet(name):
            return False  # "The Miami Herald reported …": a newspaper, never "he"
        bodies, statements = self.lex.body_nouns, self.lex.statement_descriptions   # no union built per word
        return not any(w.lower().strip(".,") in bodies or w.lower().strip(".,") in statements
                       for w in words) and len(words) <= 4

    def note(self, name: str) -> None:
        """Record a named source so later pronouns and surnames can point to it."""
        words = name.split()
        if any(w.lower() in self.lex.coordinators for w in words[1:-1]):
            # "Donald Trump and Paul Ryan": each member is the full name of its own surname; the pair is no
            # one's ("Ryan told reporters" is Paul Ryan's, not the pair's)
            for part in map(str.strip, self.lex.coordinator_re.split(name) if self.lex.coordinator_re else [name]):
                caps = [w for w in part.split() if is_capitalised(w)]
                if len(caps) >= 2:
                    self._remember(caps[-1], part, written=part in self.sentence)
        else:
            caps = [w for w in words if is_capitalised(w)]
            if len(caps) >= 2:
                self._remember(caps[-1], name, written=name in self.sentence)
        self.last_any = name
        if self._is_person(name):
            self.last_person = name
            self.people.append(name)
        else:
            self.last_body = self.last_thing = name
            key = self._government_key(name)
            if key is not None:
                self.governments.pop(key, None)   # (re-inserted: the dict's last entry is the last written)
                self.governments[key] = name

    def documents_issued_by(self, owner: str) -> None:
        """Record who issued the document the article goes on to quote ("The ministry issued a statement."):
        a later "the statement said" with no document named is theirs."""
        self.document_owner = owner
        if owner != self.last_any:
            self.note(owner)   # a body's description ("La Cancillería") is met here; a name, when resolved

    def meet(self, written: str) -> None:
        """A person named as a sentence's subject, not as a source ("The envoy Tomas Berg arrived …"): the
        latest person met, whom a later "he" points to."""
        name = self._canonical(written)
        if self._never_one_person(name):
            return   # "Vale & Co and Petro Norte said …": two firms met are no "he"
        if name != self.last_person:
            self.last_person = name
            self.people.append(name)
        if self.lex.drops_subjects:
            # "La líder opositora Ana Ruiz … pidió cautela. «…», escribió en X.": a dropped subject goes on with
            # the sentence's subject, not the last source quoted
            self.last_any = name

    def keep_salient(self, speaker: str) -> None:
        """Make a sentence's speaker, when a person, the last person met again, after the names the rest of
        the sentence mentioned (`scan`): a pronoun in the next sentence points to the subject first."""
        if self.last_person != speaker and speaker in self.people[-MAX_GENDER_LOOKBACK:]:
            self.last_person = speaker
            self.people.append(speaker)

    def has_rivals(self) -> bool:
        """Could keep_salient change whom a pronoun points to: are two people or more among the last met?"""
        return len(set(self.people[-MAX_GENDER_LOOKBACK:])) > 1

    def keep_salient_name(self, written: str) -> None:
        """keep_salient for a person as the sentence writes them ("Petro"), in the form `scan` noted."""
        self.keep_salient(self._as_met(written))

    def _as_met(self, written: str) -> str:
        """A name as `scan` notes it: a lone surname (or a misspelling the directory knows) as its full name."""
        return self._canonical(written) if " " not in written else written

    def is_person(self, written: str) -> bool:
        """Could this name, as written, be one person's (not a body's, a place's or a pair's)?"""
        return self._is_person(self._as_met(written))

    def met(self, written: str) -> bool:
        """Is this name, as written, one of the last people met?"""
        return self._as_met(written) in self.people[-MAX_GENDER_LOOKBACK:]

    def continue_with(self, written: str) -> None:
        """In a language that drops subjects, the named subject of a sentence that reports nothing is whom the
        next sentence's dropped subject goes on with ("Blyde usó un tono más mesurado. Explicó que …"), not the
        last source quoted. Only a person met, or one whose surname a full name in the article has ("Ninguno se
        pronunció." names no one; "Medina, que …, no quiso …" after "Danilo Medina" does)."""
        if self.lex.drops_subjects and (self.met(written) or " " not in written and bool(self.text) and
                                        written.lower() in {last for _, last in capitalised_pairs(self.text)}):
            self.last_any = self._as_met(written)

    def _government_key(self, name: str) -> str | None:
        """One key per government, or None for another body: a government by the directory ("Caracas" and
        "Gobierno de Venezuela" -> the same actor's name) or by its head noun (the name folded without its
        determiner)."""
        actor = self.actors.lookup(name) if self.actors else None
        if actor is not None and actor.kind == "government":
            return actor.name
        words = fold(name).split()
        if self.lex.government_nouns_folded.isdisjoint(words):
            return None
        return " ".join(words[1:] if words and words[0] in ARTICLES else words)

    def _person_of_gender(self, mention: str, description: bool = False, fallback: bool = True) -> str | None:
        """The latest person met, passing over those whose first name says the other gender than the mention
        ("she", "la vicepresidenta"): 'Delcy Rodríguez met Richard Grenell. She said …' is Delcy Rodríguez."""
        wanted = self._gender_of(mention)
        if self.last_person is None or self._may_be(self.last_person, wanted):
            return self.last_person
        for person in reversed(self.people[-MAX_GENDER_LOOKBACK:]):
            if self._may_be(person, wanted):
                return person
        # "la mandataria encargada" after only her brother spoke: she was named inside his report
        for sentence in reversed(self._reported):
            named = [a.name for a, _ in self.actors.mentioned(sentence) if a.kind == "person"] if self.actors else []
            found = next((p for p in reversed(named) if first_name_gender(p) == wanted), None)
            if found:
                return found
        # nobody of that gender met: a description is not the last person, of the other gender ("El canciller
        # colombiano dijo …" after only "la ministra Ana Ruiz"), and stays as written; a pronoun still is (read
        # further back instead, it met place names: PolNeAR train -3 matched, right speakers unchanged)
        return None if description or not fallback else self.last_person

    def _unnamed_of_gender(self, pronoun: str) -> str | None:
        """The described speaker last left unresolved ("La ministre norvégienne … a salué …"), for a pronoun of
        its gender that follows before anyone else is met ("« … », a-t-elle ajouté"), when the last person
        met is of the other gender: not that person."""
        if self.unnamed is None or self.unnamed[1] != len(self.people):
            return None
        wanted = self._gender_of(pronoun)
        if wanted is None or self._gender_of(self.unnamed[0]) != wanted or \
                self.last_person is not None and self._may_be(self.last_person, wanted):
            return None
        return self.unnamed[0]

    @staticmethod
    def _may_be(name: str, wanted: str | None) -> bool:
        """Can `name` be of the `wanted` gender ("f", "m", or None for any): its first name says no other?"""
        return wanted is None or first_name_gender(name) in (None, wanted)

    def _gender_of(self, mention: str) -> str | None:
        """"f" or "m" by the mention's words or the article heading it ("she", "la ministre"), else None."""
        words = {without_contraction(w.strip(",.;:"), self.lex).lower() for w in mention.split()}
        head = mention.split()[0].lower() if mention.split() else ""
        return "f" if words & self.lex.feminine_words or head in self.lex.feminine_articles else \
            "m" if words & self.lex.masculine_words or head in self.lex.masculine_articles else None

    def _named_before(self, pos: int, reach: int = 1500, gender: str | None = None) -> str | None:
        """The nearest full name before `pos` written like a person's (two capitalised words or more, no
        body noun): "Ana Ruiz arrived in Oslo. "…," she said." when neither the directory nor an earlier
        statement has given a person yet."""
        if not self.text or pos < 0:
            return None
        return self._article_names().person_before(pos, reach=reach, gender=gender)

    def _article_names(self) -> ArticleNames:
        """The article's names (names.py), read on first need: most articles never ask."""
        if self._names is None:
            from tasks.analysis.names import ArticleNames  # here: tasks.analysis imports the rule pass

            self._names = ArticleNames(self.text, self.lex)
        return self._names

    def scan(self, sentence: str, unquoted: str | None = None) -> None:
        """Note the known people a sentence names, even when it reports nothing they said, and the
        roles the article gives people ("el mediador noruego Dag Nylander", "Haq, portavoz de la ONU").
        People are read from `unquoted` (the sentence with its quotations blanked) when given: someone
        named inside a quotation is talked about, not a candidate for the next "he said"."""
        before = len(self.people)
        self.sentences += 1
        self.sentence = sentence
        self._scan_opening(sentence)
        self._scan_roles(sentence)
        self._scan_documents(sentence)
        if self.actors is None:
            return
        if unquoted is not None and unquoted != sentence and self.lex.feminine_words:
            # read only when a pronoun's gender needs them (_person_of_gender): the alias scan is costly
            self._reported = self._reported[-MAX_GENDER_LOOKBACK:] + [sentence]
        titled = self.last_person if self.last_person is not None and len(self.people) > before else None
        last_written = None
        for actor, written in self.actors.mentioned(sentence if unquoted is None else unquoted):
            if actor.kind == "person":
                last_written = written
                # A lone surname (or a misspelling the directory knows) stands for the full name.
                self.last_person = self._as_met(written)
                self.people.append(self.last_person)
                if len(written.split()) >= 2:
                    self._remember(written.split()[-1], written)
        at = sentence.rfind(last_written) if last_written is not None else -1
        word_before = sentence[:at].split()[-1:] if at > 0 else []
        if titled is not None and word_before and word_before[0].lower() in OF_WORDS and \
                self.last_person != titled and sentence.rfind(titled) > at:
            # "… entre o governo de Nicolás Maduro e a oposição não surpreendeu o advogado Ernesto Villasmil Ochoa.":
            # the directory's person only qualifies a noun ("o governo de …"); the titled person read by
            # _scan_roles after it is the one the sentence brings in, and is met last
            self.people.append(titled)
            self.last_person = titled

    def _scan_opening(self, sentence: str) -> None:   # (read on every sentence: plain splits, no tokenizer)
        """The title a sentence opens with, after a sentence opened by a person's full name, is that person's
        ("Kristian Haugland pasó 2019 en Oslo … El exdiplomático noruego, que …": a later "según el
        exdiplomático" is Haugland), unless the article gave the title to someone already. The sentence before
        is read for a name only when this one opens so (rarely)."""
        words = [w for w in (x.strip(_EDGE_PUNCTUATION) for x in sentence[:160].split()[:6]) if w]
        while words and len(words[0]) > 1 and words[0].isupper():
            words = words[1:]   # a dateline ("OSLO.- ")
        before, self._opening = self._opening, words
        if len(words) < 3 or words[0].lower() not in DEFINITE_ARTICLES or not before:
            return
        roles = [_hyphenated_title(_ELIDED_ANY.sub("", w.lower()), self.lex) for w in words[1:3]]
        role = next((r for r in roles if r in self.lex.person_descriptions), None)
        if role is None or role in self.roles:
            return
        person = self._opening_name(before)
        if person is not None and self._may_be(person, self._gender_of(" ".join(words[:2]))):
            self.roles[role] = person

    def _opening_name(self, words: list[str]) -> str | None:
        """The person's full name opening a sentence (its first words): two to four capitalised words, then a
        lower-case verb ("Kristian Haugland pasó …"); a name the directory knows as no person's is none."""
        if len(words) < 3 or not (is_capitalised(words[0]) and is_capitalised(words[1])) or \
                words[0].lower() in self.lex.closed_words:
            return None
        run = _name_run(words, 0, self.lex, forward=True)
        n = len(run.split()) if run is not None else 0
        if 2 <= n <= 4 and n < len(words) and words[n].islower() and self._is_person(run) and \
                (first_name_gender(words[0]) or self.actors is None or self.actors.lookup(run) is None):
            return run
        return None

    def _scan_documents(self, sentence: str) -> None:
        """Note documents the article names ("el Segundo Acuerdo Parcial para la Protección …", "the Joint
        Declaration of Argyle"): a later "the agreement establishes" speaks for the document so named."""
        nouns = self.lex.statement_descriptions
        for m in QUOTED_TITLE_RE.finditer(sentence):
            # 'O "memorando de entendimento" foi assinado …': a document named in quote marks, lower case.
            words = m.group(1).split()
            if 2 <= len(words) <= MAX_NAME_WORDS and words[0].lower() in nouns and \
                    words[1].lower() in OF_WORDS and not words[0][:1].isupper():
                self.documents[words[0].lower()] = m.group(1)
        named = WORD_RE.findall(sentence)
        # most sentences hold no such noun at all: a set test at C speed before the word-by-word one
        if nouns.isdisjoint(map(str.lower, named)) or not any(w.lower() in nouns and w[:1].isupper() for w in named):
            return
        words = TOKEN_RE.findall(sentence)   # the words of tokens(sentence, 0, len(sentence))
        for i, w in enumerate(words):
            if not (w[:1].isupper() and w.lower() in nouns):
                continue
            start = i
            while start > 0 and is_capitalised(words[start - 1]) and \
                    words[start - 1].lower() not in self.lex.closed_words:
                start -= 1
            run = _name_run(words, start, self.lex, forward=True)
            if run is not None and w in run.split():
                self.documents[w.lower()] = run

    def _scan_roles(self, sentence: str) -> None:
        lowered = sentence.lower()
        prefixes = self.lex.title_prefixes
        found = WORD_RE.findall(lowered)
        if self.lex.person_descriptions.isdisjoint(found) and not (
                self.lex.capitalised_nouns and any(role_word(w, self.lex) for w in WORD_RE.findall(sentence))) and \
                not (prefixes and any(w.startswith(prefixes) and role_word(w, self.lex) for w in found)):
            return  # most sentences give nobody a role: skip the tokenizer
        words = TOKEN_RE.findall(sentence)   # the words of tokens(sentence, 0, len(sentence))
        descriptions, german = self.lex.person_descriptions, self.lex.capitalised_nouns
        for i, w in enumerate(words):
            role = _ELIDED_ANY.sub("", w.lower())   # ("L'ambasciatore Tomás Berg": the title past its article)
            if role not in descriptions:
                # ("US-Sondergesandten"; a prefixed title in any language: "el exembajador Luis Pérez")
                role = role_word(w, self.lex) if german or prefixes and role.startswith(prefixes) else None
                if role is None:
                    continue
            run = _name_run(words, i + 1, self.lex, forward=True)
            served = i + 1 < len(words) and serves(w, words[i + 1], self.lex)
            if run is not None and i + 1 < len(words) and (words[i + 1].lower() in OF_WORDS or served):
                # "el ministro de Energía Eléctrica, Luis Motta Domínguez": the run after "de" names what
                # the person is minister of; the person is the name in apposition after it, if any. After a
                # title's complement ("ambassador to the United Nations") only that apposition names the holder.
                apposed = _apposed_after(words, i + 1, run, self.lex)
                run = apposed if not served or apposed != run else None
            comma = self._apposition_comma(words, i)
            if comma >= 1 and (run is None or not any(first_name_gender(w) for w in run.split())):
                # "Ana Ruiz, Norway's ambassador"; "Carolina Méndez, direttrice di Justicia y Libertad,": the name
                # before the apposition holds the title, not the body its complement names
                run = _name_run(words, comma - 1, self.lex, forward=False) or run
            if run is None:
                run = _apposed_person(words, i + 1, self.lex)
            if run is not None and self.lex.coordinator_re is not None:
                cut = self.lex.coordinator_re.search(run)
                if cut is not None and run[:cut.start()].strip():
                    run = run[:cut.start()].strip()   # "Foreign Minister Ana Ruiz and Interior Minister …": one person
            if run is not None:
                if run[-2:] in POSSESSIVE_ENDINGS and len(run) > 3:
                    run = run[:-2]   # "President Gustavo Petro’s announcement": the president is Gustavo Petro
                parts = run.split()
                first = next((k for k, w in enumerate(parts) if first_name_gender(w)), 0)
                if 0 < first <= len(parts) - 2:
                    run = " ".join(parts[first:])   # "ministro degli Esteri Antonio Tajani": the office, then him
                name = self.full_names.get(run.lower(), run) if " " not in run else run
                self.roles[role] = name
                if " " in name and first_name_gender(name.split()[0]) and len(name.split()[-1]) > 1 and \
                        self._is_person(name) and name != self.last_person:   # (not "George W" of "George W. Bush")
                    # "il sostegno del ministro degli Esteri Antonio Tajani": a person the article names with a
                    # title is met, as one the directory knows is (`scan`): a later "il vicepremier" may be him
                    self.last_person = name
                    self.people.append(name)
                self.role_bodies[role] = _body_of_title(words[i + 1:i + 1 + MAX_ROLE_COMPLEMENT_WORDS], self.lex)
                modifier = words[i - 1] if i >= 1 else ""
                if i == 1 or self.lex.modifiers_before_noun and w[:1].isupper() and modifier.istitle() and \
                        not first_name_gender(modifier):
                    # "Acting president Delcy Rodríguez …" opening the sentence; a title written in capitals,
                    # "Foreign Minister Ana Ruiz": she is "the foreign minister", "Interior Minister" is not
                    modifier = modifier.lower()
                if modifier.isalpha() and modifier.islower() and modifier not in self.lex.possessives | \
                        self.lex.noun_determiners | self.lex.indefinites | OF_WORDS:
                    # "acting president Delcy Rodríguez": "the acting president" is her even after "National
                    # Assembly president Jorge Rodríguez" took the bare "president"
                    self.roles[f"{modifier} {w.lower()}"] = name
                after = words[i + 1] if i + 1 < len(words) else ""
                if not self.lex.modifiers_before_noun and after.isalpha() and after.islower() and \
                        after not in OF_WORDS | self.lex.closed_words and not self.lex.is_cue_word(after):
                    self.roles[f"{w.lower()} {after}"] = name   # "la presidenta encargada Delcy Rodríguez"
                if len(run.split()) >= 2:
                    self._remember(run.split()[-1], run, keep=True)

    def _apposition_comma(self, words: list[str], i: int) -> int:
        """Where the comma opening an apposition whose title is words[i] stands ("Ana Ruiz, the senator",
        "Laura Pérez, Norway's special envoy"): past the title's qualifiers (`title_qualifiers`); -1 when no
        comma opens it."""
        k = i - 1
        while k >= 1 and i - 1 - k < APPOSED_QUALIFIERS and words[k] != ",":
            k -= 1
        return k if k >= 1 and words[k] == "," and title_qualifiers(words[k + 1:i], self.lex) else -1

    def role_holder(self, description: str) -> str | None:
        """The person the article gave the role a description names ("el canciller" after "el canciller Yván
        Gil"; in German also the title a compound ends with: "der Gesandte" after "Sondergesandte Grenell"),
        not of the other gender ("la ministre" after "le ministre Luis Gil" is someone else); else None."""
        words = description.split()
        wanted = self._gender_of(description)
        # "l'envoyée": the title "envoyée"; "laut der Sondergesandten": "sondergesandte"
        low = [_hyphenated_title(_ELIDED_ANY.sub("", w.lower()), self.lex) for w in words]
        for i in reversed([i for i, w in enumerate(low) if w in self.lex.person_descriptions]):
            w = low[i]
            key = w if w in self.roles else None
            if key is None and self.lex.capitalised_nouns:   # "Gesandte": the role "sondergesandte"
                key = next((k for k in reversed(self.roles) if " " not in k and k.endswith(w)), None)
            body = _body_of_title(words[i + 1:], self.lex)
            if body and self.role_bodies.get(key or "", body) not in ("", body):
                continue   # "el presidente de la Asamblea Nacional" is not the one "de la Asamblea Constituyente"
            if key is not None and self._may_be(self.roles[key], wanted):
                return self.roles[key]
        return None

    def _body(self, text: str, pos: int = -1) -> str:
        """A body described without its name ("the agency", "el observatorio", "the ministry") is the last
        body named as a source whose name holds that noun, or, for a generic noun, the last organisation named
        as a source (never a government: "the agency" after "Washington said" is not Washington); else the
        organisation the article named before it in any role (`_organisation_before`)."""
        if self.last_pair and any(w.lower() in self.lex.pair_nouns for w in text.split()[-1:]):
            return self.last_pair   # "Las partes solicitaron …" after "El Gobierno y la Plataforma firmaron …"
        if len(self.governments) == 1 and not self.lex.government_nouns_folded.isdisjoint(fold(text).split()) and \
                not self._other_country(text, next(iter(self.governments))):
            # "el Ejecutivo", "the administration", "el Gobierno del país caribeño": the one government the
            # article has given a voice. With two or more ("Caracas said …, Washington said …, the government
            # said …") the description stays as written, unresolved: a wrong government is worse than none.
            return next(iter(self.governments.values()))
        words = fold(text).split()
        if not outlet_descriptions().isdisjoint(words) and not any(
                is_capitalised(w) and not (self.lex.capitalised_nouns and fold(w) in outlet_descriptions())
                for w in text.split()[1:]):   # (German capitalises the noun: "das Blatt", "die Zeitung")
            # "según el diario británico" after "una investigación de The Guardian": the last outlet the article
            # named before, in any role (read only here: few sources are such descriptions)
            outlet = last_outlet_named(self.text, pos) if pos > 0 else None
            if outlet is not None:
                return outlet
        nouns = [w for w in words if w in self.lex.generic_bodies_folded]
        if not nouns or any(is_capitalised(_ELIDED_ANY.sub("", w)) and not (
                self.lex.capitalised_nouns and fold(w) in self.lex.generic_bodies_folded) for w in text.split()[1:]):
            return text   # ("Le département d'État américain": a body's own name, not "the department"; every
            #               German noun is capitalised: "Die Organisation" is a description)
        if self.last_body is not None and self._body_answers(self.last_body, nouns, text):
            return self.last_body
        if len(words) == 1 and pos > 0 and self.text[:pos].split()[-1:] and \
                fold(self.text[:pos].split()[-1]) in _ARTICLED_OF:
            # "le stime della società": the article fused into the preposition before it; only a name the
            # article called by the noun ("un portavoce del gruppo" is no nearest organisation's)
            return self._organisation_before(pos, self._generic_head(["the", *words]), titled_only=True) or text
        return self._organisation_before(pos, self._generic_head(words)) or text

    def _body_answers(self, body: str, nouns: list[str], description: str = "") -> bool:
        """Does a body named before answer a description of these generic nouns: its name holds one (German
        compounds: "des Ministeriums" after "Das US-Außenministerium"), or it is an organisation ("the agency"
        after "The FBI said")?"""
        name_words = fold(body).split()
        if any(n in name_words or self.lex.capitalised_nouns and any(w.endswith(n) for w in name_words)
               for n in nouns):
            return True
        folded = " ".join(name_words)
        if any(other in folded for n in nouns for other in self.lex.body_synonyms.get(n, ()) if other != n) and \
                not self._unconfirmed_country(description, body):
            return True   # "la cancillería" after "el Ministerio de Asuntos Exteriores de Noruega" (`body_synonyms`)
        actor = self.actors.lookup(body) if self.actors else None
        acronym = any(len(w) > 1 and w.isupper() and w.isalpha() for w in body.split())
        return actor is not None and actor.kind == "organisation" or actor is None and (
            acronym or any(w in self.lex.generic_bodies_folded for w in name_words) or is_outlet(body))

    def _generic_head(self, folded: list[str]) -> str:
        """The generic body noun heading a description of a definite article, the noun and at most two
        modifiers ("the agency", "the world body", "el organismo", "a companhia aérea"), else "": "his firm",
        "company leaders" or "the company website" are not the organisation itself."""
        if not folded:
            return ""
        elided = _ELIDED_ANY.sub("", folded[0])
        if elided != folded[0]:
            words = [elided, *folded[1:]]   # "l'organisation …": the article elided into the noun's word
        elif folded[0] in DEFINITE_ARTICLES:
            words = folded[1:]
        else:
            return ""
        if not 1 <= len(words) <= 3:
            return ""
        head = words[-1] if self.lex.modifiers_before_noun else words[0]
        return head if head in self.lex.generic_bodies_folded else ""

    def _organisation_before(self, pos: int, head: str, titled_only: bool = False) -> str | None:
        """The organisation a generic description headed by `head` stands for when no source named before
        does: the nearest the article names before `pos` in any role ("… added to the FBI's most wanted list,
        according to the agency"; "el Departamento del Tesoro otorgó …; según el organismo"), for a noun of
        `organisation_anaphors`, or the nearest whose name holds the noun ("the department" is the Treasury
        Department, not PDVSA named since). An organisation: the directory's, or a name with an acronym or a
        body noun ("Departamento del Tesoro"), or one the article called by the noun (`_titled_by`); never a
        person, a country or a city ("the agency" after "Washington" is not Washington). `titled_only`: only
        the last of these."""
        if not head or not self.text or pos <= 0:
            return None
        anaphor = head in self.lex.organisation_anaphors_folded
        reach = ORGANISATION_REACH if anaphor else NAMED_BODY_REACH
        found = list(self._organisations_before(pos, head, anaphor, reach))
        # a name the article called by the noun beats any nearer organisation ("der US-Konzern Chevron …
        # in die USA exportieren … teilte der Konzern mit" is Chevron's)
        return next((name for name, titled in found if titled), None) or \
            (None if titled_only else next((name for name, _ in found), None))

    def _organisations_before(self, pos: int, head: str, anaphor: bool, reach: int) -> Iterator[tuple[str, bool]]:
        """The names before `pos` (nearest first, within `reach`) that a description headed by `head` may stand
        for (`_organisation_before`), each with whether the article called it by that noun."""
        for a, b in reversed(self._article_names().runs_before(pos)):
            if pos - b >= reach:
                break
            words = [w.strip(",.;:") for w in self.text[a:b].split()]
            if words and words[-1].endswith(POSSESSIVE_ENDINGS):
                words[-1] = words[-1][:-2]   # "the FBI's list"
            while words and (words[0].lower() in ARTICLES or not self.lex.is_name_word(words[0])):
                words = words[1:]   # a sentence's opening word ("The FBI", "Según Fedecámaras")
            title = [i for i, w in enumerate(words) if self.lex.capitalised_nouns and (
                self._names_by(w, head) or fold(w) in self.lex.generic_bodies_folded)]   # (German: "Firma Siemens")
            if title and title[-1] + 1 == len(words) and (
                    title[-1] == 0 or words[title[-1] - 1].lower() in ARTICLES | OF_WORDS):
                continue   # "Angaben der Organisation": a description itself, no name (but "Labor Department")
            titled = bool(title) or self._titled_by(a, head)
            if title and title[-1] + 1 < len(words):
                words = words[title[-1] + 1:]   # "Angaben der Nichtregierungsorganisation Foro Penal": the name
            name = " ".join(words)
            if not name or not titled and self._is_person(name) or len(words) > 1 and name.isupper():
                continue   # (a headline in capitals: "PANEL RULES FOR …"; "the company Chevron" is no person)
            actor = self.actors.lookup(name) if self.actors else None
            body_noun = any(w.lower() in self.lex.body_nouns for w in words)
            acronym = len(words) == 1 and 2 <= len(name) <= 5 and name.isupper() and name.isalpha()
            if not anaphor and not titled and not any(w == head or self.lex.capitalised_nouns and w.endswith(head)
                                                      for w in fold(name).split()):
                continue   # ("the department" is a department's)
            if actor is not None and (actor.kind == "organisation" or actor.kind == "government" and body_noun) or \
                    actor is None and (body_noun or acronym or titled):
                yield name, titled

    def _titled_by(self, a: int, head: str) -> bool:
        """Does the article call the name starting at `a` by the noun `head` right before it ("der US-Konzern
        Chevron", "la società statunitense ExxonMobil", "die Nichtregierungsorganisation Foro Penal")? Then "the
        company" later is that name's, whatever the name looks like."""
        before = re.split(r"[.;:!?,()\n]", self.text[max(0, a - 60):a])[-1].split()[-2:]
        if not before or first_name_gender(self.text[a:a + 40].split()[0]):
            return False   # ("the ministry spokeswoman Carmen Estevez": a person)
        if self._names_by(before[-1], head):
            return True
        # a Romance adjective between the noun and the name ("la società statunitense ExxonMobil"); never a
        # preposition ("the parent company of Google" is Alphabet), a title or a verb ("the Treasury Department
        # authorised Chevron")
        x = before[-1]
        return not self.lex.modifiers_before_noun and len(before) == 2 and self._names_by(before[0], head) and \
            x.isalpha() and x.islower() and x not in OF_WORDS and x not in self.lex.closed_words and \
            x not in ARTICLES and x not in self.lex.person_descriptions and not self.lex.is_cue_word(x) and \
            not (self.lex.past_participle_suffixes and x.endswith(self.lex.past_participle_suffixes))

    def _names_by(self, word: str, head: str) -> bool:
        """Is `word` the generic noun `head`, or (German) a compound ending with it ("US-Konzern")?"""
        w = fold(word.strip(",.;:"))
        return w == head or self.lex.capitalised_nouns and w.endswith(head)

    def _other_nation(self, description: str, person: str) -> bool:
        """Does a head-of-state description qualified by a nationality ("el mandatario venezolano", "the
        Colombian president") name another country than the one the directory gives `person`'s role? Then the
        description is not that person; unknown people and unqualified titles are never vetoed."""
        actor = self.actors.exact(person) if self.actors else None
        if actor is None or actor.kind != "person" or not actor.role:
            return False
        if not self.lex.has_head_of_state_title(description):
            return False
        # ("Brazil" in the role: "brasileño" is Brazil's too, the countries meet by any of their stems)
        wanted, own = self.actors.countries(description), self.actors.countries_of(actor)
        return bool(wanted) and bool(own) and not wanted & own

    def _unconfirmed_country(self, description: str, body: str) -> bool:
        """Does the description name a country by its nationality that the body's own name does not name ("la
        chancelaria venezuelana" is not "o Itamaraty", whose name says no country)?"""
        if self.actors is None:
            return False
        wanted = self.actors.countries(description)
        return bool(wanted) and not wanted & self.actors.countries(body)

    def _other_country(self, description: str, government: str) -> bool:
        """Does a government's description name by its nationality another country than `government` (a key of
        `governments`: the directory's government, or the name as folded)? "El Gobierno venezolano" after only
        Norway's foreign ministry spoke is not Norway's."""
        if self.actors is None:
            return False
        wanted = self.actors.countries(description)
        actor = self.actors.exact(government) or self.actors.lookup(government)
        own = self.actors.countries(" ".join([government, *(actor.aliases if actor is not None else ())]))
        return bool(wanted) and bool(own) and not wanted & own

    def _past_fronted_place(self, text: str) -> str:
        """"Caracas Maduro" (read from "A Caracas Maduro ha accolto …", "En Caracas Maduro recibió …"): a
        capital the directory knows as a government's, run together with the name of another actor after it,
        is a fronted place; the subject is the name after it."""
        words = text.split()
        if len(words) < 2 or self.actors is None:
            return text
        for k in range(1, len(words)):
            place, rest = self.actors.exact(" ".join(words[:k])), " ".join(words[k:])
            other = self.actors.exact(rest)
            if place is not None and place.kind == "government" and other is not None and other.name != place.name:
                return rest
        return text

    def resolve(self, phrase: Phrase, same_sentence: str | None = None, quoted: bool = False,
                direct: bool = False, aside: str = "") -> str | None:
        """The speaker a phrase stands for, or None when it is no identifiable source. `aside`: the words
        between a named source and its cue ("Rodríguez, for her part, called …"), read for a gender."""
        kind = phrase.kind
        if kind == "named":
            # "Ms. Rodríguez" after "Jorge Rodríguez" and "Delcy Rodríguez": the honorific the tokens left out
            # of the phrase still says whose surname it is; one written without a stop ("Mme Ruiz", "Frau
            # Ruiz", "Monsieur Gil") is inside the phrase: it says the gender and is no part of the name
            text, gender = phrase.text, honorific_gender(self.text, phrase.start)
            text = possessive_owner(text, self.lex) or text   # "OPEC's monthly report" is OPEC's word
            first, _, rest = text.partition(" ")
            if rest and (inner := _honorific_genders()[1].get(first.lower())) is not None:
                text, gender = rest, inner
            text = self._past_fronted_place(text)
            name = self._canonical(text, aside, gender)
            self.note(name)
            return name
        if kind == "person_description":
            low = [w.lower() for w in phrase.text.split()]
            wanted = self._gender_of(phrase.text)
            for pair in reversed([f"{x} {y}" for x, y in zip(low, low[1:], strict=False)]):
                if pair in self.roles and self._may_be(self.roles[pair], wanted):
                    return self.roles[pair]   # "the acting president": the one so titled, not any president
            holder = self.role_holder(phrase.text)
            if holder is not None:
                return holder
            words = phrase.text.split()
            if low[0] in self.lex.possessive_determiners or words[0].endswith(POSSESSIVE_ENDINGS) or \
                    any(_title_complement(toks, n + 1, self.lex) for toks in [[(w, 0, 0) for w in words]]
                        for n in range(1, len(words))):
                # "His lawyer", "su portavoz": someone of the possessor's, never the possessor, and the
                # pronoun's gender is the possessor's; "Chad's ambassador to France": only the holder of that
                # role, never whoever was named last. The description stays as written (unresolved)
                self.unnamed = (phrase.text, len(self.people))
                return phrase.text
            person = self._person_of_gender(phrase.text, description=True)
            if person is not None and self._other_nation(phrase.text, person):
                person = None   # "el mandatario venezolano" after Lula spoke: not Lula (attribution.national_head)
            if person is None:
                near = self._named_before(phrase.start, reach=DESCRIBED_REACH)
                if near is not None and first_name_gender(near) in ({wanted} if wanted else {"m", "f"}) and \
                        not self._other_nation(phrase.text, near):
                    person = near
            if person is None:
                self.unnamed = (phrase.text, len(self.people))   # a described speaker, named nowhere yet
                if self.lex.drops_subjects:
                    self.last_any = phrase.text   # the discourse's last source: «…», añadió. is theirs
            return person or phrase.text
        if kind == "person_pronoun":
            # nobody of the pronoun's gender met as a source: the nearest full name of that gender written
            # before ("Ana Ruiz y Pedro Gil llegaron. Él dijo …"), and only then the last person met or the
            # nearest name of any kind (a statement is not dropped for want of a gender)
            return self._unnamed_of_gender(phrase.text) or self._person_of_gender(phrase.text, fallback=False) or \
                self._named_before(phrase.start, gender=self._gender_of(phrase.text)) or self.last_person or \
                self._named_before(phrase.start)
        if kind == "statement_description":
            named = [self.documents[w.lower()] for w in phrase.text.split() if w.lower() in self.documents]
            if named:
                return named[-1]
            if self.document_owner:
                return self.document_owner
            if not self.last_body and self.documents:
                # "el tratado estableció …" after the article named "el Acuerdo Parcial …" and no body yet:
                # the document the article is about.
                return list(self.documents.values())[-1]
            # '"…", señala el comunicado.', "The statement said …" with no body named before: the document keeps
            # its description (unresolved); a report is not lost for want of its owner
            return self.last_body or phrase.text
        if kind == "thing_pronoun":
            if same_sentence and not self._is_person(same_sentence):
                return same_sentence   # "The opposition said …, though it warned …": the sentence's own body
            return self.last_thing or self.last_body or self.last_any
        if kind == "plural_pronoun":
            if same_sentence and any(w.lower() in self.lex.coordinators for w in same_sentence.split()[1:-1]):
                # "Maduro and his allies cheered …, though they blamed …": "they" is the sentence's own
                # plural source, not the last body named before it.
                return same_sentence
            return self.last_body
        if kind == "body":
            body = self._body(phrase.text, phrase.start)
            if body == phrase.text and not self._is_person(body):
                self.last_thing = body   # "The government denied it. In a statement, it said …"
            if self.lex.drops_subjects:
                self.last_any = body   # "El Departamento del Tesoro precisó que …. Agregó que …": the body goes on
            return body
        if kind == "none":
            # A subject dropped ("Agregó: «…»") is the discourse's: the last source; else, before any report,
            # a direct quotation's in a language that drops subjects is the person the article last named
            # ("Blyde llegó el lunes a Caracas. «…», dijo."). Not a report without quotation marks, whose
            # missing subject is more often an impersonal "se" or an anonymous one left out ("muchos … han
            # dicho"), nor in English, where a missing subject is a misreading.
            if same_sentence or self.last_any or not self.lex.drops_subjects or not direct:
                return same_sentence or self.last_any
            return self.last_person or self._named_before(phrase.start)
        if kind == "coordinated":
            return same_sentence
        if kind == "rejected" and quoted:
            # A quotation with a cue but no readable subject ("Asked about it, he replied: ...") in a
            # language that drops subjects belongs to the source being quoted just before.
            return same_sentence or self.last_any
        return None


DESCRIBED_REACH = 300    # characters back to a full name a description may stand for
ORGANISATION_REACH = 400   # characters back to an organisation a generic description ("the agency") may stand for
NAMED_BODY_REACH = 1500    # … and to a body whose name holds a description's noun ("the department")
MAX_GENDER_LOOKBACK = 6   # persons read back for one of the gender a pronoun or title says
FIRST_NAMES_PATH = Path(__file__).parent / "data" / "first_names.toml"


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    data = tomllib.loads(FIRST_NAMES_PATH.read_text(encoding="utf-8"))
    names = {**{n: "m" for n in data.get("male", [])}, **{n: "f" for n in data.get("female", [])}}
    return {**{fold(n): g for n, g in names.items()}, **names}   # also without accents ("Luís", "Luis")


OUTLETS_PATH = Path(__file__).parent / "data" / "outlets.toml"
MAX_OUTLET_WORDS = 5   # a longer capitalised run holding "News" is a headline, not an outlet's name
OUTLET_KEYS = frozenset({"name_words", "names", "descriptions"})
CAPITALISED_RUN_RE = re.compile(r"[A-ZÁÉÍÓÚÑÇ][\w'’.-]*(?:\s+(?:(?:de|del|da|do|di|of)\s+)?[A-ZÁÉÍÓÚÑÇ][\w'’.-]*)*")


def load_outlets(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(words, whole names) of news outlets, lower-cased, each as written and folded. An unknown key is an
    error naming the file and the key, not ignored: a misspelt list would silently turn every outlet back into
    a person."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for key, value in data.items():
        if key not in OUTLET_KEYS:
            raise ConfigError(f"{path.name}: unknown key `{key}` (expected one of {', '.join(sorted(OUTLET_KEYS))})")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path.name}: `{key}` must be a list of strings")

    def forms(items: list[str]) -> frozenset[str]:
        return frozenset(f for x in items for f in (x.lower(), fold(x)))

    return (forms(data.get("name_words", [])),
            forms([_without_article(n.lower()) for n in data.get("names", [])]))


@lru_cache(maxsize=1)
def _outlets() -> tuple[frozenset[str], frozenset[str]]:
    return load_outlets(OUTLETS_PATH)


@lru_cache(maxsize=1)
def outlet_descriptions() -> frozenset[str]:
    """Nouns that describe a news outlet in any language ("the newspaper", "el diario", "le quotidien")."""
    data = tomllib.loads(OUTLETS_PATH.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data.get("descriptions", []))


def last_outlet_named(text: str, end: int) -> str | None:
    """The last news outlet text[:end] names, as written ("… una investigación de The Guardian." -> "The
    Guardian"), whatever its role there: a later "el diario británico" stands for it."""
    found = None
    for m in CAPITALISED_RUN_RE.finditer(text, 0, end):
        run = m.group().rstrip(".'’-")
        if len(run.split()) <= MAX_OUTLET_WORDS and is_outlet(run) and \
                not {fold(w) for w in run.split()} <= outlet_descriptions() | ARTICLES:
            found = run   # (German capitalises the nouns: "die Zeitung" alone names no outlet)
    return found


def is_outlet(name: str) -> bool:
    """Does this capitalised name name a news outlet ("The Miami Herald", "Infobae", "Associated Press")?
    Read without folding (it runs for every name run of every article): the lists hold each word as written,
    lower-cased, and folded."""
    words, names = _outlets()
    low = name.lower().strip(" .,;:")
    return _without_article(low) in names or any(w.lower() in words for w in name.split() if is_capitalised(w))


def _without_article(text: str) -> str:
    parts = text.split()
    return " ".join(parts[1:] if parts and parts[0] in ARTICLES else parts)


def first_name_gender(name: str) -> str | None:
    """"f" or "m" when the name's first word is a first name of known gender, else None."""
    first = name.split()[0].lower().strip(",.;:") if name.split() else ""
    names = _first_names()
    gender = names.get(first)
    return gender if gender is not None or first.isascii() else names.get(fold(first))   # "Luís" as "luis"


MAX_HONORIFIC_CHARS = 10


@lru_cache(maxsize=1)
def _honorific_genders() -> tuple[re.Pattern[str], dict[str, str]]:
    feminine, masculine = gendered_honorifics()
    genders = {w.lower(): "f" for w in feminine} | {w.lower(): "m" for w in masculine}
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, genders), key=len, reverse=True)) +
                         r")\.?\s+$", re.IGNORECASE)
    return pattern, genders


def honorific_gender(text: str | None, pos: int) -> str | None:
    """"f" or "m" by the honorific written right before a name at `pos` ("Ms. Rodríguez", "Sr. Rodríguez",
    "Mme Rodríguez": abbreviations.toml's gendered honorifics), else None."""
    if not text or pos <= 0:
        return None
    pattern, genders = _honorific_genders()
    m = pattern.search(text, max(0, pos - MAX_HONORIFIC_CHARS), pos)
    return genders[m.group(1).lower()] if m else None


SOURCE_KINDS = frozenset({"named", "body", "statement_description", "person_description", "person_pronoun",
                          "plural_pronoun", "thing_pronoun"})
MAX_CHUNK_WORDS = 12
MAX_CHUNKS = 3


def np_like(toks: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Could these words be one noun phrase (a subject or its apposition), judged without a tagger:
    short, no clause words ("that", "to", "is"), no reporting cue."""
    words = [t[0] for t in toks if t[0][0].isalnum()]
    if not words or len(words) > MAX_CHUNK_WORDS:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if low in OF_WORDS or low in lex.coordinators or low in lex.possessives:
            continue
        if low in lex.np_prepositions or i and low in _complement_prepositions(lex) and serves(words[i - 1], w, lex):
            # ("ambassador to the UN")
            continue
        if low in lex.complementizers or (low in lex.subject_stops and not is_capitalised(w)) or lex.is_cue_word(w):
            return False
        if low in lex.finite_auxiliaries and not is_capitalised(w):
            return False   # "the opposition will choose its candidate": a clause ("will", "has"), not a noun phrase
    return not _name_then_verb(words, lex)


def _name_then_verb(words: list[str], lex: Lexicon) -> bool:
    """Do the words open with a name followed by its verb ("Holt likely raised less suspicion", once the
    title of "Ms. Holt" is left out)? Then they are a clause, not a noun phrase. Only where modifiers stand
    before the noun: there a word after a name is its verb only when it looks finite (an auxiliary, a listed
    irregular past, a regular "-ed"), perhaps after an "-ly" adverb; "the newly elected mayor" opens with no name."""
    if not lex.modifiers_before_noun or not words or not is_capitalised(words[0]):
        return False
    i = 0
    while i < len(words) and is_capitalised(words[i]):
        i += 1
    if i < len(words) and words[i].endswith("ly") and not is_capitalised(words[i]):
        i += 1
    return i < len(words) and verb_like(words[i], lex)


def verb_like(word: str, lex: Lexicon) -> bool:
    """Can this lower-case word after a name be its verb? Where modifiers stand before the noun a name
    may modify the word after it ("Republican politicians"), so the word must look finite: an auxiliary, a
    cue, a regular past ("-ed") or a listed irregular one; elsewhere the word after a name is its verb."""
    if not lex.modifiers_before_noun:
        return True
    low = word.lower()
    return low in lex.finite_auxiliaries or low in lex.finite_verbs or lex.is_cue_word(low) or \
        low.endswith("ed")


def subject_chain(text: str, a: int, b: int, lex: Lexicon) -> tuple[Phrase, int]:
    """The subject of a cue at b written as a chain of comma-separated noun phrases ending at b
    ("…, the delegation's chief, Assembly President Jorge Rodríguez, said"), and where the chain starts.

    Why: a name and its appositions sit between the reported clause and the cue; the clause ends at
    the comma before the chain, and the most specific source is the chain's first named phrase.
    Returns a phrase of kind "none" and b when the text before b is no such chain."""
    toks = tokens(text, left_window(text, a, b, 2 * WINDOW), b)
    while toks and skippable(toks[-1][0], lex):
        toks = toks[:-1]
    closed = bool(toks) and toks[-1][0] in (",", "—", "–")   # the cue follows a comma: an aside may end there
    if closed:
        toks = toks[:-1]
    toks = _without_closing_aside(toks)   # "…, Sen. Ana Ruiz (R-Iowa) told reporters": the party and state
    chunks: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for t in reversed(toks):
        if t[0] in (",", "—", "–", "(", ")"):
            if t[0] in ("(", ")") and current:
                continue
            chunks.append(list(reversed(current)))
            current = []
            if len(chunks) > MAX_CHUNKS:
                break
            continue
        current.append(t)
    else:
        chunks.append(list(reversed(current)))
    start = b
    chain: list[Phrase] = []
    for k, chunk in enumerate(chunks[:MAX_CHUNKS]):
        if k == 0 and len(chunks) > 1 and chunk and (chunk[0][0].lower() in lex.relative_pronouns or
                                                     closed and chunk[0][0].lower() in lex.aside_relatives):
            continue  # "…, Rodríguez, who leads the delegation, said", "…, the government, which …, said"
        if not chunk or chunk[0] is toks[0] or not np_like(chunk, lex):
            break
        if chain and any(t[0].lower() in lex.coordinators for t in chunk):
            break  # "… Chile and Peru, CNN has reported": the end of a list, not an apposition of CNN
        head = _collect_left(chunk, lex, limit=MAX_CHUNK_WORDS)
        # "…, Venezuela's ambassador to the UN said": the title, not its complement, is the subject
        ph = _noun_before_place(text, chunk, len(chunk) - len(head), head, lex) or _phrase(text, head, lex)
        if ph.kind not in SOURCE_KINDS and ph.kind != "anonymous":
            break
        lead = [t[0].lower() for t in chunk if t[1] < ph.start and t[0][0].isalnum()]
        if lead and not all(w in lex.between_subject_and_cue or w in lex.not_names or w in lex.anonymous
                            or w in lex.indefinites or w in OF_WORDS or w in lex.np_prepositions or
                            w in lex.person_descriptions for w in lead):   # "a spokesman for the ministry"
            break  # the chunk holds more than the noun phrase: a clause, not an apposition
        chain.insert(0, ph)
        start = chunk[0][1]
    if not chain:
        return Phrase("", b, b, "none"), b
    named = [p for p in chain if p.kind == "named"]
    # the most specific: a person's full name before the body a description belongs to or a title a capital
    # qualifies ("…, a spokeswoman for the Foreign Ministry, Laura Pérez, said", "…, the Venezuelan foreign
    # minister, Laura Pérez, said"); else the chain's first name ("the Ministry of Culture, Sports and Tourism")
    best = next((p for p in named if first_name_gender(p.text.split()[0]) and
                 lex.body_nouns.isdisjoint(w.lower() for w in p.text.split()) and
                 lex.person_descriptions.isdisjoint(w.lower() for w in p.text.split())), None) or (named or chain)[0]
    return best, _title_start(text, start)


def _title_start(text: str, pos: int) -> int:
    """Where the title before the name at pos begins ("…, Mr. Verdery said": the chain starts at "Mr."),
    or pos: `tokens` leaves titles out, and the reported clause must not end with one."""
    for m in TITLE_STOP_RE.finditer(text, max(0, pos - 16), pos + 1):   # (its look-ahead reads the name)
        if not text[m.end():pos].strip():
            return m.start()
    return pos
