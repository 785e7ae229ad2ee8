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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress
from typing import Any

from tasks.actors import ActorDirectory
from tasks.cues import Lexicon, lexicon
from tasks.quotes import Quote, find_quotes, split_sentences
from tasks.records import Statement
from tasks.statements import extract_statements

TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")
_SPAN = re.Match.span
QUOTE_MARKS = frozenset("\"“”«»„‹›‘’'")
DISTANCE_BUCKETS = ((1, "1"), (2, "2"), (5, "3-5"), (12, "6-12"), (30, "13-30"))
MAX_TOKENS_PER_PARAGRAPH = 600   # longer "paragraphs" (lists, tables run together) are cut into pieces


Features = list[list[str]] | list[list[bytes]]   # per token; bytes (UTF-8) where built for the tagger


@dataclass(slots=True)
class Sequence:
    """One paragraph: token offsets and their feature strings."""

    spans: list[tuple[int, int]]
    features: Features


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
    This is the definition; `article_features(..., domain)` builds the same strings in one go (tests compare).
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

    def labels(self, positions: list[int], default: str) -> list[str]:
        """`at` of each of the ascending `positions` (`default` for None), painted item by item instead of
        searched token by token. `at` gives a position the label of the last item (in start order) that holds
        it among the four that start last at or before it, so item j labels the positions from its start up
        to its end or the fourth next item's start, whichever comes first, and a later item paints over it."""
        if not positions:
            return []
        starts, items = self._starts, self._items
        lo, hi = positions[0], positions[-1]
        first, last = bisect_right(starts, lo) - 1, bisect_right(starts, hi) - 1
        out = [default] * len(positions)
        for j in range(max(0, first - 3), last + 1):   # no other item reaches these positions
            a, b, label = items[j]
            if j + 4 < len(starts):
                b = min(b, starts[j + 4])
            if b > lo:
                x, y = bisect_left(positions, a), bisect_left(positions, b)
                out[x:y] = [label] * (y - x)
        return out


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
              cues: list[tuple[int, int, str]] | None = None, domain: str | None = None,
              encoded: bool = False, for_tagging: bool = False) -> list[Sequence]:
    """Feature sequences of every paragraph of `text` (`cues`: the lexicon's matches, when already found);
    with `domain`, as `in_domain(seq, domain)` would make them (built in one go, without the copy);
    `encoded`: the features as UTF-8 bytes (for the tagger). `for_tagging`: only the paragraphs whose tags
    can make a statement, those holding a quotation mark or a rule-pass statement: in a paragraph with a cue
    alone the tagger can only propose reported speech the rules did not read, which the assembly drops
    (attribution.TAGGER_FILTERS "indirect-needs-rule"). Training reads every paragraph with a cue."""
    quote_at = _quote_state(quotes)
    rule_at = _rule_marks(text, rules)
    actor_at = _actor_marks(text, actor_spans)
    cues = _cue_marks(text, lex) if cues is None else cues
    cue_starts = [c[0] for c in cues]
    sentence_bounds = split_sentences(text, quotes, lex is not None and lex.capitalised_nouns)
    sentence_starts = [a for a, _ in sentence_bounds]
    lower_sets = lex.pronouns if lex else frozenset()
    descriptions = (lex.person_descriptions | lex.statement_descriptions | lex.body_nouns) if lex else frozenset()
    out: list[Sequence] = []
    mark_positions = sorted({q.open for q in quotes} | {q.close - 1 for q in quotes})
    rule_starts = sorted(s.start for s in rules)
    for para in re.finditer(r"[^\n]+", text):
        if not (not for_tagging and _any_in(cue_starts, para.start(), para.end()) or
                _any_in(mark_positions, para.start(), para.end()) or _any_in(rule_starts, para.start(), para.end())):
            continue  # no cue, no quotation, no rule statement: nothing to attribute (and half the cost)
        toks = list(map(_SPAN, TOKEN_RE.finditer(text, para.start(), para.end())))   # (start, end) each
        for piece in range(0, len(toks), MAX_TOKENS_PER_PARAGRAPH):
            spans = toks[piece:piece + MAX_TOKENS_PER_PARAGRAPH]
            if spans:
                out.append(Sequence(spans, _features(text, spans, quote_at, rule_at, actor_at, cues, cue_starts,
                                                     sentence_starts, lower_sets, descriptions, domain,
                                                     encoded)))
    return out


