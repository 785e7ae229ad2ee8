"""Statement extraction: who said what in an article, with the character offsets of what was said.

The rule pass (one input of the learned extractor in tasks/analysis/, and its fallback):

    extract_statements(text, language, actors=None, title="") -> list[Statement]

How it works, sentence by sentence:
  * quoted passages (tasks.quotes) become `direct` statements when they stand as the sentence (or follow
    a colon) and `partial` ones when the reporter's sentence embeds them; their source is found from the
    reporting cue after them ("…", said X / «…», dijo X) or before them (X said: "…" / X dijo que «…»);
  * reporting cues without quote marks (tasks.cues) give `indirect` statements: the clause after the
    cue (after "that"/"que") or its object, or the clause before "…, X said" / "according to X";
  * sources are resolved within the article (tasks.speakers): "he" -> the last person named,
    "the statement" -> the last body, a surname -> the full name used earlier; anonymous sources
    ("officials said", "una fuente") are not statements (LABELING.md);
  * a paragraph may be read whole as one direct statement (WHOLE_READINGS): a post embedded from X, or an
    interview's answer (INTERVIEW_LAYOUTS), given to the person interviewed; the headline (`title`) may name
    them. What an answer reports of others is read as in any sentence.
A quote split by its attribution ("A," he said, "B.") is one statement whose span runs from A to B.
The extractor never raises: a bug on odd input loses that article's statements, not the batch.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from tasks.actors import Actor, ActorDirectory, fold, load_actors
from tasks.cues import Lexicon, lexicon
from tasks.quotes import PARAGRAPH_RE, Quote, QuoteIndex, find_quotes, split_sentences
from tasks.records import Statement
from tasks.speakers import (
    ADDITIVE_COORDINATORS,
    ARTICLES,
    CONNECTORS,
    CONTINUE_PUNCT,
    CONTRAST_COORDINATORS,
    DATELINE_RE,
    ELIDED_ARTICLES,
    ENTRY_TIME,
    INITIAL_RE,
    MAX_ADJUNCT_WORDS,
    NAME_LINKS,
    OF_WORDS,
    PARTY_STATE_RE,
    SOURCE_KINDS,
    STATE_AFTER_TOWN_RE,
    TITLE_STOP_RE,
    TOKEN_RE,
    Phrase,
    Resolver,
    addressee_end,
    adverb,
    all_name_words,
    body_noun,
    capitalised_pairs,
    classify,
    compound_title,
    first_name_gender,
    is_capitalised,
    is_gerund,
    is_name,
    is_outlet,
    longest_first,
    name_given_in_aside,
    name_in_marks,
    np_like,
    office_title,
    outlet_in_marks,
    possessive_title,
    qualified_title,
    role_word,
    skippable,
    subject_after,
    subject_before,
    subject_chain,
    tokens,
    unmarked,
    verb_like,
    without_elision,
    without_trailing_time,
)

log = logging.getLogger(__name__)

MERGE_GAP = 45          # two quoted fragments of one clause closer than this are one partial statement
MAX_ASIDE_CHARS = 80          # "…, citing four sources, that": the aside between a cue and its complementizer
MAX_APPOSED_SUBJECT_WORDS = 6   # "Ine Eriksen, ministra de Exteriores, …": a subject, not a clause, before a comma
MIN_APPENDED_QUOTE_WORDS = 6   # a quotation appended after a report's comma that the guide labels direct
MAX_APPOSED_GAP = 24    # words of "Name, apposition," between a quotation and its cue
SHORT_TAIL = 8          # at most this many words after a cue for "…, X said." to read as a tail
MIN_INDIRECT_WORDS = 2
MAX_CUE_COMMA_GAP = 8   # words of an adjunct between a cue and the comma before its quotation ("said in a message,")
MIN_TAIL_CONTENT = 4    # a clause reported before its attribution has at least this many words
TRIM = " \t\n,;:—–-"
CONTRAST_SUBORDINATORS = frozenset({"while", "whereas", "mientras", "mentre", "tandis", "enquanto", "während"})
CONTRASTS = CONTRAST_COORDINATORS | CONTRAST_SUBORDINATORS | {"though", "although", "aunque"}
MAX_WORDS_BEFORE_COMMA_REPORT = 8   # "sagte im Inforadio des RBB, …": an adverbial between a cue and its report
MAX_INDIRECT_CHARS = 1500  # a reported clause longer than this is run-on text, not one statement
MAX_CUES = 40             # reporting cues read per sentence; news sentences hold a handful, lists of
                          # cues in run-on or hostile text would otherwise cost a source search each
MAX_USED_SKIP = 8          # how many already-used cues a quote looks past for an earlier unused one
OPENING_MARKS = "\"“«„‹‘'"
_DOUBLE_MARKS = frozenset("\"“”«»„")   # quotation marks that are never an apostrophe
MAX_INSERTED_SUBJECT_WORDS = 6   # "El Gobierno de Venezuela, añadió, …": the reported clause's subject
SPLIT_QUOTE_JOIN = " … "     # between the pieces of a split quotation's quote ("A," he said, "B." -> "A … B")
MIN_INSERTED_LEAD_WORDS = 2   # "The talks, Blyde said, will resume": the piece before an inserted attribution
INSERTED_CUE_END_RE = re.compile(r"\s*,\s*")   # "…, Giuliani said, there is …": the cue's own comma
CONTRAST_CLAUSE_RE = re.compile(r",\s+(?:" + "|".join(sorted(CONTRAST_SUBORDINATORS)) + r")\s", re.IGNORECASE)
TAIL = "tail"              # a _Found that only extends the statement before it ("A," he said. "B.")
# (not ", and", which also joins noun phrases)
_COMMA_COORDINATOR_RE = re.compile(r",\s+(?:" + "|".join(sorted(CONTRAST_COORDINATORS)) + r")\s")
# a comma between digits is a number's ("2,000", "55,2"), no boundary
_BOUNDARY_RE = re.compile(r"(?<!\d),|,(?!\d)|;|\s(?:and|but|while|whereas|y|pero|mientras|e|mas|mais|et|ma|und|aber)\s")


@dataclass(slots=True)
class _Cue:
    text: str
    start: int
    end: int
    according: bool
    participle: bool
    used: bool = False


@dataclass(slots=True)
class _Found:
    phrase: Phrase | None
    quote_start: int
    quote_end: int
    kind: str
    cue: str
    confidence: float
    fixed_speaker: str | None = None
    channel_only: bool = False   # read for the sentence's source, not a statement (_channel_before_participle)
    aside: tuple[int, int] | None = None   # an attribution set inside the quotation between dashes, left out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and (text[b - 1] in TRIM or text[b - 1] == "."):
        b -= 1
    return a, b


def _quoted_pieces(text: str, a: int, b: int, quotes: QuoteIndex) -> str:
    """The quote of a direct statement running from a to b: '"A," he said, "B."' is one statement whose
    quote is "A B" (LABELING.md), the quoted pieces without the attribution between them, joined by an
    ellipsis as an elision is written."""
    pieces: list[tuple[int, int]] = []
    last_close = -1
    for q in quotes.opening_in(max(0, a - 3), b):
        if q.open < last_close:
            continue  # a quotation nested in the piece before
        x, y = max(a, q.start), min(b, q.end)
        while x < y and text[x].isspace():
            x += 1
        while y > x and text[y - 1] in " \t\n,;:":
            y -= 1
        if y > x:
            pieces.append((x, y))
        last_close = q.close
    if len(pieces) < 2:
        return text[a:b]
    return SPLIT_QUOTE_JOIN.join(text[x:y] for x, y in pieces)


MAX_FRAGMENT_CUE_WORDS = 2   # "habló de un «triunfo»", not "habló de la propuesta de 'paz total' de Petro"
MAX_GAPPED_FRAGMENT_WORDS = 4   # "apresentou o entendimento como uma vitória da «…»"


def _fragment_cue_unquoted(text: str, m: re.Match[str], q_opens: list[int], lex: Lexicon) -> bool:
    """Is this a cue only before a quoted fragment (`fragment_cues`: "ha parlato di", "habló de") with no
    quotation opening within a few words after it? Then it is no cue: speaking of something reports nothing."""
    gapped = lex.gapped_fragment_re is not None and lex.gapped_fragment_re.fullmatch(m.group()) is not None
    if m.group().lower() not in lex.fragment_cues and not gapped:
        return False
    k = bisect_left(q_opens, m.end())
    # (a framing cue's "as" takes a noun before its quoted words: "presentó el acuerdo como una victoria de la «…»")
    reach = MAX_GAPPED_FRAGMENT_WORDS if gapped else MAX_FRAGMENT_CUE_WORDS
    return k == len(q_opens) or len(text[m.end():q_opens[k]].split()) > reach or \
        re.search(r"[,;:.!?]", text[m.end():q_opens[k]]) is not None


def _inserted_between_commas(text: str, s0: int, c: _Cue, q_open: int, lex: Lexicon) -> bool:
    """Is the cue a bare attribution set between commas inside the reported clause, its subject dropped ("El
    Gobierno, añadió, firmará …", "Il governo, ha aggiunto, firmerà …")? Only where subjects drop: a comma
    right before the cue, one right after it, and before it one short phrase opening the sentence."""
    if not lex.drops_subjects or c.according or c.participle:
        return False
    if not text[c.end:q_open].lstrip().startswith(","):
        return False
    before = text[s0:c.start].rstrip()
    if not before.endswith(",") or "," in before[:-1] or any(ch in before for ch in "«»“”\"'"):
        return False
    words = before[:-1].split()
    return 0 < len(words) <= MAX_INSERTED_SUBJECT_WORDS


def _without_aside(text: str, a: int, b: int, aside: tuple[int, int]) -> str:
    """The quote from a to b without the attribution set inside it, its two pieces joined as a split
    quotation's are ("El diálogo … es la única salida")."""
    return SPLIT_QUOTE_JOIN.join(x for x in (text[a:aside[0]].strip(" ,"), text[aside[1]:b].strip(" ,")) if x)


def _apposed_source(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """'"…," Terrie Rizzo, the Democratic chair of Palm Beach County, said': between a quotation and its cue,
    a name opening the gap with its apposition (a long gap otherwise reads as a clause of its own)."""
    if not text[a:b].rstrip().endswith(","):
        return False
    if len(_words(text, a, b, MAX_APPOSED_GAP + 1)) > MAX_APPOSED_GAP:
        return _apposed_opener(text, a, b, lex) is not None   # a long apposition: a person's name must open it
    phrase = subject_before(text, a, b, lex)
    first = re.search(r"\w", text[a:b])
    return phrase.kind == "named" and first is not None and phrase.start == a + first.start() or \
        _apposed_opener(text, a, b, lex) is not None


def _before_closing_stop(text: str, a: int, b: int) -> int:
    """Where text[a:b] ends without the stops inside its closing mark ('"… disputes."' -> '… disputes')."""
    while b > a and text[b - 1] in ".,;:":
        b -= 1
    return b


def _last_char_before(text: str, s0: int, pos: int, skip: str = "") -> str:
    """The last character of text[s0:pos] that is neither white space nor in `skip`, or "" when none is:
    "does the sentence hold anything before this quote or cue?" without copying the sentence."""
    i = pos
    while i > s0 and (text[i - 1].isspace() or text[i - 1] in skip):
        i -= 1
    return text[i - 1] if i > s0 else ""


def _comma_before(text: str, s0: int, pos: int) -> bool:
    """Does a comma end text[s0:pos], perhaps inside a closing quotation mark, as American copy sets it after a
    title in quotes ('Marco Rubio, speaking on CBS's "Face the Nation," said …')?"""
    last = _last_char_before(text, s0, pos)
    return last == "," or last in CLOSING_MARKS and _last_char_before(text, s0, pos, skip=CLOSING_MARKS) == ","


CLOSING_MARKS = "\"”’'»"


def _words(text: str, a: int, b: int, limit: int) -> list[str]:
    """The first `limit` words (alphanumeric tokens) of text[a:b], read lazily: callers need a handful,
    and tokenising the rest of a long sentence per cue was what made odd texts quadratic."""
    return list(islice((m.group() for m in TOKEN_RE.finditer(text, a, b) if m.group()[0].isalnum()), limit))


class _CueList(list["_Cue"]):
    """The cues of one sentence in text order, with their starts and ends for binary search."""

    def __init__(self, cues: list[_Cue]) -> None:
        super().__init__(cues)
        self.starts = [c.start for c in cues]
        self.ends = [c.end for c in cues]

    def any_start_in(self, a: int, b: int) -> bool:
        """Does a cue start in [a, b)?"""
        i = bisect_left(self.starts, a)
        return i < len(self.starts) and self.starts[i] < b

    def first_from(self, pos: int) -> _Cue | None:
        """The first cue starting at or after pos."""
        i = bisect_left(self.starts, pos)
        return self[i] if i < len(self) else None

    def first_after(self, pos: int) -> _Cue | None:
        """The first cue starting strictly after pos."""
        i = bisect_right(self.starts, pos)
        return self[i] if i < len(self) else None

    def last_unused_before(self, pos: int) -> _Cue | None:
        """The last cue ending at or before pos that no quote has used yet (looking past a few used)."""
        i = bisect_right(self.ends, pos) - 1
        stop = max(-1, i - MAX_USED_SKIP)
        while i > stop:
            if not self[i].used:
                return self[i]
            i -= 1
        return None


MAX_TIME_ASIDE_WORDS = 5   # ", esta quarta-feira,", ", on Wednesday,", ", el pasado lunes,"


def _time_aside_end(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Where a time set off by commas right after a cue ends (past its closing comma: "defendeu, esta
    quarta-feira, a realização …", "said, on Wednesday, that …"), or -1: its words are time words and
    their articles, at most MAX_TIME_ASIDE_WORDS."""
    close = text.find(",", a, min(b, a + 60))
    if close < 0:
        return -1
    words = [w for w, _s, _e in tokens(text, a, close)]
    if not words or len(words) > MAX_TIME_ASIDE_WORDS or not any(skippable(w, lex) for w in words) or \
            not all(skippable(w, lex) or w.lower() in ARTICLES or w.lower() in lex.noun_determiners for w in words):
        return -1
    return close + 1


MAX_SHORT_ASIDE_WORDS = 3


def _short_aside_then_complementizer(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Past a short aside set between commas right after a cue and the complementizer after it ("Reconoce, eso
    sí, que …", "dijo, sin embargo, que …", "said, however, that …"): where the reported clause starts, or -1."""
    close = text.find(",", a, min(b, a + 40))
    if close < 0:
        return -1
    inside = _words(text, a, close, MAX_SHORT_ASIDE_WORDS + 1)
    if not inside or len(inside) > MAX_SHORT_ASIDE_WORDS or any(m in text[a:close] for m in OPENING_MARKS[:5]):
        return -1
    nxt = TOKEN_RE.search(text, close + 1, b)
    return nxt.end() if nxt is not None and nxt.group().lower() in lex.complementizers else -1


def _infinitive_follows(text: str, pos: int, b: int, lex: Lexicon) -> bool:
    """Does a verb's infinitive start at pos, after an infinitive marker ("to keep", not "to the press",
    "to Caracas", "to that")? A lower-case word that is no determiner or complementizer."""
    nxt = TOKEN_RE.search(text, pos, b)
    if nxt is None:
        return False
    w = nxt.group()
    return w[:1].islower() and w.isalpha() and w not in lex.noun_determiners and w not in lex.complementizers \
        and w not in lex.indefinites and w not in lex.possessives


def _after_complementizer(text: str, a: int, b: int, lex: Lexicon, cue: str = "") -> int:
    """Where the reported clause starts after a cue at a: past "that"/"que" or a colon when near. A cue
    ending in a preposition ("advocating for", "called for") takes a noun phrase, so a "that" after it is
    a relative pronoun inside that object ("new elections to end the crisis that erupted …")."""
    last = cue.split()[-1].lower() if cue.split() else ""
    takes_object = " " in cue.strip() and last in lex.np_prepositions
    if takes_object:
        nxt = TOKEN_RE.search(text, a, b)
        if nxt is not None and nxt.group().lower() in lex.complementizers and not text[a:nxt.start()].strip():
            return nxt.end()   # "insistió en que la elección …": the preposition's clause, past its "que"
    seen = 0   # words read so far
    skip_to = -1   # past an outlet's name in marks ("erklärte laut «El Nacional», dass …")
    for word, _s, e in [] if takes_object else tokens(text, a, min(b, a + 90)):
        if _s < skip_to:
            continue
        if seen and word in ("“", "«", '"', "„") and (title := name_in_marks(text, _s, b)) is not None:
            skip_to, seen = title[1], seen + 1
            continue
        if word in (".", "“", "«", '"', "„"):
            break
        if word == ":":
            return e
        if not seen and not lex.verb_second and word.lower() in lex.pronouns_person | lex.pronouns_plural:
            break  # "said he meets families in a city that …": the clause has begun, that "that" is a relative
        if seen and word.lower() in lex.finite_auxiliaries:
            break  # "said the scandal is the latest issue that …": a finite verb, so the clause has begun
        if seen and word.lower() in lex.infinitive_markers and _infinitive_follows(text, e, b, lex):
            break  # "urged both sides to keep negotiating on the issues that …": the object's infinitive has begun
        if word.lower() in lex.complementizers or word.lower() in ("qu'", "qu’"):
            if seen and _subordinator_before(text, a, _s, lex) and not (
                    seen == 1 and _words(text, a, _s, 1)[0].lower() in lex.sentence_connectors):
                # "expresó escepticismo luego de que …": a subordinate clause after the cue's object (but "disse
                # ainda que …" is "also said that", the connector right after the cue)
                break
            if seen >= 2 and _relative_on_object(text, a, _s, lex):
                break  # "rechazó las acusaciones que vinculan …": a relative inside the cue's object
            return e
        if word[:3].lower() in ("qu'", "qu’") and len(word) > 3 and "que" in lex.complementizers:
            if seen and _subordinator_before(text, a, _s, lex):
                break
            return _s + 3   # "a indiqué qu'il saluait …": the clause starts after the elided "que"
        if word == "," and not seen and (past := _time_aside_end(text, e, b, lex)) > 0:
            nxt = TOKEN_RE.search(text, past, b)
            if nxt is not None and nxt.group().lower() in lex.complementizers:
                return nxt.end()   # "afirmó, este miércoles, que …": the time set off, then the clause
            return TOKEN_RE.search(text, past, b).start() if nxt is not None else past   # "rechazó, hoy, las …"
        if word == "," and not seen and (past := _short_aside_then_complementizer(text, e, b, lex)) > 0:
            return past   # "Reconoce, eso sí, que …", "said, however, that …": a short aside, then the clause
        if word == ",":
            if lex.comma_reports and seen <= MAX_WORDS_BEFORE_COMMA_REPORT:
                nxt = TOKEN_RE.search(text, e, b)
                if nxt is not None and nxt.group().lower() in lex.aside_relatives:
                    # "sagte in Mexiko-Stadt, wo die Gespräche …, die Regierung habe …": past the relative aside
                    close = text.find(",", nxt.end(), min(b, nxt.end() + MAX_ASIDE_CHARS))
                    if close >= 0:
                        e = close + 1
                        nxt = TOKEN_RE.search(text, e, b)
                if nxt is not None and nxt.group().lower() in lex.complementizers:
                    return nxt.end()   # "erklärte, dass die Verhandlungen …": past the complementizer
                if nxt is None or lex.cue_re.match(text, nxt.start()) is not None:
                    break   # "begrüßte den Schritt, forderte aber …": a second verb of the subject, no report
                if seen and _relative_after_comma(text, nxt.start(), b, lex):
                    break   # "forderte die Freilassung von Roberto Abdul, der im Oktober festgenommen wurde"
                return e  # "sagte der Zeitung, die Gespräche würden …": the report follows the comma
            aside = _participle_aside_then_complementizer(text, e, b, lex)
            if aside is not None:
                return aside  # "informó el miércoles, citando cuatro fuentes, de que …"
            break
        seen += word[0].isalnum()
    i = a = _past_addressee(text, a, b, lex)   # "told reporters the talks were over"
    if cue.split()[-1:] and cue.split()[-1].lower() in lex.addressee_verbs and not lex.addressee_prepositions:
        # "told the crowd he would …": a short addressee, then the report's own pronoun subject
        head = list(islice(TOKEN_RE.finditer(text, a, b), MAX_ADDRESSEE_WORDS + 1))
        for m in head[1:]:
            word = m.group().lower()
            if not m.group()[0].isalnum() or word in lex.complementizers or word in lex.tail_introducers or \
                    word in lex.interrogatives or word in lex.subordinator_heads:
                break   # "told his advisers as he labored …": a clause of the telling, not what was told
            if word in lex.pronouns_person or word in lex.pronouns_plural:
                i = a = m.start()
                break
    toks = list(islice(TOKEN_RE.finditer(text, a, b), 12))
    skip_to = -1
    for k, m in enumerate(toks):
        word, e = m.group(), m.end()
        if k < skip_to:
            continue
        if word == "(" and i > a and k + 2 < len(toks) and toks[k + 1].group().isdigit() and \
                toks[k + 2].group() == ")":
            i, skip_to = toks[k + 2].end(), k + 3   # "anunciou nesta terça-feira (5) a suspensão": the day's date
            continue
        low = word.lower()
        time_at = _time_phrase_end(toks, k, lex)
        if time_at > k:
            i, skip_to = toks[time_at - 1].end(), time_at   # "anunció el martes la …", "la semana pasada la …"
            continue
        if (low in lex.noun_determiners or low in lex.possessives and low in lex.between_subject_and_cue) and \
                (k + 1 >= len(toks) or toks[k + 1].group().lower() not in lex.between_subject_and_cue):
            # "denied this accusation": a determiner of the object, not "said this week"; "ha denunciato le
            # sanzioni", "a exigé leur levée": after the cue an article, before it a clitic ("gli ha detto")
            break
        if word.lower() in lex.report_openers:
            break  # "said both sides will meet": "both" stands before a cue ("have both urged") or opens a report
        if word.lower() in lex.between_subject_and_cue and (not word[:1].isupper() or word.lower() in lex.not_names) \
                or word in {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}:
            i = e
            continue
        break
    past = _past_channel_adjunct(text, a, b, lex)   # "said on Twitter the …": "on" also reads as "said on Monday"
    return past if past > a or i == a else _past_channel_adjunct(text, i, b, lex)


def _time_phrase_end(toks: list[re.Match[str]], k: int, lex: Lexicon) -> int:
    """Where a time phrase opened by an article at toks[k] ends, when another article follows it ("el
    martes la liberación", "la semana pasada la liberación", "na semana passada a libertação"), else k: an
    article, a weekday or time noun, perhaps one lower-case word after it ("pasada"), then the object's
    own article. Only where the cue file lists time nouns (es, pt, fr, it)."""
    if not lex.time_nouns or k + 2 >= len(toks):
        return k
    articles = lex.noun_determiners | lex.possessives
    first, noun = toks[k].group().lower(), toks[k + 1].group().lower()
    if first not in articles and first not in lex.adjunct_prepositions or \
            noun not in lex.time_nouns and noun not in lex.between_subject_and_cue:
        return k
    j = k + 2
    if j + 1 < len(toks) and toks[j].group().islower() and toks[j].group().lower() not in articles and \
            toks[j].group().isalpha():
        j += 1   # "la semana pasada"
    return j if j < len(toks) and toks[j].group().lower() in articles else k


MAX_ADDRESSEE_WORDS = 4   # "told the crowd in Iowa he …"
MAX_CHANNEL_ADJUNCT_WORDS = 8   # "in an interview with the BBC on Friday"
# prepositions inside a channel adjunct ("in an interview with the BBC"); not the cue files' `adjunct_prepositions`
CHANNEL_PHRASE_PREPOSITIONS = frozenset({"with", "to", "con", "a", "avec", "à", "mit", "com", "ao", "alla"})


def _past_channel_adjunct(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Past a channel adjunct between a cue and its report when no complementizer marks where the report
    begins ("said in a statement the parties had agreed …", "rechazó en un comunicado las sanciones"): the
    adjunct is a channel preposition with a channel noun near, and its own prepositional phrases; the report
    begins at the first determiner, pronoun or capitalised word that no preposition governs."""
    if not lex.channel_prepositions or not lex.channel_nouns:
        return a
    toks = [(m.group(), m.start()) for m in islice(TOKEN_RE.finditer(text, a, b), MAX_CHANNEL_ADJUNCT_WORDS + 2)]
    if len(toks) < 3 or toks[0][0].lower() not in lex.channel_prepositions or \
            not any(w.lower() in lex.channel_nouns for w, _s in toks[1:4]):
        return a
    seen_noun = False
    governed = True   # the word after a preposition belongs to its phrase
    for word, start in toks[1:]:
        low = word.lower()
        if not word[0].isalnum():
            return a   # punctuation ("said in a statement."): no plain report follows the adjunct
        if low in lex.between_subject_and_cue and (word[:1].islower() or low in lex.not_names):
            governed = False   # "in a statement Thursday night they …": time words end the adjunct's phrase
            continue
        preposition = low in lex.np_prepositions or low in lex.channel_prepositions or low in lex.agent_prepositions \
            or low in CHANNEL_PHRASE_PREPOSITIONS
        if seen_noun and not governed and not preposition and (low in lex.noun_determiners or low in lex.possessives or
                                           low in lex.pronouns_person or
                                           low in lex.pronouns_plural or low in lex.pronouns_thing or
                                           word[:1].isupper()):
            return start
        seen_noun = seen_noun or low in lex.channel_nouns
        governed = preposition or low in lex.noun_determiners
    return a


_RELATIVE_ASIDE_RE = re.compile(r"^[\s,]*([A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*)*),\s+(\w+)\s[^,]+,\s*$")


def _relative_aside_after_name(gap: str, lex: Lexicon) -> bool:
    """Is the gap between a quotation and its cue a name with a relative clause set off by commas
    ('"…," Rodríguez, who leads the delegation, said')? Then the relative pronoun opens no clause of the
    sentence's own; the name is the source."""
    m = _RELATIVE_ASIDE_RE.match(gap)
    return m is not None and m.group(2).lower() in lex.relative_pronouns


def _quote_in_subject_aside(text: str, s0: int, q: Quote, cue_start: int, lex: Lexicon) -> bool:
    """Does the quotation stand inside an aside set off by commas after the sentence's subject, the aside
    closing before the cue ('Humphrey, who calls Trump a “sociopath,” said he …', 'Manafort, citing “the magic
    of Trump”, said …', 'Ruiz, quien tiene un «plan», dijo que …')? Then the cue is the subject's own verb and
    reports what follows it; read as '“…,” said X', the quotation took the cue and the report was lost.
    Inside the aside a cue of its own still takes the quotation ('who calls Trump a “sociopath”')."""
    opening = text.rfind(",", s0, q.open)
    if opening < 0 or not _words(text, s0, opening, 1) or lex.cue_re.search(text, s0, opening):
        return False   # (no subject before the aside, or a cue of its own: "dijo, sobre «…», que")
    first = _words(text, opening + 1, q.open, 1)
    if not first or not first[0].islower() or first[0] in lex.coordinators | CONTRASTS:
        return False
    if not (first[0] in lex.relative_pronouns or first[0] in lex.subject_stops or is_gerund(first[0], lex)):
        return False   # an aside opens with a relative, a preposition ("tras calificar de «…»") or a gerund
    # the aside closes with a comma right before the cue, after the quotation or inside its marks ("plan,” said)
    closing = text.rfind(",", max(q.start, q.end - 1), cue_start)
    return closing >= 0 and not _words(text, closing + 1, cue_start, 1) and \
        not lex.cue_re.search(text, q.close, closing)


def _before_aside_quote(text: str, s0: int, cue_start: int, quotes: QuoteIndex, lex: Lexicon) -> int:
    """Where the subject of the cue at `cue_start` is read back from: before the closing marks of a quotation
    that ends a subject's aside right before it ('Humphrey, who has a “plan,” said': from the comma inside
    the marks, as if the aside had no quotation), else the cue itself."""
    q = next((q for q in reversed(quotes.opening_in(s0, cue_start)) if q.close <= cue_start), None)
    if q is not None and not _words(text, q.close, cue_start, 1) and \
            _quote_in_subject_aside(text, s0, q, cue_start, lex):
        return q.end
    return cue_start


def _participle_aside_then_complementizer(text: str, pos: int, b: int, lex: Lexicon) -> int | None:
    """After a comma that follows a cue: a participle, channel or relative aside closed by a comma and then the
    complementizer ("informó, citando cuatro fuentes, de que …", "said, citing officials, that …", "informou,
    em nota, que …", "afirmó en México, donde …, que …", "admitió, sin embargo, que …")? Where the clause
    after the complementizer starts, else None."""
    first = TOKEN_RE.search(text, pos, b)
    if first is None:
        return None
    participle = bool(lex.participle_suffixes) and first.group().lower().endswith(lex.participle_suffixes)
    channel = first.group().lower() in lex.channel_prepositions and any(   # "informou, em nota, que …"
        w.lower() in lex.channel_nouns for w in _words(text, first.end(), min(b, first.end() + 40), 4))
    relay = first.group().lower() in lex.according   # "dijo, según El Nacional, que …"
    relative = first.group().lower() in lex.aside_relatives   # "said in Mexico City, where …, that …"
    comma = text.find(",", first.end(), min(b, first.end() + MAX_ASIDE_CHARS))
    # "admitió, sin embargo, que …", "conceded, however, that …": a connector set off alone
    connector = comma >= 0 and " ".join(w.lower() for w in _words(text, pos, comma, 4)) in lex.sentence_connectors
    if not participle and not channel and not relay and not relative and not connector:
        return None
    if comma < 0:
        return None
    toks = list(islice(TOKEN_RE.finditer(text, comma + 1, b), 2))
    words = [m.group().lower() for m in toks]
    if words and words[0] in lex.complementizers:
        return toks[0].end()
    if len(words) == 2 and words[0] in ("de", "of") and words[1] in lex.complementizers:
        return toks[1].end()
    return None


def _past_manner_adverb(text: str, cue_end: int, a: int, b: int, lex: Lexicon) -> int:
    """Where an object report starts past an adverb of the reporting act right after its cue ("rechazó
    enérgicamente las acusaciones …", "condamné fermement l'attaque"): the adverb says how it was said, not
    what. A report after a complementizer keeps its own adverbs ("dijo que finalmente …")."""
    if text[cue_end:a].strip() or lex.modifiers_before_noun:
        return a   # (English "-ly" also ends adjectives, "weekly talks", and adverbs of one: "disappointingly flat")
    words = list(islice(TOKEN_RE.finditer(text, a, b), 2))
    if len(words) == 2 and adverb(words[0].group(), lex) and words[1].group()[:1].isalnum():
        return words[1].start()
    return a


def _relative_after_comma(text: str, at: int, b: int, lex: Lexicon) -> bool:
    """Does the clause at `at`, after a comma that follows a cue's object, open with a relative pronoun
    (`comma_relatives`: German "der", "die", "das" …) and a lower-case word, and hold no reported-mood form
    ("Abdul, der im Oktober festgenommen wurde": the object's relative clause, no report)? A report after such a
    comma opens with its subject and is in the reported mood ("sagte, der landesweite Stromausfall sei …")."""
    end = text.find(",", at, b)
    clause = _words(text, at, end if end >= 0 else b, MAX_RELATIVE_CLAUSE_WORDS)
    if len(clause) < 2 or clause[0] not in lex.comma_relatives or not clause[1][:1].islower():
        return False
    # (an infinitive clause is a report too: "forderte die Regierung auf, die vereinbarten Garantien einzuhalten")
    infinitive = clause[-2].lower() == "zu" or ZU_INFIX_RE.fullmatch(clause[-1]) is not None
    return not infinitive and not any(w.lower() in lex.reported_mood_forms for w in clause)


MAX_RELATIVE_CLAUSE_WORDS = 40   # words read up to the clause's comma, for its mood
# A German infinitive with "zu" inside a separable verb ("einzuhalten", "freizulassen"; not "zurückgeben")
ZU_INFIX_RE = re.compile(r"[^\W\d_]{2,}zu[^\W\d_]+en")


def _relative_on_object(text: str, a: int, at: int, lex: Lexicon) -> bool:
    """Is the "que" at `at` a relative pronoun on a noun the cue takes as its object ("rechazó las acusaciones
    que …", "celebró el acuerdo que …") rather than the complementizer after an inverted subject ("aseguró el
    ministro que …") or an addressee ("dijo a los periodistas que …")? Where adjectives follow the noun: a
    determiner and a lower-case noun that names no source, with no preposition before them."""
    if lex.modifiers_before_noun or lex.verb_second:
        return False
    words = [w for w, _s, _e in tokens(text, a, at)]
    if len(words) < 2:
        return False
    said_to = " ".join(words).lower()
    if any(said_to == ad or said_to.startswith(ad + " ") for ad in lex.addressees):
        return False   # "disse a jornalistas que …": whom it was said to ("a" is also an article), then the report
    if len(words) == 2 and words[0].lower() in lex.addressee_prepositions and words[1].islower() and \
            words[1].endswith("s"):
        return False   # "teria dito a assessores que …": a preposition and a bare plural are whom it was told
    if " ".join(words[-1:] + ["que"]).lower() in lex.free_relatives:
        return True   # "pidió consultar … lo que dice": an article before "que" makes a free relative
    # the last noun phrase before "que": a determiner, a lower-case noun, at most two adjectives after it
    k = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in lex.noun_determiners or
              words[i].lower() in lex.possessives), None)
    head = words[k + 1:] if k is not None else []
    if not head or len(head) > 3 or not all(w.isalpha() and w.islower() for w in head) or \
            any(w.lower() in lex.time_nouns for w in head):
        return False   # ("afirmó el pasado septiembre que …": a time, not the cue's object)
    noun = head[0].lower()
    before = words[k - 1].lower() if k > 0 else ""
    inside_object = k > 1 and before in lex.np_prepositions | OF_WORDS and \
        before not in lex.addressee_prepositions | lex.adjunct_prepositions | lex.channel_prepositions
    if not inside_object and (noun in lex.person_descriptions or noun in lex.body_nouns or noun in lex.media_nouns):
        return False   # "aseguró el ministro que …": an inverted subject (but "la fase … con el grupo que")
    if noun in lex.between_subject_and_cue or noun in lex.tail_openers or noun in lex.channel_nouns or \
            noun in lex.statement_descriptions:
        return False   # "confirmó este jueves que …", "dijo en un comunicado que …": a time or a channel
    if before in lex.addressee_prepositions | lex.adjunct_prepositions | lex.channel_prepositions:
        return False   # "dijo a los periodistas que", "dijo tras la reunión que": whom to, or when
    # "dijo a los periodistas de la radio que …": an addressee opens the words before the determiner
    return not (k > 0 and any(w.lower() in lex.addressee_prepositions for w in words[:2]))


def _subordinator_before(text: str, a: int, pos: int, lex: Lexicon) -> bool:
    """Does text[a:pos] end with a word that makes the complementizer at pos a subordinating conjunction
    ("luego de que", "para que", "so that")?"""
    if not lex.subordinator_heads:
        return False
    before = " ".join(w.lower() for w in _words(text, max(a, pos - 30), pos, 6))
    return any(before == h or before.endswith(" " + h) for h in lex.subordinator_heads)


def _subject_before_colon(text: str, s0: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """A cue right after a colon in its sentence, with no subject (a language that drops them) or a personal
    pronoun for one, goes on with the named subject of the clause before the colon ("Tras las presidenciales,
    Rodríguez encabezó la ofensiva: pidió cárcel para …", "Jorge Rodríguez a été clair : il a affirmé …"), not
    with whoever spoke last; None when no such subject is read."""
    colon = text.rfind(":", s0, cue_start)
    if colon < 0:
        return None
    between = text[colon + 1:cue_start].split()
    if not (not between and lex.drops_subjects or
            len(between) == 1 and between[0].lower() in lex.pronouns_person):
        return None
    return _sentence_subject(text, s0, colon, colon, lex)


def _in_a_statement(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Does a channel phrase naming a document stand between a source and its report ("said in a statement
    that", "afirmó en un comunicado que", "a déclaré dans un communiqué")? Then that source issued it."""
    words = [w.lower() for w in _words(text, a, min(b, a + 80), 8)]
    return any(w in lex.channel_prepositions and any(x in lex.statement_descriptions for x in words[i + 1:i + 4])
               for i, w in enumerate(words))


def _past_according_source(text: str, s0: int, phrase: Phrase, cue_start: int, lex: Lexicon) -> Phrase:
    """"Según Lula, el mandatario venezolano le dijo que …": the name read before the cue is an according
    phrase's source, not the subject in apposition it looked like; the subject is the phrase after its comma.
    `phrase` itself otherwise."""
    if phrase.kind != "named" or not text[phrase.end:cue_start].lstrip().startswith(","):
        return phrase
    before = text[s0:phrase.start].rstrip()
    if not before or not any(lex.is_according(m.group()) and m.end() >= len(before) + s0 - 1
                             for m in lex.cue_re.finditer(text, s0, phrase.start)):
        return phrase
    comma = text.index(",", phrase.end, cue_start)
    inner = subject_before(text, comma + 1, cue_start, lex)
    return inner if inner.kind in SOURCE_KINDS and inner.start > comma else phrase


def _coordinated_clause_subject(text: str, s0: int, s1: int, pronoun: Phrase, lex: Lexicon) -> str | None:
    """The named subject of the sentence's first clause when a personal pronoun opens a clause coordinated
    to it ("Diosdado Cabello used his weekly program to mock them, and he told viewers …"), or None."""
    before = text[s0:pronoun.start].rstrip().lower()
    if not before or before.split()[-1] not in lex.coordinators:
        return None
    subject = _sentence_subject(text, s0, s1, pronoun.start, lex)
    return subject.text if subject is not None and subject.kind == "named" else None


def _body_of_pronoun(text: str, s0: int, phrase: Phrase, prev_speaker: str | None, prev_mention: str | None,
                     resolver: Resolver, lex: Lexicon) -> str | None:
    """A personal pronoun opening its sentence that stands for the body whose statement the sentence before gave
    ("Le Centre Carter … a réaffirmé que …. Il appelle les deux camps à …"): in a language whose pronouns stand for
    bodies too (`body_pronouns`), when that body's mention opened with an article of the pronoun's gender. None
    otherwise (the resolver reads the pronoun as a person's)."""
    word = phrase.text.lower()
    articles = next((a for pronoun, a in lex.body_pronouns if pronoun == word), None)
    if phrase.kind != "person_pronoun" or articles is None or not prev_speaker or not prev_mention or \
            resolver.is_person(prev_speaker) or text[s0:phrase.start].strip(" \"'“”«»„‘’\n"):
        return None
    return prev_speaker if prev_mention.split()[0].lower() in articles else None


def _comma_aside_before(text: str, s0: int, cue_start: int) -> tuple[int, int] | None:
    """The opening comma of an aside set between commas right before a cue, and the closing comma's end
    ("A European diplomat, who requested anonymity, said"), or None."""
    end = len(text[s0:cue_start].rstrip()) + s0
    if end <= s0 or text[end - 1] != ",":
        return None
    opening = text.rfind(",", s0, end - 1)
    return (opening, end) if opening > s0 else None


def _relative_before_aside(text: str, s0: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """"critics who, inside the opposition, argue that …", "quienes, dentro de la oposición, consideran que …":
    the cue's subject is the relative pronoun before the aside, which names nobody (its antecedent, if any, is
    the object of another clause), so the report has no source: a rejected phrase, or None when no relative
    pronoun stands right before the aside."""
    aside = _comma_aside_before(text, s0, cue_start)
    if aside is None:
        return None
    opening = aside[0]
    before = _words(text, max(s0, opening - 30), opening, 8)[-1:]
    if not before or before[0].lower() not in lex.relative_pronouns:
        return None
    at = text.rfind(before[0], s0, opening)
    if text[s0:at].rstrip().endswith(","):
        return None   # "Juan Guaidó, quien, en una entrevista, dijo …": an aside on a subject named before it
    return Phrase(before[0], at, at + len(before[0]), "rejected")


def _subject_before_relative_aside(text: str, s0: int, cue_start: int, lex: Lexicon) -> Phrase | None:
    """The subject read before a relative aside set between commas right before a cue ("A European diplomat,
    who requested anonymity, said", "Un diplomate, qui a requis l'anonymat, juge …"), or None."""
    aside = _comma_aside_before(text, s0, cue_start)
    if aside is None:
        return None
    opening, end = aside
    first = _words(text, opening + 1, end, 1)
    if not first or first[0].lower() not in lex.relative_pronouns | lex.aside_relatives | lex.complementizers:
        return None   # (a complementizer opening an aside between commas is a relative pronoun: "…, que pediu …,")
    phrase = subject_before(text, s0, opening, lex)
    return phrase if phrase.kind in SOURCE_KINDS or phrase.kind == "anonymous" else None


def _subject_with_relative_aside(text: str, a: int, pos: int, lex: Lexicon) -> bool:
    """Is text[a:pos] the reported clause's own subject with a relative aside ("that Ana Ruiz, who leads the
    delegation, had revealed …", "que Ana Ruiz, quien encabeza …, no ha revelado …")? Then the cue at pos is
    that clause's verb, inside the report."""
    seg = text[a:pos]
    parts = seg.split(",")
    if len(parts) != 3 or parts[2].strip(" ") and not all(
            w.lower() in lex.finite_auxiliaries or w.lower() in lex.negations or adverb(w, lex)
            for w in parts[2].split()):
        return False
    aside = parts[1].split()
    head = parts[0].split()
    apposition = bool(aside) and aside[0].lower() in ARTICLES and len(aside) <= MAX_APPOSED_SUBJECT_WORDS and \
        bool(head) and head[0][:1].isupper() and not any(lex.is_cue_word(w) for w in aside)
    return bool(aside) and (aside[0].lower() in lex.relative_pronouns | lex.aside_relatives or apposition) and \
        0 < len(head) <= MAX_APPOSED_SUBJECT_WORDS and not any(lex.is_cue_word(w) for w in head)


def _cut_at_next_cue(text: str, a: int, b: int, cues: _CueList, lex: Lexicon) -> int:
    """A reported clause ends where the next reporting clause of the sentence begins. A later cue opens no
    reporting clause when nothing is reported after it ("… would be rattled by Trump's comments.") or when
    it stands inside the clause with no comma or conjunction before it, no capital (a sentence run on without
    its full stop) and no quotation after it ("said that in one case activists criticized his company",
    "dejó en claro que Brasil no reconoce …"): cutting there left a stub of the report."""
    c = cues.first_after(a)
    while c is not None and c.start < b:
        seg = text[a:c.start]
        bounds = list(_BOUNDARY_RE.finditer(seg))
        inside = not bounds and not text[c.start].isupper() and _DOUBLE_MARKS.isdisjoint(text[c.end:b]) or \
            _subject_with_relative_aside(text, a, c.start, lex)
        if inside or len(_words(text, c.end, b, 2)) < 2:
            c = cues.first_after(c.start)
            continue
        joined = list(_COMMA_COORDINATOR_RE.finditer(seg))
        if joined:
            # "confirmed the releases, but its director, Alfredo Romero, warned …": the next clause opens at
            # the comma and coordinator, its subject's appositions after it
            return a + joined[-1].start()
        if ";" in seg:
            return a + seg.rindex(";")   # "… next week; Blyde, however, said …": the next clause opens at the semicolon
        return a + bounds[-1].start() if bounds else c.start
    return b


MAX_SPLIT_APPOSITION_WORDS = 14   # '"A," says Ana Ruiz, a political scientist at the Central University, "B."'


def _apposition_between(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b] the source's apposition between the two pieces of a split quotation ('"A," says Ana Ruiz, a
    political scientist at the Central University of Venezuela, "B."'): a noun phrase set off by commas,
    opened by an article, an indefinite or a possessive, with no cue in it?"""
    seg = text[a:b].strip()
    if not (seg.startswith(",") and seg.endswith(",")):
        return False
    words = seg.strip(" ,").split()
    first = words[0].lower() if words else ""
    return 0 < len(words) <= MAX_SPLIT_APPOSITION_WORDS and "," not in seg[1:-1] and \
        (first in ARTICLES or first in lex.indefinites or first in lex.possessives) and \
        not any(lex.is_cue_word(w.strip(",.").lower()) or w[:1] in OPENING_MARKS for w in words)


def _sentence_statements(text: str, s0: int, s1: int, quotes: QuoteIndex, lex: Lexicon,
                         prev_had_statement: bool, prev_quoted: bool = False,
                         introduced_by: Phrase | None = None) -> list[_Found]:
    qs = [q for q in quotes.opening_in(s0, s1) if not _title_after_according(text, s0, q, lex) and
          not outlet_in_marks(text, q.open, q.close)]   # ("der „Süddeutschen Zeitung“": a name quotes nobody)
    q_opens = [q.open for q in qs]
    cues = _CueList(_drop_embedded(text, list(islice((
        _Cue(m.group(), m.start(), m.end(), lex.is_according(m.group()),
             lex.is_participle(m.group()) and not _after_auxiliary(text, s0, m.start(), lex))
        for m in lex.cue_re.finditer(text, s0, s1)
        if not quotes.inside(m.start()) and not _passive(text, s0, m, s1, lex)
        and not _gerund_in_phrase(text, s0, m, lex) and not _after_determiner(text, s0, m, lex)
        and not _capitalised_inside(text, s0, m, s1)
        and not any(text[m.start():m.start() + len(p)].lower() == p for p in lex.not_cue_phrases)
        and not _according_non_source(text, m, s1, lex) and not _free_relative(text, s0, m, s1, lex)
        and not _naming_relative(text, s0, m, lex)
        and not _opening_free_relative(text, s0, m, s1, lex)
        and not _after_channel_noun(text, s0, m, lex) and not _object_of_cue(text, s0, m, lex)
        and not _after_refusal(text, s0, m, lex) and not _read_by_no_document(text, s0, m, s1, lex)
        and not _particle_unclosed(text, m, s1, lex) and not _particle_other_sense(text, m, s1, lex)
        and not _lone_participle(text, s0, m, lex)
        and not _fragment_cue_unquoted(text, m, q_opens, lex) and not _cue_in_reported_mood(text, s0, m, lex)),
        MAX_CUES)), lex))
    found: list[_Found] = []
    consumed: set[int] = set()
    for qi, q in enumerate(qs):
        if qi in consumed:
            continue
        before = _last_char_before(text, s0, q.open)
        direct = before in ("", ":")
        qa, qb = q.start, q.end
        while qb > qa and text[qb - 1] in " ,;:":
            qb -= 1
        inserted = _inserted_attribution(text, qa, qb, lex) if direct else None
        if inserted is not None:
            # "«El diálogo —dijo Blyde— es la única salida»": the attribution inside the quotation
            found.append(_Found(inserted[0], qa, qb, "direct", inserted[1], 0.8 if inserted[0].kind == "named"
                                else 0.6, aside=inserted[2]))
            continue
        phrase: Phrase | None = None
        cue_used: _Cue | None = None
        lead_cue: _Cue | None = None
        post_end = q.close
        # After the quote: "…", said X / "…", X said / «…», dijo X.
        nxt = cues.first_from(q.close)
        for c in [nxt] if nxt is not None else []:
            k = bisect_left(q_opens, q.close, qi + 1)
            if k < len(qs) and qs[k].open < c.start:
                break
            gap = text[q.close:c.start]
            gap_words = _words(text, q.close, c.start, MAX_APPOSED_GAP + 1)
            if gap_words and (gap_words[0].lower() in lex.coordinators | CONTRASTS or
                              gap_words[-1].lower() in lex.coordinators):
                # «…», y agradeció …: a new verb of the same subject, not "…", X said; so is '… "will never
                # accept" foreign interference and called on …'
                break
            if c.participle and (not gap_words or "," in gap):
                # 'the claim that Obama “founded ISIS,” saying they were …': the participle reports anew, as after
                # an adjunct and a comma ("a salué « un pas » à la télévision, (tout) en soulignant que …")
                break
            if any(w.lower() in CONTRASTS for w in gap_words):
                break  # 'an “artful smear” regarding her links while Sanders suggests …': another clause's cue
            if any(w.lower() in lex.complementizers or w.lower() in lex.relative_pronouns for w in gap_words) \
                    and not _relative_aside_after_name(gap, lex) and (
                        not gap.rstrip().endswith(",") or _apposed_opener(text, q.close, c.start, lex) is None):
                break  # «…», por lo que pidió …: a subordinate clause of its own, no attribution
            if _introduces_next_quote(text, c, s1):
                break  # «…» de Petro y señaló: «…»: the cue and its colon belong to the next quotation
            if _quote_in_subject_aside(text, s0, q, c.start, lex):
                break  # 'Humphrey, who has a “plan,” said he …': the cue is the subject's, reporting what follows
            if not direct and _inside_earlier_report(text, q.open, cues, lex):
                break  # 'X informó de que volvería "para …", informa la agencia': the fragment is X's
            if _new_report_after_closed_quote(text, q, c, gap_words, s1, lex):
                break  # '“… the vote.” She added that she would …': a new sentence with a report of its own
            if re.fullmatch(r"[\s,.;:—–\-]*", gap):
                after_cue = _past_connector(text, c.end, s1, lex)
                phrase = subject_after(text, after_cue, s1, lex)
                if phrase.kind in ("none", "rejected"):
                    # '"…", dijo a EFE el diputado Pedro Gil': whom it was told, then the source
                    past = _past_addressee(text, after_cue, s1, lex)
                    told = subject_after(text, past, s1, lex) if past > after_cue else phrase
                    phrase = told if told.kind in SOURCE_KINDS else phrase
                post_end = phrase.end if phrase.text else c.end
                if phrase.kind in ("none", "rejected"):
                    # « … », a-t-il déclaré : the pronoun is inside the cue.
                    phrase = _pronoun_inside_cue(c, lex) or phrase
                if phrase.kind in ("none", "rejected") and not direct and "," in gap and \
                        cues.last_unused_before(q.open) is not None:
                    # 'begrüßte das Abkommen als „…“, warnte aber davor, …': a fragment with a cue before it, and
                    # after a comma a cue with no source of its own: that cue is the same subject's next report
                    # (not '… die er als „…“ bezeichnete': a verb-final cue right after the mark is the fragment's)
                    phrase = None
                    break
                if _unlisted_title(phrase, lex):
                    # '"…", afirmou o petista', '«…», dijo el chavista': after a quotation and its cue, a noun
                    # with its article the cue file does not list is the speaker described
                    phrase = Phrase(phrase.text, phrase.start, phrase.end, "person_description")
            elif re.match(r"[\s,—–\-]*\w", gap) and "." not in STATE_AFTER_TOWN_RE.sub("", PARTY_STATE_RE.sub(
                    "", INITIAL_RE.sub("", TITLE_STOP_RE.sub("", gap)))).strip(" ,") and (   # (nor "Tom Berg, R-Ky.,")
                    len(gap_words) <= 8 or _apposed_source(text, q.close, c.start, lex)):   # '"…," Mr. Clinton said'
                comma = gap.rstrip().endswith(",")
                np_tail = comma and gap_words[0].lower() in lex.np_prepositions and not gap_words[0][:1].isupper()
                after = subject_after(text, c.end, s1, lex) if np_tail or comma and lex.verb_second else None
                if np_tail:
                    # "«…» de Caracas, agregó.": the words after the quote end its phrase; the cue has
                    # no subject of its own, as if it followed the quote directly.
                    phrase = after
                elif after is not None and _inverted_name(after, text, s1, lex):
                    # '„…“ aus Venezuela nach Hause, schrieb Trump.': after a comma the source follows the cue
                    phrase = after
                elif (aux := _perfect_auxiliary_first(text, q.close, c.start, lex)) is not None:
                    # '„…“, hat Petro auf der Plattform X geschrieben.': the perfect inverted after the quotation,
                    # its subject right after the auxiliary (not "Plattform X", the words before the participle)
                    phrase = subject_after(text, aux, c.start, lex)
                else:
                    phrase = subject_before(text, q.close, c.start, lex)
                    if comma and len(gap_words) > 3:
                        # '"…," Tom Berg, who lost his job in Dover, Delaware, in 2012, said.': the name after
                        # the quotation, not the last one inside its apposition
                        phrase = _apposed_opener(text, q.close, c.start, lex) or phrase
                    if comma and phrase.kind not in SOURCE_KINDS:
                        # 'Tras esos «pasos positivos», el ministerio levantará …, dijo Juan Pérez.': the rest of
                        # the reported clause, then the cue and its source (read only when nothing before it is)
                        after = after or subject_after(text, c.end, s1, lex)
                        if _inverted_name(after, text, s1, lex) or lex.verb_second and after.kind in (
                                "person_pronoun", "body", "person_description") and \
                                _ends_phrase(text, after.end, s1, lex):
                            phrase = after   # ('Man habe „einen ersten Schritt“ getan, sagte er.')
                post_end = c.end
            else:
                break
            cue_used = c
            break
        # Before the quote: X said: "…" / X dijo que «…» / X welcomed the round as "…".
        main_subject = None
        if cue_used is None:
            c = cues.last_unused_before(q.open)
            main_subject = _main_subject_after_fronted_cue(text, s0, c, q.open, cues, lex) if c is not None else None
            if main_subject is not None:
                # "After Tom Berg criticized the mayor, Ana Ruiz shot back, “…”": the cue reports inside the
                # fronted clause; the quotation is the main clause's subject's (the cue read for it, as before)
                c.used = True
                phrase, c = main_subject, None
            if c is not None:
                cue_used = c
                lead_cue = c
                relative = None if c.according or c.participle else \
                    _channel_relative_source(text, s0, s1, c.start, lex)
                according_relative = _according_relative(text, s0, c, s1, lex) if c.according else None
                if relative is not None:
                    phrase = relative   # "emitió un comunicado en el que advirtió: «…»"
                elif according_relative is not None:
                    phrase = according_relative[0]   # "…, Jorge Rodríguez, secondo cui l'accordo «…»"
                elif c.according and _possessive_according(c, lex):
                    phrase = _possessive_source(c, lex)   # "A su juicio, América Latina «…»"
                elif c.according or lex.verb_first:
                    phrase = subject_after(text, c.end, q.open, lex)
                elif c.participle:
                    # "Amorim destacó …, subrayando que no existe una «salida mágica»": the participle's
                    # subject is the sentence's, as for reports without quote marks
                    phrase = Phrase("", c.start, c.start, "coordinated")
                elif _inserted_between_commas(text, s0, c, q.open, lex):
                    # "El Gobierno, añadió, firmará el acuerdo «aunque sea solo»": a bare cue set between commas
                    # inside the reported clause; the words before it are that clause's subject, and the cue's
                    # own subject is dropped (the discourse's source), as for a report without quote marks
                    phrase = Phrase("", c.start, c.start, "none")
                elif (perfect := _perfect_subject(text, s0, c, lex)) is not None:
                    # "Guterres hat die Beteiligten zu einem Dialog aufgerufen, der „…“": the subject before the
                    # perfect's auxiliary, not the words before the participle
                    phrase = perfect[0]
                else:
                    read = _past_agent_skipped(text, s0, subject_before(text, s0, c.start, lex), lex)
                    phrase = _inverted_subject(text, s0, c, q.open,
                                               _past_according_source(text, s0, read, c.start, lex), lex)
                    if _last_char_before(text, s0, c.start) == ",":
                        # 'Brian Nichols, Assistant Secretary … from the State Department, said "…"': the name the
                        # appositions follow, as for a report without quote marks
                        phrase = _apposed_opener(text, s0, c.start, lex) or \
                            _named_before_asides(text, s0, c.start, lex) or \
                            _apposed_description(text, s0, c.start, lex) or phrase
                        if phrase.kind == "none":
                            phrase = _subject_before_relative_aside(text, s0, c.start, lex) or phrase
                    if phrase.kind in ("none", "person_pronoun"):
                        phrase = _subject_before_colon(text, s0, c.start, lex) or phrase
                    if phrase.kind == "rejected" and not c.participle:
                        # 'O memorando, assinado em …, menciona a "…"': the document opening the sentence.
                        phrase = _opening_document(text, s0, c, lex, need_clause=False) or phrase
                    if phrase.kind in ("none", "rejected") and not c.participle:
                        # "Así lo ha anunciado el ministro, Jorge Rodríguez: «…»": an inverted source.
                        after = subject_after(text, c.end, q.open, lex)
                        if after.kind == "named":
                            phrase = after
        if main_subject is not None and before in ":," and not _title_like(text, qa, qb, lex):
            kind = "direct" if before == ":" or _sentence_after_cue_comma(text, main_subject.end, q.open, qa, qb, lex) \
                else "partial"
            found.append(_Found(main_subject, qa, qb, kind, text[main_subject.end:q.open].strip(" ,:"), 0.6))
            continue
        if cue_used is not None and not direct and (_title_like(text, qa, qb, lex) or _named_by_body(text, s0, q.open,
                                                                                                  qa, qb, lex)):
            continue  # «El Nacional», “Barbados Agreement”: a name or title in quotes, not what was said
        if cue_used is not None:
            cue_used.used = True
            kind = "direct" if direct else "partial"
            lead = _lead_clause(text, lead_cue, q.open, quotes, cues, lex) if lead_cue and not direct else None
            if lead is None and lead_cue is not None and before == "," and lex.appended_quotations and \
                    len(_words(text, qa, qb, MIN_APPENDED_QUOTE_WORDS)) >= MIN_APPENDED_QUOTE_WORDS:
                # "Blyde agradeció a México por …, «venimos a buscar acuerdos …»": the cue's own report, then a
                # quotation appended after a comma, which the guide labels a direct statement of its own.
                lead = _clause_before_comma(text, lead_cue, q.open, quotes, cues, lex)
                if lead is not None:
                    kind = "direct"
            if lead is None and lead_cue is not None and before == "," and \
                    _sentence_after_cue_comma(text, lead_cue.end, q.open, qa, qb, lex):
                kind = "direct"   # 'He said, “We will sign.”': as after a colon
            if lead is not None:
                # "X said the deal is good, but "…"": the clause before the quoted one is a report too.
                found.append(_Found(phrase, lead[0], lead[1], "indirect", lead_cue.text, 0.5))
            end = qb
            # Split quote: "A," he said, "B." -> one statement from A to B.
            if direct and qi + 1 < len(qs):
                q2 = qs[qi + 1]
                if q2.open >= post_end and (re.fullmatch(r"[\s,.;:]*", text[post_end:q2.open]) or
                                            _apposition_between(text, post_end, q2.open, lex)):
                    end = q2.end
                    consumed.add(qi + 1)
            found.append(_Found(phrase, qa, end, kind, cue_used.text, 0.8 if phrase and phrase.kind == "named"
                                else 0.6))
        elif not direct and found and found[-1].kind == "partial" and found[-1].quote_end <= q.open and (
                not cues.any_start_in(found[-1].quote_end, q.open) or
                _attributed_then_contrast(text, found[-1].quote_end, q.open, cues, lex)):
            prev = found[-1]
            if not cues.any_start_in(prev.quote_end, q.open) and not lex.clause_break_in(text, prev.quote_end, q.open):
                # «apoya», pero «no participa»: a further fragment of the same reported clause extends it.
                prev.quote_end = qb
            elif not _title_like(text, qa, qb, lex):
                # "…“is trying to mediate”, however, the party won't join any “false talks”" or '"a first step,"
                # Blyde said, but "much remains to be done."': a new clause of the same report (after its own
                # attribution), so a second partial statement of the same source.
                found.append(_Found(prev.phrase, qa, qb, "partial", prev.cue, prev.confidence - 0.1,
                                    prev.fixed_speaker))
        elif direct and qi == 0 and (introduced_by or before == ":" and _colon_subject(text, s0, q.open, lex)):
            # "Cruz continued:¶“The questions …”", "Continued Stone: “…”": a quotation after a clause ending in a
            # colon is that clause's subject's
            found.append(_Found(introduced_by or _colon_subject(text, s0, q.open, lex), qa, qb, "direct", "", 0.6))
        elif direct and prev_had_statement and len(text[qa:qb].split()) >= 4 and \
                (not prev_quoted or _opens_paragraph(text, q.open)):
            # A quoted sentence right after a statement continues its source ("…", he said.¶"More.").
            # After a quotation and its attribution in the same paragraph ("…," he said. "More.") the
            # quote is the tail of the one split statement the guide asks for, already credited to that
            # source, not a statement of its own.
            found.append(_Found(None, qa, qb, "direct", "", 0.5))
        elif direct and prev_had_statement and prev_quoted and len(text[qa:qb].split()) >= 4 and not found:
            # ... so that tail joins the statement before it (_extract), as "A," he said, "B." does.
            found.append(_Found(None, qa, qb, TAIL, "", 0.5))
    # Merge fragments of one clause: «apoya», pero «no participa».
    merged: list[_Found] = []
    for f in found:
        if merged and f.kind == "partial" and merged[-1].kind == "partial" and merged[-1].cue == f.cue and \
                0 <= f.quote_start - merged[-1].quote_end <= MERGE_GAP and \
                not cues.any_start_in(merged[-1].quote_end, f.quote_start) and \
                not lex.clause_break_in(text, merged[-1].quote_end, f.quote_start):
            merged[-1].quote_end = f.quote_end
        else:
            merged.append(f)
    found = merged
    last_partial = found[-1] if found and found[-1].kind == "partial" and found[-1].phrase is not None else None
    trailing: _Found | None = None
    if last_partial is not None and not lex.is_according(last_partial.cue) and \
            _first_level_fragment(text, s0, last_partial, lex):
        trail = _trailing_that_clause(text, last_partial.quote_end, s1, quotes, cues, lex)
        if trail is not None:
            # 'said the parties had shown "a constructive attitude" and that a new round would begin': the
            # further that-clause, without quote marks, is a report of the same source of its own
            trailing = _Found(last_partial.phrase, trail[0], trail[1], "indirect", last_partial.cue,
                              last_partial.confidence - 0.1, last_partial.fixed_speaker)
            found.append(trailing)
    # Indirect speech from cues that no quote used.
    for c in cues:
        if c.used:
            continue
        f = _indirect(text, s0, s1, c, cues, quotes, lex)
        if f is not None and not (f.kind == "partial" and any(
                g.quote_start < f.quote_end and f.quote_start < g.quote_end for g in found)):
            found.append(f)
    if trailing is not None and any(g is not trailing and g.quote_start < trailing.quote_end and
                                    trailing.quote_start < g.quote_end for g in found):
        found.remove(trailing)   # a cue inside the that-clause reported it with its own subject
    moved_on = prev_had_statement or introduced_by is not None and bool(lex.reported_mood_forms)
    if not found and moved_on and _reported_mood(text, s0, qs[0].open if qs else s1, lex):
        # ("Julio Borges widersprach. Von einem Abkommen könne keine Rede sein": after a bare cue, its subject's)
        source = introduced_by if lex.reported_mood_forms else None   # (set only after a sentence with none)
        a, b = _trim(text, s0, s1)
        if not qs:
            found.append(_Found(source, a, b, "indirect", "", 0.4))
        elif (fragments := _quoted_fragments(text, a, b, quotes, lex)) is not None:
            # 'Dies sei bedingungslos und «nicht verhandelbar».': the mood carries the report on, and its quoted
            # fragments are the source's partial statement, as in a report with a cue
            found.append(_Found(source, fragments[0], fragments[1], "partial", "", 0.4))
    if not found and lex.opening_frames:
        framed = _opening_frame(text, s0, s1, quotes, lex)
        if framed is not None:
            found.append(framed)
    elif lex.opening_frames and any(f.phrase is not None and f.phrase.kind in ("none", "rejected") for f in found):
        # "Per Giulia Ferraresi, …, lo scambio conferma che … «il canale è aperto»": a cue whose subject is no
        # source, inside the frame of a person's view, reports that person's view
        person = _frame_person(text, s0, s1, lex)
        if person is not None:
            for f in found:
                if f.phrase is not None and f.phrase.kind in ("none", "rejected") and f.quote_start > person[1]:
                    f.phrase = person[0]
    passive = _agentive_passive(text, s0, s1, cues, lex)
    if passive is not None and not any(g.quote_start < passive.quote_end and passive.quote_start < g.quote_end
                                       for g in found):
        found.append(passive)
    found.sort(key=lambda f: f.quote_start)
    return found


MAX_ABSOLUTE_SUBJECT_WORDS = 8


def _absolute_subject(text: str, s0: int, c: _Cue, lex: Lexicon) -> Phrase | None:
    """The subject of a participle cue in an absolute construction ("…, with the rebels' chief negotiator
    warning that …", "with Secretary of State Antony Blinken warning that …"): the noun phrase between the
    absolute preposition and the participle, where the sentence's own subject (a participle's usual one) is
    someone else. None when anything but a source phrase stands there."""
    if not lex.absolute_prepositions:
        return None
    toks = list(TOKEN_RE.finditer(text, max(s0, c.start - 120), c.start))
    words = [t for t in toks if t.group()[:1].isalnum()]
    at = next((k for k in range(len(words) - 1, max(-1, len(words) - 2 - MAX_ABSOLUTE_SUBJECT_WORDS), -1)
               if words[k].group().lower() in lex.absolute_prepositions), None)
    if at is None or at == len(words) - 1 or re.search(r"[,;:.!?()]", text[words[at].end():c.start]):
        return None
    phrase = subject_before(text, words[at].end(), c.start, lex)
    if phrase.kind not in ("named", "body", "person_description") or text[phrase.end:c.start].strip() or \
            len(_words(text, words[at].end(), phrase.start, 4)) > 3:
        return None   # (the phrase must reach back to the preposition: "with the rebels' chief negotiator")
    return phrase


MAX_PASSIVE_GAP_WORDS = 4   # between participle and agent: "foi rejeitada poucas horas depois pela líder"
MAX_PASSIVE_SUBJECT_WORDS = 12


def _agentive_passive(text: str, s0: int, s1: int, cues: _CueList, lex: Lexicon) -> _Found | None:
    """A passive of a cue verb with its agent named reports its subject as the agent's statement ("The Barbados
    accord was also welcomed by the EU's Josep Borrell", "L'idée d'un nouveau vote a été rejetée sans détour par
    le ministre", "A ideia foi rejeitada pela líder opositora"). The cue pattern cannot see it: the participle is
    no active cue form (or, in English, is read as a passive and dropped). Only a subject that opens with a
    determiner (a thing said, not "Maduro was accused by …"), an agent that can speak, and nothing after the
    agent that carries the report elsewhere ("… by the US of …", "… by officials that …")."""
    if lex.passive_report_re is None or not lex.agent_prepositions:
        return None
    for m in lex.passive_report_re.finditer(text, s0, s1):
        toks = list(islice(TOKEN_RE.finditer(text, m.end(), s1), 4 + MAX_PASSIVE_GAP_WORDS))
        words = [t.group() for t in toks]
        k = next((i for i, w in enumerate(words[:3]) if w.lower() in lex.cue_participles), None)
        if k is None or words[k].lower() in lex.recognition_verbs or \
                not all(adverb(w, lex) or w.lower() in lex.between_subject_and_cue for w in words[:k]):
            continue   # (an adverb may stand inside the passive: "was also welcomed", "fue duramente criticado")
        j = next((i for i in range(k + 1, min(len(words), k + 2 + MAX_PASSIVE_GAP_WORDS))
                  if words[i].lower() in lex.agent_prepositions), None)
        if j is None or re.search(r"[,;:.!?]", text[toks[k].end():toks[j].start()]):
            continue
        agent = subject_after(text, toks[j].end(), s1, lex)
        if agent.kind not in ("named", "body", "person_description") or any(
                w.lower() in lex.statement_descriptions for w in _words(text, toks[k].end(), agent.start, 12)):
            continue   # (not a pronoun, nor a document: "was confirmed by a communique published by …", "fue
            #           confirmada en un comunicado emitido por …": the document's issuer is read as such)
        after = _words(text, agent.end, s1, 1)
        if after and (after[0].lower() in OF_WORDS or _is_complementizer(after[0], lex) or
                      after[0].lower() in lex.infinitive_markers):
            continue   # "was accused by the US of …", "was told by officials that …": the report is elsewhere
        a, b = _trim(text, max(_comma_clause_start(text, s0, m.start()), _main_clause_start(text, s0, m.start(), lex)),
                     m.start())
        subject = _words(text, a, b, MAX_PASSIVE_SUBJECT_WORDS + 1)
        if subject and subject[0].lower() in lex.coordinators:
            a = _trim(text, TOKEN_RE.search(text, a, b).end(), b)[0]   # "…, and the deal was welcomed by …"
            subject = subject[1:]
        first = subject[0].lower() if subject else ""
        if not 1 <= len(subject) <= MAX_PASSIVE_SUBJECT_WORDS or cues.any_start_in(a, b) or \
                first not in lex.noun_determiners | lex.possessives | ARTICLES and \
                not first.startswith(tuple(ELIDED_ARTICLES)) or len(subject) == 1 and first in ARTICLES:
            continue   # ("L'idée d'un nouveau vote": the article elided onto its noun)
        if any(w.lower() in lex.body_nouns or w.lower() in lex.person_descriptions for w in subject[:3]):
            continue   # "The delegation was welcomed by Støre": a person or body welcomed is received, not a report
        return _Found(agent, a, b, "indirect", words[k], 0.5)
    return None


OPENING_DESCRIPTION_WORDS = 5   # "The former Mexican president …"


def _opens_with_description(text: str, s0: int, s1: int, lex: Lexicon) -> bool:
    """Does one of a sentence's first words name a role ("El canciller …", "Der Gesandte …", in German
    also the end of a compound)? A cheap gate before the subject is read."""
    words = [w.lower() for w in _words(text, s0, s1, OPENING_DESCRIPTION_WORDS)]
    return any(w in lex.person_descriptions or lex.capitalised_nouns and compound_title(w, lex) for w in words)


def _main_subject_after_fronted_cue(text: str, s0: int, c: _Cue, q_open: int, cues: _CueList,
                                    lex: Lexicon) -> Phrase | None:
    """The named subject of a sentence's main clause when the cue before a quotation stands in a fronted
    clause that opens with a subordinator and ends at a comma ("After Tom Berg criticized the mayor, Ana Ruiz
    shot back, “…”", "When Berg suggested …, Ruiz fired back: “…”"), and the main clause goes on with a verb
    of its own before the quotation; else None."""
    start = _main_clause_start(text, s0, c.start, lex)
    main = _past_fronted_phrase(text, start, q_open, lex)
    if main == start or c.end > main or cues.any_start_in(main, q_open):
        return None
    subject = _lead_name(text, main, q_open, lex)
    if subject is None:
        return None
    rest = _words(text, subject.end, q_open, 4)
    if not rest or len(rest) > 3 or not rest[0][:1].islower() or \
            rest[0].lower() in lex.subject_stops or text[:q_open].rstrip()[-1:] not in ":,":
        return None
    return subject


def _inverted_name(phrase: Phrase, text: str, s1: int, lex: Lexicon) -> bool:
    """Is the phrase read after a cue a name that ends its phrase ("…, schrieb Trump.", "…, dijo Juan Pérez.")?"""
    return phrase.kind == "named" and _ends_phrase(text, phrase.end, s1, lex)


MAX_ISSUED_GAP_WORDS = 4   # "issued a brief statement", "emitió este lunes un comunicado"


def _document_issuer(text: str, s0: int, s1: int, lex: Lexicon) -> Phrase | None:
    """The named or body subject of a sentence that issues a document and reports nothing ("La Cancillería
    emitió un comunicado.", "The ministry issued a statement on Monday."), or None."""
    m = lex.issuing_re.search(text, s0, s1) if lex.issuing_re is not None else None
    if m is None:
        return None
    after = _words(text, m.end(), s1, MAX_ISSUED_GAP_WORDS)
    if not any(w.lower() in lex.statement_descriptions for w in after):
        return _passive_issuer(text, m, s1, lex)
    phrase = subject_before(text, s0, m.start(), lex)
    return phrase if phrase.kind in ("named", "body") else None


def _passive_issuer(text: str, m: re.Match[str], s1: int, lex: Lexicon) -> Phrase | None:
    """"… confirmed by a statement published by Jorge Rodríguez", "según un comunicado emitido por la
    Cancillería": the document right before the participle, its issuer after the agent preposition."""
    before = text[max(0, m.start() - 40):m.start()].split()
    after = TOKEN_RE.search(text, m.end(), s1)
    agents = lex.agent_prepositions | lex.passive_agents
    if not before or before[-1].lower().strip(",") not in lex.statement_descriptions or after is None or \
            after.group().lower() not in agents:
        return None
    phrase = subject_after(text, after.end(), s1, lex)
    return phrase if phrase.kind in ("named", "body") else None


def _opening_frame(text: str, s0: int, s1: int, quotes: QuoteIndex, lex: Lexicon) -> _Found | None:
    """"Para Rodríguez, foi um ato de agressão.", "Pour Juan Guaido et ses partisans, Maduro est un …": a
    sentence opened by a frame word, a person's name and a comma is that person's view."""
    framed = _frame_person(text, s0, s1, lex)
    if framed is None:
        return None
    phrase, comma, frame_word = framed
    a, b = _trim(text, comma + 1, s1)
    if len(_words(text, a, b, MIN_TAIL_CONTENT)) < MIN_TAIL_CONTENT:
        return None
    if quotes.mark_between(a, b):
        # "Para Rodríguez, el diálogo es «irreversible».": the quoted fragments are the person's (LABELING.md:
        # a partial statement is the fragment alone); a quotation opening the clause is left to the quote path.
        inner = quotes.opening_in(a, b)
        if not inner or any(q.close > b + 1 for q in inner):
            return None
        if inner[0].open <= a:
            # "Para Blyde, «la mesa sigue abierta».": a quotation that is the whole clause is the person's, direct
            whole = len(inner) == 1 and not text[inner[0].close:s1].strip(" .;\n")
            return _Found(phrase, inner[0].start, inner[0].end, "direct", frame_word, 0.5) if whole else None
        return _Found(phrase, inner[0].start, inner[-1].end, "partial", frame_word, 0.5)
    return _Found(phrase, a, b, "indirect", frame_word, 0.5)


def _frame_person(text: str, s0: int, s1: int, lex: Lexicon) -> tuple[Phrase, int, str] | None:
    """The person whose view a sentence opened by a frame word gives ("Para Rodríguez, …", "Per Giulia
    Ferraresi, ricercatrice dell'Ispi, …"), the comma that closes the frame, and the frame word; else None."""
    first = TOKEN_RE.search(text, s0, s1)
    if first is None or first.group().lower() not in lex.opening_frames:
        return None
    comma = text.find(",", first.end(), min(s1, first.end() + 80))
    if comma < 0:
        return None
    phrase = subject_after(text, first.end(), comma, lex)
    apposed = _name_after_comma(text, comma, s1, lex, then_comma=True) \
        if phrase.kind in ("person_description", "named") else None   # "Para la directora …, Ana Ruiz Gomes, …"
    if apposed is not None:
        # "Para a diretora regional das Comunidades, Sandra Vieira, o fluxo é …": the name in apposition is the
        # person whose view it is, and the view opens after it
        phrase, comma = apposed, text.index(",", apposed.end)
    if apposed is not None or phrase.kind in ("person_pronoun", "person_description") and \
            phrase.start - first.end() <= 1 and phrase.end == comma:
        pass   # "Para ele, Lula «passa pano …».", "Para el canciller, …": the person last named, or so titled
    elif phrase.kind != "named" or phrase.start - first.end() > 1 or not (
            len(phrase.text.split()) >= 2 or phrase.text.split()[-1].lower() in _person_surnames(text, lex)):
        return None
    second = text.find(",", comma + 1, s1)
    if apposed is None and second >= 0 and (_affiliation(text, comma + 1, second, lex) or
                                            _describes_source(text, comma + 1, second, lex, bodies=False)):
        comma = second   # "Para o pesquisador Ricardo Fontes, do Núcleo de Estudos …, a escolha …": past the aside
    return phrase, comma, first.group()


def _affiliation(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b] a person's affiliation set off by commas: a preposition and a capitalised name ("da
    Universidade de Brasília", "of the Wilson Center", "dell'Ispi")?"""
    words = _words(text, a, b, 12)
    if words and _ELIDED_RE.match(words[0]):   # "dell'Ispi": the elided article and its name, one word
        tail = re.split(r"['’]", words[0], maxsplit=1)[-1]
        return tail[:1].isupper()
    k = 0
    while k < len(words) - 1 and words[k].lower() in lex.np_prepositions | ARTICLES:
        k += 1
    return 0 < k < len(words) and words[0].lower() in lex.np_prepositions | lex.affiliation_prepositions and \
        words[k][:1].isupper()


def _person_surnames(text: str, lex: Lexicon) -> set[str]:
    """Last words of the two-word (or longer) capitalised names of the text: "Rodríguez" is a person's surname
    when "Jorge Rodríguez" stands somewhere in the article."""
    return {last for first, last in capitalised_pairs(text)
            if first not in lex.not_names and first not in lex.opening_frames}


def _opens_paragraph(text: str, pos: int) -> bool:
    """Is pos the first non-blank character of its paragraph (line)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _reported_mood(text: str, s0: int, s1: int, lex: Lexicon) -> bool:
    """Is the sentence in the reported-speech mood (German Konjunktiv I: "Die Reform sei nötig")? Right
    after a statement it carries on reporting the same source without a cue. First-person sentences are
    excluded: "ich habe", "ich werde" are indicative."""
    if not lex.reported_mood_forms:
        return False
    words = [m.group().lower() for m in TOKEN_RE.finditer(text, s0, s1)]
    return any(w in lex.reported_mood_forms for w in words) and not any(w in ("ich", "wir") for w in words)


MAX_TITLE_WORDS = 8


def _lead_break_re(lex: Lexicon) -> re.Pattern[str]:
    """", but " / ", and that ": where a cue's reported clause ends and a second one of the same cue opens."""
    # memoised by the two word sets it is made of: hashing the whole Lexicon (50 fields) cost more than
    # the search
    return _lead_break_pattern(lex.coordinators, lex.complementizers)


@lru_cache(maxsize=32)
def _lead_break_pattern(coordinators: frozenset[str], complementizers: frozenset[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(CONTRASTS & coordinators | CONTRASTS, key=len, reverse=True))
    coord = "|".join(re.escape(w) for w in sorted(coordinators, key=len, reverse=True))
    comp = "|".join(re.escape(w) for w in sorted(complementizers, key=len, reverse=True))
    return re.compile(rf",\s+(?:{alt})\s|,?\s+(?:{coord})\s+(?:{comp})(?!\w)", re.IGNORECASE)


def _lead_clause(text: str, c: _Cue, q_open: int, quotes: QuoteIndex, cues: _CueList,
                 lex: Lexicon) -> tuple[int, int] | None:
    """The reported clause between a cue and the quoted fragment it introduces, when a contrast or a new
    that-clause separates them ("said the US welcomes the deal, but "…"", "said that A, and that B "…""):
    the article reports both, the first without quote marks. None when nothing stands between them."""
    if c.according or not lex.complementizers:
        return None
    a = _after_complementizer(text, c.end, q_open, lex, c.text)
    m = _lead_break_re(lex).search(text, a, q_open)
    if m is None:
        return None
    a, b = _trim(text, a, m.start())
    if len(_words(text, a, b, MIN_TAIL_CONTENT)) < MIN_TAIL_CONTENT or quotes.mark_between(a, b) or \
            cues.any_start_in(a, b):
        return None
    return a, b


def _first_level_fragment(text: str, s0: int, f: _Found, lex: Lexicon) -> bool:
    """Does the partial statement's fragment stand in its cue's own clause, not in a relative or a further
    that-clause inside it ('dijo que la ley es “un aporte” del Ejecutivo, que se decidió “sin consulta” y que
    aspira …': the "y que" after it goes on with the relative, no report of the cue's)? At most the cue's own
    complementizer stands between cue and fragment."""
    at = text.rfind(f.cue, s0, f.quote_start) if f.cue else -1
    if at < 0:
        return False
    between = [w.lower() for w in _words(text, at + len(f.cue), f.quote_end, 80)]   # (a merged partial too)
    return sum(_is_complementizer(w, lex) or w in lex.relative_pronouns for w in between) <= 1


MAX_TRAIL_SEARCH_WORDS = 30   # words after a partial's fragment searched for "and that"
MAX_SUBJECT_BEFORE_TAIL_CUE = 4   # ", the agency reported": a comma, a short subject and a cue end the clause


def _trailing_that_clause(text: str, end: int, s1: int, quotes: QuoteIndex, cues: _CueList,
                          lex: Lexicon) -> tuple[int, int] | None:
    """The coordinated that-clause after a quoted fragment that ends its sentence's last partial statement
    ('… "a constructive attitude" and that a new round would begin on Sept. 24', "« … » et qu'un nouveau cycle
    …"): from past the complementizer to the sentence's end. None when another quotation mark or a cue
    stands in it (a further fragment joins the partial; a cue makes a report of its own) or it is too short."""
    if not lex.complementizers or not lex.coordinators:
        return None
    toks = list(islice(TOKEN_RE.finditer(text, end, s1), MAX_TRAIL_SEARCH_WORDS))
    # the first coordinator (or contrast) and complementizer after the fragment: right after its closing mark,
    # or past the rest of its clause ('said the funds had been "kidnapped" by foreign banks and that …', '…
    # "in response to" the talks, but that …'), with no quotation mark or cue before it
    i = next((k for k in range(len(toks) - 1) if toks[k].group().lower() in lex.coordinators | CONTRASTS and
              _is_complementizer(toks[k + 1].group(), lex)), None)
    if i is None:
        return None
    first = next(t.start() for t in toks if t.group()[:1].isalnum())   # (past the fragment's closing mark)
    if quotes.mark_between(first, toks[i].start()) or cues.any_start_in(end, toks[i].start()):
        return None
    that = toks[i + 1]   # "qu'un nouveau cycle": the clause starts after the elided "qu'"
    a, b = _trim(text, that.end() if that.group().lower() in lex.complementizers else that.start() + 3, s1)
    if len(_words(text, a, b, MIN_TAIL_CONTENT)) < MIN_TAIL_CONTENT or quotes.mark_between(a, b):
        return None
    for c in cues:
        comma = text.rfind(",", a, c.start) if a <= c.start < b else -1
        if comma >= 0 and len(text[comma + 1:c.start].split()) <= MAX_SUBJECT_BEFORE_TAIL_CUE:
            return None   # "…, the agency reported.": the clause is relayed by a source of its own
    return a, b


def _clause_before_comma(text: str, c: _Cue, q_open: int, quotes: QuoteIndex, cues: _CueList,
                         lex: Lexicon) -> tuple[int, int] | None:
    """The report between a cue and the comma before a quotation appended to it, or None."""
    if c.according:
        return None
    a = _after_complementizer(text, c.end, q_open, lex, c.text)
    comma = text.rfind(",", a, q_open)
    if comma < 0 or text[comma + 1:q_open].strip():
        return None
    a, b = _trim(text, a, comma)
    words = _words(text, a, b, MIN_TAIL_CONTENT)
    if len(words) < MIN_TAIL_CONTENT or quotes.mark_between(a, b) or cues.any_start_in(a, b) or \
            words[0].lower() in lex.tail_openers | lex.channel_prepositions:
        return None  # "in an August 30 message, «…»": an adjunct of the cue, no report of its own
    return a, b


def _inside_earlier_report(text: str, q_open: int, cues: _CueList, lex: Lexicon) -> bool:
    """Does a quoted fragment sit in the that-clause of an earlier cue of its sentence ("el equipo informó
    de que volvería «para continuar …», informa la agencia")? The fragment is that source's words; a cue
    after it credits whoever relayed the report."""
    prior = cues.last_unused_before(q_open)
    if prior is None or prior.according or prior.participle:
        return False
    a = _after_complementizer(text, prior.end, q_open, lex, prior.text)
    return a > prior.end and any(w.lower() in lex.complementizers for w in _words(text, prior.end, a, 3))


def _named_by_body(text: str, s0: int, q_open: int, a: int, b: int, lex: Lexicon) -> bool:
    """Is the quoted fragment the name of the body or source written just before it ("laut der Tageszeitung
    „El Nacional“", "según el diario «El Universal»")? Also in German, where `_title_like` cannot tell."""
    before = list(TOKEN_RE.finditer(text, max(s0, q_open - 40), q_open))
    if not before or not (body_noun(before[-1].group(), lex) or before[-1].group().lower() in lex.according):
        return False   # (a compound ending in a body noun too: "die Menschenrechtsgruppe «Foro Penal»")
    words = _words(text, a, b, MAX_TITLE_WORDS + 1)
    return 0 < len(words) <= 4 and words[0][:1].isupper()


def _title_like(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is the quoted fragment a name or title (every word but connectors capitalised)? Not in German,
    where every noun is capitalised."""
    if lex.language == "de":
        return False
    words = [w for w in _words(text, a, b, MAX_TITLE_WORDS + 1) if w.lower() not in CONNECTORS]
    return 0 < len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words) and \
        len(_words(text, a, b, MAX_TITLE_WORDS + 1)) <= MAX_TITLE_WORDS


def _lone_participle(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is the cue a participle after a coordinator ("… et annoncé que") with no compound tense of a cue before
    it in its sentence? Only a compound cue's auxiliary makes it finite ("a salué l'accord et annoncé que",
    "ha criticado la decisión y pedido que"); elsewhere it is an adjective ("l'accord signé et annoncé")."""
    if m.group().lower() not in lex.lone_participles:
        return False
    return not any(c.group().split()[0].lower() in lex.compound_auxiliaries
                   for c in lex.cue_re.finditer(text, s0, m.start()))


def _after_auxiliary(text: str, s0: int, start: int, lex: Lexicon) -> bool:
    """Is the word before a cue a progressive auxiliary ("are advocating", "está pidiendo")? Then the
    -ing/-ndo form is the finite verb of its own clause, with a subject before it."""
    if not lex.progressive_auxiliaries:
        return False
    prev = list(TOKEN_RE.finditer(text, max(s0, start - 16), start))
    return bool(prev) and prev[-1].group().lower() in lex.progressive_auxiliaries


def _passive(text: str, s0: int, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the cue a passive participle or a noun ("was recognised by 50 countries", "who is accused of",
    "calls by lawmakers")? Then its subject is no speaker and the phrase after it no report."""
    nxt = TOKEN_RE.search(text, m.end(), min(s1, m.end() + 30))
    if nxt is not None and nxt.group().lower() in lex.passive_agents and not text[m.end():nxt.start()].strip():
        means = TOKEN_RE.search(text, nxt.end(), min(s1, nxt.end() + 30))
        # "said by telephone", "told reporters by email": the channel, not the agent of a passive
        return means is None or means.group().lower() not in lex.channel_nouns
    if not lex.passive_auxiliaries or lex.is_participle(m.group()):
        return False
    if lex.verb_second:
        return _verb_second_passive(text, s0, m, s1, lex)
    if _reduced_passive(text, m, s1, lex):
        return True
    prev = [t.group().lower() for t in TOKEN_RE.finditer(text, max(s0, m.start() - 32), m.start())]
    if len(prev) >= 2 and prev[-1] not in lex.passive_auxiliaries and (
            adverb(prev[-1], lex) or prev[-1] in lex.between_subject_and_cue):
        prev.pop()   # "was recently added as a member", "fue duramente criticado": an adverb inside the passive
    return bool(prev) and prev[-1] in lex.passive_auxiliaries


def _comma_clause_start(text: str, s0: int, pos: int) -> int:
    """Where the clause holding `pos` begins: past the last comma before it in the sentence from `s0`."""
    return max(s0, text.rfind(",", s0, pos) + 1)


def _ge_participle(word: str) -> bool:
    """Does this German cue form look like a perfect participle by its "ge" ("gefordert", "angeboten",
    "zurückgewiesen"): at its start or after a separable prefix? (Participles without one, "erklärt", "bestritten",
    are told apart by their ending where it matters.)"""
    return word.startswith("ge") or "ge" in word[2:-2]


def _cue_in_reported_mood(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is a German cue in a clause already in the reported mood ("Die Regierung habe bestätigt, …, sagte
    Rodríguez", "… habe zugesagt, …, hieß es aus Oslo")? Konjunktiv before it in its clause says the clause is
    someone else's report; the cue is part of that report, not a statement of its own."""
    if not lex.verb_second or not lex.reported_mood_forms:
        return False
    clause = _comma_clause_start(text, s0, m.start())
    return any(t.group().lower() in lex.reported_mood_forms for t in TOKEN_RE.finditer(text, clause, m.start()))


def _verb_second_passive(text: str, s0: int, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """German passive: a form of "werden" with the participle cue, right after it in a subordinate clause
    ("Maduro, dem Geldwäsche vorgeworfen wird, …", "… kritisiert worden war") or before it in the cue's own
    clause ("Die Freilassung wurde am Montag von der EU gefordert", "Es wird erklärt, dass …"). Nobody is the
    subject of that cue. (A cue ending in "-en" after "werden" is an infinitive, the future: "wird sagen".)"""
    if lex.is_according(m.group()):
        return False   # ("Der Organisation zufolge wurden …": the according cue's clause may be passive)
    nxt = TOKEN_RE.search(text, m.end(), min(s1, m.end() + 12))
    if nxt is not None and nxt.group().lower() in lex.passive_auxiliaries and not text[m.end():nxt.start()].strip():
        return True
    cue = m.group().lower()
    if cue.endswith("en") and not _ge_participle(cue):
        return False
    clause = _comma_clause_start(text, s0, m.start())
    return any(t.group().lower() in lex.passive_auxiliaries for t in TOKEN_RE.finditer(text, clause, m.start()))


MAX_AGENT_GAP_WORDS = 8


def _opening_participle(text: str, s0: int, c: _Cue, s1: int, lex: Lexicon) -> bool:
    """Is the cue a past participle opening its sentence before a word that is neither a name nor a determiner
    ("Asked whether sanctions would be lifted, Rubio said …", "Asked about the talks, Ban demurred")? It is the
    passive of the main clause's subject, the question a reporter's; "Added the minister: «…»" still reports."""
    # (the participle is the cue's first word: "Ha affermato che …", "Ha asegurado que …" open with a compound
    # tense whose subject was dropped, a report)
    if c.according or not lex.past_participle_suffixes or \
            not c.text.split()[0].lower().endswith(lex.past_participle_suffixes) or \
            text[s0:c.start].strip(" \n\"“‘'«—–-"):
        return False
    nxt = TOKEN_RE.search(text, c.end, s1)
    return nxt is not None and nxt.group()[:1].islower() and nxt.group().lower() not in lex.noun_determiners


def _reduced_passive(text: str, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the cue a past participle opening a reduced relative after a comma, with its agent further on
    ("X, a businessman, accused of fraud by the courts")? An inverted attribution (", added the minister")
    has no agent, so only a "by" + determiner or name within a few words of the same clause counts."""
    if not lex.past_participle_suffixes or not m.group().lower().endswith(lex.past_participle_suffixes):
        return False
    if text[:m.start()].rstrip()[-1:] != ",":
        return False
    toks = list(islice(TOKEN_RE.finditer(text, m.end(), s1), MAX_AGENT_GAP_WORDS + 2))
    for k, t in enumerate(toks[:-1]):
        word = t.group()
        if word in (",", ";", ".", ":") or word.lower() in lex.complementizers:
            return False
        if k > 0 and (word.lower().endswith(lex.past_participle_suffixes) or word.lower() in lex.finite_verbs) \
                and word[:1].islower():
            return False   # "…, rejected the proposal made by the government": the agent is the other participle's
        if word.lower() in lex.passive_agents and k > 0:
            nxt = toks[k + 1].group()
            return nxt.lower() in lex.noun_determiners or nxt[:1].isupper()
    return False


def _impersonal(text: str, s0: int, c: _Cue, lex: Lexicon) -> bool:
    """Is the cue made impersonal by the word right before it ("se anunció", "on a annoncé")?"""
    if not lex.impersonal_markers or c.text.split()[0].lower() in lex.impersonal_markers:
        return False
    prev = [m.group().lower() for m in TOKEN_RE.finditer(text, max(s0, c.start - 12), c.start)]
    return bool(prev) and prev[-1] in lex.impersonal_markers


def _headed_by_source(phrase: Phrase, lex: Lexicon) -> bool:
    """Is the phrase's head (its first word past determiners) a name or a source noun? "dijo el canciller
    Gil" is a subject after its verb; "anunció la liberación de Luke Denman" is an object."""
    for word in phrase.text.split():
        low = word.lower()
        if low in lex.possessives or low in lex.indefinites:
            continue
        return word[:1].isupper() or low in lex.person_descriptions or low in lex.body_nouns
    return False


def _is_tail(text: str, c: _Cue, s1: int, lex: Lexicon) -> bool:
    """Does the cue close its sentence ("…, the ministry said on Sunday.")? Only adverbials may follow
    it: nothing, a couple of words ("told reporters"), or a short phrase opened by a preposition or time
    word, and never a complementizer ("said in a video that …")."""
    if " " in c.text.strip() and c.text.split()[-1].lower() in lex.np_prepositions:
        return False  # "are advocating for new talks": a prepositional cue always has its object after it
    if text[c.end:s1].strip()[:1] == ":":
        return False  # "…, el canciller explicó:" and the quotation in the next paragraph: it announces, not closes
    start = _past_addressee(text, c.end, s1, lex)
    comma = text.find(",", start, s1)
    if comma >= 0:
        nxt = lex.cue_re.match(text, _SPACE_RE.match(text, comma + 1).end())
        first = _words(text, comma + 1, s1, 1)
        contrast = bool(first) and first[0].lower() in CONTRASTS or lex.clause_end_re is not None and \
            lex.clause_end_re.match(text, comma) is not None   # "…, the ministry said on Friday, after a pause …"
        if (nxt is None or not lex.is_participle(nxt.group())) and not contrast:
            # "…, Ms. Ripert said, when she was …": the report may go on after the comma (but "…, the
            # opposition said, though it warned that …" opens a clause of its own, and "…, the ministry said,
            # after a pause of a year" an adverbial that closes the sentence)
            comma = -1
    # "…, the spokesperson said, adding that …": the participle's clause is a report of its own
    after = _words(text, start, comma if comma >= 0 else s1, SHORT_TAIL + 1)  # more is never a tail
    if any(w.lower() in lex.complementizers for w in after):
        return False
    if after and after[0].lower() in lex.infinitive_markers and c.text.split()[-1].lower() in lex.infinitive_reports:
        return False   # "At a rally, Maduro vowed to defend …": the promise is the infinitive after the cue
    if after and not lex.addressee_prepositions and c.text.split()[-1].lower() in lex.addressee_verbs and \
            len(after) <= SHORT_TAIL and not any(w.lower() in lex.finite_auxiliaries or w.lower() in
                                                  lex.pronouns_person | lex.pronouns_plural for w in after):
        # "…, Rodríguez told state television on Sunday.": whom it was told, never what (but "told POLITICO
        # she was leaning …" goes on with a clause of its own)
        return True
    if after and (after[0].lower() in lex.noun_determiners | {"such"} or
                  len(after) > 1 and after[0].lower() in lex.possessives):
        # "has denied such discussion", "rechazó las acusaciones": an object, not "said Monday" ("told her." is)
        return False
    if 0 < len(after) <= 2 and all(_object_word(w, lex) for w in after):
        return False   # "…, la oposición pidió garantías electorales.": the cue's object, not "said Monday"
    return len(after) <= 2 or after[0].lower() in lex.tail_openers and len(after) <= SHORT_TAIL


def _object_word(word: str, lex: Lexicon) -> bool:
    """Is the word after a cue a lower-case content word ("guarantees", "electorales") rather than what may
    close a tail attribution: a time word, an adverb, a name, a number, an addressee ("said Monday", "told
    reporters", "dijo hoy", "said recently")?"""
    low = word.lower()
    return word[:1].islower() and word.isalpha() and low not in lex.between_subject_and_cue and \
        low not in lex.time_nouns and low not in lex.tail_openers and low not in lex.sentence_connectors and \
        not any(low.endswith(s) for s in lex.adverb_suffixes) and \
        not any(a == low or a.endswith(" " + low) for a in lex.addressees)


_SPACE_RE = re.compile(r"\s*")


def _first_full_name(text: str, a: int, b: int) -> str | None:
    """The first full name of a person (a known first name and a capitalised surname) in the words of
    text[a:b] before its first comma, or None."""
    comma = text.find(",", a, b)
    for m in FULL_NAME_RE.finditer(text, a, comma if comma >= 0 else b):
        if first_name_gender(m.group(1)):
            return m.group()
    return None


FULL_NAME_RE = re.compile(r"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)+")


def _opening_mark_before(text: str, pos: int) -> int:
    """Where the quotation mark that opens a quotation starting at `pos` stands (pos itself if none)."""
    return pos - 1 if pos > 0 and text[pos - 1] in OPENING_MARKS else pos


def _cue_pronoun(c: _Cue | re.Match[str], lex: Lexicon) -> re.Match[str] | None:
    """The possessive or pronoun an according cue of the cue file carries as its own source ("a su juicio", "in
    his view", "according to him", "Ihm zufolge", "nach seinen Worten"): a possessive determiner, a person's
    pronoun or a word of a gender (the object forms, "him", "ihm", are listed there)."""
    cue = c.text if isinstance(c, _Cue) else c.group()
    return next((m for m in re.finditer(r"\w+", cue) if (low := m.group().lower()) in lex.possessive_determiners or
                 low in lex.pronouns_person or low in lex.masculine_words or low in lex.feminine_words), None)


def _possessive_according(c: _Cue, lex: Lexicon) -> bool:
    """Is the according cue a possessive's or a pronoun's ("a su juicio", "in his view", "according to him")? Its
    source is whom the possessive points to, never a name after it."""
    return _cue_pronoun(c, lex) is not None


def _possessive_source(c: _Cue, lex: Lexicon) -> Phrase:
    """The possessive of an according cue read as the pronoun it is ("In her view" -> "her"), resolved as any."""
    m = _cue_pronoun(c, lex)
    assert m is not None   # (asked after _possessive_according)
    return Phrase(m.group(), c.start + m.start(), c.start + m.end(), "person_pronoun")


def _relative_after(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where the relative word after an according cue ending at `pos` ends ("según el cual", "secondo cui"),
    or None when no relative of the cue file follows."""
    m = _SPACE_RE.match(text, pos)
    rest = text[m.end():m.end() + 20].lower()
    hit = next((r for r in longest_first(lex.according_relatives) if rest.startswith(r + " ")), None)
    return m.end() + len(hit) if hit is not None else None


def _antecedent_of_according_relative(text: str, b: int, s1: int, lex: Lexicon) -> bool:
    """Does an according cue made relative follow text[:b] after its comma ("…, Jorge Rodríguez, según el
    cual …")? Then the words before it name that report's source."""
    m = lex.cue_re.match(text, b + len(text[b:s1]) - len(text[b:s1].lstrip(" ,")))
    return m is not None and lex.is_according(m.group()) and "," in text[b:m.start()] and \
        _relative_after(text, m.end(), lex) is not None


def _trailing_name(text: str, a: int, b: int) -> tuple[int, int]:
    """Where the capitalised words that end text[a:b] lie ("giudicato «…» da Luis Vicente León" -> "Luis Vicente
    León"; a segment that is a name stays whole), without a connector at their start; (b, b) for none."""
    words = list(re.finditer(r"\S+", text[a:b]))
    k = len(words)
    while k > 0 and (is_capitalised(words[k - 1].group()) or words[k - 1].group().lower() in CONNECTORS):
        k -= 1
    while k < len(words) and words[k].group().lower() in CONNECTORS:
        k += 1
    return (a + words[k].start(), a + words[-1].end()) if k < len(words) else (b, b)


def _according_relative(text: str, s0: int, c: _Cue, s1: int, lex: Lexicon) -> tuple[Phrase, int, int] | None:
    """An according cue made relative ("…, Jorge Rodríguez, capo della delegazione, secondo cui l'accordo …",
    "…, según el cual …"): the source is the person named in the comma segments before it (else the noun
    phrase right before its comma), the report runs from the relative word to the sentence's end."""
    a = _relative_after(text, c.end, lex) if lex.according_relatives else None
    end = len(text[s0:c.start].rstrip()) + s0
    if a is None or a > s1 or end <= s0 or text[end - 1] != ",":
        return None
    cuts = [s0 - 1] + [i for i in range(s0, end - 1) if text[i] == ","] + [end - 1]
    for lo, hi in reversed(list(zip(cuts, cuts[1:], strict=False))):
        start, stop = _trailing_name(text, lo + 1, hi)
        segment = text[start:stop]
        if 2 <= len(segment.split()) <= MAX_APPOSED_SUBJECT_WORDS and first_name_gender(segment):
            return Phrase(segment, start, stop, "named"), *_trim(text, a, s1)
    phrase = subject_before(text, s0, end - 1, lex)
    inner = [m for m in lex.cue_re.finditer(text, phrase.start, phrase.end)]
    if inner and phrase.start < inner[-1].end() < phrase.end:
        # "Lo afirma la ONU, según la cual …": the source is the inverted subject after the sentence's own cue
        phrase = subject_after(text, inner[-1].end(), end - 1, lex)
    return phrase, *_trim(text, a, s1)


def _past_inner_cue(text: str, pos: int, s1: int, lex: Lexicon) -> int:
    """Past a reporting verb right after an according cue ("según revela un informe …", "segundo revelou …"):
    the verb reports, the source follows it."""
    m = lex.cue_re.match(text, pos + len(text[pos:s1]) - len(text[pos:s1].lstrip()), s1)
    return m.end() if m is not None and not lex.is_according(m.group()) else pos


def _past_addressee(text: str, pos: int, s1: int, lex: Lexicon, after_cue: bool = True) -> int:
    """Past whom a statement was made to, right after its cue or source ("told reporters in Caracas", "dijo
    Gil a periodistas en Caracas"): the rest is the adverbial of a closing attribution. A name is an
    addressee after an addressee verb ("told Reuters", "dijo a la agencia EFE") or, led by an addressee
    preposition, after an inverted source ("…, dijo Blyde a la agencia EFE")."""
    end = addressee_end(text, pos, lex, s1)
    if end >= 0:
        # German names its addressees by the outlet's noun, the name after it ("der Nachrichtenagentur dpa");
        # the other cue files' addressees are people ("a periodistas Delcy Rodríguez": the source follows)
        return _past_apposed_outlet(text, end, s1) if lex.capitalised_nouns else end
    if not lex.addressee_verbs:
        return pos
    before = text[max(0, pos - 14):pos].split()
    if after_cue and not (before and before[-1].lower() in lex.addressee_verbs):
        return pos
    named = _addressee_name_re(lex).match(text, pos, s1)   # "told Reuters", "dijo a la agencia EFE"
    if named is None or (lex.addressee_prepositions or not after_cue) and not named.group(1):
        return pos   # where a language marks the addressee ("a Reuters"), a bare name is the source
    return _outlet_before_source(text, named) if after_cue else named.end()


def _outlet_before_source(text: str, named: re.Match[str]) -> int:
    """Where a named addressee ends when an outlet opens it and a person's name follows with no comma ("dijo a
    la AFP Yorbelis Mendoza", "told CNN Ana Ruiz"): after the outlet (an acronym, or the shortest run of words
    that outlets.toml names) when a known first name follows; else where the match ends."""
    words = list(re.finditer(r"\S+", text[named.start():named.end()]))
    first = next((k for k, w in enumerate(words) if without_elision(w.group())[:1].isupper()), len(words))
    for k in range(first, len(words) - 2):
        word = without_elision(words[k].group()).strip("'’")   # ("à l'AFP Carolina Mendoza")
        if (len(word) > 1 and word.isupper() or is_outlet(" ".join(w.group() for w in words[first:k + 1]))) and \
                first_name_gender(words[k + 1].group()):
            return named.start() + words[k].end()
    return named.end()


# the outlet's name after an addressee noun: a title in marks ("der Zeitung «El País»"), the shortest run of
# capitalised words that names an outlet of outlets.toml ("dem Sender Deutsche Welle"), or one word ("der
# Nachrichtenagentur dpa", "dem Sender CNN"): no more, since the source may follow ("sagte der Agentur
# Reuters Außenminister X")
_APPOSED_TITLE_RE = re.compile(r"\s*[«\"“„‚‹][^«»\"“”„‚‹›\n]{1,60}[»\"”“‘›]")
_APPOSED_WORD_RE = re.compile(r"\s*([\w&.-]*\w)(?=[\s,.;:]|$)")
_APPOSED_RUN_RE = re.compile(r"\s*[A-ZÄÖÜÁÉÍÓÚ][\w&.-]*(?:\s+[A-ZÄÖÜÁÉÍÓÚ][\w&.-]*){1,3}")


def _past_apposed_outlet(text: str, pos: int, s1: int) -> int:
    """Past the outlet named right after an addressee noun ("der Nachrichtenagentur dpa"), or `pos`."""
    m = _APPOSED_TITLE_RE.match(text, pos, s1)
    if m is not None:
        return m.end()
    run = _APPOSED_RUN_RE.match(text, pos, s1)
    if run is not None:
        ends = [run.start() + w.end() for w in re.finditer(r"\S+", run.group())]
        for end in ends:   # the shortest run of capitalised words that names an outlet ("Deutsche Welle")
            if is_outlet(text[pos:end].strip()):
                return end
    m = _APPOSED_WORD_RE.match(text, pos, s1)   # a capitalised word, or an outlet written in lower case ("dpa")
    return m.end() if m is not None and (is_capitalised(m.group(1)) or is_outlet(m.group(1))) else pos


def _addressee_name_re(lex: Lexicon) -> re.Pattern[str]:
    """A named addressee: a preposition perhaps ("a", "al"), a determiner or media noun perhaps ("la
    agencia", "the"), then capitalised words ("Reuters", "The Associated Press", "El País"). Group 1 is
    the preposition."""
    found = _ADDRESSEE_RES.get(lex.language)
    if found is not None:
        return found

    def alt(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    prep = rf"(?:\s+({alt(lex.addressee_prepositions)}))?" if lex.addressee_prepositions else "()"
    media = rf"(?:(?:\s+|(?<=['’]))(?:{alt(lex.media_nouns)})(?=\s*[A-ZÁÉÍÓÚÑ]))?" if lex.media_nouns else ""
    # an elided preposition or article is written onto the name: "all'Ansa", "à l'AFP"
    # (a linking word may stand between the name's capitalised words: "à Folha de S.Paulo", "al Corriere della
    # Sera")
    links = r"(?:de|del|della|dello|degli|di|da|do|dos|das|des|du)\s+"
    found = re.compile(prep + media + r"(?:\s+|(?<=['’]))[A-ZÁÉÍÓÚÑ][\w.'’&-]*(?:\s+(?:" + links +
                       r")?[A-ZÁÉÍÓÚÑ][\w.'’&-]*)*")
    _ADDRESSEE_RES[lex.language] = found
    return found


_ADDRESSEE_RES: dict[str, re.Pattern[str]] = {}
_ELIDED_RE = re.compile(r"(?:[ldLD]|dell|all|dall|nell|sull|qu)['’]\w")   # l'accord, d'État, dell'Onu


def _coordinated_after(text: str, ph: Phrase, s1: int, lex: Lexicon) -> Phrase:
    """An inverted source and the one coordinated after it ("…, señalaron Noruega y México a través de un
    comunicado"): the name reader stops at a coordinator before a capital (two clauses, often); after an
    inverted cue two named sources joined so are one pair. `ph` itself otherwise."""
    if ph.kind not in ("named", "body"):
        return ph
    m = TOKEN_RE.search(text, ph.end, s1)
    if m is None or m.group().lower() not in lex.coordinators or text[ph.end:m.start()].strip():
        return ph
    nxt = TOKEN_RE.search(text, m.end(), s1)
    if nxt is None or not is_capitalised(nxt.group()) and nxt.group().lower() not in ARTICLES:
        return ph
    other = subject_after(text, m.end(), s1, lex)
    if other.kind not in ("named", "body") or other.start != nxt.start() or not _ends_phrase(text, other.end, s1, lex):
        return ph   # ("…, dijo Maduro y Petro respondió …": a clause of its own after the coordinator)
    return Phrase(text[ph.start:other.end], ph.start, other.end, "named")


_COORDINATED_CLAUSE_RE = re.compile(r",\s+(?:" + "|".join(sorted(ADDITIVE_COORDINATORS | CONTRAST_COORDINATORS)) +
                                    r")\s+")


def _clause_starts(text: str, s0: int, cue_start: int, lex: Lexicon) -> list[int]:
    """Where a subject may open before the cue: the sentence's start, and after the last ", and" / ", but" (in
    each language) that coordinates a clause of its own ("The talks resumed, and Dag Nylander, the envoy, …")."""
    last = max(_COORDINATED_CLAUSE_RE.finditer(text, s0, cue_start), key=lambda m: m.start(), default=None)
    return [s0] if last is None else [s0, last.end()]


def _ends_phrase(text: str, pos: int, s1: int, lex: Lexicon) -> bool:
    """After an inverted source ("…, dijo el canciller"), only the sentence end, punctuation or an
    adverbial may follow; "…, said the agreement will …" is a subject of a new clause instead."""
    m = TOKEN_RE.search(text, _past_addressee(text, pos, s1, lex, after_cue=False), s1)
    # ("…, dijo la presidenta a sus asesores": after an inverted source an addressee preposition opens whom
    # it was said to, whoever that is)
    if m is not None and m.group() == "," and _list_goes_on(text, m.end(), s1, lex):
        return False   # "…, Laura Pérez, said Norway, Mexico and Qatar had …": the first of a list, no source
    if m is not None and (m.group().lower() in ARTICLES or m.group().lower() in lex.noun_determiners):
        nxt = TOKEN_RE.search(text, m.end(), s1)
        if nxt is not None and (nxt.group().lower() in lex.tail_openers or skippable(nxt.group(), lex) or
                                nxt.group().lower() in lex.time_nouns):
            return True   # "…, dijo Noruega el lunes", "… este lunes", "… la semana pasada": a time after its article
    if m is not None and _outlet_addressee(text, m.start(), s1, lex):
        return True   # "…, sagte Weber der „Süddeutschen Zeitung“.": whom it was said to
    if m is not None and lex.affiliation_prepositions and any(
            " ".join(text[m.start():].lower().split()[:n]) in lex.affiliation_prepositions for n in (1, 2)):
        return True   # "…, sagt der Experte Lukas Brunner von der Universität St. Gallen.": where the source works
    return m is None or not m.group()[0].isalnum() or m.group().lower() in lex.tail_openers or \
        m.group().lower() in lex.addressee_prepositions or \
        _closing_particle(text, m, s1, lex) or _name_continues_to_end(text, pos, s1, lex)


def _list_goes_on(text: str, pos: int, s1: int, lex: Lexicon) -> bool:
    """Does a list of single names go on at pos (" Mexico and Qatar", " Mexico, Qatar")? A name in apposition
    after a comma has two words or more ("…, dijo el canciller, Yván Gil."); an item of a list is followed by a
    coordinator or another comma."""
    words = [m.group() for m in islice(TOKEN_RE.finditer(text, pos, s1), 2)]
    return len(words) == 2 and is_capitalised(words[0]) and (words[1] == "," or words[1].lower() in lex.coordinators)


ANONYMITY_REACH = 70   # characters after a source in which its aside asks for anonymity


def _asked_anonymity(text: str, end: int, s1: int, lex: Lexicon) -> bool:
    """Does an aside right after the source say it asked not to be named ("…, speaking on condition of
    anonymity, …", "…, who spoke on condition of anonymity")? Read within its sentence, after a comma or a
    relative opening the aside (not a clause further on about someone else's anonymity)."""
    if not lex.anonymity_markers:
        return False
    aside = text[end:min(s1, end + ANONYMITY_REACH)].lower()
    if aside.lstrip()[:1] != "," and not aside.lstrip().startswith(tuple(lex.relative_pronouns)):
        return False
    return any(m in aside for m in lex.anonymity_markers)


def _closing_particle(text: str, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the word the particle of a separable verb closing the sentence ("…, teilte das Ministerium mit.")?"""
    if m.group().lower() not in lex.separable_particles:
        return False
    nxt = TOKEN_RE.search(text, m.end(), s1)
    return nxt is None or not nxt.group()[0].isalnum()


MAX_NAME_TAIL_TOKENS = 16


def _name_continues_to_end(text: str, pos: int, s1: int, lex: Lexicon) -> bool:
    """Does a long body name run on to the end of the sentence ("…, informa la Plataforma de Coordinación
    para Refugiados y Migrantes (R4V)")? The name reader stops at a lower-case "para"/"y"; the words after
    it are still the name when every lower-case one is a linking word followed by a capitalised word."""
    return _name_tail_end(text, pos, s1, lex) > pos


def _name_tail_end(text: str, pos: int, s1: int, lex: Lexicon, start: int = -1) -> int:
    """Where the rest of a long name that runs to the sentence end (see `_name_continues_to_end`) ends,
    or -1 when what follows pos is no such continuation. With the name's `start`: a place after it ("dijo
    Juan Guaidó en Caracas", "informó la OPEP en Viena") is an adverbial, unless the name is a body's
    whose noun takes one ("la Embajada de Estados Unidos en Caracas")."""
    if _past_addressee(text, pos, s1, lex, after_cue=False) > pos or _outlet_addressee(text, pos, s1, lex):
        return -1   # "sagte Rodríguez der Zeitung «El País»", "… dem „Spiegel“": whom it was said to, no name
    if start >= 0:
        first = TOKEN_RE.search(text, pos, s1)
        if first is not None and first.group().lower() in lex.tail_openers and \
                lex.body_nouns.isdisjoint(w.lower() for w in TOKEN_RE.findall(text, start, pos)):
            return -1
    toks = list(islice(TOKEN_RE.finditer(text, pos, s1), MAX_NAME_TAIL_TOKENS + 1))
    words: list[re.Match[str]] = []
    end = -1
    for t in toks:
        if t.group() in ("(", ")"):
            end = t.end()
            continue
        if not t.group()[0].isalnum() or words and t.group().lower() in lex.tail_openers:
            break   # the sentence's end, or an adverbial after the name ("… étrangères dans un communiqué")
        words.append(t)
        end = t.end()
    else:
        if len(toks) > MAX_NAME_TAIL_TOKENS:
            return -1
    linkers = lex.np_prepositions | lex.coordinators | CONNECTORS
    ws = [w.group() for w in words]
    if ws and ws[-1].lower() in lex.separable_particles:
        return -1   # "…, fügte Blyde hinzu.": the particle closing the verb, no part of the name
    # where modifiers follow the noun, a lower-case word right after a capitalised one is still the name
    # ("des Affaires étrangères", "la Asamblea Nacional")
    last_before = text[max(0, pos - 40):pos].split()[-1:]
    # (not a determiner or time word: "dijo Jorge Rodríguez este lunes")
    trailing = not lex.modifiers_before_noun and bool(ws) and ws[-1].islower() and ws[-1] not in ARTICLES and \
        ws[-1] not in lex.noun_determiners and not skippable(ws[-1], lex) and (
        ws[-2][:1].isupper() if len(ws) > 1 else bool(last_before) and last_before[0][:1].isupper())
    if not ws or not (ws[-1][:1].isupper() or trailing) or not all(
            w[:1].isupper() or w.lower() in linkers and i + 1 < len(ws) and ws[i + 1][:1].isupper()
            or trailing and i == len(ws) - 1 for i, w in enumerate(ws)):
        return -1
    return end


def _as_attribution(text: str, s0: int, s1: int, c: _Cue, lex: Lexicon) -> tuple[Phrase, int, int] | None:
    """"Rates will fall, as the bank said on Monday." / "…, wie die Zentralbank mitteilte." / "…, como
    informó el ministerio.": a closing clause opened by "as"/"wie"/"como" after a comma holds the source
    (before the cue, or after it in inverted order); the report is the clause before that comma."""
    comma = text.rfind(",", max(s0, c.start - 160), c.start)
    if comma < 0:
        return None
    intro = TOKEN_RE.search(text, comma + 1, c.start)
    if intro is None or intro.group().lower() not in lex.tail_introducers:
        return None
    if lex.cue_re.search(text, s0, comma):
        return None  # "X aseguró que A, como exige la oposición": A is X's report, not the closing source's
    ph = subject_before(text, intro.end(), c.start, lex) if _words(text, intro.end(), c.start, 1) else \
        Phrase("", c.start, c.start, "none")
    if ph.kind in SOURCE_KINDS and ph.start >= intro.end():
        if not _is_tail(text, c, s1, lex):
            return None
    else:
        ph = subject_after(text, c.end, s1, lex)
        if ph.kind not in SOURCE_KINDS or not _ends_phrase(text, ph.end, s1, lex) or \
                len(_words(text, c.end, ph.start, 5)) > 4:
            return None
    if len(_words(text, s0, comma, MIN_TAIL_CONTENT)) < MIN_TAIL_CONTENT:
        return None
    return ph, s0, comma


def _before_tail_anaphora(text: str, s0: int, pos: int, lex: Lexicon) -> int:
    """Where the text before a cue at pos ends, past spaces and the words that point back to the report
    ("…, así lo afirmó la ONU", "…: lo sostiene l'Onu")."""
    end = pos
    while True:
        while end > s0 and text[end - 1].isspace():
            end -= 1
        m = re.search(r"(\w+)$", text[max(s0, end - 12):end])
        if m is None or m.group(1).lower() not in lex.tail_anaphora:
            return end
        end -= len(m.group(1))


def _pronoun_inside_cue(c: _Cue, lex: Lexicon) -> Phrase | None:
    """The subject pronoun a French inverted cue carries ("a-t-il déclaré", "a-t-elle ajouté"), else None."""
    inverted = [w for w in re.split(r"[\s\-]+", c.text.lower()) if w in lex.pronouns_person]
    return Phrase(inverted[0], c.start, c.end, "person_pronoun") if inverted else None


def _fronted_channel_issuer(text: str, s0: int, end: int, lex: Lexicon) -> Phrase | None:
    """The issuer a channel opening the sentence names ("En un comunicado difundido por la Cancillería, se
    indicó que …", "En un comunicado de la Cancillería, se informó …"): an impersonal cue reports its words.
    None when the sentence opens with no channel, or the channel names nobody."""
    comma = text.find(",", s0, end)
    first = _words(text, s0, comma, 1) if comma > 0 else []
    if not first or first[0].lower() not in lex.channel_prepositions or \
            not any(w.lower() in lex.channel_nouns for w in _words(text, s0, comma, 4)):
        return None
    inner = s0 + len(text[s0:comma]) - len(text[s0:comma].lstrip()) + len(first[0])
    owner = subject_after(text, inner, comma, lex)
    return owner if owner.kind in ("named", "body") and owner.start > inner + 1 and \
        not any(w.lower() in lex.channel_nouns for w in owner.text.split()) else None


def _channel_gap(gap: list[str], lex: Lexicon) -> bool:
    """Are the words between an inverted cue and its source one channel or place adjunct ("afirmó a través de
    un comunicado la Cancillería", "dijo en su cuenta de la red social X el ministro")?"""
    return len(gap) <= MAX_ADJUNCT_WORDS + 1 and any(
        w.lower() in lex.adjunct_prepositions | lex.channel_prepositions for w in gap[:2])


MIN_TAIL_REPORT_CHARS = 20   # a report before its attribution ("…, said the ministry.") is no shorter


def _tail_attribution(text: str, s0: int, s1: int, c: _Cue, lex: Lexicon) -> tuple[Phrase, int, int] | None:
    """A report whose attribution follows it: "Talks resume, said the ministry." / "…, informó el OVF,
    un ente independiente." / "…, the delegation's chief, Jorge Rodríguez, said on Sunday."
    Returns the source and the reported clause's span, or None when the cue opens its clause."""
    if c.participle:
        return None
    as_clause = _as_attribution(text, s0, s1, c, lex)
    if as_clause is not None:
        return as_clause
    s0 = _main_clause_start(text, s0, c.start, lex)   # "CARACAS, Jan 5 (Reuters) - …, Rodríguez said."
    left_end = _before_tail_anaphora(text, s0, c.start, lex)
    short = left_end - s0 < MIN_TAIL_REPORT_CHARS   # only as the first piece of a report split by its attribution
    if short and (text[left_end - 1:left_end] != "," or not _words(text, s0, left_end, 1) or
                  text[s0:left_end - 1].strip().lower() in lex.sentence_connectors):
        return None
    if text[left_end - 1] in ",—–" or left_end < c.start - 1 and text[left_end - 1] == ":":
        # Inverted order: the source comes right after the cue, perhaps after time words.
        if not _verb_second_inversion(text, c, s1, lex) and any(
                _opens_with_apposed_name(text, a, c.start, lex) or _apposed_opener(text, a, c.start, lex) or
                _opening_body_with_aside(text, a, c.start, lex) or _apposed_description(text, a, c.start, lex) or
                _subject_with_asides(text, a, c.start, lex) for a in _clause_starts(text, s0, c.start, lex)):
            return None  # "Richard Grenell, Trump's envoy, announced …": a subject and its apposition (also
            #              in a clause coordinated to the sentence's first: "…, and Dag Nylander, the envoy, urged …")
        past = _past_addressee(text, c.end, s1, lex)
        ph = _coordinated_after(text, subject_after(text, past, s1, lex), s1, lex)   # "dijo a Reuters X"
        opener = _words(text, c.end, past, 1)
        if opener and opener[0].lower() in lex.addressee_prepositions and (
                ph.kind in ("none", "rejected") or ph.text.split()[0].lower() in OF_WORDS):
            # "…, informou a ONU.": nobody after the "addressee": the Portuguese article "a" opened the source
            # ("…, informou a Embaixada dos Estados Unidos": what follows the "addressee" is its complement)
            own = subject_after(text, c.end, s1, lex)
            ph = own if own.kind in ("named", "body") else ph
        if ph.kind in ("none", "rejected"):
            ph = _pronoun_inside_cue(c, lex) or ph   # "…, a-t-il ajouté.": the pronoun is inside the cue
        gap = [w for w, _s, _e in tokens(text, c.end, ph.start) if w[0].isalnum()]
        if gap and gap[-1].lower() in lex.channel_prepositions and ph.text.lower() in lex.channel_nouns:
            ph = Phrase("", ph.start, ph.start, "none")   # "…, Laura Pérez, wrote on X.": the platform, no source
        opener = _words(text, c.end, s1, 1)
        if ph.kind == "none" and lex.drops_subjects and not short and not text[c.end:s1].strip(" .!?\n") and \
                len(_words(text, s0, left_end, MIN_TAIL_CONTENT)) >= MIN_TAIL_CONTENT:
            # "El diálogo con Colombia continuará, agregó.": the subject dropped, the discourse's (resolved as any
            # dropped subject: the last source, else no statement)
            return Phrase("", c.start, c.start, "none"), s0, left_end - 1
        if opener and opener[0].lower() in lex.report_openers:
            pass  # "…, said both sides focused on …": "both" opens the cue's report, not an inverted subject
        elif (ph.kind in SOURCE_KINDS or ph.kind == "anonymous") and (len(gap) <= 4 or _channel_gap(gap, lex)) and \
                not any(_is_complementizer(w, lex) for w in [*gap, *ph.text.split()[:1]]) and \
                _ends_phrase(text, ph.end, s1, lex):
            tail_end = _name_tail_end(text, ph.end, s1, lex, ph.start) if ph.kind == "named" else -1
            if tail_end > ph.end:
                ph = Phrase(text[ph.start:tail_end], ph.start, tail_end, "named")
            if _reports_after_comma(text, max(ph.end, tail_end), s1, lex) and \
                    not _predicate_after_comma(text, max(ph.end, tail_end), s1, lex):
                return None   # "Auf die Gespräche angesprochen, sagte Blinken, die USA würden …": the report follows
            if short and _rest_opening(text, s1, c, ph, lex) < 0:
                return None   # "La situación, dijo el ministro, es grave.": a short piece only before the rest
            return ph, s0, left_end - 1
    if not _is_tail(text, c, s1, lex):
        return None
    contrast = max(CONTRAST_CLAUSE_RE.finditer(text, s0, c.start), key=lambda m: m.start(), default=None)
    if contrast is not None:
        # "…, KING-TV reported, while in Chicago the parade began …, the Sun-Times reported": the tail reports the
        # contrast's clause only (and '"…", mentre fonti europee … invitano alla prudenza' nothing before it)
        s0 = contrast.end()
    ph, start = subject_chain(text, s0, c.start, lex)
    if ph.kind not in SOURCE_KINDS and ph.kind != "anonymous" or start <= s0:
        return None
    opening = _opening_subject(text, s0, start, lex)
    if len(_words(text, s0, start, MIN_TAIL_CONTENT)) < MIN_TAIL_CONTENT or opening is not None and \
            opening.kind in SOURCE_KINDS and text[opening.end:start].lstrip()[:1] == "," and \
            len(opening.text.split()) <= MAX_APPOSED_SUBJECT_WORDS and \
            len(_words(text, opening.end, start, MAX_APPOSED_SUBJECT_WORDS + 1)) <= MAX_APPOSED_SUBJECT_WORDS and \
            not any(w.lower() in lex.finite_auxiliaries for w in opening.text.split()):
        return None  # "Ine Eriksen, ministra de Exteriores, elogió a …": the first phrase is the subject
    return ph, s0, start


MAX_FRONTED_CHARS = 120   # a phrase fronted before a sentence's subject ("In a letter released Monday, …")


def _past_dateline(text: str, a: int, b: int) -> int:
    """Where a report opening a paragraph begins past a wire dateline ("CARACAS, Dec 5 (Reuters) - ",
    "Caracas (EFE).- ", "(Reuters) -", "VOA.— "), or `a`."""
    m = DATELINE_RE.match(text, a, b)
    return m.end() if m and m.end() < b else a


def _main_clause_start(text: str, s0: int, s1: int, lex: Lexicon) -> int:
    """Where the main clause of a sentence begins, past a dateline ("New York (AFP) –", "WASHINGTON —"): a
    participle cue's subject is read from there. (Skipping a fronted adverbial too, "Walking to …, X said",
    moved 115 PolNeAR statements for +2 matched and no right speaker more: left out.)"""
    m = DATELINE_RE.match(text, s0, s1)
    return m.end() if m else s0


def _clause_openings(text: str, start: int, limit: int) -> list[int]:
    """Where the main clause's subject may begin: the sentence's start, and after each comma of a phrase
    fronted before it (within MAX_FRONTED_CHARS, before `limit`)."""
    return [start] + [start + m.end() for m in re.finditer(",", text[start:min(limit, start + MAX_FRONTED_CHARS)])]


def _sentence_subject(text: str, s0: int, s1: int, limit: int, lex: Lexicon) -> Phrase | None:
    """The named subject of the sentence's main clause, for a cue that has none of its own ("…, arguing",
    "… and has accused"): the first name that opens the sentence or follows one of the commas of a fronted
    phrase ("In a letter released Monday, Sanders rips …"), and is followed by its verb, not by another
    comma: in "Speaking in Salem, New Hampshire, Trump went after Bush, calling him …" the place closes the
    fronted phrase. A capitalised first word the article also writes in lower case ("Hours later, Trump …")
    is no name."""
    start = _main_clause_start(text, s0, s1, lex)
    for at in _clause_openings(text, start, limit):
        lead = _lead_name(text, at, min(s1, limit), lex)
        if lead is None:
            continue
        if lead.start == start and " " not in lead.text and re.search(
                rf"(?<![\w.]){re.escape(lead.text.lower())}(?!\w)", text) is not None:
            continue   # "Hours later, Trump …": a common word capitalised only to open the sentence
        return lead
    return None


def _main_verb_subject(text: str, s0: int, s1: int, limit: int, lex: Lexicon) -> Phrase | None:
    """The named subject before the sentence's first finite-looking verb ("The Holt campaign issued a statement
    saying …", "Minutes later, the Holt campaign released a note saying …"): for a participle cue when no
    bare name opens the sentence (the first capitalised words were read instead: "The Holt", "Minutes").
    Only where modifiers stand before the noun, the languages in which `verb_like` can tell a verb from
    the noun a name modifies. A body ("The commission is expected …, but said") is left to the resolver:
    taken here it stayed a bare description (develop: 2 statements changed, none for the better)."""
    if not lex.modifiers_before_noun:
        return None
    start = _main_clause_start(text, s0, s1, lex)
    points = _clause_openings(text, start, limit)
    if _past_fronted_phrase(text, start, limit, lex) != start:
        points = points[1:]   # "After the inspector released a report, Brandt issued …": not the clause's subject
    for at in points:
        comma = text.find(",", at, limit)
        for m in TOKEN_RE.finditer(text, at, comma if comma >= 0 else limit):
            word = m.group()
            if not word[:1].isalpha() or not word[:1].islower() or not verb_like(word, lex) or \
                    word.lower() in lex.finite_auxiliaries and m.start() == at:
                continue
            subject = subject_before(text, at, m.start(), lex)
            if subject.kind in ("named", "anonymous") and subject.start >= at:
                return subject   # (an anonymous subject leaves the participle no source: no statement)
            break
    return None


def _first_named(text: str, s0: int, s1: int, limit: int, lex: Lexicon) -> Phrase | None:
    """The named phrase that opens the sentence, or else the one after its first comma: the reading of a
    sentence's subject when no name is followed by its verb."""
    # (past a fronted place or time opened by a preposition: "En Bogotá, el presidente Gustavo Petro … afirmó")
    start = _past_fronted_phrase(text, _main_clause_start(text, s0, s1, lex), limit, lex)
    lead = subject_after(text, start, s1, lex)
    comma = text.find(",", start, min(limit, start + MAX_FRONTED_CHARS))
    if lead.kind != "named" and comma > 0:
        lead = subject_after(text, comma + 1, s1, lex)
    if lead.kind != "named" or lead.start >= limit:
        return None
    cut = lead.text.rfind(", ")
    if cut >= 0:
        # "According to their advisers, Mrs. Clinton …", "By the end of the day, Mr. Trump …": the phrase
        # before the comma is fronted, the name after it the subject
        at = lead.start + cut + 2
        rest = Phrase(text[at:lead.end], at, lead.end, classify(text[at:lead.end].split(), lex))
        return rest if rest.kind == "named" else None
    return lead


def _capitalised_run(toks: list[tuple[str, int, int]]) -> int:
    """How many tokens the capitalised run opening `toks` holds: capitalised words, the punctuation that
    continues a name ("O’Neill", "Jean-Luc"; not a comma) and name links after its first word ("de", "van")."""
    k = 0
    while k < len(toks) and (is_capitalised(toks[k][0]) or toks[k][0] in CONTINUE_PUNCT and toks[k][0] != "," or
                             k and toks[k][0].lower() in NAME_LINKS):
        k += 1
    return k


LEAD_NAME_CHARS = 200   # a name run and the word after it fit in this (tokenizing a whole window per reading cost)


def _lead_name(text: str, at: int, b: int, lex: Lexicon) -> Phrase | None:
    """The name that opens text[at:b] and is followed by a lower-case word, its verb ("Trump went after …",
    "Mrs. Clinton tried …"); None when the capitalised words end at a comma ("Iowa, on Sunday") or name no
    one. (Read as a subject before its verb: the reader of inverted sources takes "Trump went" for a noun
    modified by a name.)"""
    toks = tokens(text, at, min(b, at + LEAD_NAME_CHARS))
    k = _capitalised_run(toks)
    if 0 < k < len(toks) - 1 and toks[k][0] == "," and (_opens_aside(toks[k + 1][0], lex) or
                                                        _connector_aside(text, toks[k][2], b, lex)):
        # "Mr. Manafort, citing …, said": the name, then an aside before its verb
        lead = subject_before(text, toks[0][1], toks[k][1], lex)
        return lead if lead.kind == "named" else None
    if k == 0 or k >= len(toks) or not toks[k][0][:1].islower() or not toks[k][0][:1].isalpha() or \
            toks[k - 1][0] in CONTINUE_PUNCT or toks[k - 1][0].endswith(("'s", "’s")) or \
            not verb_like(toks[k][0], lex):
        return None   # ("Hillary Clinton's right-hand woman": a possessive modifies what follows)
    lead = subject_before(text, toks[0][1], toks[k][1], lex)
    return lead if lead.kind == "named" else None


def _connector_aside(text: str, pos: int, b: int, lex: Lexicon) -> bool:
    """Does a sentence connector set off by commas start at `pos` ("Maduro, dal canto suo, è andato …",
    "Rubio, for his part, flew …")? Then the name before it is the subject, as before a relative aside."""
    comma = text.find(",", pos, min(b, pos + 40))
    return comma > 0 and " ".join(text[pos:comma].lower().split()) in lex.sentence_connectors


def _opens_aside(word: str, lex: Lexicon) -> bool:
    """Does this word after a name and a comma open an aside rather than a list ("Manafort, citing …",
    "Maduro, quien habló …")? A lower-case gerund or relative pronoun."""
    return word[:1].islower() and (word.lower() in lex.relative_pronouns or word.lower() in lex.complementizers or
                                   is_gerund(word, lex))   # ("María Corina Machado, que vive …, publicou")


def _channel_then_relative(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Does the span open with a channel noun and a relative on it ("un communiqué dans lequel il …", "una nota
    en la que …")? Then the verb before it published the channel, and the relative's cue reports."""
    if not lex.channel_relatives:
        return False
    words = [w.lower() for w in _words(text, a, b, 10)]
    k = next((i for i, w in enumerate(words[:3]) if w in lex.channel_nouns), None)
    if k is None:
        return False
    for skip in range(3):   # "una rueda de prensa en la que …": the channel's own complement first
        rest = " ".join(words[k + 1 + skip:])
        if any(rest.startswith(rel + " ") or rest == rel for rel in lex.channel_relatives):
            return True
    return False


def _channel_relative_source(text: str, s0: int, s1: int, start: int, lex: Lexicon) -> Phrase | None:
    """"X emitió un comunicado en el que señaló que …", "X issued a statement in which it said …", "O
    Itamaraty divulgou uma nota na qual afirmou …": a cue in a relative clause on a channel noun reports for the
    subject of the sentence, which the relative hides from the subject reader (it read "que", "it" or the
    whole "X divulgou uma nota na qual"). That subject, or None when the cue opens no such relative."""
    if not lex.channel_relatives or not lex.channel_nouns:
        return None
    near = text[max(s0, start - 40):start].lower()
    if not any(rel in near for rel in lex.channel_relatives):
        return None   # most cues: no relative right before them (this runs for every cue of every article)
    toks = list(TOKEN_RE.finditer(text, max(s0, start - 80), start))
    words = [m.group().lower() for m in toks]
    if words and words[-1] in lex.pronouns:
        words, toks = words[:-1], toks[:-1]   # "in which it said", "dans lequel il a affirmé"
    for rel in lex.channel_relatives:
        n = len(rel.split())
        if words[-n:] != rel.split():
            continue
        # the channel noun the relative is on: the nearest, or one with its complement between ("en un mensaje en
        # la red social X, en el que …": the message, not the platform)
        nouns = [k for k in range(max(0, len(words) - n - CHANNEL_COMPLEMENT_WORDS), len(words) - n)
                 if words[k] in lex.channel_nouns]
        near = [k for k in nouns if k >= len(words) - n - 3]
        for k in [*near[-1:], *(k for k in nouns if k not in near[-1:])]:
            lead = _channel_subject(text, s0, s1, toks[k].start(), lex)
            if lead is not None:
                return lead
        return None
    return None


CHANNEL_COMPLEMENT_WORDS = 8   # "un mensaje en la red social X, en el que": the noun and its complement


def _channel_subject(text: str, s0: int, s1: int, noun_start: int, lex: Lexicon) -> Phrase | None:
    """The subject of the sentence whose verb published the channel noun at `noun_start`, or None."""
    begin = _main_clause_start(text, s0, s1, lex)
    lead = subject_after(text, begin, noun_start, lex)
    comma = text.find(",", begin, min(noun_start, begin + MAX_FRONTED_CHARS))
    if lead.kind not in ("named", "body", "person_description") and comma > 0:
        lead = subject_after(text, comma + 1, noun_start, lex)   # "Este martes, la Cancillería emitió …"
    if lead.kind not in ("named", "body", "person_description") or lead.end > noun_start:
        return None
    if lead.kind != "named":
        # a description read up to the channel noun takes the main verb along ("The minister gave an"):
        # it ends with its last word that describes a source
        keep = list(TOKEN_RE.finditer(text, lead.start, lead.end))
        heads = lex.person_descriptions | lex.body_nouns
        last = max((k for k, m in enumerate(keep) if k == 0 or m.group()[:1].isupper() or
                    m.group().lower() in heads), default=0)
        end = keep[last].end() if keep else lead.end
        if not any(m.group().lower() in heads or m.group()[:1].isupper() for m in keep[1:last + 1]):
            return None
        lead = Phrase(text[lead.start:end], lead.start, end, lead.kind)
    glue = lex.descriptive_words | lex.noun_determiners | CONNECTORS
    if any(w[:1].islower() and w.lower() not in glue for w in lead.text.split()[1:13]):
        return None   # "The ad includes a clip of a Trump": a clause read as a subject
    after = lead.end
    aside = _ASIDE_AFTER_SUBJECT_RE.match(text, after, noun_start)
    if aside is not None and aside.group(1).lower() in lex.relative_pronouns | lex.complementizers:
        after = aside.end()   # "María Corina Machado, who remains in hiding, has posted a video in which …"
    gap = _words(text, after, noun_start, MAX_CHANNEL_VERB_WORDS + 1)
    # the main verb, its adverbs and the channel noun's determiner stand between ("emitió este martes un");
    # none, or many, and the channel noun is no object of the subject's verb ("a clip of a Trump interview
    # in which he …": "he" is Trump)
    return lead if 1 <= len(gap) <= MAX_CHANNEL_VERB_WORDS else None


MAX_CHANNEL_VERB_WORDS = 5   # "emitió este martes un (breve) comunicado en el que …"
_ASIDE_AFTER_SUBJECT_RE = re.compile(rf"\s*,\s*(\w+)[^,]{{0,{MAX_ASIDE_CHARS}}},")   # ", who remains in hiding,"


def _points_back(text: str, s0: int, s1: int, prev: tuple[int, int], quotes: QuoteIndex,
                 lex: Lexicon, carried: bool = False) -> _Found | None:
    """A sentence opened by words pointing back and a cue ("Así lo informó el Presidente de RD, Danilo
    Medina, …") reports the sentence before it; the source follows the cue. Only when that sentence gave no
    statement and this one quotes nothing of its own, or (`carried`) when that sentence's quotation was handed to
    the last speaker for want of a source and this one quotes only after its own ("«Serve un impegno». Così la
    leader …, che ha chiesto di «…»"). Italian also attributes with the anaphora alone ("Così il ministro.")."""
    toks = list(islice(TOKEN_RE.finditer(text, s0, s1), 4))
    k = 0
    while k < len(toks) and toks[k].group().lower() in lex.tail_anaphora:
        k += 1
    if k == 0 or k >= len(toks):
        return None
    at = toks[k].start() + (3 if toks[k].group().lower().startswith(("qu'", "qu’")) else 0)   # ("ce qu'a déclaré")
    cue = lex.cue_re.match(text, at)
    if cue is not None:
        cue_text, source_at = cue.group(), cue.end()
    elif k == 1 and toks[0].group().lower() in lex.verbless_tail_anaphora:
        cue_text, source_at = toks[0].group(), toks[0].end()   # "«…». Così il ministro Tajani, …": no verb
    else:
        return None
    phrase = subject_after(text, source_at, s1, lex)
    if phrase.text and not _ends_phrase(text, phrase.end, s1, lex):
        return None   # "Lo que dijo el canciller no convenció a nadie": a free relative opens a clause of its own
    inner = quotes.opening_in(s0, s1)
    if inner and (not carried or phrase.kind not in SOURCE_KINDS or inner[0].open < phrase.end):
        return None   # the sentence quotes something of its own (after its source, only for a carried quotation)
    a, b = _trim(text, _main_clause_start(text, prev[0], prev[1], lex), prev[1])   # past a dateline
    if phrase.kind not in ("named", "body", "person_description") or \
            len(_words(text, a, b, MIN_TAIL_CONTENT)) < MIN_TAIL_CONTENT:
        return None
    whole = quotes.opening_in(a, a + 1)
    if whole and whole[0].open == a and whole[0].close >= b:
        # «L'Italia è pronta …». Lo ha detto Tajani: the sentence before is a quotation, a direct statement
        return _Found(phrase, whole[0].start, whole[0].end, "direct", cue_text, 0.5)
    return _Found(phrase, a, b, "indirect", cue_text, 0.5)


def _past_fronted_phrase(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Past a fronted clause or phrase that opens with a subordinator or preposition and ends at a comma
    ("When Wallace died in 1998, President Clinton released …", "In Port Lena, the mayor …"): where the
    main clause's subject is read. `start` when the opener is no such word or no comma follows soon."""
    first = TOKEN_RE.search(text, start, end)
    if first is None or first.group().lower() not in lex.subject_stops:
        return start
    comma = text.find(",", first.end(), min(end, start + MAX_FRONTED_CHARS))
    return comma + 1 if comma >= 0 else start


def _sentence_after_cue_comma(text: str, cue_end: int, q_open: int, qa: int, qb: int, lex: Lexicon) -> bool:
    """Does a quotation that opens as a sentence follow its cue and a comma, perhaps after a short adjunct
    ("He said, “We will sign.”", "Smolansky said in a message, “I have …”")? The guide labels it direct, as
    after a colon; a fragment that goes on the reporter's sentence ('…, “as long as they meet …”') opens
    in lower case."""
    gap = _words(text, cue_end, q_open, MAX_CUE_COMMA_GAP + 1)
    if len(gap) > MAX_CUE_COMMA_GAP or any(_is_complementizer(w, lex) for w in gap):
        return False
    first = re.search(r"\w", text[qa:qb])
    return first is not None and first.group().isupper() and \
        len(_words(text, qa, qb, MIN_GENERIC_QUOTE_WORDS)) >= MIN_GENERIC_QUOTE_WORDS


def _attributed_then_contrast(text: str, a: int, b: int, cues: _CueList, lex: Lexicon) -> bool:
    """Between a partial quotation's end and the next quotation, only its own (used) attribution and then a
    comma and a contrast or coordinator ('…," Blyde said, but "…"', '…», dijo Blyde, pero «…»')?"""
    between = [c for c in cues if a <= c.start < b]
    tail = re.search(r",\s*(\w+)\s*$", text[a:b])
    return bool(between) and all(c.used for c in between) and tail is not None and \
        tail.group(1).lower() in CONTRASTS | lex.coordinators


def _coordinated_pair(text: str, s0: int, s1: int, lex: Lexicon) -> str | None:
    """The two bodies a sentence names together as its subject ("El Gobierno de Venezuela y la Plataforma
    Unitaria firmaron …", "The government and the opposition signed …"), as written, or None: a named or
    body phrase opening the main clause, a coordinator, another, then a lower-case word (the verb)."""
    if not lex.pair_nouns:
        return None
    start = _main_clause_start(text, s0, s1, lex)
    toks = list(islice(TOKEN_RE.finditer(text, start, s1), MAX_PAIR_HEAD_WORDS))
    k = next((i for i, t in enumerate(toks) if t.group().lower() in lex.coordinators), None)
    if not k:
        return None
    # "Brasil, Colômbia e México …": a list of names before the coordinator, each one name between commas
    chunks: list[list[str]] = [[]]
    for t in toks[:k]:
        if t.group() == ",":
            chunks.append([])
        else:
            chunks[-1].append(t.group())
    if len(chunks) > 1 and not all(1 <= len(c) <= 3 and all(is_capitalised(w) for w in c) for c in chunks):
        return None
    if any(classify(c, lex) not in ("named", "body") for c in chunks):
        return None
    second = subject_after(text, toks[k].end(), s1, lex)
    if second.kind == "body" and lex.modifiers_before_noun:
        # "the fishermen's federation signed a deal": the body's phrase ends with its body noun
        head = next((m for m in TOKEN_RE.finditer(text, second.start, second.end)
                     if m.group().lower() in lex.body_nouns), None)
        if head is not None:
            second = Phrase(text[second.start:head.end()], second.start, head.end(), "body")
    after = TOKEN_RE.search(text, second.end, s1)
    if after is not None and after.group() == ",":
        # "Brasil, Colômbia e México, cujos presidentes mantêm canais abertos …, tentam": a relative aside
        relative = TOKEN_RE.search(text, after.end(), s1)
        after = relative if relative is not None and \
            relative.group().lower() in lex.aside_relatives | lex.relative_pronouns else after
    if second.kind not in ("named", "body") or after is None or not after.group()[:1].islower():
        return None
    return text[toks[0].start():second.end]


MAX_PAIR_HEAD_WORDS = 8   # words of the first body before "y"/"and" ("El Gobierno de la República Bolivariana")
MAX_PAIR_HEAD_CHARS = 80   # where such a coordinator can stand: sentences without one there skip the reading


OPENING_PERSON_TOKENS = 8   # where a sentence's subject stands: "O chanceler brasileiro Mauro Vieira falou …"
OPENING_PERSON_CHARS = 90
TWO_CAPITALS_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[\s\"“”«»(),.]+[A-ZÀ-ÖØ-Þ]")   # (Juan "Chico" Manriquez)
MAX_OPENING_NAME_WORDS = 3  # longer capitalised runs are headlines ("Hillary Clinton's Claim That Donald Trump …")


def _opening_person(text: str, s0: int, s1: int, lex: Lexicon) -> str | None:
    """The person a sentence opens with, when its subject is a person's full name (a known first name and a
    surname: "The envoy Tomas Berg arrived …", "O chanceler brasileiro Mauro Vieira falou …"), after nothing but
    determiners and titles: the subject a later "he" points to, though the directory does not know them.
    "Maduro met Tomas Berg" opens with Maduro, "Though he did not mention Tomas Berg" with a pronoun: None."""
    if TWO_CAPITALS_RE.search(text, s0, min(s1, s0 + OPENING_PERSON_CHARS)) is None:
        return None   # (most sentences: no two capitalised words in a row near their start)
    toks = [m for m in islice(TOKEN_RE.finditer(text, s0, s1), OPENING_PERSON_TOKENS) if m.group()[:1].isalnum()]
    described = False   # the token before was a title: a modifier may follow it ("enviado noruego")
    i = 0
    while i < len(toks):
        word = toks[i].group()
        low = word.lower()
        if not is_capitalised(word):
            if low in lex.person_descriptions or low in ARTICLES or low in lex.noun_determiners:
                described = low in lex.person_descriptions
            elif not (described and not lex.modifiers_before_noun):
                return None
            else:
                described = False
            i += 1
            continue
        j = i + 1
        while j < len(toks) and is_capitalised(toks[j].group()):
            j += 1
        run = [t.group() for t in toks[i:j]]
        if 2 <= len(run) <= MAX_OPENING_NAME_WORDS and first_name_gender(word) and \
                all(lex.is_name_word(w) and w not in CONNECTORS and not w.endswith(("'s", "’s")) for w in run):
            return text[toks[i].start():toks[j - 1].end()]
        if not (i == 0 and (low in lex.closed_words or low in ARTICLES) or
                j < len(toks) and toks[j].group().lower() in lex.person_descriptions):
            return None   # a name that is no person's, or an opener that is no determiner
        described = False
        i += 1 if i == 0 and j - i >= 2 else j - i
    return None


MAX_TOPIC_SENTENCE_WORDS = 16   # a sentence that only introduces who speaks next ("Più cauto X, analista …")
MAX_FRONTED_PERSON_CHARS = 80   # an opening phrase before a subject's name ("Back at the bakery, ")


def _person_after_opening_phrase(text: str, s0: int, s1: int, lex: Lexicon) -> str | None:
    """The person whose full name (a known first name and a surname) follows the sentence's opening phrase and
    its comma, and is followed by another comma or a lower-case word: "Back at the bakery, Luis Ferrer, 58,
    stirred …", "The opposition's chief negotiator, Julio Borges, was more cautious.", "En Caracas, Ana Ruiz
    se mostró …". After a fronted phrase the name is the subject; after a description, in apposition to it:
    either way the one a later "he" points to. Two names joined ("…, Ana Ruiz and Pedro Gil met") are none.
    A fronted phrase may come before the description ("Desde Georgetown, el presidente de Guyana, Irfaan Ali,
    buscó …"): the title says a person is named, whatever their first name."""
    comma = text.find(",", s0, min(s1, s0 + MAX_FRONTED_PERSON_CHARS))
    if comma < 0:
        return None
    found = _name_after_comma(text, comma, s1, lex)
    if found is None:
        second = text.find(",", comma + 1, min(s1, comma + 1 + MAX_FRONTED_PERSON_CHARS))
        words = [w.lower() for w in _words(text, comma + 1, second, MAX_TITLED_WORDS + 1)] if second > 0 else []
        if words and len(words) <= MAX_TITLED_WORDS and (words[0] in ARTICLES or words[0] in lex.possessives) and \
                any(w in lex.person_descriptions for w in words):
            found = _name_after_comma(text, second, s1, lex, titled=True)
    return found.text if found is not None else None


MAX_TITLED_WORDS = 8   # "el presidente de Guyana", "the head of the UN refugee agency"


def _name_after_comma(text: str, comma: int, s1: int, lex: Lexicon, titled: bool = False,
                      then_comma: bool = False) -> Phrase | None:
    """The name of two or three capitalised words right after `comma` ("…, Ana Ruiz Gomes, …"), followed by
    a comma or a lower-case word (only a comma with `then_comma`: an apposition set off on both sides); its
    first word a known first name unless a title before it says a person is named (`titled`). None else."""
    toks = list(islice(TOKEN_RE.finditer(text, comma + 1, s1), MAX_OPENING_NAME_WORDS + 1))
    words = [m.group() for m in toks]
    j = 0
    while j < len(words) and words[j][:1].isalpha() and is_capitalised(words[j]):
        j += 1
    if not 2 <= j <= MAX_OPENING_NAME_WORDS or j == len(words) or not (titled or first_name_gender(words[0])) or \
            not all(lex.is_name_word(w) and w not in CONNECTORS and not w.endswith(("'s", "’s")) for w in words[:j]):
        return None
    after = words[j]
    if after != "," and (then_comma or not (after[:1].islower() and after not in lex.coordinators and
                                             after not in NAME_LINKS)):
        return None
    return Phrase(text[toks[0].start():toks[j - 1].end()], toks[0].start(), toks[j - 1].end(), "named")


MAX_INSERTED_WORDS = 8   # "—afirmó el jefe de la delegación opositora—": longer, it is no attribution
INSERTED_ATTRIBUTION_RE = re.compile(r"\s*[—–]\s*([^—–\n]{2,80}?)\s*[—–]\s*")


MAX_CONNECTOR_WORDS = 3


def _past_connector(text: str, pos: int, s1: int, lex: Lexicon) -> int:
    """Past a sentence connector right after an inverted cue ("«…», juge pour sa part un diplomate", "«…»,
    opinó por su parte Blyde", "…, said for his part …"), where the source follows it; else `pos`."""
    toks = list(islice(TOKEN_RE.finditer(text, pos, s1), MAX_CONNECTOR_WORDS + 1))
    for n in range(min(MAX_CONNECTOR_WORDS, len(toks)), 0, -1):
        if " ".join(t.group().lower() for t in toks[:n]) in lex.sentence_connectors:
            after = toks[n].start() if n < len(toks) else toks[n - 1].end()
            return after + len(text[after:s1]) - len(text[after:s1].lstrip(" ,"))
    return pos


def _unlisted_title(phrase: Phrase, lex: Lexicon) -> bool:
    """Is a phrase no known kind of source only for want of its noun in the cue file: a definite article and one
    lower-case noun ("o petista", "el chavista")?"""
    words = phrase.text.split()
    return phrase.kind == "rejected" and len(words) == 2 and words[0].lower() in ARTICLES and \
        words[0].lower() not in lex.indefinites and words[1].isalpha() and words[1].islower() and \
        words[1] not in lex.closed_words and not lex.is_cue_word(words[1])


# The text X (Twitter) embeds leave in a scraped page: the post, its links, then "— Name (@handle) Date".
EMBEDDED_POST_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>[^\n]*?\S)\s*(?:(?:pic\.twitter\.com|https?://t\.co)/\S+\s*)*[—–-]\s*"
    r"(?P<name>[^\n(@—–]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [a-z]+ \d{4})?[ \t]*$")


class _Post(NamedTuple):
    """A paragraph read whole as one direct statement (a post embedded from X, an interview's answer): its text
    (the quote), its author's name, its paragraph, as offsets, and the reading (WHOLE_READINGS) that found it."""

    start: int
    end: int
    author_start: int
    author_end: int
    paragraph_start: int
    paragraph_end: int
    reading: str = "embedded post"


def _embedded_posts(text: str) -> list[_Post]:
    """Posts embedded from X in the article. The author's name loses a trailing initial the handle's owner
    added ("Jorge Arreaza M")."""
    if "(@" not in text:
        return []
    out = []
    for m in EMBEDDED_POST_RE.finditer(text):
        a, b = m.span("body")
        url = POST_LINK_RE.search(text, a, b)   # a link inside the post ends its text ("…:https://t.co/…")
        qa, qb = _trim(text, a, url.start() if url is not None else b)
        na, nb = m.span("name")
        name = text[na:nb].split()
        if len(name) > 1 and len(name[-1]) == 1:
            nb = na + len(" ".join(name[:-1]))
        if qb - qa >= MIN_POST_CHARS:
            out.append(_Post(qa, qb, na, nb, m.start(), m.end()))
    return out


MIN_INTERVIEW_ANSWERS = 2   # one "A:" paragraph is no interview
MIN_UNMARKED_ANSWERS = 4    # news asks rhetorical questions one to three at a time (PolNeAR: never 4 in a row)
EMBEDDED_POST_CONFIDENCE = 0.8
INTERVIEW_ANSWER_CONFIDENCE = 0.7
# The layouts an interview is written in, by name; an answer is the paragraph right after a question.
INTERVIEW_LAYOUTS = {
    "markers": "the cue file's `interview_markers` open the question and the answer (\"Q: …¶A: …\")",
    "speaker label": "the answer opens with the interviewee's name and a colon or a dash (\"Halvorsen: …\", "
                     "\"Dalva Menezes – …\"), said at least MIN_INTERVIEW_ANSWERS times",
    "dialogue dashes": "question and answer each open with a dash (\"—¿Qué aprendió?¶—Que la firma …\")",
    "alternation": "a paragraph ending with a question mark (or, after an answer, a one-sentence remark: "
                   "MAX_REMARK_WORDS), then one that does not, MIN_UNMARKED_ANSWERS times in a row",
}
INTERVIEW = "interview answer: "   # the reading's name is this and the layout's
# The readings of a paragraph as one statement, by name (Statement.reading, shown by `vzmon analyze --explain`)
WHOLE_READINGS = {
    "embedded post": "a post embedded from X, given to the author its signature names ('— Name (@handle) Date')",
    **{INTERVIEW + name: "the person interviewed answers; " + rule for name, rule in INTERVIEW_LAYOUTS.items()},
}
INTERVIEW_DASHES = "—–"
QUESTION_END_RE = re.compile(r"\?[\"”»’']?[ \t]*\n")
# "Halvorsen: ", "Dalva Menezes – ", "FALLIN: ": up to four capitalised words, then a colon or a spaced dash
SPEAKER_LABEL_RE = re.compile(r"(?P<label>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3})(?::| [–—]) +")


class _Turn(NamedTuple):
    """One answer of an interview: its text, the label it opens with (when it names the interviewee), its
    paragraph, and the layout that made it one."""

    start: int
    end: int
    label: tuple[int, int] | None
    paragraph_start: int
    paragraph_end: int
    layout: str
    question_start: int


def _interview_answers(text: str, lex: Lexicon, title: str = "") -> list[_Post]:
    """The answers of an interview (INTERVIEW_LAYOUTS), each a direct statement of the person interviewed
    (`_interviewee`). Empty unless the layout is plain (MIN_INTERVIEW_ANSWERS marked answers, or
    MIN_UNMARKED_ANSWERS in turn) and the person is found."""
    turns = _marked_answers(text, lex)
    if len(turns) < MIN_INTERVIEW_ANSWERS:
        turns = _asked_answers(text, lex) if QUESTION_END_RE.search(text) else []
    if not turns:
        return []
    person = _interviewee(text, lex, title, turns)
    if person is None:
        return []
    return [_Post(t.start, t.end, person[0], person[1], t.paragraph_start, t.paragraph_end, INTERVIEW + t.layout)
            for t in turns]


def _interviewee(text: str, lex: Lexicon, title: str, turns: list[_Turn]) -> tuple[int, int] | None:
    """Where the person interviewed is named before the first question: the full name whose last word the
    answers' label is ("Halvorsen: …" after "… as Marit Halvorsen."; the label itself when none is); else the
    one the headline names ("Entretien avec le politiste Bastien Carrel"); else the one the paragraph before
    the first question is about (`ArticleNames.main_person_between`)."""
    from tasks.analysis.names import ArticleNames  # here: tasks.analysis imports the rule pass

    first_question = turns[0].question_start
    names = ArticleNames(text, lex)
    before = [(a, b, full) for a, b, full in names.people if b <= first_question]
    label = next((t.label for t in turns if t.label is not None), None)
    if label is not None:
        last = fold(text[label[0]:label[1]].split()[-1])
        named = [(a, b) for a, b, full in before if fold(full.split()[-1]) == last]
        return named[-1] if named else label
    # the headline's own words, not what it quotes (the interviewee's words: "«La mediazione di Lula …»")
    unquoted = "".join(title[a:b] for a, b in _unquoted_spans(title, lex.language)) if title else ""
    headline = set(TOKEN_RE.findall(fold(unquoted)))
    # ("Tomás Urdaneta: «…»" names "Tomás Urdaneta Leal"; "«En Santo Domingo …»: Luisa Elena Betancourt" names
    # her by more words than the city)
    titled = [(len(headline.intersection(fold(full).split())), first_name_gender(full) is not None, -a, a, b)
              for a, b, full in before if headline.intersection(fold(full).split()[1:])]
    if titled:
        best = max(titled)
        return best[3], best[4]
    end = len(text[:first_question].rstrip())
    intro = text.rfind("\n", 0, end) + 1   # the paragraph before the first question
    question_end = text.find("\n", first_question)
    return names.main_person_between(intro, first_question, question_end if question_end >= 0 else len(text))


def _unquoted_spans(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of `text` outside its quotations."""
    spans, at = [], 0
    for q in find_quotes(text, language):
        spans.append((at, q.open))
        at = q.close
    return [*spans, (at, len(text))]


def _marked_answers(text: str, lex: Lexicon) -> list[_Turn]:
    """The answers of the "markers" layout ("Q: …¶A: …")."""
    if not any("\n" + answer in text for _question, answer in lex.interview_markers):
        return []   # (an answer follows its question's paragraph: most articles hold no such line, read at C speed)
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text)]
    found: list[_Turn] = []
    for (qa, _qb), (aa, ab) in zip(paragraphs, paragraphs[1:], strict=False):
        for question, answer in lex.interview_markers:
            if text.startswith(question, qa) and text.startswith(answer, aa):
                start, end = _trim_answer(text, aa + len(answer), ab)
                if end > start:
                    found.append(_Turn(start, end, None, aa, ab, "markers", qa))
                break
    return found


def _asked_answers(text: str, lex: Lexicon) -> list[_Turn]:
    """The answers of the other layouts: each paragraph right after one that ends with a question mark, opened
    by the interviewee's name ("speaker label"), by a dash after a question opened by one ("dialogue dashes"),
    or by neither ("alternation"); none unless one layout is plain enough (`_interview_answers`)."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text) if text[m.start():m.end()].strip()]
    turns: list[_Turn] = []
    labels: Counter[str] = Counter()   # the answers under each name label, by the label folded
    run = best_run = remarks = 0
    last_answer = -2
    for i, ((qa, qb), (aa, ab)) in enumerate(zip(paragraphs, paragraphs[1:], strict=False)):
        question, answer = text[qa:qb].strip(), text[aa:ab].strip()
        if not (_is_question(question) or last_answer == i - 1 and _interviewer_remark(question, answer)) or \
                _is_question(answer):
            continue
        a = aa + len(text[aa:ab]) - len(text[aa:ab].lstrip())
        label = SPEAKER_LABEL_RE.match(text, a)
        if answer[0] in INTERVIEW_DASHES and question[0] in INTERVIEW_DASHES:
            turn = _Turn(*_trim_answer(text, a + 1, ab), None, aa, ab, "dialogue dashes", qa)
        elif label is not None and _names_a_speaker(label.group("label"), lex):
            labels[fold(label.group("label"))] += 1
            turn = _Turn(*_trim_answer(text, label.end(), ab), label.span("label"), aa, ab, "speaker label", qa)
        elif answer[0] not in OPENING_MARKS:
            turn = _Turn(*_trim_answer(text, a, ab), None, aa, ab, "alternation", qa)
        else:
            continue
        remarks += not _is_question(question)
        run = run + 1 if last_answer == i - 1 else 1   # (question, answer, question, answer …: in turn)
        best_run, last_answer = max(best_run, run), i + 1
        turns.append(turn)
    dashed = sum(t.layout == "dialogue dashes" for t in turns)
    label, count = labels.most_common(1)[0] if labels else ("", 0)
    if count >= MIN_INTERVIEW_ANSWERS:
        # one name answers: its answers, and the unlabelled ones of the same interview (a label dropped)
        return [t for t in turns if t.label is None or fold(text[t.label[0]:t.label[1]]) == label]
    if dashed >= MIN_INTERVIEW_ANSWERS:
        return [t for t in turns if t.layout == "dialogue dashes"]
    if best_run >= MIN_UNMARKED_ANSWERS and len(turns) - remarks >= MIN_UNMARKED_ANSWERS - 1:
        # (the interviewer's remarks count in the run, not as its questions: a question, then headings
        # answered by paragraphs, is an article's list of points)
        return [t for t in turns if t.layout == "alternation"]
    return []


MAX_REMARK_WORDS = 20   # "Caracas però non riconosce la giurisdizione della Corte.": an interviewer's remark


def _interviewer_remark(paragraph: str, answer: str) -> bool:
    """Is a paragraph that follows an answer, without a question mark, the interviewer's next turn: one short
    sentence, answered by a longer paragraph ("Caracas però non riconosce la giurisdizione della Corte.¶È
    così, ma …")? Interviews put objections as statements as well as questions."""
    words = paragraph.split()
    return len(words) <= MAX_REMARK_WORDS and len(answer.split()) > len(words) and \
        not re.search(r"[.!;:]\s", paragraph.rstrip(CLOSING_MARKS + " .!"))


def _is_question(paragraph: str) -> bool:
    return paragraph.rstrip(CLOSING_MARKS + " \t").endswith("?")


def _names_a_speaker(label: str, lex: Lexicon) -> bool:
    """Can an answer's label be a person's name: no cue word, no marker ("Q"), not a time ("4:20")?"""
    words = label.split()
    markers = {m.rstrip(" :.") for pair in lex.interview_markers for m in pair}
    return len(label) > 1 and label not in markers and all(w[:1].isupper() for w in words) and \
        not any(lex.is_cue_word(w.lower()) for w in words)


def _trim_answer(text: str, a: int, b: int) -> tuple[int, int]:
    """The answer whole, its full stop too, without the spaces around it."""
    body = text[a:b]
    return a + len(body) - len(body.lstrip()), a + len(body.rstrip())


MIN_POST_CHARS = 20
POST_LINK_RE = re.compile(r"(?:pic\.twitter\.com|https?://)\S*")


def _inserted_attribution(text: str, qa: int, qb: int, lex: Lexicon) -> tuple[Phrase, str, tuple[int, int]] | None:
    """An attribution set between dashes inside a quotation, as Spanish and Portuguese write it ("«El diálogo
    —dijo Blyde— es la única salida»", "“The talks — he said — will go on”"): its source, its cue and the span to
    leave out of the quote; None when the dashes hold anything else (an aside of the speaker's own). With no
    source in the dashes ("—dijo—") the subject is the one dropped, resolved as any other."""
    m = INSERTED_ATTRIBUTION_RE.search(text, qa, qb)
    if m is None or not text[qa:m.start()].strip() or not text[m.end():qb].strip():
        return _comma_inserted_attribution(text, qa, qb, lex)
    a, b = m.span(1)
    if len(text[a:b].split()) > MAX_INSERTED_WORDS:
        return None
    c = lex.cue_re.match(text, a)
    if c is not None and text[c.end():c.end() + 1] == ",":
        return None   # "– say, Rubio, Cruz and Trump –": an example, not an attribution
    if c is not None and c.end() <= b:
        phrase = subject_after(text, c.end(), b, lex)
        if phrase.kind in ("none", "rejected"):
            phrase = Phrase("", c.start(), c.start(), "none")   # "—dijo—", "—dijo en rueda de prensa—"
    else:
        c = next((x for x in lex.cue_re.finditer(text, a, b) if x.end() == b), None)
        if c is None:
            return None
        phrase = subject_before(text, a, c.start(), lex)
        if phrase.kind not in SOURCE_KINDS or phrase.start != a:
            return None
    return phrase, c.group(), m.span()


def _comma_inserted_attribution(text: str, qa: int, qb: int,
                                lex: Lexicon) -> tuple[Phrase, str, tuple[int, int]] | None:
    """An attribution set between commas inside a quotation, as French writes it ("« Les discussions, a déclaré
    Jean Roux, vont reprendre. »", "« Le dialogue, a-t-il ajouté, est la seule voie. »"), or closed by a full
    stop, a time or place after its source ("« On nous demandait de signer, a expliqué l'ancien président lors
    d'une conférence de presse. Nous ne … »"): the cue opens the piece, and the source after it ends there (or
    before an adjunct, or the cue carries its pronoun). None for any other comma inside a quotation."""
    for m in COMMA_INSERTED_RE.finditer(text, qa, qb):
        a, b = m.span(1)
        stop = m.group(2) == "."
        if not text[qa:m.start()].strip() or not text[m.end():qb].strip() or \
                len(text[a:b].split()) > (MAX_INSERTED_WORDS_BEFORE_STOP if stop else MAX_INSERTED_WORDS):
            continue
        c = lex.cue_re.match(text, a)
        if c is None or lex.is_according(c.group()):
            continue
        cue = _Cue(c.group(), c.start(), c.end(), False, False)
        phrase = subject_after(text, c.end(), b, lex)
        rest = _words(text, phrase.end, b, 1)
        adjunct = stop and bool(rest) and (rest[0].lower() in lex.adjunct_prepositions or
                                            rest[0].lower() in lex.channel_prepositions)
        if phrase.kind not in SOURCE_KINDS or text[phrase.end:b].strip() and not adjunct:
            phrase = _pronoun_inside_cue(cue, lex) if c.end() == b else None
        if phrase is not None:
            return phrase, c.group(), m.span()
    return None


MAX_INSERTED_WORDS_BEFORE_STOP = 16   # "…, a expliqué l'ancien président de l'Assemblée lors d'une conférence. …"
# (the piece closes at a comma, or at a full stop after a lower-case word that a capital follows: not "M. Roux")
COMMA_INSERTED_RE = re.compile(r"\s*,\s*([^,\n]{2,120}?)\s*(,|(?<=[a-zà-ÿ]{2})\.(?=\s+[A-ZÀ-Ý]))\s*")


def _perfect_auxiliary_first(text: str, a: int, b: int, lex: Lexicon) -> int | None:
    """Where the perfect auxiliary opening text[a:b] ends (", hat Petro … geschrieben": a perfect inverted after a
    quotation), or None when the words there open otherwise."""
    if not lex.perfect_auxiliaries:
        return None
    first = TOKEN_RE.search(text, a, b)
    if first is not None and first.group() == ",":
        first = TOKEN_RE.search(text, first.end(), b)
    return first.end() if first is not None and first.group().lower() in lex.perfect_auxiliaries else None


def _bare_cue_subject(text: str, s0: int, s1: int, lex: Lexicon) -> Phrase | None:
    """The subject of a sentence that ends with its cue and reports nothing ("Oppositionsführer Julio Borges,
    der die Delegation leitet, widersprach."), where a reported mood can carry the report on in the next
    sentence (German Konjunktiv I); None elsewhere, or when the sentence does not end so."""
    if not lex.reported_mood_forms or not text[s0:s1].rstrip().endswith("."):
        return None
    words = list(TOKEN_RE.finditer(text, s0, s1))
    words = [w for w in words if w.group()[0].isalnum()]
    if len(words) < 2 or not lex.is_cue_word(words[-1].group()):
        return None
    last = words[-1]
    # ("Die Regierung hat Gespräche angeboten.": the perfect's subject stands before its auxiliary)
    perfect = _perfect_subject(text, s0, _Cue(last.group(), last.start(), last.end(), False, False), lex)
    phrase = perfect[0] if perfect is not None else subject_before(text, s0, last.start(), lex)
    return phrase if phrase.kind in ("named", "person_description", "body") else None


def _colon_subject(text: str, s0: int, s1: int, lex: Lexicon) -> Phrase | None:
    """The named subject of a sentence that ends with a colon ("Cruz continued:", "Continued Stone:"), or its
    pronoun ("He went on:", resolved as any other), whose quotation follows; None for any other sentence."""
    if not text[s0:s1].rstrip().endswith(":") or any(ch in text[s0:s1] for ch in OPENING_MARKS[:5]):
        return None
    start = _past_fronted_phrase(text, _main_clause_start(text, s0, s1, lex), s1, lex)
    lead = subject_after(text, start, s1, lex)
    first = TOKEN_RE.search(text, start, s1)
    if first is not None and first.group().lower() in lex.pronouns_person:
        lead = Phrase(first.group(), first.start(), first.end(), "person_pronoun")
    elif lead.kind != "named":   # "Continued Stone:": the verb first
        lead = subject_after(text, first.end(), s1, lex) if first is not None else lead
    words = _words(text, start, s1, 40)
    after = TOKEN_RE.search(text, lead.end, s1)
    rest = _words(text, after.end(), s1, 9) if after is not None else []
    # "Blyde fue enfático:", "Blyde was emphatic:": a copula and an adjective; "Gerardo Blyde, en
    # declaraciones a EFE:": a prepositional aside after a full name
    verdict = after is not None and after.group().lower() in lex.copulas and 1 <= len(rest) <= 2 and \
        all(w.islower() and w not in lex.closed_words and w not in lex.subject_stops for w in rest)
    aside = after is not None and after.group() == "," and lead.kind == "named" and " " in lead.text and \
        2 <= len(rest) <= 8 and rest[0] in lex.channel_prepositions | lex.np_prepositions and \
        "," not in text[after.end():s1]
    if after is not None and after.group() == "," and lead.kind == "named" and " " in lead.text and rest and \
            (role_word(rest[0], lex) or rest[0].lower() in ARTICLES):
        # "Le père Alfonso Berríos, curé d'une paroisse de Petare, ne cache pas son scepticisme :": past the
        # name's apposition, its verb
        close = text.rfind(",", after.end(), s1)   # (past every aside: "…, curé d'une paroisse de Petare, à l'est")
        after = TOKEN_RE.search(text, close + 1, s1) if close > 0 else after
    # a subject with its verb ("Cruz continued:"), not a label ("Transcript as follows:", "Wait, it gets
    # better:") or a headline in capitals
    if lead.kind not in ("named", "person_pronoun") or lead.text.isupper() or len(words) <= len(lead.text.split()) or \
            len(words) > 30 or after is None or not (verdict or aside) and (
                not after.group()[:1].islower() or after.group().lower() in lex.subject_stops and
                after.group().lower() not in lex.negations):   # ("ne cache pas": a negated verb)
        return None
    return lead


def _opening_subject(text: str, s0: int, end: int, lex: Lexicon) -> Phrase | None:
    """The subject read back from `end` when it opens text[s0:end] ("Name, apposition,"), else None."""
    first = TOKEN_RE.search(text, s0, end)
    ph = subject_before(text, s0, end, lex)
    if first is None or ph.start <= first.start():
        return ph
    # "Montana Sen. Jon Tester, …": a title the name reader leaves out still opens the subject
    lead = text[first.start():ph.start]
    titled = ph.text and all(w[:1].isupper() for w in lead.split()) and TITLE_STOP_RE.search(lead + " X")
    return ph if titled else None


MAX_APPOSITION_CHARS = 220   # "Tom Fitton, the president of Judicial Watch, a group that has sued …, said"


def _apposed_opener(text: str, s0: int, end: int, lex: Lexicon) -> Phrase | None:
    """The person's name that opens a sentence and is followed by a comma, when the cue at `end` follows a
    comma too: "Tom Fitton, the president of Judicial Watch, a conservative group that …, said", "Sandy
    Phillips, who lost her daughter in Aurora, Colorado, in 2012, said", "Sen. Ana Ruiz, R-Fla., appearing on
    Fox News, said". Wire copy puts any number of appositions, relatives and asides between a subject and its
    cue; the subject readers, reading back from the cue, stop at the nearest name inside them ('Colorado').
    A name of two capitalised words or more, no list ("Tom Berg, Ana Ruiz and …") after it."""
    start = _main_clause_start(text, s0, end, lex)
    start = _past_fronted_phrase(text, start, end, lex)   # "Despite such warnings, Brian Nichols, …, said"
    if end - start > MAX_APPOSITION_CHARS:
        return None
    toks = tokens(text, start, end)
    k = _capitalised_run(toks)
    name_end = k
    if k and k < len(toks) and toks[k][0] == "(":   # "Rep. Ana Ruiz (D-Md.), chair of …, said"
        k = next((j + 1 for j in range(k + 1, min(len(toks), k + 8)) if toks[j][0] == ")"), k)
    # "Mr. Daniloff, now 81 and retired in …, said": a title and a surname name a person as fully as two names
    titled = bool(toks) and TITLE_STOP_RE.search(text, start, toks[0][1] + 1) is not None
    if k >= len(toks) or toks[k][0] != "," or sum(is_capitalised(t[0]) for t in toks[:name_end]) < 2 - titled:
        return None
    rest = toks[k + 1:]
    if any(t[0].lower() in lex.coordinators and i + 1 < len(rest) and is_capitalised(rest[i + 1][0])
           for i, t in enumerate(rest)) or any(t[0] in (";", ":") for t in rest):
        return None
    phrase = subject_before(text, toks[0][1], toks[name_end - 1][2], lex)
    if office_title(phrase.text, lex):
        return None   # "The Norwegian Foreign Minister, Espen Barth Eide, said": a title, the name in apposition
    return phrase if phrase.kind == "named" and (" " in phrase.text or titled) else None


APPOSED_HEAD_KINDS = frozenset({"person_description", "body", "named", "statement_description"})


def _fronted_document(text: str, start: int, end: int, lex: Lexicon) -> Phrase | None:
    """In verb-second order, a document named in the fronted phrase before an impersonal cue ("In der Erklärung
    hieß es, …", "In dem Bericht heißt es, …"): the document speaks, resolved to its issuer as "the statement"
    is. None when the fronted phrase names no document."""
    for m in TOKEN_RE.finditer(text, start, end):
        if m.group().lower() in lex.statement_descriptions:
            return Phrase(m.group(), m.start(), m.end(), "statement_description")
    return None


def _subject_after_fronted_auxiliary(text: str, start: int, end: int, lex: Lexicon) -> Phrase | None:
    """In verb-second order, the subject after a fronted adverb and the finite auxiliary ("Zuvor hatte Paula
    Weber, …, gesagt"): the phrase read back from `end` when only such words stand before it."""
    if not lex.verb_second:
        return None
    ph = subject_before(text, start, end, lex)
    lead = [w.lower() for w in _words(text, start, ph.start, 4)]
    fronted = lex.not_names | lex.fronted_openers | lex.between_subject_and_cue
    return ph if ph.text and lead and lead[-1] in lex.perfect_auxiliaries and all(w in fronted for w in lead) else None


def _apposed_description(text: str, s0: int, end: int, lex: Lexicon) -> Phrase | None:
    """The description opening a sentence when one apposition stands between it and the cue at `end`: "The
    senator, a member of the foreign relations committee, said …", "La senadora, miembro de la comisión de
    exteriores, dijo …". Read back from the cue, the subject readers stop inside the apposition ("the foreign
    relations committee"); `_apposed_opener` takes only a name of two words or more."""
    start = _main_clause_start(text, s0, end, lex)
    first = text.find(",", start, end)
    if first < 0 or end - start > MAX_APPOSITION_CHARS:
        return None
    head = _opening_subject(text, start, first, lex)
    if head is None or text[start:head.start].strip():
        head = _subject_after_fronted_auxiliary(text, start, first, lex)   # "Zuvor hatte Paula Weber, …,"
    if head is None or head.kind not in APPOSED_HEAD_KINDS or text[head.end:first].strip():
        return None
    aside = text[first + 1:end].strip()
    toks = [m.group() for m in TOKEN_RE.finditer(aside)]
    # the apposition opens with a lower-case word; in German, with a noun that is no first name ("Mitglied des …")
    opens = aside[:1].islower() or lex.capitalised_nouns and len(toks) > 2 and not first_name_gender(toks[0])
    if not aside.endswith(",") or aside.count(",") != 1 or not opens or _opens_clause(aside, lex) or \
            any(t in (";", ":") or lex.is_cue_word(t.lower()) for t in toks) or \
            any(t.lower() in lex.coordinators and i + 1 < len(toks) and is_capitalised(toks[i + 1])
                for i, t in enumerate(toks)):
        return None   # a list ("the senator, Ana Ruiz and …") or a report inside the aside is no apposition
    if any(first_name_gender(t) and i + 1 < len(toks) and is_capitalised(toks[i + 1]) for i, t in enumerate(toks)):
        return None   # "Il capo della missione, il presidente Lucas Prado, ha …": the name in it is the source
    if head.kind == "statement_description" and any(t.lower() in lex.agent_prepositions for t in toks):
        return None   # "The statement, issued by the ministry, said": its issuer speaks (_document_issuer)
    named = name_given_in_aside(text, tokens(text, first + 1, end), lex)
    if named is not None:
        return named   # "The opposition coalition, known as the Unitary Platform, said": the name it is given
    words = list(TOKEN_RE.finditer(text, head.start, head.end))
    aux = [k for k, w in enumerate(words[:-1]) if w.group().lower() in lex.perfect_auxiliaries]
    if head.kind == "named" and aux:
        # "Kürzlich hatte Paula Weber, …, gesagt": an adverb the cue file does not list was read into the name
        # with the auxiliary of verb-second order; the name is the words after the auxiliary
        first_word = words[aux[-1] + 1]
        return Phrase(text[first_word.start():head.end], first_word.start(), head.end, "named")
    return head


def _named_before_asides(text: str, s0: int, end: int, lex: Lexicon) -> Phrase | None:
    """The full name that ends a sentence's opening phrase, when only participle phrases, relatives and ages
    stand between commas from it to the cue at `end`: "A professora de filosofia Corina Yoris, de 80 anos,
    escolhida pela Plataforma para substituir María Corina Machado, inabilitada pela Justiça, disse …" (read
    back from the cue, the subject readers stop at the name inside the participle's phrase). Only where
    participles make asides (`participle_asides`); None otherwise."""
    if not lex.participle_asides:
        return None
    start = _main_clause_start(text, s0, end, lex)
    segments = text[start:end].split(",")
    if not 3 <= len(segments) <= MAX_SUBJECT_ASIDES + 2 or segments[-1].strip() or \
            end - start > MAX_APPOSITION_CHARS:
        return None
    toks = tokens(text, start, start + len(segments[0]))
    if not toks or any(lex.is_cue_word(t[0]) for t in toks):
        return None
    n = 0
    while n < len(toks) and is_capitalised(toks[-1 - n][0]) and lex.is_name_word(toks[-1 - n][0]):
        n += 1
    if n < 2 or n == len(toks) or not first_name_gender(toks[-n][0]):
        return None   # (a name of two words or more, a first name first, after the opening's other words)
    for segment in segments[1:-1]:
        words = segment.split()
        if not words or any(lex.is_cue_word(w.lower()) for w in words):
            return None
        age = len(words) <= 4 and any(w.isdigit() for w in words)   # "de 80 anos", "29 ans"
        if not (age or _participle_or_relative_aside(words, lex)):
            return None
    return Phrase(text[toks[-n][1]:toks[-1][2]], toks[-n][1], toks[-1][2], "named")


MAX_SUBJECT_ASIDES = 3   # "El presidente de la Asamblea, Juan Guaidó, reconocido como …, ha defendido …"


def _subject_with_asides(text: str, s0: int, end: int, lex: Lexicon) -> bool:
    """Is text[s0:end] a subject followed only by asides between commas, the last closing before the cue at
    `end`: a person's name in apposition, a participle's phrase or a relative clause ("El presidente de la
    Asamblea Nacional, Juan Guaidó, reconocido como presidente encargado por cincuenta países, ha defendido …")?
    Such words hold no clause to report, so the cue is not an inverted attribution of them."""
    start = _past_fronted_phrase(text, _main_clause_start(text, s0, end, lex), end, lex)   # ("En Caracas, …")
    segments = text[start:end].split(",")
    if not 3 <= len(segments) <= MAX_SUBJECT_ASIDES + 2 or segments[-1].strip():
        return False
    head = _opening_subject(text, start, start + len(segments[0]), lex)
    opening = segments[0].split()
    described = len(opening) >= 2 and opening[0].lower() in ARTICLES and \
        _title_or_body(opening[1].lower(), lex)   # "La jefa de misión de la OIM (…) en Panamá"
    if not described and (head is None or head.kind not in APPOSED_HEAD_KINDS or
                          text[head.end:start + len(segments[0])].strip()):
        return False
    for segment in segments[1:-1]:
        words = segment.split()
        if not words:
            return False
        person = 2 <= len(words) <= MAX_OPENING_NAME_WORDS and \
            all(is_capitalised(w) and lex.is_name_word(w) for w in words)
        if not (person or _participle_or_relative_aside(words, lex)) or any(lex.is_cue_word(w.lower()) for w in words):
            return False
    return True


def _participle_or_relative_aside(words: list[str], lex: Lexicon) -> bool:
    """Do these words, set off between commas, open as a participle's phrase or a relative clause ("reconocido
    como …", "escolhida pela Plataforma …", "que llegó …")? Such an aside holds no clause the cue reports."""
    first = words[0].lower()
    participle = words[0][:1].islower() and first.endswith(lex.past_participle_suffixes or ("\0",)) and \
        not lex.is_cue_word(first)
    return participle or first in lex.relative_pronouns or first in lex.aside_relatives


def _title_or_body(word: str, lex: Lexicon) -> bool:
    """Is this lower-case word a person's title or a body's noun ("jefa", "ministerio")?"""
    return word in lex.person_descriptions or word in lex.body_nouns


def _opens_with_apposed_name(text: str, s0: int, end: int, lex: Lexicon) -> bool:
    """Is text[s0:end] a name and its apposition ("Richard Grenell, Trump's envoy for special missions,"),
    the subject of the cue at `end`, rather than a clause reported before an inverted attribution?"""
    ph = _opening_subject(text, s0, end, lex)
    if ph is not None and ph.kind == "named" and text[ph.end:end].lstrip()[:1] == "," and all_name_words(ph.text):
        return True
    # "The spokesman, Freddy Ñáñez, said …", "Maduro's spokesman, Freddy Ñáñez, said …": the name after a description
    first = text.find(",", s0, end)
    second = text.find(",", first + 1, end) if first > 0 else -1
    if first < 0 or second < 0 or text[second + 1:end].strip():
        return False
    head = _opening_subject(text, s0, first, lex)
    name = text[first + 1:second].strip()
    opening = text[s0:first].split()
    # a long title the subject readers do not take whole ("Le haut représentant de l'Union européenne pour les
    # affaires étrangères, Josep Borrell, a appelé …") still opens with its article and holds a person's title
    titled = head is None and bool(opening) and opening[0].lower() in ARTICLES and \
        not any(lex.is_cue_word(w.lower()) for w in opening)
    return (titled or head is not None and head.kind in ("person_description", "rejected", "named")) and \
        bool(name) and all_name_words(name) and len(name.split()) >= 2 and any(
            w.lower() in lex.person_descriptions for w in opening)


def _fronted_as_clause(text: str, s0: int, s1: int, c: _Cue, lex: Lexicon) -> tuple[Phrase, int, int] | None:
    """"As Rodríguez said on television, the delegation will …", "Como explicó el canciller en la televisión,
    …", "Wie Rodríguez im Fernsehen sagte, wird …": a sentence opened by a tail introducer whose cue stands
    in that opening clause reports the main clause after its comma; the source is the opening clause's
    subject, the first phrase after the introducer (or after the cue, in inverted order)."""
    opener = TOKEN_RE.search(text, s0, c.start)
    if opener is None or opener.group().lower() not in lex.tail_introducers or text[s0:opener.start()].strip():
        return None
    if "," in text[opener.end():c.start]:
        return None
    comma = text.find(",", c.end, s1)
    if comma < 0:
        return None
    between = text[opener.end():c.start].strip()
    if between and between.lower() not in ELIDED_ARTICLES:   # ("Comme l'a dit X": the object clitic points back)
        phrase = subject_after(text, opener.end(), c.start, lex)
    else:
        # "Como dijo Rodríguez, …", "Comme l'a rapporté Reuters, …", "Come riferito dalla Reuters, …" (the agent)
        first = TOKEN_RE.search(text, c.end, comma)
        start = first.end() if first is not None and first.group().lower() in lex.agent_prepositions else c.end
        phrase = subject_after(text, start, comma, lex)
    if phrase.kind not in SOURCE_KINDS:
        return None
    a, b = _trim(text, comma + 1, s1)
    if len(_words(text, a, b, MIN_INDIRECT_WORDS)) < MIN_INDIRECT_WORDS:
        return None
    return phrase, a, b


def _verb_final(text: str, s1: int, c: _Cue, perfect: tuple[Phrase, int], lex: Lexicon
                ) -> tuple[Phrase, int, int] | None:
    """German perfect tenses put the participle cue last: "Die Ministerin hatte den Plan kritisiert." The
    subject stands before the auxiliary and the cue's object between the auxiliary and the cue, unless a
    reported clause follows the participle's comma ("Maduro hat am Montag gesagt, er werde …", "Maduro soll
    seinen Vertrauten gesagt haben, er werde …"): then that clause is the report, and the words between
    auxiliary and cue are only when and to whom. `perfect`: the subject and where what follows it begins
    (`_perfect_subject`)."""
    phrase, start = perfect
    # nothing between the subject (or auxiliary) and the cue: no object there, the clause after the comma is the
    # report whatever its mood ("Rodríguez hat erklärt, die Gespräche gingen weiter")
    nothing_between = not text[start:c.start].strip()
    after = _reported_after_participle(text, c.end, s1, lex,
                                       nothing_between or _adjunct_only(text, start, c.start, lex))
    if after is not None:
        return phrase, after, s1
    if len(_words(text, start, c.start, MIN_INDIRECT_WORDS)) < MIN_INDIRECT_WORDS:
        return None
    return phrase, start, c.start


def _perfect_subject(text: str, s0: int, c: _Cue, lex: Lexicon) -> tuple[Phrase, int] | None:
    """The subject of a participle cue after a perfect auxiliary in its clause ("Die Ministerin hatte … kritisiert"),
    and where what stands between them begins; None without such an auxiliary or a source there. In verb-second
    order a fronted phrase before the auxiliary puts the subject right after it ("Bei seinem Besuch hatte Petro
    die Einigung begrüßt"); a relative aside may stand between the subject and the auxiliary ("Jorge Rodríguez,
    der die Gespräche führt, hat … angekündigt"). Read for reports and quotations alike."""
    if not lex.perfect_auxiliaries:
        return None
    clause = _comma_clause_start(text, s0, c.start)
    aux = [m for m in TOKEN_RE.finditer(text, clause, c.start) if m.group().lower() in lex.perfect_auxiliaries]
    if not aux or _finite_past(c.text.split()[-1].lower()):
        return None   # ("Die Regierung hat … abgebrochen und Maduro erklärte: …": the cue opens a clause of its own)
    if any(lex.is_according(m.group()) for m in lex.cue_re.finditer(text, clause, aux[-1].start())):
        return None   # ("Dem Bericht zufolge hatte Washington … angeboten": the according phrase reports the clause)
    phrase = subject_before(text, clause, aux[-1].start(), lex)
    start = aux[-1].end()   # where the cue's object (or the time and addressee) begins
    if _fronted_before_verb(text, max(clause, _main_clause_start(text, s0, aux[-1].start(), lex)),
                            aux[-1].start(), phrase, lex):
        phrase = subject_after(text, start, c.start, lex)
        start = phrase.end
    elif phrase.kind == "none" and clause > s0 and not text[clause:aux[-1].start()].strip():
        phrase = _subject_before_relative_aside(text, s0, aux[-1].start(), lex) or phrase
    return (phrase, start) if phrase.kind in SOURCE_KINDS else None


def _finite_past(word: str) -> bool:
    """Is this German cue form a finite past ("erklärte", "sagten"), never the participle an auxiliary closes?
    Weak pasts end in "-te(n)"; participles that end so hold a "ge" (`_ge_participle`: "gebeten", "angeboten")
    or double the t of a strong stem ("bestritten")."""
    return word.endswith(("te", "ten")) and not (_ge_participle(word) or word.endswith("tten"))


def _fronted_before_verb(text: str, s0: int, verb: int, phrase: Phrase, lex: Lexicon) -> bool:
    """In verb-second order, does text[s0:verb] hold a fronted phrase rather than the subject (which then
    follows the verb)? An opener of `fronted_openers` or `fronted_prepositions` ("Für dieses Jahr rechnet der
    Fonds …", "Während einer Pressekonferenz sagte …"; not a focus particle on the subject: "Auch die EU
    begrüßte …") or a time ("Zwei Tage später erklärte Trump …"). `phrase`: the subject read before the verb."""
    if not lex.fronted_openers and not lex.fronted_prepositions:
        return _fronted_time(phrase, lex)
    opener = _words(text, s0, verb, 1)
    first = opener[0].lower() if opener else ""
    return (first in lex.fronted_openers or first in lex.fronted_prepositions) and \
        not _particle_on_subject(text, s0, verb, phrase, lex) or _fronted_time(phrase, lex)


def _inverted_subject(text: str, s0: int, c: _Cue, end: int, phrase: Phrase, lex: Lexicon) -> Phrase:
    """The cue's subject in verb-second order: `phrase` (read before the cue) unless a fronted phrase stands
    there (`_fronted_before_verb`: "Für dieses Jahr rechnet der Fonds mit …", "Im Staatsfernsehen erklärte er,
    die Opposition habe »…«"), when the subject follows the cue (read up to `end`, a quotation's opening mark or
    the sentence's end), or a fronted auxiliary's subject or a fronted document speaks; else no source."""
    if not _fronted_before_verb(text, s0, c.start, phrase, lex):
        return phrase
    gapped = lex.gapped_fragment_re is not None and lex.gapped_fragment_re.fullmatch(c.text) is not None
    # (in a gapped cue the subject stands inside it, right after the verb: "…, sprach er von einem „…“")
    inverted = subject_after(text, c.start + len(c.text.split()[0]), c.end, lex) if gapped else \
        subject_after(text, c.end, end, lex)
    return inverted if inverted.kind in SOURCE_KINDS else \
        _subject_after_fronted_auxiliary(text, s0, c.start, lex) or \
        _fronted_document(text, s0, c.start, lex) or \
        Phrase("", c.start, c.start, "rejected")   # (or "Danach hatte Paul Weber gesagt, …")


def _particle_on_subject(text: str, s0: int, cue_start: int, phrase: Phrase, lex: Lexicon) -> bool:
    """In verb-second order, does a focus particle opening the sentence belong to the subject after it ("Auch
    die EU begrüßte …", "Selbst Maduro räumte ein …") rather than stand alone before the verb ("Auch begrüßte
    die EU …")? Then the subject read before the cue stands: the verb comes second, after "particle + subject"."""
    if not lex.focus_particles or phrase.kind not in SOURCE_KINDS:
        return False
    first = next(TOKEN_RE.finditer(text, s0, cue_start), None)
    return first is not None and first.group().lower() in lex.focus_particles and first.end() <= phrase.start


def _fronted_time(phrase: Phrase, lex: Lexicon) -> bool:
    """In verb-second order, is the phrase read before the cue a time rather than its subject ("Zwei Tage
    später erklärte Trump, …", "Wenige Stunden nach dem Treffen sagte …")? A time noun or a closing adverb of
    time (a fronted opener: "später", "danach") makes it one; the subject then follows the cue."""
    if not lex.verb_second or not phrase.text:
        return False
    words = [w.lower() for w in phrase.text.split()]
    return bool(words) and (any(w in lex.time_nouns for w in words) or words[-1] in lex.fronted_openers)


def _adjunct_only(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Do the words between a German auxiliary and its participle cue only say when, where or to whom ("hat
    am Freitag in Brüssel erklärt", "hatte der Zeitung gesagt")? They open with a fronted opener (a preposition
    or adverb of time and place) or an addressee, so they are no object the cue could report."""
    rest = text[a:b].strip()
    first = rest.split(maxsplit=1)[:1]
    return bool(first) and (first[0].lower() in lex.fronted_openers or
                            any(rest.startswith(x) for x in lex.addressees))


def _reported_after_participle(text: str, pos: int, s1: int, lex: Lexicon, adjunct_only: bool = False
                               ) -> int | None:
    """Where a reported clause starts after a German participle cue ("gesagt[ haben], er werde …", "erklärt,
    dass …"): past a comma (and "dass"), when the clause is in the reported mood or opened by "dass", or
    when only an adjunct stands between the auxiliary and the cue (`adjunct_only`: "hat am Freitag erklärt,
    Maduro fehle …", where no object is there to be the report)."""
    m = re.match(r"(?:\s+\w+)?\s*,\s*", text[pos:s1])   # "gesagt haben, …": an infinitive auxiliary first
    if m is None or (m.group().strip(" ,") and m.group().strip(" ,").lower() not in lex.perfect_auxiliaries):
        return None
    start = pos + m.end()
    first = TOKEN_RE.search(text, start, s1)
    if first is not None and first.group().lower() in lex.complementizers:
        return first.end()
    words = [w.lower() for w in _words(text, start, s1, 8)]
    return start if adjunct_only or any(w in lex.reported_mood_forms for w in words) else None


def _opening_document(text: str, s0: int, c: _Cue, lex: Lexicon, need_clause: bool = True) -> Phrase | None:
    """"El acuerdo firmado tras …, que …, establece que …": a sentence opened by a document ("the
    agreement", "el comunicado") whose modifiers run over commas before a cue with a that-clause has
    that document as its subject; the nouns inside the modifiers are no sources."""
    head = list(islice(TOKEN_RE.finditer(text, s0, c.start), 2))
    if len(head) < 2 or head[0].group().lower() not in lex.possessives or \
            head[1].group().lower() not in lex.statement_descriptions or "," not in text[head[1].end():c.start]:
        return None
    nxt = _words(text, c.end, c.end + 40, 1)
    if need_clause and (not nxt or nxt[0].lower() not in lex.complementizers) or \
            lex.cue_re.search(text, head[1].end(), c.start):
        return None
    issued = [w.lower() for w in _words(text, head[1].end(), c.start, 2)]
    if len(issued) == 2 and issued[0] in lex.issuing_verbs and issued[1] in lex.agent_prepositions | lex.passive_agents:
        return None   # "El comunicado, difundido por la Cancillería, señaló que …": its issuer is the source
    return Phrase(text[head[0].start():head[1].end()], head[0].start(), head[1].end(), "statement_description")


# a live blog entry's time stamp before its first sentence: "16:30 |", "16h30 –", "4:30 p.m. -"
LIVE_TIME_RE = re.compile(r"\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*[|–—-]?\s*", re.IGNORECASE)


def _opens_sentence(text: str, s0: int, pos: int, lex: Lexicon) -> bool:
    """Does only punctuation or a sentence connector stand before pos ("Mais d'après X, …", "But according
    to X, …")? A connector links to the previous sentence; the report still follows the source. So does a
    live blog's time stamp ("16:30 | Según X, …", "4:30 pm – According to X, …")."""
    if LIVE_TIME_RE.fullmatch(text, s0, pos):
        return True
    words = [w.lower() for w in _words(text, s0, pos, 4)]
    if not words:
        return True
    return len(words) == 1 and words[0] in lex.coordinators | CONTRASTS or \
        len(words) <= 3 and " ".join(words) in lex.sentence_connectors


def _source_inside_cue(c: _Cue, lex: Lexicon) -> Phrase | None:
    """The source an "according" cue carries itself: its possessive or pronoun ("en su opinión", "in his
    view", "pour lui": the person spoken of before) or, in a language that drops subjects, its own verb
    ("según indicó": the discourse's subject)."""
    words = c.text.lower().split()
    own = next((w for w in words[1:] if w in lex.possessive_determiners or w in lex.pronouns_person), None)
    if own is not None:
        return Phrase(own, c.start, c.end, "person_pronoun")
    if lex.drops_subjects and len(words) > 1 and lex.is_cue_word(words[-1]):
        return Phrase("", c.start, c.start, "none")
    return None


def _describes_source(text: str, a: int, b: int, lex: Lexicon, bodies: bool = True) -> bool:
    """Is text[a:b], after "according to X,", an apposition of X ("…, according to Gerardo Blyde, the
    opposition's chief negotiator.")? A noun phrase with a person's (or a body's) noun describes the source;
    a report after the source has a clause. Between two commas ("Según X, jefe de …, las …") only a person's
    noun counts: "Según X, el Gobierno, en cambio, …" opens the report with its subject."""
    toks = tokens(text, a, b)
    relative = next((k for k in range(1, len(toks) - 1) if toks[k][0] == "," and
                     toks[k + 1][0].lower() in lex.relative_pronouns | lex.aside_relatives), None)
    if bodies and relative is not None:
        # "…, according to Ernesto Samper, the secretary-general of UNASUR, which is co-sponsoring the process.":
        # a relative clause on the apposition runs to the end; the noun phrase before it is what describes
        toks, b = toks[:relative], toks[relative][1]
    words = {t[0].lower() for t in toks}
    nouns = lex.person_descriptions | lex.body_nouns if bodies else lex.person_descriptions
    if not toks or not np_like(toks, lex):
        return False
    if not words.isdisjoint(nouns):
        return True
    # to the sentence's end, a noun phrase opened by a determiner describes the source whatever its noun ("…,
    # according to John Weaver, a Republican strategist.", "…, one of the unions representing the employees.")
    first = toks[0][0].lower()
    return bodies and not text[toks[-1][2]:b].strip(" .") and (
        first in ARTICLES or first in lex.indefinites)


def _according_inside(text: str, s0: int, s1: int, c: _Cue, phrase: Phrase, lex: Lexicon) -> tuple[int, int]:
    """The report of an "according to X" met inside a sentence, by where the cue stands:
    "A, según X." -> A (the clause before); "…, según X, B." -> B (what the source is cited for);
    "Un mécanisme selon lui dans une stratégie …" (no commas around it) -> the whole sentence."""
    after = phrase.end if phrase.text else c.end
    if c.text.split()[-1].lower() in lex.relative_pronouns:
        return c.end, s1   # "lo sostiene l'Onu, per la quale quello in corso è …": the relative's clause
    rest = text[after:s1].lstrip()
    comma_before = _last_char_before(text, s0, c.start) in (",", "(", "—", "–", ";")   # (also "…; según X, B.")
    following = [w.lower() for w in _words(text, after, s1, MIN_TAIL_CONTENT)]
    if comma_before and rest.startswith(",") and len(following) >= MIN_TAIL_CONTENT - 1 and \
            following[0] not in lex.subject_stops | lex.coordinators | lex.relative_pronouns and \
            not is_gerund(_words(text, after, s1, 1)[0], lex) and not _participle_word(following[0], lex) and \
            not (phrase.kind != "person_pronoun" and _describes_source(text, text.index(",", after) + 1, s1, lex)) and \
            not _verbless_tail(text, text.index(",", after) + 1, s1, lex):
        # Not ", and authorities said …" / ", cuya cotización …": a new clause or a relative is no report;
        # nor ", taking a step toward …": a participle aside of the reporter's, the report is before. (A pronoun
        # takes no apposition: "after, according to him, Mexico's network censured …" cites him for the rest.)
        return text.index(",", after) + 1, s1
    if not comma_before and rest[:1].isalnum() and not _words(text, after, s1, 1)[0][:1].isupper():
        return s0, s1
    if comma_before and rest.startswith(",") and len(following) >= MIN_TAIL_CONTENT - 1 and \
            _fronted_adverbial(_words(text, s0, c.start, MIN_TAIL_CONTENT), lex):
        # "In serata, secondo l'ong Foro Penal, sono stati scarcerati …": two words before the cue are a fronted
        # adverbial, no clause to cite; the source is cited for what follows, whatever word opens it
        return text.index(",", after) + 1, s1
    return s0, c.start


def _fronted_adverbial(words: list[str], lex: Lexicon) -> bool:
    """Are these words (fewer than three) a time or place adverbial ("In serata", "El lunes", "Hier"), no
    clause of their own? Their first word is a preposition or a day, or a word of them names a time."""
    return 0 < len(words) < MIN_TAIL_CONTENT - 1 and (
        words[0].lower() in lex.adjunct_prepositions | lex.tail_openers or
        any(w.lower() in lex.time_nouns for w in words))


def _participle_word(word: str, lex: Lexicon) -> bool:
    """Does a lower-case word read as a past participle ("contrôlée", "coordenada", "controlled")? After an
    according phrase's comma it opens an aside on the source ("…, d'après l'Assemblée, contrôlée par
    l'opposition."), never the clause the source is cited for, which opens with its subject."""
    return len(word) > 4 and word.islower() and word.endswith(lex.past_participle_suffixes or ("\0",)) and \
        word not in lex.closed_words


def _verbless_tail(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b] a verbless phrase that continues the clause before ("…, according to OPEC, down from more
    than 2 million a decade ago.")? Then the source is cited for that clause. Read only where `verb_like`
    can tell a verb from a noun (the languages writing modifiers before the noun)."""
    if not lex.modifiers_before_noun:
        return False
    words = _words(text, a, b, 30)
    return bool(words) and words[0][:1].islower() and not any(verb_like(w, lex) for w in words)


def _title_after_according(text: str, s0: int, q: Quote, lex: Lexicon) -> bool:
    """Is the quotation an outlet's name right after an according cue ("erklärte laut «El Nacional», dass
    …")? Then it names a source and quotes nobody."""
    before = _words(text, max(s0, q.open - 30), q.open, 8)
    return bool(before) and lex.is_according(before[-1]) and name_in_marks(text, q.open, q.close) is not None


def _outlet_addressee(text: str, pos: int, s1: int, lex: Lexicon) -> bool:
    """Does an article and an outlet's name in marks follow pos ("… dem „Spiegel“", "… der „Süddeutschen
    Zeitung“")? (German's dative and genitive articles are among the lexicon's possessives.)"""
    words = list(islice(TOKEN_RE.finditer(text, pos, s1), 2))
    return len(words) == 2 and words[0].group().lower() in ARTICLES | lex.possessives and \
        outlet_in_marks(text, words[1].start(), s1)


def _relative_aside(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b] a relative clause set off after a source ("quien encabeza la delegación", "qui dirige la
    délégation", "que lidera a delegação")? It opens with a relative pronoun and holds no complementizer of a
    report of its own."""
    words = [w.lower() for w, _s, _e in tokens(text, a, b)]
    # ("que", "che" open a relative here too: an according phrase takes no complement clause)
    return bool(words) and (words[0] in lex.relative_pronouns or words[0] in lex.aside_relatives or
                            words[0] in lex.complementizers) and \
        not any(w in lex.complementizers for w in words[1:])


def _past_time_aside(text: str, cue_end: int, a: int, s1: int, lex: Lexicon) -> int:
    """Past a time or channel set between commas right after the cue ("a suggéré, jeudi 15 août, l'organisation
    …", "sugirió, el jueves, la organización …"): the report opens after it; else `a`."""
    m = _COMMA_AFTER_CUE_RE.match(text, cue_end)
    if m is None or a > m.end():
        return a
    second = text.find(",", m.end(), s1)
    return second + 1 if second > 0 and _channel_or_time_aside(text, m.end(), second, lex) else a


_COMMA_AFTER_CUE_RE = re.compile(r"[ \t]*,[ \t]*")


def _channel_or_time_aside(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b], set off between commas after an according source, only when or where it was said ("en un
    comunicado difundido este viernes", "in a statement released on Friday", "este viernes")?"""
    words = [w.lower() for w in _words(text, a, b, 12)]
    if not words or len(words) > 10:
        return False
    return _only_time_words(text, a, b, lex) or words[0] in lex.channel_prepositions and \
        any(w in lex.channel_nouns or w in lex.statement_descriptions for w in words[1:4])


def _attributive(words: list[str], n: int, determiners: frozenset[str]) -> bool:
    """Is words[n] an adjective between a determiner and the capitalised noun it qualifies ("der
    venezolanischen Außenministerin")? A verb never stands there."""
    return 0 < n < len(words) - 1 and words[n - 1].lower() in determiners and words[n + 1][:1].isupper()


_CLOSING_MARK_AFTER_RE = re.compile(r"[ \t]*[»“”\"’]")


def _indirect(text: str, s0: int, s1: int, c: _Cue, cues: _CueList, quotes: QuoteIndex,
              lex: Lexicon) -> _Found | None:
    aside: tuple[int, int] | None = None   # an attribution set inside the report, left out of its quote
    dropped_subject = False   # "Las partes, añadió, volverán …": a cue between commas with its subject dropped
    if c.according and c.text.lower() in lex.postposed_according:
        # "Rodríguez zufolge soll die nächste Runde …": the source stands before the cue, which opens the report
        phrase = subject_before(text, s0, c.start, lex)
        # (a title's complement glues too: "Der Botschafterin Venezuelas bei den Vereinten Nationen zufolge")
        glue = lex.noun_determiners | lex.np_prepositions | lex.possessives | lex.title_complements
        words = phrase.text.split()
        if phrase.kind not in SOURCE_KINDS or text[s0:phrase.start].strip() and \
                not _title_apposed_before(text, s0, phrase, lex) or \
                any(w.islower() and w not in glue and not _attributive(words, n, glue) for n, w in enumerate(words)):
            return None   # only a sentence-opening source phrase ("Die Runde soll X zufolge …": a verb in it)
        a, b = _trim(text, c.end, s1)
    elif c.according and (relative := _according_relative(text, s0, c, s1, lex)) is not None:
        # "…, Jorge Rodríguez, secondo cui l'accordo «…»": the source stands before the relative
        phrase, a, b = relative
    elif c.according and _possessive_according(c, lex):
        # "A su juicio, América Latina «no puede …»", "in his view": the possessive is the source (the discourse's
        # last), never the name that opens the report
        phrase = _possessive_source(c, lex)
        a, b = _according_inside(text, s0, s1, c, phrase, lex) if not _opens_sentence(text, s0, c.start, lex) else (
            c.end + len(text[c.end:s1]) - len(text[c.end:s1].lstrip(" ,")), s1)
        a, b = _trim(text, a, b)
    elif c.according:
        # "según declaró a EFE X", "según revela una investigación de X": past a reporting verb the source follows
        phrase = without_trailing_time(text, subject_after(
            text, _past_addressee(text, _past_inner_cue(text, c.end, s1, lex), s1, lex), s1, lex), lex)
        title_end = -1   # past the closing mark of a source named in marks ("Laut «El Nacional» seien …")
        if phrase.kind == "none" and (title := name_in_marks(text, c.end, s1)) is not None:
            phrase, title_end = title
        if phrase.kind in ("none", "rejected"):
            # "Segundo informou a agência Reuters, …": the Portuguese article "a" read as whom it was told
            own = subject_after(text, c.end, s1, lex)
            phrase = own if own.kind in ("named", "body") else phrase
        if phrase.kind in ("none", "rejected"):
            phrase = _source_inside_cue(c, lex) or phrase
        if _opens_sentence(text, s0, c.start, lex) or _last_char_before(text, s0, c.start) == ":":
            a = max(phrase.end if phrase.text else c.end, title_end)
            if phrase.text and any(m in text[c.end:phrase.start] for m in "«„“\"") and \
                    (mark := _CLOSING_MARK_AFTER_RE.match(text, a)) is not None:
                a = mark.end()   # "Laut «El Nacional» seien …": past the mark closing the outlet's name
            comma = text.find(",", a, min(s1, a + 200))
            a = comma + 1 if comma >= 0 else a
            second = text.find(",", a, s1)
            if comma >= 0 and second >= 0 and (phrase.kind == "named" and (
                    _describes_source(text, a, second, lex, bodies=False) or _relative_aside(text, a, second, lex))
                    or _channel_or_time_aside(text, a, second, lex)):
                a = second + 1   # "Selon X, chef de la délégation, les discussions …": past X's apposition
                #                  (or its relative: "Según X, quien encabeza la delegación, …"; or when and
                #                  where it said so: "Segundo o Itamaraty, em nota divulgada nesta sexta-feira, …")
            semi = text.find(";", a, s1)
            b = semi if semi >= 0 and cues.any_start_in(semi, s1) else s1   # "Según Gil, A; según Blyde, B."
        else:
            a, b = _according_inside(text, s0, s1, c, phrase, lex)
        a, b = _trim(text, a, b)
        if _relays_a_report(text, c, cues):
            return None  # "…, sagte Bauer laut der Zeitung": the according phrase relays another cue's report
    else:
        found = _fronted_as_clause(text, s0, s1, c, lex)
        if found is None and (perfect := _perfect_subject(text, s0, c, lex)) is not None:
            found = _verb_final(text, s1, c, perfect, lex)
            if found is None:
                return None   # "Die Opposition hat Neuwahlen gefordert, die Regierung …": the perfect read, no report
        found = found or _tail_attribution(text, s0, s1, c, lex)
        if found is None and _after_introducer(text, s0, c, lex):
            return None  # "A, como exige la oposición" / "…, as the opposition demands": a comparison
        if found is not None:
            phrase, a, b = found
            rest = _rest_after_inserted_attribution(text, s1, c, phrase, cues, lex) if b <= phrase.start else None
            if rest is not None:
                # "If the law was never tested, Tom Berg said, there is a simple reason.": the report goes on
                # after the attribution's comma; one statement of both pieces, the attribution left out
                aside, b = (b, rest[0]), rest[1]
        else:
            relative = None if c.participle else _channel_relative_source(text, s0, s1, c.start, lex)
            if relative is not None:
                phrase = relative   # "emitió un comunicado en el que señaló que …"
            elif c.participle:
                phrase = _absolute_subject(text, s0, c, lex) or Phrase("", c.start, c.start, "coordinated")
            elif lex.verb_first:
                phrase = subject_after(text, c.end, s1, lex)
                if phrase.kind in ("none", "rejected"):
                    phrase = Phrase("", c.start, c.start, "none")
            else:
                phrase = _past_agent_skipped(text, s0, subject_before(text, s0, _before_aside_quote(
                    text, s0, c.start, quotes, lex), lex), lex)
                phrase = _past_according_source(text, s0, phrase, c.start, lex)
                phrase = _inverted_subject(text, s0, c, s1, phrase, lex)
                opening = _opening_document(text, s0, c, lex)
                if opening is not None:
                    phrase = opening
                apposed = None   # the subject opening the sentence before an apposition and the cue's comma
                if _comma_before(text, s0, c.start):
                    apposed = _apposed_opener(text, s0, c.start, lex) or _named_before_asides(text, s0, c.start, lex) \
                        or _apposed_description(text, s0, c.start, lex) or \
                        _relative_before_aside(text, s0, c.start, lex)
                    if apposed is not None:
                        phrase = apposed   # "Tom Fitton, the president of Judicial Watch, a group that …, said"
                if phrase.kind == "none":
                    # "A European diplomat, who requested anonymity, said …": the subject before the aside
                    phrase = _subject_before_relative_aside(text, s0, c.start, lex) or phrase
                if phrase.kind in ("none", "person_pronoun"):
                    phrase = _subject_before_colon(text, s0, c.start, lex) or phrase
                if phrase.kind == "none" and _impersonal(text, s0, c, lex):
                    issuer = _fronted_channel_issuer(text, s0, c.start, lex)
                    if issuer is None:
                        return None  # "se había anunciado la liberación …": nobody is the source
                    phrase = issuer   # "En un comunicado difundido por la Cancillería, se indicó que …"
                if phrase.text and phrase.end <= _main_clause_start(text, s0, c.start, lex):
                    return None  # "CARACAS, 24 SEP (ANSA) - …, informó la prensa local.": a dateline is no subject
                if phrase.kind == "none" and _in_infinitive(text, s0, c, lex):
                    # "Cruz was quick to point out that …": the infinitive's subject is its sentence's, read as
                    # a coordinated verb's is (it had been whoever spoke last; PolNeAR train +3 matched, +13
                    # right speakers, -2 false alarms; reading only a named subject: +2, +10, +2)
                    phrase = Phrase("", c.start, c.start, "coordinated")
                if phrase.kind == "none":
                    inverted = subject_after(text, c.end, s1, lex)
                    if inverted.kind == "named" and _headed_by_source(inverted, lex):
                        phrase = inverted
                elif (phrase.kind != "named" or _after_preposition(text, s0, phrase.start, lex)) and \
                        _last_char_before(text, s0, c.start) == "," and apposed is None:
                    # "Las conversaciones, añadió Blyde, se reanudarán …": an attribution set between commas (also
                    # after a noun that could speak: "El acuerdo, dijo Rodríguez, se firmará …")
                    inverted = subject_after(text, c.end, s1, lex)
                    if inverted.kind == "named" and text[inverted.end:inverted.end + 2].lstrip()[:1] == ",":
                        phrase = inverted
                    elif lex.drops_subjects and INSERTED_CUE_END_RE.match(text, c.end) and \
                            phrase.kind in SOURCE_KINDS:
                        # "Las partes, añadió, volverán a reunirse": the cue's subject is dropped (the source
                        # quoted before); what stood before it opens the report
                        dropped_subject = True
            nxt = cues.first_after(c.start)
            if nxt is not None and nxt.according and not text[c.end:nxt.start].strip(",; \n"):
                nxt = cues.first_after(nxt.start)   # "erklärte laut El Nacional, dass …": the relay is an aside
            # "expressed satisfaction and confirmed that …": the "that" belongs to the next cue.
            a = _after_complementizer(text, c.end, nxt.start if nxt is not None else s1, lex, c.text)
            if phrase.end > a and phrase.start >= c.end:
                a = phrase.end
            a = _past_manner_adverb(text, c.end, a, s1, lex)
            a = _past_time_aside(text, c.end, a, s1, lex)
            a = _past_reflexive_object_preposition(text, c, a, lex)
            if lex.verb_second:
                a = _past_connector(text, a, s1, lex)   # "forderte aber einen Wahltermin": "aber" is no report
            b = _cut_at_next_cue(text, a, s1, cues, lex)
            b = lex.clause_end(text, a, b)
            b = _before_participle_aside(text, a, b, lex)
            b = _before_manner_adjunct(text, c, a, b, lex)
            b = _before_channel_adjunct(text, c, a, b, lex)
            b = _before_object_ender(text, c, a, b, lex)
            b = _before_closing_particle(text, a, b, lex)
        a, b = _trim(text, a, b)
        if quotes.mark_between(a, b):
            b = _before_quoted_aside(text, a, b, quotes)
    if b <= a or b - a > MAX_INDIRECT_CHARS:
        return None
    fragments = None
    if quotes.mark_between(a, b) and not _only_titles_quoted(text, a, b, quotes, lex):
        fragments = _quoted_fragments(text, a, b, quotes, lex)
        if fragments is None:
            return None
    if fragments is None and c.text.lower() in lex.fragment_cues:
        return None   # "ha parlato di una crisi": only a quoted fragment after it is a report ("di una «vittoria»")

    if not _long_enough(text, a, b):
        return None
    if _only_time_words(text, a, b, lex):
        return None   # "Rodríguez responded hours later.": when, not what
    head = text[a:a + 40].lower()
    if any(head.startswith(p) for p in lex.not_a_report_after):
        return None
    if _holds_an_event(text, c, a, lex) or _refuses_to_act(text, c, a, lex) or _recognizes_as(text, c, a, lex) or \
            _issues_a_document(text, c, a, lex):
        return None
    if _channel_then_relative(text, min(a, c.end), b, lex):
        return None   # "a publié un communiqué dans lequel il a affirmé …": the report is the relative's cue's
    lead = lex.cue_re.match(text, a)
    if lead is not None and text[c.end:a].strip() == "" and _past_cue_then_noun(c.text.split()[-1], lead.group(), lex):
        lead = None   # "denied reports that …": the cue's object is a noun that reads like a cue (_object_of_cue)
    if lead is not None and (not lex.is_according(lead.group()) or a > s0) and \
            not (lex.drops_subjects and text[max(s0, a - 12):a].split()[-1:] and
                 text[max(s0, a - 12):a].split()[-1].lower() in lex.complementizers):
        # "…, señaló el ministerio en un comunicado": the span is another attribution (but in "dijo que
        # rechazaba las sanciones" the cue is the reported clause's own verb, its subject dropped)
        return None
    if _negated(text, s0, c, lex):
        return None   # "Ñáñez no se pronunció sobre …", "He did not explain how …": nothing was said
    if lex.according_relatives and _antecedent_of_according_relative(text, b, s1, lex):
        return None   # "Más cauto se mostró X, según el cual …": the words are the relative's source
    # "publicó un comunicado señalando que …": the participle reports; the object is only its channel, read
    # for the sentence's source and not kept
    channel = not c.participle and _channel_before_participle(text, a, s1, cues, lex) or \
        _opening_participle(text, s0, c, s1, lex)   # the question asked, read only for whom it was asked
    if fragments is not None:
        # '"…" the Treasury "has issued licences", a statement from Brian Nelson said': the report the quote
        # pass left without a cue holds quoted fragments, the guide's partial statement (the fragments alone)
        return _Found(phrase, fragments[0], fragments[1], "partial", c.text, 0.5, channel_only=channel)
    if aside is not None:
        return _Found(phrase, a, b, "indirect", c.text, 0.5, channel_only=channel, aside=aside)
    lead = _clause_before_inserted_attribution(text, s0, c, c.start, a, cues, quotes, lex) if dropped_subject else None
    if lead is not None:
        return _Found(Phrase("", c.start, c.start, "none"), lead[0], b, "indirect", c.text, 0.5,
                      channel_only=channel, aside=(lead[1], a))
    # (in verb-second order an inserted attribution puts its cue first, "Die Gespräche, sagte Gil, würden …": a
    # source before its cue between commas is the subject's apposition, "Der Außenminister Norwegens, Espen
    # Barth Eide, sagte, die Gespräche …", and the words before it are the subject, not a piece of the report)
    before = _clause_before_inserted_attribution(text, s0, c, phrase.start, a, cues, quotes, lex) \
        if phrase is not None and phrase.kind in SOURCE_KINDS and phrase.text and phrase.end <= c.start and \
        not lex.verb_second else None
    if before is not None and _opens_adverbial(_words(text, a, b, 3) or [""], lex):
        # "Caracas freed 40 prisoners, Foro Penal said, a day after …": the report is the clause before the
        # attribution; the words after its comma are the sentence's adverbial
        return _Found(phrase, before[0], before[1], "indirect", c.text, 0.5, channel_only=channel)
    if before is not None:
        # "If the law was never tested, Giuliani said, there is a simple explanation": one report in two pieces,
        # the attribution between them left out, as in a split quotation
        return _Found(phrase, before[0], b, "indirect", c.text, 0.5, channel_only=channel, aside=(before[1], a))
    return _Found(phrase, a, b, "indirect", c.text, 0.5, channel_only=channel)


def _rest_after_inserted_attribution(text: str, s1: int, c: _Cue, phrase: Phrase, cues: _CueList,
                                     lex: Lexicon) -> tuple[int, int] | None:
    """The second piece of a report read before its attribution (see `_rest_opening`)."""
    start = _rest_opening(text, s1, c, phrase, lex)
    if start < 0:
        return None
    b = lex.clause_end(text, start, _cut_at_next_cue(text, start, s1, cues, lex))
    a, b = _trim(text, start, b)
    return (a, b) if len(_words(text, a, b, 2)) >= 2 else None


def _rest_opening(text: str, s1: int, c: _Cue, phrase: Phrase, lex: Lexicon) -> int:
    """Where the second piece of a report split by its attribution opens, or -1: the attribution's comma opens
    a lower-case rest, with the source before its cue ("…, Tom Berg said, there is a simple reason.") or after
    it, the order of the languages whose adjectives follow the noun ("Las conversaciones con la oposición, dijo
    Gil, continuarán en Doha.", and in verb-second order before a verb: "…, sagte Gil, würden …")."""
    if not phrase.text:
        return -1
    if phrase.end <= c.start:
        after = c.end
    elif phrase.start >= c.end and not lex.modifiers_before_noun and (
            not lex.verb_second or _predicate_after_comma(text, phrase.end, s1, lex)):
        after = phrase.end
    else:
        return -1
    m = INSERTED_CUE_END_RE.match(text, after, s1)
    first = _words(text, m.end(), s1, 3) if m is not None else []
    if m is None or not text[m.end():m.end() + 1].islower() or lex.cue_re.match(text, m.end()) or \
            not first or _opens_aside(first[0], lex) or first[0] in lex.coordinators | CONTRASTS or \
            _opens_adverbial(first, lex):
        return -1   # (not "…, the Post said, citing a source" nor "…, KING-TV reported, and in Chicago …")
    if after == phrase.end and (_noun_phrase_opener(first[0], lex) or first[0].lower() in lex.time_nouns or
                                first[0].lower() in lex.tail_openers | lex.np_prepositions or
                                first[0].lower() in lex.aside_relatives | lex.complementizers or
                                len(first) > 1 and first[1].lower() in lex.relative_pronouns):
        # after an inverted source: its apposition ("dijo Gil, jefe de la delegación"), an adverbial, a relative
        # on the source ("disse Laura Pérez, que lidera …") or on the whole sentence ("…, ce qui contredit …")
        return -1
    return m.end()


def _noun_phrase_opener(word: str, lex: Lexicon) -> bool:
    """Does this word open a noun phrase (an article, a determiner, a possessive, a title)?"""
    low = word.lower()
    return low in ARTICLES or low in lex.noun_determiners or low in lex.indefinites or low in lex.possessives or \
        low in lex.person_descriptions


def _opens_adverbial(words: list[str], lex: Lexicon) -> bool:
    """Do these words after an attribution's comma open an adverbial of the sentence, not the report's rest
    ("on Tuesday", "after the vote", "a day after …", "two weeks before …")?"""
    low = [w.lower() for w in words]
    if len(low) >= 2 and low[1] in lex.finite_auxiliaries | lex.copulas:
        return False   # "there is a simple reason", "here was …": a clause of its own
    opener = low[0] in lex.tail_openers and low[0] not in lex.np_prepositions | lex.agent_prepositions | \
        lex.infinitive_markers   # ("…, Devine said, by the primary calendar": the passive's agent goes on)
    return opener or len(low) >= 3 and low[1] in lex.time_nouns and low[2] in lex.tail_openers


def _after_preposition(text: str, s0: int, pos: int, lex: Lexicon) -> bool:
    """Does a preposition open the phrase read at pos, or stand right before it ("En Caracas, dijo Gil, …", "A
    Caracas, ha detto Gil, …": a place, no subject)?"""
    prepositions = lex.adjunct_prepositions | lex.tail_openers
    first = _words(text, pos, pos + 20, 1)
    if first and first[0].lower() in prepositions:
        return True
    before = _words(text, max(s0, pos - 20), pos, 5)[-1:]
    return bool(before) and before[0].lower() in prepositions and not text[s0:pos].rstrip().endswith(",")


def _title_apposed_before(text: str, s0: int, phrase: Phrase, lex: Lexicon) -> bool:
    """Does the sentence open with the named source's title and a comma before it ("Der Leiterin der
    Oppositionsdelegation, Laura Pérez, zufolge …")? The title and the name are one source phrase."""
    lead = text[s0:phrase.start].rstrip()
    return phrase.kind == "named" and lead.endswith(",") and (
        classify(lead[:-1].split(), lex) == "person_description" or office_title(lead[:-1], lex))


def _clause_before_inserted_attribution(text: str, s0: int, c: _Cue, attribution: int, a: int, cues: _CueList,
                                        quotes: QuoteIndex, lex: Lexicon) -> tuple[int, int] | None:
    """The first piece of a report whose attribution (its source, or the cue when the subject is dropped,
    starting at `attribution`) is set between commas inside it ("If the law was never tested, Giuliani said,
    there is …"): the span from the main clause's start to the comma before the attribution, when the cue's
    comma opens the report's lower-case rest and the piece before is a clause of its own words (no cue, no
    quotation)."""
    if not INSERTED_CUE_END_RE.fullmatch(text, c.end, a) or not text[a:a + 1].islower():
        return None
    comma = len(text[s0:attribution].rstrip()) + s0 - 1
    if comma <= s0 or text[comma] != ",":
        return None
    start = _main_clause_start(text, s0, comma, lex)
    if len(_words(text, start, comma, MIN_INSERTED_LEAD_WORDS)) < MIN_INSERTED_LEAD_WORDS or \
            cues.any_start_in(start, comma) or \
            quotes.mark_between(start, comma):
        return None
    if classify(text[start:comma].split(), lex) == "person_description":
        return None   # "Le président brésilien, Lula, a suggéré, jeudi, …": a title in apposition, no clause
    return start, comma


MAX_TIME_PHRASE_WORDS = 5
MAX_TIME_PHRASE_CHARS = 50


def _only_time_words(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b] a time phrase alone ("hours later", "two days ago", "el lunes pasado")?"""
    if b - a > MAX_TIME_PHRASE_CHARS or not lex.time_nouns:
        return False
    words = _words(text, a, b, MAX_TIME_PHRASE_WORDS + 1)
    return 0 < len(words) <= MAX_TIME_PHRASE_WORDS and all(
        w.isdigit() or w.lower() in lex.time_nouns or w.lower() in lex.between_subject_and_cue or
        w.lower() in lex.noun_determiners or w.lower() in ARTICLES for w in words) and \
        any(w.lower() in lex.time_nouns for w in words)   # ("la semana pasada")


def _object_of(text: str, c: _Cue, a: int, verbs: frozenset[str], lex: Lexicon) -> bool:
    """Is the cue one of `verbs` (as written, "a publié", or by its last word: "han celebrado") and its report,
    from a, the cue's object rather than a clause after a complementizer ("sostuvo que …", "a reconnu qu'il …")?
    The shared test of the word classes that read some objects as acts (_holds_an_event, _refuses_to_act,
    _recognizes_as, _issues_a_document)."""
    return (c.text.lower() in verbs or c.text.split()[-1].lower() in verbs) and \
        not any(_is_complementizer(w, lex) for w in text[c.end:a].split())


def _holds_an_event(text: str, c: _Cue, a: int, lex: Lexicon) -> bool:
    """"sostuvo varias reuniones en Doha", "han celebrado una ronda de conversaciones": a verb that reports
    ("sostuvo que …", "celebró el acuerdo") also holds meetings; an object that opens with an event noun, bare
    or after an indefinite or a count ("una", "varias", "su primera"), is held and reports nothing. A definite
    event is still a report ("celebró el encuentro entre las partes": welcomed it), and so is a reported
    clause after a complementizer ("sostuvo que las reuniones …")."""
    if not _object_of(text, c, a, lex.holding_verbs, lex):
        return False
    first = [w.strip(",.;:") for w in text[a:a + 80].lower().split()[:4]]
    for i, word in enumerate(first):
        if word in lex.event_nouns:
            return all(w in lex.event_determiners for w in first[:i])
    return False


def _issues_a_document(text: str, c: _Cue, a: int, lex: Lexicon) -> bool:
    """"a publié un communiqué lundi", "ha pubblicato una nota", "publicou um vídeo curto": a cue that also
    issues ("a publié sur X que …") whose object is the document or channel itself reports nothing; the
    document's words, if any, follow elsewhere ("Le texte précise que …", read by `_document_issuer` and the
    resolver)."""
    if not _object_of(text, c, a, lex.issuing_verbs, lex):
        return False
    first = [w.strip(",.;:") for w in text[a:a + 60].lower().split()[:4]]
    for i, word in enumerate(first):
        if word in lex.statement_descriptions or word in lex.channel_nouns:
            # a determiner first, and at most one adjective after it ("un long message", "a short video")
            lead = [w in ARTICLES or w in lex.indefinites or w in lex.noun_determiners for w in first[:i]]
            return bool(lead) and lead[0] and lead.count(False) <= 1 or not lead and word in lex.statement_descriptions
    return False


def _is_complementizer(word: str, lex: Lexicon) -> bool:
    """"que", "that", and French "qu'" before a vowel ("a annoncé qu'elle boycottera …")."""
    low = word.lower()
    return low in lex.complementizers or "que" in lex.complementizers and low.startswith(("qu'", "qu’"))


def _opening_body_with_aside(text: str, s0: int, end: int, lex: Lexicon) -> bool:
    """"The electoral council, controlled by Maduro allies, declared him the winner": a body (or a described
    person) opening the sentence, an aside after it, then the cue: the subject of the cue, not a report
    closed by an inverted attribution ("…, declared him the winner" is no source)."""
    phrase = subject_before(text, s0, end, lex)
    between = text[phrase.end:end].strip()
    aside = between[1:].lstrip()
    return phrase.kind in ("body", "person_description", "named") and not text[s0:phrase.start].strip() and \
        between[:1] == "," and between.count(",") >= 2 and aside[:1].islower() and not _opens_clause(aside, lex)


def _opens_clause(aside: str, lex: Lexicon) -> bool:
    """Does this lower-case piece after a comma open an indirect question rather than an apposition ("wie sehr
    die Vereinbarung … abhänge", "whether the talks …")? Words that also open relatives ("who", "que", "qui")
    still open asides."""
    first = aside.split()[0].lower().strip(",") if aside.split() else ""
    return first in lex.interrogatives and first not in lex.relative_pronouns and \
        first not in lex.aside_relatives and first not in lex.complementizers


def _reports_after_comma(text: str, a: int, s1: int, lex: Lexicon) -> bool:
    """In a language whose reports may follow a comma without a complementizer (`comma_reports`: "sagte
    Blinken, die USA würden …"), does a clause in the reported mood follow the inverted source? Then what
    stands before the cue is a fronted phrase, not the report."""
    if not lex.comma_reports or not text[a:s1].lstrip().startswith(","):
        return False
    return any(w.lower() in lex.reported_mood_forms for w in _words(text, a, s1, 12))


def _verb_second_inversion(text: str, c: _Cue, s1: int, lex: Lexicon) -> bool:
    """In verb-second order, does the cue's own subject follow it, set off by a comma ("Die Lage, sagte der
    Minister, sei ernst")? Then what stands before the cue was fronted, however name-like its capitals look
    (German capitalises every noun: "Die Lage" is no name with an apposition)."""
    if not lex.verb_second:
        return False
    source = subject_after(text, c.end, s1, lex)
    return source.kind in SOURCE_KINDS and text[source.end:source.end + 2].lstrip()[:1] == "," and \
        _predicate_after_comma(text, source.end, s1, lex)


def _predicate_after_comma(text: str, a: int, s1: int, lex: Lexicon) -> bool:
    """Does the comma after an inverted source open the rest of the report's clause, its verb first ("Die
    Gespräche mit der Opposition, sagte Gil, würden in Doha fortgesetzt")? A verb in the reported mood right
    after the comma has its subject before the attribution, unlike "…, sagte Blinken, die USA würden …"."""
    rest = text[a:s1].lstrip()
    first = _words(text, a + len(text[a:s1]) - len(rest) + 1, s1, 1) if rest.startswith(",") else []
    return bool(first) and first[0].lower() in lex.reported_mood_forms


def _refuses_to_act(text: str, c: _Cue, a: int, lex: Lexicon) -> bool:
    """"refused to recognize Maduro", "se negó a impugnar su prohibición": a refusal followed by an infinitive
    is something done (or not done), not said; "refused the offer" and "negó que …" still report. The
    infinitive is a lower-case word after the marker, in Spanish and Portuguese one ending in -r."""
    if not _object_of(text, c, a, lex.refusal_verbs, lex):
        return False
    words = text[a:a + 40].split()
    if len(words) < 2 or words[0].lower() not in lex.infinitive_markers or not words[1][:1].islower():
        return False
    return not lex.drops_subjects or words[1].lower().rstrip(",.;:").endswith(("ar", "er", "ir", "ír"))


MAX_RECOGNIZED_WORDS = 8   # "reconoce a Maduro o a Guaidó como …": the object before "as"


def _recognizes_as(text: str, c: _Cue, a: int, lex: Lexicon) -> bool:
    """"countries that recognize Guaidó as Venezuela's president", "si reconoce a Maduro o a Guaidó como gobierno
    legítimo": recognizing someone as something is a diplomatic act, not a statement ("reconoció que …",
    "acknowledged the failure" still report). The cue's object, then "as" within a few words."""
    if not _object_of(text, c, a, lex.recognition_verbs, lex):
        return False
    words = [w.strip(",.;:").lower() for w in text[a:a + 120].split()[:MAX_RECOGNIZED_WORDS + 1]]
    return any(w in lex.recognition_as for w in words[1:])


def _quoted_fragments(text: str, a: int, b: int, quotes: QuoteIndex, lex: Lexicon) -> tuple[int, int] | None:
    """From the first quoted fragment of the report text[a:b] to its last, names and titles aside; None when a
    quotation crosses the report's edges or fills it (a quotation, not a fragment of the reporter's clause)."""
    inner = quotes.opening_in(a, b)
    if not inner or inner[0].open < a or any(q.close > b + 1 for q in inner) or \
            any(q.open < a < q.close for q in quotes.opening_in(max(0, a - 400), a)):
        return None
    spoken = [q for q in inner if not _title_like(text, q.start, q.end, lex)]
    if not spoken:
        return None
    x, y = _trim(text, spoken[0].start, spoken[-1].end)
    if y <= x or not text[a:spoken[0].open].strip() and not text[spoken[-1].close:b].strip(" .,;"):
        return None
    return x, y


MAX_CHANNEL_OBJECT_WORDS = 8


def _channel_before_participle(text: str, a: int, b: int, cues: _CueList, lex: Lexicon) -> bool:
    """Is the report text[a:b] a channel ("a statement", "un mensaje en redes sociales", lex.channel_nouns)
    followed, with no comma, by a participle cue that reports for itself ("issued a statement saying that …",
    "publicó un comunicado señalando que …", "a publié un communiqué affirmant que …")? Then the object is
    how the source spoke, not what it said."""
    nxt = cues.first_after(a)
    if nxt is None or not nxt.participle or nxt.start >= b:
        return False
    words = [w.lower() for w in _words(text, a, nxt.start, MAX_CHANNEL_OBJECT_WORDS + 1)]
    if not words or len(words) > MAX_CHANNEL_OBJECT_WORDS or "," in text[a:nxt.start]:
        return False   # ("welcomed the agreement, wishing …": after a comma the participle adds to a report)
    return any(w in lex.channel_nouns for w in words[:3])


def _only_titles_quoted(text: str, a: int, b: int, quotes: QuoteIndex, lex: Lexicon) -> bool:
    """Are the quotations in text[a:b] all names or titles ('said the “Barbados Agreement” must be respected',
    'dijo que el «Acuerdo de Barbados» …')? The quote pass reports none of them, so they leave the report
    without quote marks whole; a quoted fragment of speech makes it the quote pass's partial statement."""
    inner = quotes.opening_in(a, b)
    return bool(inner) and all(q.close <= b and _title_like(text, q.start, q.end, lex) for q in inner) and \
        not any(q.open < a < q.close for q in quotes.opening_in(max(0, a - 400), a))


def _before_quoted_aside(text: str, a: int, b: int, quotes: QuoteIndex) -> int:
    """'said that the campaign is unfair, pointing to his "D-minus" rating': a quotation after a comma in a
    report without quote marks stands in an aside of its own; the report ends at that comma."""
    first = next((i for i in range(a, b) if quotes.inside(i)), b)
    comma = text.rfind(",", a, first)
    return _trim(text, a, comma)[1] if comma > a and len(_words(text, a, comma, MIN_TAIL_CONTENT)) >= \
        MIN_TAIL_CONTENT else b


_COMMA_WORD_RE = re.compile(r",\s+(\w+)")
MIN_GERUND_CHARS = 6


def _relays_a_report(text: str, c: _Cue, cues: _CueList) -> bool:
    """Does an according cue follow another cue and its subject right away ("…, sagte Bauer laut der
    Zeitung", "…, said Ward, according to the paper")? Then it names who relayed that report."""
    i = bisect_left(cues.starts, c.start) - 1
    if i < 0:
        return False
    if not text[cues[i].end:c.start].strip(" ,") and not cues[i].according:
        return True   # "erklärte laut El Nacional, dass …", "said, according to the paper, that …"
    words = _words(text, cues[i].end, c.start, 5)
    return not re.search(r"[.;:!?]", text[cues[i].end:c.start]) and 0 < len(words) <= 4 and \
        all(w[:1].isupper() for w in words)   # the other cue's inverted subject: a name


def _before_closing_particle(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Where a report ends before the particle of its separable cue ("kündigte neue Gespräche an" ->
    "neue Gespräche") or the word closing a particle cue ("machte X für Y verantwortlich" -> "X für Y")."""
    if not lex.separable_particles and not lex.particle_closings:
        return b
    words = list(TOKEN_RE.finditer(text, a, b))
    while words and not words[-1].group()[0].isalnum():
        words.pop()
    last = words[-1].group().lower() if len(words) > 1 else ""
    if last in lex.separable_particles or last in lex.particle_closings:
        return words[-1].start()
    return b


def _particle_unclosed(text: str, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the match a verb that reports only with the word closing its clause (cue-file `particle_cues`:
    "machte die USA für den Stromausfall verantwortlich", "führte den Ausfall auf … zurück"), written
    without it ("machte einen Fehler")? Then it is no cue."""
    closing = lex.particle_cues.get(m.group().lower())
    return bool(closing) and not _closed_by(text, m.end(), s1, closing)


CLAUSE_CLOSERS = ("", ".", ",", ";", ":", "!", "?")   # what may follow a word that closes its clause


def _closed_by(text: str, pos: int, s1: int, words: frozenset[str], stops: tuple[str, ...] = ()) -> bool:
    """Does one of `words` close a clause in text[pos:s1] (a stop, comma or the sentence's end after it), before
    any of `stops`? The particle or closing word of a German verb that ends its clause ("teilte … mit")."""
    for w in TOKEN_RE.finditer(text, pos, s1):
        if w.group() in stops:
            return False
        if w.group().lower() in words and text[w.end():s1].lstrip()[:1] in CLAUSE_CLOSERS:
            return True
    return False


def _particle_other_sense(text: str, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the match a cue verb whose clause closes with a particle that makes it another verb (cue-file
    `particle_non_cues`: "sagte das Treffen kurzfristig ab", cancelled; "rief Maduro an", phoned)? Then it is
    no cue. The clause closes at the particle: a stop, comma or the sentence's end follows."""
    particles = lex.particle_non_cues.get(m.group().lower())
    return bool(particles) and _closed_by(text, m.end(), s1, particles, stops=(",", ";", ":"))


def _long_enough(text: str, a: int, b: int) -> bool:
    """Does text[a:b] hold MIN_INDIRECT_WORDS words, an elided article counted as one ("a salué l'accord"
    reports "l'accord"): what a report must hold, and what a cut before an adjunct must leave of a cue's object?"""
    return sum(1 + bool(_ELIDED_RE.match(w)) for w in _words(text, a, b, MIN_INDIRECT_WORDS)) >= MIN_INDIRECT_WORDS


def _before_participle_aside(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Where a participle aside after a comma begins in a reported clause ("anunció su revocación,
    reflejando un enfoque distinto", "announced the release, leaving …"), or b: the aside is the reporter's
    comment on the report, not part of it. Only where the suffix marks a gerund alone (Spanish -ando/-iendo;
    English -ing also ends "including", "during", "morning"); words as short as "cuando" are not gerunds."""
    if not lex.participle_suffixes:
        return b
    for m in _COMMA_WORD_RE.finditer(text, a, b):
        word = m.group(1)
        gerund = word.endswith(lex.participle_suffixes) if lex.participle_asides else is_gerund(word, lex)
        if word.islower() and len(word) > MIN_GERUND_CHARS and gerund and \
                _long_enough(text, a, m.start()):
            return m.start()
    return b


_GERUND_AFTER_RE = re.compile(r"\s+(\w+)")


def _before_manner_adjunct(text: str, c: _Cue, a: int, b: int, lex: Lexicon) -> int:
    """Where a manner adjunct of the reporting act begins in a cue's plain object ("corroborated the
    announcement by publishing a note"), or b. Only for an object report: after "that" or a colon the
    clause is the source's own, and a "by …ing" inside it ("would respond by imposing") is what was said."""
    if not lex.manner_prepositions or not lex.participle_suffixes:
        return b
    before = text[c.end:a].split()
    if before and (before[-1].lower() in lex.complementizers or before[-1].endswith(":")):
        return b
    for m in TOKEN_RE.finditer(text, a, b):
        word = m.group()
        if word.lower() in lex.manner_prepositions and m.start() > a:
            nxt = _GERUND_AFTER_RE.match(text, m.end(), b)
            if nxt is not None and nxt.group(1).islower() and len(nxt.group(1)) > MIN_GERUND_CHARS - 1 and \
                    nxt.group(1).endswith(lex.participle_suffixes) and \
                    _long_enough(text, a, m.start()):
                return m.start()
    return b


def _before_object_ender(text: str, c: _Cue, a: int, b: int, lex: Lexicon) -> int:
    """Where a subordinate clause begins after a cue's plain object ("ha expresado escepticismo luego de
    que …"), or b. A clause after a complementizer is the source's own and is left whole."""
    if not lex.object_enders:
        return b
    before = text[c.end:a].split()
    if before and (before[-1].lower() in lex.complementizers or before[-1].endswith(":")):
        return b
    low = text[a:b].lower()
    for m in TOKEN_RE.finditer(text, a, b):
        at = m.start() - a
        if at and low[at - 1] == " " and any(low.startswith(e, at) and not low[at + len(e):at + len(e) + 1].isalnum()
                                             for e in lex.object_enders) and \
                _long_enough(text, a, m.start()):
            return _trim(text, a, m.start())[1]
    return b


MAX_CHANNEL_WORDS = 5


def _past_reflexive_object_preposition(text: str, c: _Cue, a: int, lex: Lexicon) -> int:
    """Past the preposition a reflexive cue governs ("s'est félicité de ce premier résultat", "se réjouit
    d'un accord": the report is "ce premier résultat"): `reflexive_objects` after a cue that opens with a
    reflexive auxiliary; else a."""
    if not lex.reflexive_objects or not c.text.lower().startswith(lex.reflexive_openers):
        return a
    m = TOKEN_RE.search(text, a)
    if m is None or text[a:m.start()].strip():
        return a
    word = m.group().lower()
    if word in lex.reflexive_objects:
        return _trim(text, m.end(), len(text))[0]
    elided = next((e for e in lex.reflexive_objects if e.endswith(("'", "’")) and word.startswith(e)), None)
    return m.start() + len(elided) if elided else a


def _before_channel_adjunct(text: str, c: _Cue, a: int, b: int, lex: Lexicon) -> int:
    """Where the channel of the reporting act begins in a cue's plain object ("confirmed the return to the
    table on its official Twitter account", "anunció la suspensión en rueda de prensa"), or b. Only for an
    object report: after "that" or a colon the clause is the source's own."""
    if not lex.channel_nouns:
        return b
    before = text[c.end:a].split()
    if before and (before[-1].lower() in lex.complementizers or before[-1].endswith(":")):
        return b
    for m in TOKEN_RE.finditer(text, a, b):
        if m.start() > a and m.group().lower() in lex.channel_prepositions and \
                any(w.lower() in lex.channel_nouns for w in _words(text, m.end(), b, MAX_CHANNEL_WORDS)) and \
                _long_enough(text, a, m.start()):
            return _before_opening_preposition(text, a, _trim(text, a, m.start())[1], lex)
    return b


def _before_opening_preposition(text: str, a: int, end: int, lex: Lexicon) -> int:
    """`end`, or before the preposition left last in text[a:end] by a cut ("la firma a través de su cuenta": the
    "a" opens the channel cut off after it)."""
    last = list(TOKEN_RE.finditer(text, a, end))[-1:]
    if last and last[0].start() > a and last[0].group().lower() in lex.addressee_prepositions | lex.np_prepositions:
        return _trim(text, a, last[0].start())[1]
    return end


NEGATION_REACH = 24   # characters read back from a cue for its negation ("did not", "no se")
NEGATION_WORD_RE = re.compile(r"[\w'’]+")


def _negated(text: str, s0: int, c: _Cue, lex: Lexicon) -> bool:
    """Is the cue negated right before it ("no se pronunció", "did not say", "n'a pas commenté")?"""
    before = NEGATION_WORD_RE.findall(text, max(s0, c.start - NEGATION_REACH), c.start)
    before = [w.lower() for w in before[-2:]]
    if len(before) == 2 and before[0] in lex.negations and lex.adverb_suffixes and \
            before[1].endswith(tuple(lex.adverb_suffixes)) and len(before[1]) > 4:
        return True   # "which has not publicly criticised either side": an adverb between them
    return bool(before) and (before[-1] in lex.negations or " ".join(before) in lex.negations)


def _after_introducer(text: str, s0: int, c: _Cue, lex: Lexicon) -> bool:
    """Is the cue the verb of a comparative clause after a comma ("…, como exige la oposición", "…, as
    critics demand")? When that clause is no attribution of the sentence, it reports nothing itself."""
    prev = list(TOKEN_RE.finditer(text, max(s0, c.start - 40), c.start))
    for i in range(len(prev) - 1, 0, -1):
        if prev[i].group().lower() in lex.tail_introducers:
            return prev[i - 1].group() == ","
    return False


def _gerund_in_phrase(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is an -ing cue a gerund inside a noun or prepositional phrase ("at the time of announcing the
    ceasefire", "Trump's calling her a bigot")? Then it has no speaker of its own and its object is no report."""
    if not lex.gerund_blockers or not lex.is_participle(m.group()):
        return False
    prev = list(TOKEN_RE.finditer(text, max(s0, m.start() - 16), m.start()))
    # (after a possessive too: "about Trump's calling Clinton a bigot" is a noun phrase)
    if not prev:
        return False
    word = prev[-1].group()
    if word.lower() in lex.gerund_blockers:
        return True
    stem = word[:-2].lower()
    return word.endswith(("'s", "’s")) and word[:1].isupper() and stem not in lex.pronouns and \
        stem not in lex.closed_words and stem not in ("here", "there", "that")


def _according_non_source(text: str, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """"según los mecanismos establecidos", "according to the plan": an "according to" whose object is
    no source (no name, body, person or document) cites a rule or a plan, not a speaker."""
    if not lex.is_according(m.group()) or m.group().lower() in lex.postposed_according:
        return False   # ("Pérez zufolge seien …": the source stands before the cue; what follows is the report)
    if lex.according_relatives and _relative_after(text, m.end(), lex) is not None:
        return False   # "…, según el cual …": the source stands before it (_according_relative)
    if _cue_pronoun(m, lex) is not None:
        return False   # "Ihm zufolge …", "In his view, …": the cue carries its source
    return subject_after(text, m.end(), s1, lex).kind == "rejected"


MAX_EMBEDDED_SUBJECT_WORDS = 6
MAX_EMBEDDED_GAP_CHARS = 90
MAX_CLAUSE_LEAD_CHARS = 60   # "in a statement on Friday" between a cue and its "that"


def _drop_embedded(text: str, cues: list[_Cue], lex: Lexicon) -> list[_Cue]:
    """Cues that are the verb of what an earlier cue reports ("He said that Ukraine proposed talks",
    "X said the US welcomes the deal") are dropped: the article attributes the whole clause to the outer
    source (LABELING.md); the inner subject only speaks inside that report, and cutting the report at
    the inner verb gave the outer clause a stub and the inner verb a false source."""
    if lex.verb_first or lex.perfect_auxiliaries or len(cues) < 2:
        return cues  # verb-first and verb-final orders put other words between a cue and its clause
    kept = [cues[0]]
    for c in cues[1:]:
        prev = kept[-1]
        if not prev.according and not c.according and not c.participle and (
                _embedded_gap(text, prev.end, c.start, lex) or _embedded_past_complementizer(text, prev, c, lex)) \
                and not _channel_then_relative(text, prev.end, c.end, lex):
            continue   # (but "publicó una nota en la que afirmó …": the relative's cue reports, not the first)
        kept.append(c)
    return kept


def _embedded_past_complementizer(text: str, prev: _Cue, c: _Cue, lex: Lexicon) -> bool:
    """"said Friday that it welcomed …", "said in a statement that the US rejects …": past the words a
    cue's clause starts after (a day, a channel), the gap to the next cue is "that SUBJECT", so that cue is
    the verb of the first one's report, as in "said that it welcomed …"."""
    if c.start - prev.end > MAX_EMBEDDED_GAP_CHARS + MAX_CLAUSE_LEAD_CHARS:
        return False
    start = _after_complementizer(text, prev.end, c.start, lex, prev.text)
    lead = text[prev.end:start].split()
    if start <= prev.end or len(lead) < 2 or lead[-1].lower() not in lex.complementizers:
        return False  # no words before "that": `_embedded_gap` has judged the gap already
    if not text[start:c.start].strip():
        return lex.drops_subjects   # "dijo el viernes que celebraba …": the inner subject dropped
    return _embedded_gap(text, start, c.start, lex)


def _embedded_gap(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Is text[a:b] just "[that] SUBJECT [aux]" (a few words, no punctuation, no new clause) between two
    cues? Then the second cue's clause is the first one's object."""
    if b - a > MAX_EMBEDDED_GAP_CHARS:
        return False  # a few words at most: do not tokenise the rest of a long sentence per cue
    toks = [m.group() for m in TOKEN_RE.finditer(text, a, b)]
    if _named_list_subject(toks, lex):
        return True   # "said that Brazil and Colombia rejected …": a list of names is one subject
    if "," in toks:
        first = TOKEN_RE.search(text, a, b)
        start = first.end() if first is not None and first.group().lower() in lex.complementizers else a
        # "said Dag Nylander, the head of the team, had told …", "said that Ana Ruiz, who leads …, had revealed …"
        return _subject_with_relative_aside(text, start, b, lex)
    if not toks or any(not t[0].isalnum() for t in toks):
        return False
    words = [t.lower() for t in toks]
    if words[0][:3] in ("qu'", "qu’") and len(words[0]) > 3:
        words[0:1] = ["qu'", words[0][3:]]   # "qu'il": the elided complementizer and the subject
    if words[0] in lex.complementizers or words[0] in ("qu'", "qu’"):
        words = words[1:]
        if not words and lex.drops_subjects:
            return True   # "dijo que rechazaba las sanciones": the subject is dropped, the clause is still his

    elif len(toks) > 3 and not (len(toks) <= MAX_EMBEDDED_SUBJECT_WORDS and all(t[:1].isupper() for t in toks)):
        return False  # without "that" the words after a cue are as often its object ("welcomed the plan X
        # announced") as a subject: only a bare subject of two or three words ("said the US welcomes"), or a
        # titled name ("said Venezuelan President Nicolas Maduro expressed …")
    while words and words[-1] in lex.between_subject_and_cue:
        words.pop()
    if not 1 <= len(words) <= MAX_EMBEDDED_SUBJECT_WORDS:
        return False
    stops = lex.subject_stops | lex.coordinators | lex.relative_pronouns | lex.complementizers
    return not any(w in stops or lex.is_cue_word(w) for w in words)


def _named_list_subject(toks: list[str], lex: Lexicon) -> bool:
    """Are `toks` ("[that] Brazil and Colombia [have]", "que Noruega, México y Catar") a list of names joined by
    commas and one coordinator, the subject of a cue inside another cue's report? `_embedded_gap` stops at
    a coordinator, which there joins two clauses as often ("said the talks failed and Qatar announced …");
    between names it joins the subject. Each conjunct is one or two capitalised words."""
    words = list(toks)
    if words and words[0].lower() in lex.complementizers:
        words = words[1:]
    while words and words[-1].lower() in lex.between_subject_and_cue:
        words.pop()
    joins = [i for i, w in enumerate(words) if w == "," or w.lower() in lex.coordinators]
    if not joins or words[joins[-1]].lower() not in lex.coordinators or \
            any(words[i] != "," for i in joins[:-1]):
        return False
    bounds = [-1, *joins, len(words)]
    conjuncts = [words[x + 1:y] for x, y in zip(bounds, bounds[1:], strict=False)]
    return len(conjuncts) <= MAX_LISTED_SUBJECTS and all(
        1 <= len(c) <= 2 and all(w[:1].isupper() and w.lower() not in lex.not_names for w in c) for c in conjuncts)


MAX_LISTED_SUBJECTS = 4   # "Brasil, Colombia y México": the mediators of 2024 named in one subject


PRONOUN_KINDS = frozenset({"thing_pronoun", "person_pronoun", "plural_pronoun"})


def _outer_subject_of_free_relative(text: str, s0: int, pronoun: Phrase, lex: Lexicon) -> Phrase | None:
    """The subject of the cue whose object is the free relative holding `pronoun` ("The ministry rejected what
    it called …" -> "The ministry"), or None when the pronoun opens no free relative after a cue."""
    before = [t.lower() for t in TOKEN_RE.findall(text, max(s0, pronoun.start - 24), pronoun.start)]
    if not lex.free_relatives or not any(" ".join(before[i:]) in lex.free_relatives for i in range(len(before))):
        return None
    cue = None
    for m in lex.cue_re.finditer(text, s0, pronoun.start):
        cue = m
    if cue is None:
        return None
    subject = subject_before(text, s0, cue.start(), lex)
    return subject if subject.kind in ("named", "body", "person_description") else None


def _free_relative(text: str, s0: int, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the cue inside a free relative that qualifies a noun phrase ("cheered what they say is the
    country's resilience", "lo que ellos llaman es …")? "what SUBJECT say + is" is the reporter hedging a
    description, not a report: the clause around it belongs to the outer cue."""
    if not lex.free_relatives or not lex.copulas:
        return False
    nxt = [w.lower() for w in _words(text, m.end(), min(s1, m.end() + 40), 2)]
    if not nxt or nxt[0] not in lex.copulas or nxt[1:] and nxt[1] in lex.complementizers:
        return False  # "What he said was that …" does report: its that-clause is what was said
    prev = [t.group().lower() for t in TOKEN_RE.finditer(text, max(s0, m.start() - 32), m.start())][-4:]
    return any(" ".join(prev[i:-1]) in lex.free_relatives for i in range(len(prev) - 1))


def _naming_relative(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is the cue inside a free relative that is another cue's object ("rejected what he called interference",
    "welcomed what it called a 'Venezuelan solution'")? The relative names what the outer cue reports on; the
    report runs on through it, and the inner verb starts no statement of its own."""
    window = text[max(s0, m.start() - 60):m.start()].lower()
    if not any(f in window for f in lex.free_relatives):
        return False   # (most cues: no free relative before them, no tokens read)
    prev = [t.group() for t in TOKEN_RE.finditer(text, max(s0, m.start() - 60), m.start())][-5:]
    at = next((i for i in range(len(prev) - 2, -1, -1) if prev[i].lower() in lex.free_relatives), None)
    if at is None or at == 0 or not lex.is_cue_word(prev[at - 1].lower()):
        return False
    subject = prev[at + 1:]
    return 0 < len(subject) <= 3 and (len(subject) == 1 and subject[0].lower() in lex.pronouns or
                                      all(is_capitalised(w) for w in subject))


def _opening_free_relative(text: str, s0: int, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the cue inside a free relative that opens its sentence as the subject of another verb ("What Rubio said
    surprised the negotiators", "Lo que dijo el canciller no convenció a nadie")? Then nothing after it is what was
    said; "What he said was that …", "Lo que dijo X es que …" still report (a copula and a complementizer follow)."""
    if not lex.free_relatives or m.start() - s0 > MAX_FREE_RELATIVE_CHARS:
        return False
    head = text[s0:m.start()].lower().lstrip()
    if not _DOUBLE_MARKS.isdisjoint(head) or "," in head:
        return False   # ('"What the Americans did is …," Amidror said': the relative is the quotation's; "What
        #                 really got under her skin, she said, was …": an attribution set inside the sentence)
    forms = [f + " " for f in lex.free_relatives] + \
        [f[:-1] + mark for f in lex.free_relatives if f.endswith("que") for mark in ("'", "’")]
    if not any(head.startswith(f) for f in forms):
        return False
    after = [w.lower() for w in _words(text, m.end(), s1, MAX_FREE_RELATIVE_WORDS)]
    return not any(a in lex.copulas and b in lex.complementizers for a, b in zip(after, after[1:], strict=False))


MAX_FREE_RELATIVE_CHARS = 60   # "Lo que dijo": the cue within a few words of the sentence's start
MAX_FREE_RELATIVE_WORDS = 12   # "… el canciller Pedro Gómez es que …": where the copula may stand


def _after_determiner(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is the cue form a noun after a determiner ("la demanda de la oposición", "the warning") or a
    possessive clitic ("Trump’s comments")? A verb never follows an article, so the word is no reporting cue
    (unless, after a clitic, a content clause follows it)."""
    if " " in m.group().strip():
        # an "according" phrase right after an article hedges a noun phrase ("die Freilassung der nach ihren
        # Angaben mehr als 1000 Gefangenen": the prisoners she counts), it attributes no clause
        prev = list(TOKEN_RE.finditer(text, max(s0, m.start() - 6), m.start()))
        return lex.is_according(m.group()) and bool(prev) and prev[-1].end() == m.start() - 1 and \
            prev[-1].group() in ARTICLES
    if lex.possessive_clitics and m.group().lower().endswith(lex.clitic_noun_endings) and \
            text[max(s0, m.start() - 3):m.start()].rstrip(" ").endswith(lex.possessive_clitics) and \
            text[m.start() - 1:m.start()] == " ":
        # (a noun with its content clause still reports: "Calderon’s comments that the wall …")
        nxt = text[m.end():m.end() + 12].split()[:1]
        return not (nxt and nxt[0].lower() in lex.complementizers)
    if not lex.noun_determiners:
        return False
    prev = list(TOKEN_RE.finditer(text, max(s0, m.start() - 12), m.start()))
    if not prev or prev[-1].end() != m.start() - 1:
        return False
    word = prev[-1].group().lower()
    return word in lex.noun_determiners or word in lex.noun_prepositions and \
        not m.group().lower().endswith(lex.participle_suffixes or ("\0",))


def _capitalised_inside(text: str, s0: int, m: re.Match[str], s1: int) -> bool:
    """Is the cue form a capitalised word inside a name ("the Court of Appeals", "director of Muslim
    Advocates", "the magazine Consumer Reports")? A verb is capitalised only where a sentence, a quotation or a
    heading opens. Read as a name only after a capitalised word or a name's connector, in a sentence written in
    lower case: a headline in title case ("Sanders Promises Action …") and a sentence whose full stop is
    missing ("… al pueblo venezolano Explicó que …") keep their verb."""
    word = m.group()
    if not (word[:1].isupper() and word[1:2].islower()):
        return False
    before = TOKEN_RE.findall(text, max(s0, m.start() - 40), m.start())
    if not before or not (before[-1][:1].isupper() or before[-1].lower() in CONNECTORS):
        return False
    long_words = [w for w in TOKEN_RE.findall(text, s0, s1) if len(w) > SHORT_WORD and w[:1].isalpha()]
    return sum(w[:1].isupper() for w in long_words) < HEADLINE_CAPITALS * len(long_words)


SHORT_WORD = 3            # "of", "the", "and", "to": words a headline in title case may leave in lower case
HEADLINE_CAPITALS = 0.5   # share of capitalised longer words from which a sentence reads as a title-case heading


DOCUMENT_VERB_REACH = 3   # words either side of "read" where its document stands ("the joint statement read")


def _read_by_no_document(text: str, s0: int, m: re.Match[str], s1: int, lex: Lexicon) -> bool:
    """Is the cue a document verb ("'…,' the statement read") whose subject is no document ("He read the
    statement")? It reports only what a statement, letter or communiqué says, standing just before or after,
    and only where punctuation or a quotation follows it ("the letter read: «…»")."""
    if m.group().lower() not in lex.document_verbs:
        return False
    after = text[m.end():s1].lstrip()[:1]
    if after and after not in ",:.;\"“”«»'’":
        return True   # "a statement read on state television": a participle, the document read out
    near = TOKEN_RE.findall(text, max(s0, m.start() - 40), m.start())[-DOCUMENT_VERB_REACH:]
    if text[max(s0, m.start() - 4):m.start()].rstrip(" ,")[-1:] in "”\"»’'":
        # '"…," read the statement.': after a quotation the subject follows its verb
        near += list(islice((t.group() for t in TOKEN_RE.finditer(text, m.end(), s1)), DOCUMENT_VERB_REACH))
    return not any(w.lower() in lex.statement_descriptions for w in near)


def _before_infinitive(text: str, s0: int, pos: int, lex: Lexicon) -> str | None:
    """The word before an infinitive marker right before `pos` ("declined" of "declined to comment"), "" when
    the marker opens the sentence, None when no marker stands there."""
    if not lex.infinitive_markers or \
            text[max(s0, pos - 8):pos].split()[-1:] not in ([w] for w in lex.infinitive_markers):
        return None   # (a cheap test first: most cues follow no "to")
    prev = TOKEN_RE.findall(text, max(s0, pos - 24), pos)[-2:]
    if not prev or prev[-1].lower() not in lex.infinitive_markers:
        return None
    return prev[0].lower() if len(prev) == 2 else ""


def _after_refusal(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is the cue the infinitive of a refusal ("declined to comment on the talks", "refused to say")? Whoever
    declines to speak says nothing: no statement, and no subjectless report to hand the last speaker."""
    return bool(lex.refusal_verbs) and _before_infinitive(text, s0, m.start(), lex) in lex.refusal_verbs


def _in_infinitive(text: str, s0: int, c: _Cue, lex: Lexicon) -> bool:
    """Is the cue an infinitive after its marker ("was quick to point out", "used the talks to call for"), in a
    language that writes its subjects (in the others a subject left out is the discourse's, Resolver)?"""
    if lex.drops_subjects or _before_infinitive(text, s0, c.start, lex) is None:
        return False
    word = c.text.split()[0].lower()
    return not word.endswith(lex.finite_endings) or len(word) > 2 and word[-1] == word[-2]


def _object_of_cue(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """Is the cue word the object of a past-tense cue right before it ("denied reports that …", "rejected
    claims that …", "welcomed calls for …")? Then it is a noun: the first cue reports it, and the words
    before the first cue are the source ("The ministry", not "The ministry denied"). Where modifiers stand
    before the noun (English), read from the forms: a regular past, then a word in "-s" ("Media reports
    said" keeps its verb)."""
    before = text[max(s0, m.start() - 40):m.start()]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and _past_cue_then_noun(words[-1], m.group(), lex)


def _past_cue_then_noun(first: str, second: str, lex: Lexicon) -> bool:
    """Is `second`, right after the cue `first`, its object noun: a regular past then an "-s" form, in a
    language whose modifiers stand before the noun ("denied reports", but "Media reports said")?"""
    second = second.split()[0]   # "calls for"
    return lex.modifiers_before_noun and second.lower().endswith("s") and first.lower().endswith("ed") and \
        lex.is_cue_word(first)


def _after_channel_noun(text: str, s0: int, m: re.Match[str], lex: Lexicon) -> bool:
    """"said in a video posted on X that …": a cue form right after a channel noun modifies it (a reduced
    relative), it reports nothing of its own."""
    if not lex.channel_nouns or not m.group()[:1].islower() or \
            not m.group().endswith(lex.past_participle_suffixes or ("\0",)):
        return False
    prev = list(TOKEN_RE.finditer(text, max(s0, m.start() - 16), m.start()))
    nxt = TOKEN_RE.search(text, m.end(), m.end() + 12)
    return bool(prev) and prev[-1].end() == m.start() - 1 and prev[-1].group() in lex.channel_nouns and \
        nxt is not None and nxt.group().lower() in lex.tail_openers   # "a video posted on X"


def _past_agent_skipped(text: str, s0: int, phrase: Phrase, lex: Lexicon) -> Phrase:
    """"El acuerdo leído por el facilitador, Dag Nylander, fijó que …" / "The text read by the envoy said":
    when the subject found is the agent of a past participle ("leído por", "read by") that modifies a noun
    opening the clause, that noun is the subject; the agent only tells who read or signed it. A document
    issued by someone ("The statement issued by the ministry said") is theirs: the issuer speaks."""
    if not lex.agent_prepositions or not lex.past_participle_suffixes or phrase.kind in ("none", "rejected"):
        return phrase
    toks = list(islice(TOKEN_RE.finditer(text, s0, phrase.start), 40))
    for i in range(1, len(toks)):
        word = toks[i].group().lower()
        if word in lex.agent_prepositions and toks[i - 1].group().lower().endswith(lex.past_participle_suffixes):
            if i >= 2 and toks[i - 2].group().lower() in lex.copulas | lex.passive_auxiliaries:
                return phrase   # a passive ("estuvo encabezada por Jorge Rodríguez, quien aseguró"): its agent acts
            head = subject_before(text, s0, toks[i - 1].start(), lex)
            if head.kind == "statement_description" and toks[i - 1].group().lower() in lex.issuing_verbs and \
                    phrase.kind in ("named", "body"):
                return phrase   # "The statement issued by the ministry said": a document speaks for its issuer
            if head.kind in SOURCE_KINDS and head.start >= s0 and not text[head.end:toks[i - 1].start()].strip():
                return head  # the participle modifies the head right before it, not "has been complicated by"

            return phrase
    return phrase


def _new_report_after_closed_quote(text: str, q: Quote, c: _Cue, gap_words: list[str], s1: int,
                                   lex: Lexicon) -> bool:
    """Does a quotation closed by its own full stop ('“… the vote.”') come before a capitalised subject whose
    cue reports a clause of its own ("She added that she would …", "Machado said they would …")? Then
    the cue opens a new sentence's report; '“… the vote.” Machado said.' stays the quotation's attribution."""
    if text[q.start:q.end].rstrip()[-1:] not in (".", "?", "!") or not gap_words or \
            not gap_words[0][:1].isupper():
        return False
    after = _words(text, c.end, s1, 1)
    return bool(after) and (_is_complementizer(after[0], lex) or after[0].lower() in lex.pronouns)


def _introduces_next_quote(text: str, c: _Cue, s1: int) -> bool:
    """Is the cue followed by a colon and a quotation ("…y señaló: «…»")? Then it introduces that one."""
    rest = text[c.end:min(s1, c.end + 6)].lstrip()
    return rest.startswith(":") and rest[1:].lstrip()[:1] in ("\"", "“", "«", "„", "'", "‘")


MIN_GENERIC_QUOTE_WORDS = 4


def _quotes_by_nearest_actor(text: str, language: str, actors: ActorDirectory) -> list[Statement]:
    """For a language without a cue file: every quotation of a few words, attributed to the known actor
    named nearest to it in its sentence (or, failing that, the last one named before). Quote marks and
    names are script-independent; reporting verbs are not, so this is the floor, not the method."""
    out: list[Statement] = []
    quotes = find_quotes(text, language)
    index = QuoteIndex(quotes)
    folded = actors.folded(text)
    last: str | None = None
    for s0, s1 in split_sentences(text, quotes):
        named = [(m.start(), a, w) for m, (a, w) in zip(actors.mention_spans(text, s0, s1, folded) if folded else [],
                                                         actors.mentioned(text[s0:s1]), strict=False)]
        for q in index.opening_in(s0, s1):
            if len(_words(text, q.start, q.end, MIN_GENERIC_QUOTE_WORDS)) < MIN_GENERIC_QUOTE_WORDS:
                continue
            outside = [n for n in named if not q.open <= n[0] < q.close]
            speaker = min(outside, key=lambda n: abs(n[0] - q.open))[2] if outside else last
            if not speaker:
                continue
            actor = actors.lookup(speaker)
            kind = "direct" if not text[s0:q.open].strip() or text[s0:q.open].rstrip().endswith(":") else "partial"
            out.append(Statement(
                speaker=speaker, quote=text[q.start:q.end], kind=kind, cue="", start=q.start, end=q.end,
                language=language, confidence=0.3, speaker_canonical=actor.name if actor else None,
                side=actor.side if actor else None,
            ))
        if named:
            last = named[-1][2]
    return out


def _member_body(actor: Actor, speaker: str, mentioned: list[tuple[Actor, str]]) -> str | None:
    """"According to a statement by the Department of State, Washington announced …": a state named by its
    capital or country name speaks through the body of that state the same sentence names (`mentioned`),
    the more specific source (LABELING.md: the most specific name the article gives). None otherwise."""
    if actor.kind != "government":
        return None
    for other, written in mentioned:
        if other.part_of == actor.name and fold(written) not in fold(speaker):
            return written
    return None


def _without_nested_subjectless(found: list[_Found]) -> list[_Found]:
    """The sentence's statements without the reports of a cue that stands inside another report and has no
    subject of its own ("rechazó la propuesta, argumentando que no ofrece garantías": "ofrece" reads
    "garantías" and would inherit the sentence's speaker). The outer report holds those words already."""
    if len(found) < 2:
        return found
    def subjectless(f: _Found) -> bool:
        return f.kind == "indirect" and (f.phrase is None or not f.phrase.text or
                                         f.phrase.kind in ("none", "coordinated"))

    def inside_another(f: _Found) -> bool:
        return any(g is not f and g.kind == "indirect" and not g.channel_only and
                   g.quote_start < f.quote_start and f.quote_end <= g.quote_end for g in found)

    return [f for f in found if not (subjectless(f) and inside_another(f))]


def _without_relayed_reports(text: str, found: list[_Found], lex: Lexicon) -> list[_Found]:
    """The sentence's statements without an "according to" report whose content is itself a report with
    its own source ("Guterres welcomed the announcement, according to a statement from his spokesman"): the
    guide's statement is the inner one (Guterres welcomed the announcement); the according phrase names who
    relayed it, as in _relays_a_report when the according phrase follows the cue directly."""
    if len(found) < 2:
        return found

    def main_clause(g: _Found, f: _Found) -> bool:
        # the inner report is the whole content: its source opens it (after a fronted phrase and its comma at
        # most: "Earlier Tuesday, his campaign manager, Jeff Weaver, says …", not "When X refused …, Y began
        # …") and its reported clause runs to the content's end
        if g.phrase is None or g.phrase.kind not in SOURCE_KINDS or lex.is_according(g.cue) or g.kind == TAIL:
            return False
        gap = text[f.quote_start:g.phrase.start].strip()
        return f.quote_start <= g.phrase.start and (not gap or gap.endswith(",")) and \
            g.quote_end <= f.quote_end and not text[g.quote_end:f.quote_end].strip(" ,.;")

    return [f for f in found if not (f.kind == "indirect" and lex.is_according(f.cue) and
                                     any(g is not f and main_clause(g, f) for g in found))]


def _reported_spans(found: list[_Found], s1: int) -> list[tuple[int, int]]:
    """What a sentence reports of its sources: from a source written before its content ("X afirmó que …")
    to the sentence's end, and each reported clause itself."""
    spans = [(f.quote_start, f.quote_end) for f in found if f.kind == "indirect"]
    heads = [f.phrase.end for f in found if f.kind != "direct" and f.phrase is not None and f.phrase.text and
             f.phrase.end <= f.quote_start]
    if heads:
        spans.append((min(heads), s1))
    return spans


def _outside_quotes(text: str, s0: int, s1: int, quotes: QuoteIndex,
                    reported: list[tuple[int, int]] | None = None) -> str:
    """The sentence with its quoted passages and reported clauses blanked out: a person named inside a
    quotation ("… should representatives of Maduro fail …", he said) or inside what someone is reported to
    have said ("Jorge Rodríguez hopes the bill proposed by Delcy Rodríguez …") is what the speaker talks
    about, not who "he" or "Rodríguez" is next."""
    spans = sorted([(q.start, q.end) for q in quotes.opening_in(s0, s1)] + (reported or []))
    if not spans:
        return text[s0:s1]
    parts, pos = [], s0
    for qa, qb in spans:
        a, b = max(qa, pos), min(qb, s1)
        if a < b:
            parts.extend([text[pos:a], " " * (b - a)])
            pos = b
    parts.append(text[pos:s1])
    return "".join(parts)


MAX_HEADING_WORDS = 15   # a line this short without a closing stop is a heading, not a sentence


def _heading_line(text: str, s0: int, s1: int) -> bool:
    """Is the sentence a whole line of at most MAX_HEADING_WORDS words that ends in a letter or digit (no stop,
    no closing mark): a subheading or a live blog's timed entry headline ("18h20 – Machado cobra mais solturas",
    "8:52 p.m. - Plane lands in Texas")? The guide labels no statement in them. (Asked only of a text of several
    lines: `_extract` reads that once.)"""
    line_start = text.rfind("\n", 0, s0) + 1
    line_end = text.find("\n", s1)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:s0].strip() or text[s1:line_end].strip():
        return False
    line = text[s0:s1].rstrip()
    if not line or len(line.split()) > MAX_HEADING_WORDS:
        return False
    # a timed entry's headline may end with a quotation, with no stop inside ("3:45 p.m. — Biden: 'We are
    # bringing them home'"): the time opening the line says it is a headline
    return line[-1].isalnum() or _TIMED_LINE_RE.match(line) is not None and line[-1] in "'’”»\"" and \
        not line.rstrip("'’”»\"").endswith((".", "!", "?"))


_TIMED_LINE_RE = re.compile(ENTRY_TIME)


def extract_statements(text: str, language: str, actors: ActorDirectory | None = None,
                       title: str = "") -> list[Statement]:
    """Statements in `text` (an article body) for a 2-letter `language`; never raises on odd input. The
    `title` is read only to name the person an interview is with ("Entrevista con Ana Ruiz")."""
    try:
        return _extract(text or "", (language or "").lower()[:2], actors, title or "")
    except Exception:  # noqa: BLE001 - one odd article must not stop a batch; the log keeps the trace
        log.exception("statement extraction failed on a text of %d characters", len(text or ""))
        return []


def _extract(text: str, language: str, actors: ActorDirectory | None, title: str = "") -> list[Statement]:
    if not text.strip():
        return []
    if actors is None:
        actors = load_actors()
    lex = lexicon(language)
    if lex is None:
        return _quotes_by_nearest_actor(text, language, actors)
    quotes = find_quotes(text, language)
    index = QuoteIndex(quotes)
    resolver = Resolver(actors, lex, text=text)
    several_lines = "\n" in text.strip()   # (a one-line text has no heading line)
    out: list[Statement] = []
    prev_speaker: str | None = None
    prev_mention: str | None = None
    prev_quoted = False  # did the previous sentence open with a quotation?
    introduced_by: Phrase | None = None   # the subject of a sentence that ended with a colon and no statement
    prev_span: tuple[int, int] | None = None   # the sentence before, when it gave no statement
    prev_carried: tuple[int, int, int] | None = None   # ... when its only statements were carried over (and how many)
    # Paragraphs read whole, each one direct statement of its author, read once at its first sentence: a post
    # embedded from X ("… https://t.co/… — Jorge Arreaza (@jaarreaza) May 29, 2019"), or an interview's answer
    # ("Q: … ¶ A: Neither, honestly. …"), the person the introduction is about
    wholes = [(p, EMBEDDED_POST_CONFIDENCE) for p in _embedded_posts(text)] + \
        [(p, INTERVIEW_ANSWER_CONFIDENCE) for p in _interview_answers(text, lex, title)]
    answering: str | None = None   # the person whose interview answer the sentence is part of
    for s0, s1 in split_sentences(text, quotes, lex.capitalised_nouns):
        whole = next((w for w in wholes if w[0].paragraph_start <= s0 < w[0].paragraph_end), None) if wholes else None
        if whole is None:
            answering = None
        else:
            post, confidence = whole
            if s0 <= post.start:
                written = text[post.author_start:post.author_end]
                author = resolver.resolve(Phrase(written, post.author_start, post.author_end, "named"))
                answering = author if post.reading.startswith(INTERVIEW) else None
                if author:
                    out.append(Statement(speaker=author, kind="direct", cue="", quote=text[post.start:post.end],
                                         start=post.start, end=post.end, language=language, confidence=confidence,
                                         speaker_mention=written, speaker_resolved=True,
                                         source_start=post.author_start, source_end=post.author_end,
                                         reading=post.reading))
                    prev_speaker, prev_mention = author, written
            if not answering:
                prev_span = prev_carried = introduced_by = None
                continue   # (a post is read whole)
            # an answer reports what others said, read as any sentence ("Medina nos dijo que estaba «al 90 %»");
            # its speaker's own words are the answer
        if several_lines and _heading_line(text, s0, s1):
            continue   # a subheading or a live blog's timed headline ("18h20 – Machado cobra mais solturas")
        found = _sentence_statements(text, s0, s1, index, lex, prev_speaker is not None, prev_quoted, introduced_by)
        found = _without_relayed_reports(text, _without_nested_subjectless(found), lex)
        back = prev_span or (prev_carried[:2] if prev_carried is not None else None)
        if lex.tail_anaphora and back is not None:
            pointed = _points_back(text, s0, s1, back, index, lex, carried=prev_span is None)
            if pointed is not None and prev_span is None and prev_carried is not None:
                # a quotation handed to the last speaker for want of a source ("«Serve un impegno». Così la
                # leader …") is taken back from them; the sentence's own statements after its source stay
                del out[len(out) - prev_carried[2]:]
                source_end = pointed.phrase.end if pointed.phrase is not None else s0
                found = [pointed] + [f for f in found if f.quote_start >= source_end]
            elif pointed is not None:
                found = [pointed]   # "Así lo informó el Presidente de RD, Danilo Medina, …": the sentence before
        issued_by: tuple[str, str] | None = None   # (owner, mention) of a document the sentence issues
        if not found and lex.issuing_re is not None:
            issuer = _document_issuer(text, s0, s1, lex)
            if issuer is not None:
                owner = resolver.resolve(issuer)
                if owner:
                    resolver.documents_issued_by(owner)   # "The ministry issued a statement." -> "the statement"
                    issued_by = (owner, issuer.text)
        prev_span = (s0, s1) if not found else None
        prev_carried = (s0, s1, len(found)) if found and all(f.phrase is None and f.kind == "direct" for f in found) \
            else None
        introduced_by = (_colon_subject(text, s0, s1, lex) or _bare_cue_subject(text, s0, s1, lex)) if not found \
            else None
        prev_quoted = text[s0:s1].lstrip()[:1] in OPENING_MARKS
        sentence_speaker: str | None = None
        this_speaker: str | None = None
        this_mention: str | None = None
        mentioned: list[tuple[Actor, str]] | None = None  # the sentence's known actors, read once if needed
        for f in found:
            if f.kind == TAIL:
                last = out[-1] if out else None
                if last is not None and last.kind == "direct" and "\n" not in text[last.end:f.quote_start]:
                    end = _before_closing_stop(text, last.end, f.quote_end)
                    out[-1] = replace(last, quote=_quoted_pieces(text, last.start, end, index), end=end)
                    # the speaker goes on: a quotation opening the next paragraph is still theirs ('"… There is
                    # no shortcut.¶"And we will judge them …"')
                    this_speaker, this_mention = last.speaker, last.speaker_mention
                continue
            if f.phrase is not None and f.phrase.kind in PRONOUN_KINDS and sentence_speaker is None:
                # "The ministry rejected what it called «interference»": the pronoun of a free relative is the
                # subject of the cue before it, not the last source met (it had been a person before that)
                f.phrase = _outer_subject_of_free_relative(text, s0, f.phrase, lex) or f.phrase
                mark = _opening_mark_before(text, f.quote_start)
                person = _first_full_name(text, s0, mark) if f.kind == "direct" and \
                    f.phrase.kind == "person_pronoun" and text[s0:mark].rstrip().endswith(":") else None
                if person is None and f.phrase.kind == "person_pronoun":
                    person = _coordinated_clause_subject(text, s0, s1, f.phrase, lex)
                if person is not None:
                    # 'His colleague Rick Scott, a critic of Caracas, was more measured: "…," he wrote.': he is
                    # the one the clause before the colon is about; "Cabello used his program …, and he told
                    # viewers …": the one the sentence's first clause is about
                    resolver.meet(person)
            if f.phrase is not None and f.phrase.kind == "coordinated" and sentence_speaker is None:
                # "Maduro has resisted calls … and has accused …": the sentence's own subject.
                f.phrase = _sentence_subject(text, s0, s1, f.quote_start, lex) or \
                    _main_verb_subject(text, s0, s1, f.quote_start, lex) or \
                    _first_named(text, s0, s1, f.quote_start, lex) or \
                    Phrase("", f.phrase.start, f.phrase.start, "none")
            if f.phrase is not None and f.phrase.kind not in PRONOUN_KINDS and "-" in f.cue:
                # "Caracas, a-t-il affirmé sur Telegram, ne fait qu'« exercer … »": a cue that carries its
                # inverted pronoun has that pronoun for its subject, whatever name stands before it
                inverted = _pronoun_inside_cue(_Cue(f.cue, f.phrase.start, f.phrase.end, False, False), lex)
                f.phrase = inverted or f.phrase
            if f.phrase is not None and f.phrase.text and _asked_anonymity(text, f.phrase.end, s1, lex):
                continue   # "A senior Biden administration official, speaking on condition of anonymity, said"
            if f.phrase is not None and f.phrase.text.lower() in lex.interrogatives:
                continue   # a question reports nothing: "¿Qué explica la caída del bolívar?", "Who said so?"
            speaker = prev_speaker if f.phrase is None else _body_of_pronoun(
                text, s0, f.phrase, prev_speaker, prev_mention, resolver, lex) or resolver.resolve(
                f.phrase, sentence_speaker, f.kind != "indirect", f.kind == "direct",
                aside=text[f.phrase.end:min(f.quote_start, f.phrase.end + MAX_ASIDE_CHARS)]
                if f.phrase.kind == "named" and f.phrase.end < f.quote_start else "")
            if not speaker or speaker == answering:
                continue
            actor = actors.lookup(speaker) if actors else None
            # a person's title kept as written names no one, whatever body it holds ("Norway's special envoy for
            # Venezuela" is not Venezuela's government): unresolved, so the names step may name its holder
            kept_description = f.phrase is not None and f.phrase.kind == "person_description" and \
                speaker == f.phrase.text
            if actor is not None and actor.name in actors.parents and f.phrase is not None and \
                    f.phrase.kind == "named":
                if mentioned is None:
                    mentioned = actors.mentioned(text[s0:s1])
                member = _member_body(actor, speaker, mentioned)
                if member is not None:
                    speaker = member
                    resolver.note(member)
                    actor = actors.lookup(speaker)
            sentence_speaker = sentence_speaker or speaker
            if f.channel_only:
                continue
            # the mention of a statement read without its own source phrase ("…, y ha anunciado que …") is the
            # one its speaker was last written as: in this sentence, else in the one before
            carried_mention = this_mention if speaker == this_speaker else prev_mention if speaker == prev_speaker \
                else None
            this_speaker = speaker
            if f.phrase is not None and f.phrase.text and f.phrase.kind != "statement_description" and (
                    _in_a_statement(text, f.phrase.end, f.quote_start, lex) or
                    _in_a_statement(text, f.quote_end, s1, lex) or   # ("saludó … a través de un comunicado")
                    s0 <= f.phrase.start and _in_a_statement(text, s0, f.phrase.start, lex)):
                # ("En un comunicado, la Cancillería aseguró …": the channel opens the sentence)
                resolver.document_owner = speaker   # "Biden said in a statement that …": a later "the statement"
            mention = f.phrase.text if f.phrase is not None and f.phrase.text else (carried_mention or speaker)
            if f.kind == "partial":
                # 'settle "its own internal disputes."': the full stop inside the marks ends the reporter's
                # sentence, not the fragment quoted
                f.quote_end = _before_closing_stop(text, f.quote_start, f.quote_end)
            elif f.kind == "indirect" and _opens_paragraph(text, f.quote_start):
                # "CARACAS, Dec 5 (Reuters) - Venezuelan officials met …, Bloomberg reported": the dateline
                # opens the paragraph, not the report
                f.quote_start = _past_dateline(text, f.quote_start, f.quote_end)
            speaker, mention = unmarked(speaker), unmarked(mention)   # 'die Tageszeitung "El Nacional"'
            speaker = without_elision(speaker)   # "l'Organisation …" names "Organisation …" ("L'Unione" as written)
            out.append(Statement(
                speaker=speaker, kind=f.kind, cue=f.cue,
                quote=_without_aside(text, f.quote_start, f.quote_end, f.aside) if f.aside else
                _quoted_pieces(text, f.quote_start, f.quote_end, index) if f.kind == "direct" else
                text[f.quote_start:f.quote_end],
                start=f.quote_start, end=f.quote_end, language=language, confidence=f.confidence,
                # (a kept description names no actor, though its words may: "el enviado de Trump" is on
                # Trump's side, not Trump)
                speaker_canonical=actor.name if actor and not kept_description else None,
                side=actor.side if actor else None,
                speaker_mention=mention, speaker_resolved=not kept_description and not possessive_title(speaker, lex)
                and (actor is not None or is_name(speaker, lex) and not qualified_title(speaker, lex) and
                    classify(speaker.split(), lex) != "person_description"),  # ("La ministre …")
                source_start=f.phrase.start if f.phrase is not None and f.phrase.text else -1,
                source_end=f.phrase.end if f.phrase is not None and f.phrase.text else -1,
            ))
            this_mention = mention
        prev_speaker, prev_mention = (this_speaker, this_mention) if this_speaker is not None or issued_by is None \
            else issued_by   # ("El gobierno de Noruega difundió una nota. «Las partes …»": the note's words)
        met_before = len(resolver.people)
        resolver.scan(text[s0:s1], _outside_quotes(text, s0, s1, index, _reported_spans(found, s1)))
        if this_speaker is not None:
            # the sentence's speaker stays the one a later "he said" points to, not a name met in an
            # adverbial around it ("Speaking after a deadline for Maduro …, Kirby said …. But he said …")
            resolver.keep_salient(this_speaker)
        else:
            # a sentence that reports nothing: its subject, not its object, is whom a later "he" or "el
            # presidente colombiano" points to ("Petro habló con Maduro. El presidente colombiano dijo …")
            # (read only when two people or more could be the one a later pronoun points to)
            subject = _sentence_subject(text, s0, s1, s1, lex) if resolver.has_rivals() else None
            if subject is not None and resolver.is_person(subject.text):
                resolver.keep_salient_name(subject.text)
                resolver.continue_with(subject.text)
            else:   # (no subject read, or a body or place: "O economista Ana Ruiz, da Universidade do Porto, …")
                person = _opening_person(text, s0, s1, lex) or _person_after_opening_phrase(text, s0, s1, lex) \
                    if text[s0:s1].rstrip()[-1:] == "." else None
                if person is None and resolver.roles and _opens_with_description(text, s0, s1, lex):
                    # "Der Gesandte für Sondermissionen postete ein Foto, …": a description of a person the
                    # article gave that role opens the sentence; a later "er" is that person
                    opening = subject_after(text, _main_clause_start(text, s0, s1, lex), s1, lex)
                    holder = resolver.role_holder(opening.text) if opening.kind in ("person_description", "named") \
                        else None
                    person = holder if holder is not None and first_name_gender(holder) else None
                if person is not None:
                    resolver.meet(person)
                elif lex.drops_subjects and len(set(resolver.people[met_before:])) == 1 and \
                        len(_words(text, s0, s1, MAX_TOPIC_SENTENCE_WORDS + 1)) <= MAX_TOPIC_SENTENCE_WORDS:
                    # "Di tutt'altro tono Gerardo Blyde, che guida la delegazione. «…», ha affermato.": a short
                    # sentence naming one person introduces whom a dropped subject goes on with
                    resolver.continue_with(resolver.people[-1])
            pair = _coordinated_pair(text, s0, s1, lex) if lex.coordinator_re is not None and \
                lex.coordinator_re.search(text, s0, min(s1, s0 + MAX_PAIR_HEAD_CHARS)) else None
            if pair is not None:
                resolver.last_pair = pair
    return out
