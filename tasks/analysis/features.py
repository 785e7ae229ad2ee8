"""Token features for the attribution tagger, shared across languages.

A paragraph is one sequence. Each token carries what generalises across languages and outlets: its shape,
the quote state (inside a quotation, at a mark), the cue lexicon of its language (tasks/data/cues), the
distance to the nearest cue, the sentence edges, the actor directory, and what the rule pass
(tasks/statements.py) made of it. The rules' knowledge becomes evidence the model weighs, learned from
PolNeAR and the guide's articles, instead of the last word. The word itself is a feature too: in English
(most of the data) it sharpens the cues; in other languages the shared features carry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from tasks.actors import ActorDirectory
from tasks.cues import Lexicon, lexicon
from tasks.quotes import Quote, find_quotes, split_sentences
from tasks.records import Statement
from tasks.statements import extract_statements

TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")
QUOTE_MARKS = frozenset("\"“”«»„‹›‘’'")
DISTANCE_BUCKETS = ((1, "1"), (2, "2"), (5, "3-5"), (12, "6-12"), (30, "13-30"))
MAX_TOKENS_PER_PARAGRAPH = 600   # longer "paragraphs" (lists, tables run together) are cut into pieces


@dataclass(slots=True)
class Sequence:
    """One paragraph: token offsets and their feature strings."""

    spans: list[tuple[int, int]]
    features: list[list[str]]


PRODUCT_DOMAIN = "guide"     # the articles the monitor reads follow the guide's conventions (LABELING.md)


def domain_tag(domain: str) -> str:
    """The mark of a corpus's own copy of a feature ("guide" -> "G|")."""
    return domain[:1].upper() + "|"


def in_domain(seq: Sequence, domain: str) -> Sequence:
    """The sequence with a copy of each feature but the words marked with its corpus ("guide" or "polnear").

    "Frustratingly easy" domain adaptation (Daumé III, 2007): the shared copy learns what both corpora agree on,
    the marked copy what only one of them does. PolNeAR counts every attribution ("officials said", thoughts
    told as speech) where the guide skips anonymous sources and reporters' narration; with one set of weights
    the tagger learnt PolNeAR's habits, thirty times more numerous. The monitor tags in the guide's domain.
    Word features stay shared only: copying them would double the model for little.
    """
    tag = domain_tag(domain)
    return Sequence(seq.spans, [f + [tag + x for x in f if x[0] != "w"] for f in seq.features])


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word[0].isupper():
        return "X" if word.isupper() and len(word) > 1 else "Xx"
    if word[0].isalpha():
        return "x"
    return word if word in QUOTE_MARKS else "p"


def _bucket(distance: int) -> str:
    d = abs(distance)
    size = next((name for limit, name in DISTANCE_BUCKETS if d <= limit), "far")
    return ("L" if distance < 0 else "R") + size


class _Marks:
    """Character ranges labelled by a role, looked up by position."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[tuple[int, int, str]] = []

    def add(self, a: int, b: int, label: str) -> None:
        self._items.append((a, b, label))

    def freeze(self) -> None:
        self._items.sort()
        self._starts = [a for a, _, _ in self._items]

    def at(self, pos: int) -> str | None:
        i = bisect_right(self._starts, pos) - 1
        # a few overlapping items at most: look back a little
        for j in range(i, max(-1, i - 4), -1):
            a, b, label = self._items[j]
            if a <= pos < b:
                return label
        return None


def _rule_marks(text: str, rules: list[Statement]) -> _Marks:
    marks = _Marks()
    for s in rules:
        marks.add(s.start, s.end, f"C{s.kind[:1]}")
        if s.source_start >= 0:
            marks.add(s.source_start, s.source_end, "S")
        if s.cue:
            # the cue as written nearest before (or after) the content
            before = text.rfind(s.cue, max(0, s.start - 300), s.start)
            if before >= 0:
                marks.add(before, before + len(s.cue), "V")
            else:
                after = text.find(s.cue, s.end, s.end + 300)
                if after >= 0:
                    marks.add(after, after + len(s.cue), "V")
    marks.freeze()
    return marks


def _quote_state(quotes: list[Quote]) -> _Marks:
    marks = _Marks()
    for q in quotes:
        marks.add(q.open, q.start, "open")
        marks.add(q.start, q.end, "in")
        marks.add(q.end, q.close, "close")
    marks.freeze()
    return marks


def _cue_marks(text: str, lex: Lexicon | None) -> list[tuple[int, int, str]]:
    if lex is None:
        return []
    out = []
    for m in lex.cue_re.finditer(text):
        word = m.group().lower()
        out.append((m.start(), m.end(), "acc" if word.split()[0] in lex.according else "verb"))
    return out


def _actor_marks(text: str, actor_spans: list[tuple[int, int, str]]) -> _Marks:
    marks = _Marks()
    for a, b, kind in actor_spans:
        marks.add(a, b, kind)
    marks.freeze()
    return marks


def sequences(text: str, quotes: list[Quote], lex: Lexicon | None, rules: list[Statement],
              actor_spans: list[tuple[int, int, str]],
              cues: list[tuple[int, int, str]] | None = None) -> list[Sequence]:
    """Feature sequences of every paragraph of `text` (`cues`: the lexicon's matches, when already found)."""
    quote_at = _quote_state(quotes)
    rule_at = _rule_marks(text, rules)
    actor_at = _actor_marks(text, actor_spans)
    cues = _cue_marks(text, lex) if cues is None else cues
    cue_starts = [c[0] for c in cues]
    sentence_bounds = split_sentences(text, quotes)
    sentence_starts = [a for a, _ in sentence_bounds]
    lower_sets = (lex.pronouns_person | lex.pronouns_plural | lex.pronouns_thing) if lex else frozenset()
    descriptions = (lex.person_descriptions | lex.statement_descriptions | lex.body_nouns) if lex else frozenset()
    out: list[Sequence] = []
    mark_positions = sorted({q.open for q in quotes} | {q.close - 1 for q in quotes})
    rule_starts = sorted(s.start for s in rules)
    for para in re.finditer(r"[^\n]+", text):
        if not (_any_in(cue_starts, para.start(), para.end()) or _any_in(mark_positions, para.start(), para.end())
                or _any_in(rule_starts, para.start(), para.end())):
            continue  # no cue, no quotation, no rule statement: nothing to attribute (and half the cost)
        toks = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, para.start(), para.end())]
        for piece in range(0, len(toks), MAX_TOKENS_PER_PARAGRAPH):
            spans = toks[piece:piece + MAX_TOKENS_PER_PARAGRAPH]
            if spans:
                out.append(Sequence(spans, _features(text, spans, quote_at, rule_at, actor_at, cues, cue_starts,
                                                     sentence_starts, lower_sets, descriptions)))
    return out