def _any_in(sorted_positions: list[int], a: int, b: int) -> bool:
    i = bisect_right(sorted_positions, a - 1)
    return i < len(sorted_positions) and sorted_positions[i] < b


def _features(text: str, spans: list[tuple[int, int]], quote_at: _Marks, rule_at: _Marks, actor_at: _Marks,
              cues: list[tuple[int, int, str]], cue_starts: list[int], sentence_starts: list[int],
              pronouns: frozenset[str], descriptions: frozenset[str], domain: str | None = None,
              encoded: bool = False) -> Features:
    """Each token's feature strings, in the order the model was trained on (CRFsuite sums the weights in the
    order given, so the order is part of the output). With `domain`, `in_domain`'s copies are appended too;
    `encoded`: as UTF-8 bytes, what CRFsuite reads (pycrfsuite encodes each str it is given; the memoised
    blocks are encoded once, so the tagger's input costs a fifth less to pass).

    Everything but the words comes from small closed sets (shape, quote state, rule mark, cue tag, distance,
    actor kind), so those strings are built once per process (`_BlockMemo`) and shared by every token with
    the same values: building ~40 strings per token was most of this function's cost.
    """
    n = len(spans)
    starts = [a for a, _ in spans]
    memo = _BlockMemo.of(domain_tag(domain) if domain else "", encoded)
    word_of, add_word = memo.words.get, memo.add_word
    words = [word_of(w) or add_word(w) for w in [text[a:b] for a, b in spans]]
    qs = quote_at.labels(starts, "out")
    rs = rule_at.labels(starts, "O")
    acts = actor_at.labels(starts, "-")
    first_in_sentence = _sentence_openers(starts, sentence_starts)
    cue_tag = _cue_tags(starts, cues, cue_starts)
    dist = _cue_distances(cue_tag, first_in_sentence)
    block_of, add_blocks = memo.own.get, memo.add_own
    blocks: list[TokenBlocks] = []
    for i in range(n):
        low, shape, mark, _, _, _, _, _ = words[i]
        key = (shape, qs[i], rs[i], cue_tag[i], dist[i], acts[i], first_in_sentence[i], low in pronouns,
               low in descriptions, mark)
        blocks.append(block_of(key) or add_blocks(key))
    (b, ), bias = memo.bias
    if n <= 4:
        return [_edge_token(i, words, blocks, memo) for i in range(n)]
    # the tokens with two words either side in one expression, over the columns shifted by slicing
    middle = [[b, w[3], *own_b, wp[4], *prev_b, wn[5], *next_b, wpp[6], wnn[7], *bias, *own_d, *prev_d, *next_d]
              for w, wp, wn, wpp, wnn, ((own_b, own_d), _, _), (_, (prev_b, prev_d), _), (_, _, (next_b, next_d))
              in zip(words[2:n - 2], words[1:n - 3], words[3:n - 1], words[:n - 4], words[4:],
                     blocks[2:n - 2], blocks[1:n - 3], blocks[3:n - 1], strict=True)]
    return [_edge_token(0, words, blocks, memo), _edge_token(1, words, blocks, memo), *middle,
            _edge_token(n - 2, words, blocks, memo), _edge_token(n - 1, words, blocks, memo)]


def _edge_token(i: int, words: list[Word], blocks: list[TokenBlocks], memo: _BlockMemo) -> list[Any]:
    """The features of token i when it lacks one of the two words either side (`_features` does the rest):
    the same strings in the same order, with the edge marks for a missing neighbour."""
    n = len(words)
    (b, ), bias = memo.bias
    own_b, own_d = blocks[i][0]
    f = [b, words[i][3], *own_b]
    if i > 0:
        prev_b, prev_d = blocks[i - 1][1]
        f.append(words[i - 1][4])
        f += prev_b
    else:
        f += memo.edge_before[0]
        prev_d = memo.edge_before[1]
    if i + 1 < n:
        next_b, next_d = blocks[i + 1][2]
        f.append(words[i + 1][5])
        f += next_b
    else:
        f += memo.edge_after[0]
        next_d = memo.edge_after[1]
    if i > 1:
        f.append(words[i - 2][6])
    if i + 2 < n:
        f.append(words[i + 2][7])
    return [*f, *bias, *own_d, *prev_d, *next_d]


