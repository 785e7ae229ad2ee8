"""Quote marks and sentences: where quoted passages and sentences start and end in an article.

Why by context rather than by glyph: outlets mix marks freely (“…”, «…”, "…», straight quotes used for
both ends), so a mark opens when it follows a space or the start of a line and closes when it is
followed by a space or punctuation. Pairs nest (« … "dialogue" … »); a quote left open runs to the end
of its paragraph, which is how Spanish and French mark a quotation continued over paragraphs.
Plain-ASCII archives write the double mark as two apostrophes (''…''); those pairs are read as one mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial, wraps
from typing import ParamSpec, TypeVar

from tasks.cues import abbreviations, sentence_openers, time_qualifiers, times_of_day
from tasks.dates import MONTHS, fold
from tasks.speakers import first_name_gender

DOUBLE_MARKS = "\"“”«»„‹›"
ALWAYS_OPEN = "«„‹"
ALWAYS_CLOSE = "»›"
GUILLEMETS = "«»‹›"
SINGLE_OPEN = "‘'"
SINGLE_CLOSE = "’'"
OPEN_BEFORE = " \t\n([{—–-/:;"
CLOSE_AFTER = " \t\n.,;:!?)]}—–-/…"
MAX_SINGLE = 300
# ‘…’ written with the typographic marks can only be a quotation (an apostrophe inside a word never closes
# one): British copy quotes whole paragraphs so ("‘The Barbados agreement is … in 2024,’ the department said")
MAX_TYPOGRAPHIC_SINGLE = 2000

_MARK_RE = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")
PARAGRAPH_RE = re.compile(r"[^\n]+")   # a paragraph: a run of characters between line ends
# A run of stops before a space and a sentence's opening, or a full stop glued to a capitalised word
# ("…talks.The next…"). The second branch starts with its full stop and looks behind past it, so the engine
# only stops at stops (a look-behind first was tried at every character: half the sentence splitter's scan).
# A sentence ends at its stop (and the quotation mark that closes right after it: ” » ’ in English, French and
# Spanish, “ ‘ « in German and Swiss style) before a space and what can open the next one: a word, a digit, a
# dash, or any opening quotation mark (“ « „ ‚ ‹ ‘ ' " and the archive's two apostrophes).
_BOUNDARY_RE = re.compile(r"[.!?…]+(?:''|[\"”»’'“‘«‹›]|[ \u00a0\u202f][»›])?(?=\s+[\"“«„‚‹›‘'¿¡(—–\-\d\w]|\s+''\w)"
                          r"|\.(?<=[a-záéíóú)\"”»’]\.)(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
# Two apostrophes standing for a double quotation mark: the New York Times archive quotes that way, 116 of
# PolNeAR's 840 training articles and 1,038 of their statements (''It's done,'' he said.).
TWO_APOSTROPHES = "''"
# A single mark opening before a word (not after a word character or another mark) or closing after a word or
# a stop (not before a word character or another mark). Each branch starts with its mark and looks behind
# past it: the same matches as testing the character before first, but the engine only stops at marks
# instead of trying two look-behinds at every character (half of find_quotes' time).
_SINGLE_RE = re.compile(r"[‘'](?<![\w’'][‘'])(?=\w)|[’'](?<=[\w.,!?][’'])(?![\w’'])")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: `start`/`end` bound its content, `open`/`close` include the marks."""

    open: int
    start: int
    end: int
    close: int
    closed: bool


P = ParamSpec("P")
R = TypeVar("R")