def _any_in(sorted_positions: list[int], a: int, b: int) -> bool:
    i = bisect_right(sorted_positions, a - 1)
    return i < len(sorted_positions) and sorted_positions[i] < b


def _features(text: str, spans: list[tuple[int, int]], quote_at: _Marks, rule_at: _Marks, actor_at: _Marks,
              cues: list[tuple[int, int, str]], cue_starts: list[int], sentence_starts: list[int],
              pronouns: frozenset[str], descriptions: frozenset[str]) -> list[list[str]]:
    n = len(spans)
    words = [text[a:b] for a, b in spans]
    lows = [w.lower() for w in words]
    shapes = [_shape(w) for w in words]
    qs = [quote_at.at(a) or "out" for a, _ in spans]
    rs = [rule_at.at(a) or "O" for a, _ in spans]
    acts = [actor_at.at(a) or "-" for a, _ in spans]
    # cue membership per token, and the sentence index of each token
    cue_tag = ["-"] * n
    sent_idx = [bisect_right(sentence_starts, a) for a, _ in spans]
    first_in_sentence = [i == 0 or sent_idx[i] != sent_idx[i - 1] for i in range(n)]
    j = bisect_right(cue_starts, spans[0][0]) - 1 if cue_starts else -1
    j = max(j, 0)
    for i, (a, _b) in enumerate(spans):
        while j < len(cues) and cues[j][1] <= a:
            j += 1
        if j < len(cues) and cues[j][0] <= a < cues[j][1]:
            cue_tag[i] = ("B" if cues[j][0] == a else "I") + cues[j][2]
    # signed token distance to the nearest cue token in the same sentence
    left, right = [-1] * n, [-1] * n
    last = -1
    for i in range(n):
        last = -1 if first_in_sentence[i] else last
        left[i] = last
        last = i if cue_tag[i] != "-" else last
    last = -1
    for i in range(n - 1, -1, -1):
        right[i] = last
        last = i if cue_tag[i] != "-" else last
        last = -1 if first_in_sentence[i] else last
    dist = ["none"] * n
    for i in range(n):
        if left[i] >= 0 and (right[i] < 0 or i - left[i] <= right[i] - i):
            dist[i] = _bucket(i - left[i])
        elif right[i] >= 0:
            dist[i] = _bucket(i - right[i])
    feats: list[list[str]] = []
    for i in range(n):
        w, low = words[i], lows[i]
        f = ["b", "w=" + low[:24], "s=" + shapes[i], "q=" + qs[i], "r=" + rs[i], "c=" + cue_tag[i], "d=" + dist[i],
             "a=" + acts[i], f"qr={qs[i]}|{rs[i]}", f"cd={cue_tag[i]}|{dist[i]}"]
        if first_in_sentence[i]:
            f.append("sent0")
        if low in pronouns:
            f.append("pron")
        if low in descriptions:
            f.append("desc")
        if w in QUOTE_MARKS:
            f.append("mark")
        if i > 0:
            f += ["w-1=" + lows[i - 1][:24], "q-1=" + qs[i - 1], "c-1=" + cue_tag[i - 1], "r-1=" + rs[i - 1],
                  "s-1=" + shapes[i - 1]]
        else:
            f.append("edge-1")
        if i + 1 < n:
            f += ["w+1=" + lows[i + 1][:24], "q+1=" + qs[i + 1], "c+1=" + cue_tag[i + 1], "r+1=" + rs[i + 1],
                  "s+1=" + shapes[i + 1]]
        else:
            f.append("edge+1")
        if i > 1:
            f.append("w-2=" + lows[i - 2][:24])
        if i + 2 < n:
            f.append("w+2=" + lows[i + 2][:24])
        feats.append(f)
    return feats


@dataclass(slots=True)
class ArticleFeatures:
    """The rule pass's statements, the quotes, the actor mentions and the feature sequences of an article:
    the one preparation shared by training and tagging, so both see the same features."""

    rules: list[Statement]
    quotes: list[Quote]
    actor_spans: list[tuple[int, int, str]]
    sequences: list[Sequence]
    folded: str | None          # the text case- and accent-folded, when that keeps its length
    cues: list[tuple[int, int, str]]   # the cue lexicon's matches (start, end, "verb" | "acc")


def article_features(text: str, language: str, actors: ActorDirectory) -> ArticleFeatures:
    lang = (language or "").lower()[:2]
    rules = extract_statements(text, lang, actors)
    quotes = find_quotes(text, lang)
    folded = actors.folded(text)
    spans = actors.spans(text, folded)
    lex = lexicon(lang)
    cues = _cue_marks(text, lex)
    return ArticleFeatures(rules, quotes, spans, sequences(text, quotes, lex, rules, spans, cues), folded, cues)