def _sentence_openers(starts: list[int], sentence_starts: list[int]) -> list[bool]:
    """Does each token open a sentence (the first token, or the first at or after a sentence's start)?"""
    first = [False] * len(starts)
    first[0] = True
    for s in sentence_starts[bisect_right(sentence_starts, starts[0]):bisect_right(sentence_starts, starts[-1])]:
        first[bisect_left(starts, s)] = True
    return first


def _cue_tags(starts: list[int], cues: list[tuple[int, int, str]], cue_starts: list[int]) -> list[str]:
    """Cue membership per token: "B" or "I" and the cue's kind, "-" outside a cue. The cues are the lexicon
    pattern's matches (in order, never overlapping), so each is painted over the tokens that start in it."""
    cue_tag = ["-"] * len(starts)
    first = max(bisect_right(cue_starts, starts[0]) - 1, 0)
    for a, b, kind in cues[first:bisect_right(cue_starts, starts[-1])]:
        x, y = bisect_left(starts, a), bisect_left(starts, b)
        if x < y:
            cue_tag[x:y] = ["I" + kind] * (y - x)
            if starts[x] == a:
                cue_tag[x] = "B" + kind
    return cue_tag


def _cue_distances(cue_tag: list[str], first_in_sentence: list[bool]) -> list[str]:
    """Signed token distance (bucketed) to the nearest cue token in the same sentence, "none" when none; a
    tie goes to the cue before. Painted sentence by sentence, gap by gap between its cue tokens, from the
    precomputed buckets: a paragraph holds a handful of cues and hundreds of tokens."""
    n = len(cue_tag)
    cues = list(compress(range(n), map("-".__ne__, cue_tag)))
    dist = ["none"] * n
    if not cues:
        return dist    # no cue in the paragraph (a quotation or a rule statement brought it here)
    bounds = [0, *compress(range(1, n), first_in_sentence[1:]), n]
    k = 0
    for s, e in zip(bounds, bounds[1:], strict=False):
        while k < len(cues) and cues[k] < s:
            k += 1
        j = k
        while j < len(cues) and cues[j] < e:
            j += 1
        if j > k:
            _paint_sentence(dist, cues[k:j], s, e)
        k = j
    return dist


def _paint_sentence(dist: list[str], cues: list[int], s: int, e: int) -> None:
    """`_cue_distances` for the tokens s..e-1 of one sentence, whose cue tokens are `cues` (ascending)."""
    dist[s:cues[0]] = _CUE_AFTER[cues[0] - s:0:-1]
    dist[cues[-1] + 1:e] = _CUE_BEFORE[1:e - cues[-1]]
    for x, c in enumerate(cues):
        left = cues[x - 1] if x > 0 else -1
        right = cues[x + 1] if x + 1 < len(cues) else -1
        if right >= 0:   # the tokens between this cue and the next: the nearer one, the earlier on a tie
            middle = (c + right) // 2
            dist[c + 1:middle + 1] = _CUE_BEFORE[1:middle - c + 1]
            dist[middle + 1:right] = _CUE_AFTER[right - middle - 1:0:-1]
        if left >= 0 and (right < 0 or c - left <= right - c):
            dist[c] = _CUE_BEFORE[c - left]
        elif right >= 0:
            dist[c] = _CUE_AFTER[right - c]


_CUE_BEFORE = [_bucket(d) for d in range(MAX_TOKENS_PER_PARAGRAPH + 1)]     # [d]: the cue d tokens before
_CUE_AFTER = [_bucket(-d) for d in range(MAX_TOKENS_PER_PARAGRAPH + 1)]     # [d]: the cue d tokens after
Block = tuple[tuple[Any, ...], tuple[Any, ...]]   # feature strings (or bytes), their copies marked with the domain
TokenBlocks = tuple[Block, Block, Block]   # a token's own features; as the next token's "-1"; as the previous' "+1"
# a word as written -> lower case, shape, quote mark?, and its features "w=", "w-1=", "w+1=", "w-2=", "w+2="
Word = tuple[str, str, bool, Any, Any, Any, Any, Any]
WORD_PREFIXES = ("w=", "w-1=", "w+1=", "w-2=", "w+2=")
MAX_WORD_CHARS = 24
WORD_MEMO_LIMIT = 20_000   # words remembered before the memo starts again (a few MB)