def remember_last(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` with its last call's result kept, returned again for the same arguments (compared by value).

    The rule pass and the tagger's features read the same article's quotes and sentences one after the
    other; the second reading is free. The result is shared: callers treat it as read-only."""
    last: list[tuple[object, R]] = []

    @wraps(fn)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (args, kwargs)
        found = last[0] if last else None   # one read: another thread may replace it meanwhile
        if found is not None and found[0] == key:
            return found[1]
        result = fn(*args, **kwargs)
        last[:] = [(key, result)]
        return result

    return remembered


class Spans:
    """Disjoint covering intervals of a set of (possibly nested) spans, for "is this position inside any
    of them?" by binary search. Why: a linear scan per position made long quote-heavy texts quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def covers(self, pos: int, strict: bool = False) -> bool:
        """True when a <= pos < b for some span (a < pos < b when `strict`)."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return False
        if strict and self._starts[i] == pos:
            i -= 1
            if i < 0:
                return False
        return pos < self._ends[i]


class QuoteIndex:
    """The quotes of one text, sorted, with the look-ups the extractor makes per cue in O(log n)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.open)
        self.opens = [q.open for q in self.quotes]
        self._last_chars = sorted(q.close - 1 for q in self.quotes)
        self._marks = Spans([(q.open, q.close) for q in self.quotes])

    def inside(self, pos: int) -> bool:
        """Is `pos` within some quote, its marks included?"""
        return self._marks.covers(pos)

    def mark_between(self, a: int, b: int) -> bool:
        """Does a quote open, or end its content, strictly between a and b?"""
        i = bisect_right(self.opens, a)
        if i < len(self.opens) and self.opens[i] < b:
            return True
        j = bisect_right(self._last_chars, a)
        return j < len(self._last_chars) and self._last_chars[j] < b

    def opening_in(self, a: int, b: int) -> list[Quote]:
        """The quotes whose opening mark lies in [a, b), in order."""
        return self.quotes[bisect_left(self.opens, a):bisect_left(self.opens, b)]


def _role(text: str, i: int, german: bool) -> str:
    """'open', 'close' or 'either' for the double mark at i, from its neighbours first, glyph second."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in ALWAYS_OPEN and not (german and c in GUILLEMETS):
        return "open"
    if c in ALWAYS_CLOSE and not (german and c in GUILLEMETS):
        return "close"
    # (German writes guillemets either way: »…« in much of its press and books, «…» in Switzerland; there
    # the neighbours decide, as for straight marks)
    opens = (prev in OPEN_BEFORE or prev in DOUBLE_MARKS) and not nxt.isspace()
    closes = prev not in OPEN_BEFORE and (nxt in CLOSE_AFTER or nxt in DOUBLE_MARKS)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if c == "“":
        return "close" if german else "open"
    if c == "”":
        return "close"
    return "either"


def _double_quotes(text: str, p0: int, p1: int, german: bool) -> list[Quote]:
    quotes: list[Quote] = []
    depth, start = 0, -1
    for m in _MARK_RE.finditer(text, p0, p1):
        i = m.start()
        role = _role(text, i, german)
        if depth == 0:
            if role in ("open", "either"):
                depth, start = 1, i
        elif role == "open":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                quotes.append(Quote(start, start + 1, i, i + 1, True))
    if depth > 0:
        end = p1
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        quotes.append(Quote(start, start + 1, end, end, False))
    return quotes


def _single_quotes(text: str, p0: int, p1: int, taken: list[Quote]) -> list[Quote]:
    """‘…’ pairs outside double quotes; an apostrophe inside a word never counts."""
    out: list[Quote] = []
    opener = -1
    inside = Spans([(q.open, q.close) for q in taken])
    for m in _SINGLE_RE.finditer(text, p0, p1):
        i = m.start()
        if inside.covers(i):
            continue
        is_open = text[i] in SINGLE_OPEN and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,!?"))
        if is_open and opener < 0:
            opener = i
        elif not is_open and opener >= 0 and text[i] in SINGLE_CLOSE:
            if i - opener <= (MAX_TYPOGRAPHIC_SINGLE if text[opener] == "‘" and text[i] == "’" else MAX_SINGLE):
                out.append(Quote(opener, opener + 1, i, i + 1, True))
            opener = -1
    return out


def _apostrophe_pairs_as_marks(text: str) -> tuple[str, set[int]]:
    """`text` with each '' written as one double mark and a space, keeping every offset: ' "' before a
    word (an opening mark), '" ' elsewhere (a closing one). Returns the view and where the pairs start."""
    pairs: set[int] = set()
    out: list[str] = []
    last = 0
    i = text.find(TWO_APOSTROPHES)
    while i >= 0:
        nxt = text[i + 2:i + 3]
        out.append(text[last:i])
        out.append(' "' if nxt and (nxt.isalnum() or nxt in "(¿¡$‘") else '" ')
        pairs.add(i)
        last = i + 2
        i = text.find(TWO_APOSTROPHES, last)
    out.append(text[last:])
    return "".join(out), pairs


def _widen_to_pairs(q: Quote, pairs: set[int]) -> Quote:
    """A quote found on the view: its marks cover both apostrophes of a pair."""
    opening = q.open - 1 if q.open - 1 in pairs else q.open
    closing = q.close + 1 if q.closed and q.close - 1 in pairs else q.close
    return Quote(opening, q.start, q.end, closing, q.closed)


@remember_last
def find_quotes(text: str, language: str = "") -> list[Quote]:
    """Every quoted passage in `text`, in order, paragraph by paragraph."""
    german = language == "de"
    view, pairs = _apostrophe_pairs_as_marks(text) if TWO_APOSTROPHES in text else (text, set())
    quotes: list[Quote] = []
    for para in PARAGRAPH_RE.finditer(view):
        found = _double_quotes(view, para.start(), para.end(), german)
        found += _single_quotes(view, para.start(), para.end(), found)
        quotes.extend(sorted(found, key=lambda q: q.open))
    if pairs:
        quotes = [_widen_to_pairs(q, pairs) for q in quotes]
    return [q for q in map(partial(_inside_spaces, text), quotes) if q.end > q.start]


def _inside_spaces(text: str, q: Quote) -> Quote:
    """The content without the spaces French sets inside its marks (« … », often no-break spaces)."""
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return q if (start, end) == (q.start, q.end) else Quote(q.open, start, end, q.close, q.closed)


def _is_abbreviation(text: str, dot: int, nouns_capitalised: bool = False) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    last = word.split(".")[-1]
    if word.lower() in times_of_day():
        # "8:45 p.m. Miriam Castellanos told …": a capital after a time of day opens the next sentence, unless it
        # goes on with the time ("3 p.m. Monday", "9 a.m. ET")
        nxt = text[dot + 1:dot + 40].split(maxsplit=1)[:1]
        return not nxt or not nxt[0][:1].isupper() or nxt[0].strip(".,;:") in time_qualifiers()
    if len(last) == 1 and last.islower() and last.isalpha():
        return True   # "u. a.", "z. B.", "d. h.", "p. ej.": a lone lower-case letter abbreviates a word
    if len(last) == 1 and last.isupper():
        # "U.S." and "George W. Bush" are abbreviations; "a post on X." ends a sentence, and so does "auf der
        # Plattform X." where every noun is capitalised: there a middle initial follows a known first name
        before = text[max(0, j - 80):j].rstrip().rsplit(" ", 1)[-1]
        if len(before) == 2 and before[0].islower() and before[1] == ".":
            return True   # "z. B.": the second letter of a spaced abbreviation
        if "." in word:
            # a dotted acronym ("U.S.") ends its sentence only before a word that opens one ("… by the U.S.
            # The opposition said …"), not before a name or noun it qualifies ("the U.S. State Department")
            nxt = text[dot + 1:dot + 40].split(maxsplit=1)[:1]
            return not nxt or nxt[0] not in sentence_openers()
        return before[:1].isupper() and (not nouns_capitalised or not before.isalpha() or
                                         first_name_gender(before) is not None) or \
            last in abbreviations()   # (French "M. Barrot")
    return last in abbreviations()


def _is_ordinal_date(text: str, dot: int, end: int) -> bool:
    """"am 1. Oktober": a day number with a full stop before a month name is a German ordinal date."""
    j = dot
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    if not 1 <= dot - j <= 2 or (j > 0 and text[j - 1].isalnum()):
        return False
    m = re.match(r"\s+(\w+)", text[end:end + 20])
    return m is not None and fold(m.group(1)) in MONTHS  # the month names the date parser reads


def _stops_end(text: str, i: int) -> int:
    """Where the run of sentence stops starting at i ends."""
    while i < len(text) and text[i] in ".!?…":
        i += 1
    return i


@remember_last
def split_sentences(text: str, quotes: list[Quote], nouns_capitalised: bool = False) -> list[tuple[int, int]]:
    """Sentence spans; a full stop inside a quotation does not end the sentence that holds it, unless it
    closes a fragment quoted inside the reporter's sentence ('called it “arbitrary.” Hendler warned').
    `nouns_capitalised`: the language capitalises every noun (German), so "Plattform X." is no initial."""
    inside = Spans([(q.start, q.end) for q in quotes])
    opened_at = {q.end: q.open for q in quotes}
    spans: list[tuple[int, int]] = []
    for para in PARAGRAPH_RE.finditer(text):
        # a paragraph is its words: the spaces before and after them (a line of spaces between paragraphs,
        # "text \n" or "\r\n" line ends) are no sentence, so they neither end nor interrupt a report
        start, end = para.start(), para.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        for m in _BOUNDARY_RE.finditer(text, start, end):
            cut = m.end()
            if inside.covers(m.start(), strict=True) and not start < opened_at.get(_stops_end(text, m.start()),
                                                                                     start):
                continue
            dot = m.start()
            if text[dot] == "." and m.end() - m.start() == 1 and (
                    _is_abbreviation(text, dot, nouns_capitalised) or _is_ordinal_date(text, dot, m.end())):
                continue
            spans.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            spans.append((start, end))
    return [(a, b) for a, b in spans if b > a]