class _BlockMemo:
    """The feature strings of a token, built once per process for one domain tag ("" for none), as str or as
    UTF-8 bytes (`encoded`):
      `own[key]`: the non-word features of a token by the values they are made of, with the same token's
        features as its neighbours read them ("-1" for the next token, "+1" for the previous one); the keys
        come from closed sets (shape, quote state, rule mark, cue tag, distance, actor kind), so this memo
        stays small (a few thousand entries);
      `words[word]`: what a word as written gives (lower case, shape, quote mark, its five word features);
        news vocabulary repeats, and the memo starts again past WORD_MEMO_LIMIT words."""

    _by_tag: dict[tuple[str, bool], _BlockMemo] = {}

    def __init__(self, tag: str, encoded: bool) -> None:
        self.tag = tag
        self.encoded = encoded
        self.own: dict[tuple[object, ...], TokenBlocks] = {}
        self.words: dict[str, Word] = {}
        self.bias = self._block(("b",))
        self.edge_before, self.edge_after = self._block(("edge-1",)), self._block(("edge+1",))

    @classmethod
    def of(cls, tag: str, encoded: bool) -> _BlockMemo:
        memo = cls._by_tag.get((tag, encoded))
        if memo is None:
            memo = cls._by_tag[tag, encoded] = cls(tag, encoded)
        return memo

    def _block(self, strings: tuple[str, ...]) -> Block:
        copies = tuple(self.tag + x for x in strings) if self.tag else ()
        if self.encoded:
            return tuple(x.encode() for x in strings), tuple(x.encode() for x in copies)
        return strings, copies

    def add_own(self, key: tuple[object, ...]) -> TokenBlocks:
        shape, q, r, c, d, a, sent0, pron, desc, mark = key
        f = [f"s={shape}", f"q={q}", f"r={r}", f"c={c}", f"d={d}", f"a={a}", f"qr={q}|{r}", f"cd={c}|{d}"]
        f += [name for name, on in (("sent0", sent0), ("pron", pron), ("desc", desc), ("mark", mark)) if on]
        before = self._block((f"q-1={q}", f"c-1={c}", f"r-1={r}", f"s-1={shape}"))
        after = self._block((f"q+1={q}", f"c+1={c}", f"r+1={r}", f"s+1={shape}"))
        blocks = self.own[key] = (self._block(tuple(f)), before, after)
        return blocks

    def add_word(self, word: str) -> Word:
        if len(self.words) >= WORD_MEMO_LIMIT:
            self.words.clear()
        low = word.lower()
        cut = low[:MAX_WORD_CHARS]
        feats = [prefix + cut for prefix in WORD_PREFIXES]
        w0, wb1, wa1, wb2, wa2 = [x.encode() for x in feats] if self.encoded else feats
        found = self.words[word] = (low, _shape(word), word in QUOTE_MARKS, w0, wb1, wa1, wb2, wa2)
        return found


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


def article_features(text: str, language: str, actors: ActorDirectory, domain: str | None = None,
                     encoded: bool = False, for_tagging: bool = False, title: str = "") -> ArticleFeatures:
    """`domain`: the corpus whose copy of the features the sequences carry (see `in_domain`), None for none;
    `encoded`: the features as UTF-8 bytes, what CRFsuite reads (the tagger's input, passed faster);
    `for_tagging`: only the paragraphs whose tags can make a statement (see `sequences`); `title`: the
    headline, for the rule pass (`extract_statements`)."""
    lang = (language or "").lower()[:2]
    rules = extract_statements(text, lang, actors, title)
    quotes = find_quotes(text, lang)
    folded = actors.folded(text)
    spans = actors.spans(text, folded)
    lex = lexicon(lang)
    cues = _cue_marks(text, lex)
    seqs = sequences(text, quotes, lex, rules, spans, cues, domain, encoded, for_tagging)
    return ArticleFeatures(rules, quotes, spans, seqs, folded, cues)
