"""Which mention is a statement's source: candidates around the statement, ranked by a learned model.

Candidates come from everything that may name a source near a statement: the article's name runs, the
actor directory, pronouns, the tagger's source chunks and the rule pass's own choice. Each gets features
that say where it stands (before or after the content, how far, next to the cue, after "according to",
inside a quotation) and what it is (a name, a pronoun, a description, a known person or body). A logistic
regression, trained on PolNeAR's labelled sources and the guide's speakers, scores them; the best one above
the model's floor becomes the speaker, resolved to a name when it is a pronoun or a surname (names.py).
The model is a JSON file of named weights, so --explain shows which features chose the source.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, repeat
from operator import mul
from pathlib import Path

from tasks.actors import ActorDirectory
from tasks.analysis.features import PRODUCT_DOMAIN, domain_tag
from tasks.analysis.names import ArticleNames, name_runs
from tasks.cues import Lexicon
from tasks.speakers import is_name

SOURCE_MODEL = Path(__file__).resolve().parent.parent / "data" / "models" / "sources.json"
WINDOW = 320            # characters either side of a statement in which candidates are read
_WORD = re.compile(r"[\w][\w’'.\-]*")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    kind: str                   # "name" | "pronoun" | "tagged" | "rule"
    flags: set[str]
    features: dict[str, float] | None = None
    name: str = ""              # what the candidate resolves to ("" when nothing)
    resolved: bool = False


def _bucket(chars: int) -> str:
    for limit, label in ((0, "0"), (15, "15"), (40, "40"), (90, "90"), (180, "180")):
        if chars <= limit:
            return label
    return "far"


class ArticleContext:
    """What candidate generation needs about one article, computed once."""

    def __init__(self, text: str, lex: Lexicon | None, actors: ActorDirectory, quotes: list[tuple[int, int]],
                 cue_spans: list[tuple[int, int]], actor_spans: list[tuple[int, int, str]],
                 folded: str | None = None) -> None:
        self.text = text
        self.lex = lex
        self.actors = actors
        self.runs = name_runs(text)
        self.names = ArticleNames(text, lex, folded, self.runs)
        self.run_starts = [a for a, _ in self.runs]
        self.quotes = sorted(quotes)
        self.quote_starts = [a for a, _ in self.quotes]
        self.cues = sorted(cue_spans)
        self.cue_starts = [a for a, _ in self.cues]
        self.pronoun_words = lex.pronouns if lex else frozenset()
        self.actor_spans = actor_spans
        self._pronouns: list[tuple[int, int]] | None = None
        self._counts: dict[str, int] | None = None

    # Read only when a statement needs its source ranked (a minority of articles): computed on first use.
    @property
    def pronouns(self) -> list[tuple[int, int]]:
        if self._pronouns is None:
            # every word of the article tested: the words, their lower case and the test listed by map()
            words = list(_WORD.finditer(self.text))
            is_pronoun = map(self.pronoun_words.__contains__, map(str.lower, map(re.Match.group, words)))
            self._pronouns = [m.span() for m in compress(words, is_pronoun)]
            self.pronoun_starts = [a for a, _ in self._pronouns]
        return self._pronouns

    @property
    def counts(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = {}
            for a, b in self.runs:
                key = self.text[a:b].split()[-1].lower()
                self._counts[key] = self._counts.get(key, 0) + 1
        return self._counts

    def in_quote(self, a: int, b: int) -> bool:
        i = bisect_right(self.quote_starts, a) - 1
        return i >= 0 and self.quotes[i][0] <= a and b <= self.quotes[i][1]

    def person_before(self, pos: int) -> str:
        """The nearest person-like name before `pos` (a pronoun's antecedent)."""
        i = bisect_left(self.run_starts, pos) - 1
        while i >= 0 and pos - self.runs[i][1] < 2000:
            a, b = self.runs[i]
            run = self.text[a:b]
            words = run.split()
            actor = self.actors.lookup(run)
            if not self.in_quote(a, b) and (actor is not None and actor.kind == "person" or
                                            len(words) >= 2 and not self.names._is_body(words) and
                                            actor is None):
                return self.names.complete(actor.name if actor is not None and len(words) == 1 else run)
            i -= 1
        return ""

    def _cue_relation(self, a: int, b: int) -> str:
        """Does a cue stand right after the candidate ("X said") or right before it ("said X")?"""
        i = bisect_left(self.cue_starts, b)
        if i < len(self.cues) and self.cues[i][0] - b <= 25 and "," not in self.text[b:self.cues[i][0]]:
            return "cue-after"
        j = bisect_right(self.cue_starts, a) - 1
        if j >= 0 and 0 <= a - self.cues[j][1] <= 25 and "." not in self.text[self.cues[j][1]:a]:
            return "cue-before"
        return "no-cue"


def candidates(ctx: ArticleContext, a: int, b: int, tagged: list[tuple[int, int, float]],
               rule_span: tuple[int, int] | None, domain: str = PRODUCT_DOMAIN) -> list[Candidate]:
    """Candidate sources of the statement whose content is text[a:b]; `domain` is the corpus whose
    conventions the features are copied for (features.in_domain: training reads both, the monitor the guide's)."""
    text = ctx.text
    lo, hi = max(0, a - WINDOW), min(len(text), b + WINDOW)
    found: dict[tuple[int, int], Candidate] = {}

    def add(s: int, e: int, kind: str, flag: str) -> None:
        if s < e and not (a <= s < b):
            key = (s, e)
            for (x, y), c in found.items():   # merge overlapping mentions into one candidate
                if x < e and s < y:
                    c.flags.add(flag)
                    return
            found[key] = Candidate(s, e, text[s:e], kind, {flag})

    if rule_span and rule_span[0] >= 0:
        add(rule_span[0], rule_span[1], "rule", "rule")
    for s, e, _conf in tagged:
        add(s, e, "tagged", "tagged")
    for s, e in ctx.runs[bisect_left(ctx.run_starts, lo):bisect_left(ctx.run_starts, hi)]:
        add(s, e, "name", "name")
    pronouns = ctx.pronouns
    for s, e in pronouns[bisect_left(ctx.pronoun_starts, lo):bisect_left(ctx.pronoun_starts, hi)]:
        add(s, e, "pronoun", "pronoun")
    out = list(found.values())
    for c in out:
        c.features = _features(ctx, c, a, b, tagged)
        _resolve(ctx, c)
    _relative(ctx, out, a, b)
    tag = domain_tag(domain)
    for c in out:
        c.features.update({tag + k: v for k, v in c.features.items()})  # type: ignore[union-attr]
    return out


_CLAUSE_OPENING = re.compile(r"(^|[.!?:;\n][\"”»’)]?\s*|(^|\s)[“\"«]\s*)$")   # a sentence's or a quotation's start
CONJOINED = ("pos:", "rel:", "rank:")   # features also read per kind of candidate (name, pronoun, tagged, rule)


def _relative(ctx: ArticleContext, cands: list[Candidate], a: int, b: int) -> None:
    """Features that compare a candidate with the others of the same statement (the nearest name before
    the content, the second nearest ...), where it stands in its clause, and conjunctions a linear model
    cannot form itself (a pronoun right before a cue is not a name right before it). Tuning fold: the
    right source ranked first for 230 of 332 PolNeAR statements without a rule-pass speaker (211 without
    these) and 19 of 41 guide ones (13)."""
    before = sorted((c for c in cands if c.end <= a), key=lambda c: a - c.end)
    after = sorted((c for c in cands if c.start >= b), key=lambda c: c.start - b)
    for side, order in (("before", before), ("after", after)):
        for rank, c in enumerate(order):
            c.features[f"rank:{side}:{min(rank, 3)}"] = 1.0          # type: ignore[index]
        named = [c for c in order if c.kind != "pronoun" and c.resolved]
        for rank, c in enumerate(named):
            c.features[f"rank-named:{side}:{min(rank, 2)}"] = 1.0    # type: ignore[index]
    for c in cands:
        f = c.features
        assert f is not None
        f["subject-pos"] = float(c.start == 0 or bool(_CLAUSE_OPENING.search(ctx.text[max(0, c.start - 40):c.start])))
        f["resolved"] = float(c.resolved)
        kind = "kind=" + c.kind
        for k in [k for k in f if k.startswith(CONJOINED)]:
            f[kind + "&" + k] = 1.0
        pos = next((k for k in f if k.startswith("pos:")), None)
        rel = next((k for k in f if k.startswith("rel:") and k.count(":") == 1), None)
        if pos and rel:
            f[pos + "&" + rel] = 1.0
        if f["subject-pos"]:
            f["subject&" + (pos or "")] = 1.0


def _features(ctx: ArticleContext, c: Candidate, a: int, b: int, tagged: list[tuple[int, int, float]]) -> dict[
        str, float]:
    text = ctx.text
    f: dict[str, float] = {"bias": 1.0}
    for flag in sorted(c.flags):   # sorted: a set's order varies with the process's hash seed, and so would
        f["is:" + flag] = 1.0       # the order of the score's sum and its last digits
    before = c.end <= a
    gap = a - c.end if before else c.start - b
    side = "before" if before else "after"
    f[f"pos:{side}:{_bucket(gap)}"] = 1.0
    between = text[c.end:a] if before else text[b:c.start]
    f[f"sep:{side}:newline"] = float("\n" in between)
    f[f"sep:{side}:sentence"] = float(bool(re.search(r"[.!?][\"”»’]?\s", between)))
    relation = ctx._cue_relation(c.start, c.end)
    f["rel:" + relation] = 1.0
    f["rel:" + relation + ":" + side] = 1.0
    words = c.text.split()
    f["words:" + str(min(len(words), 5))] = 1.0
    caps = sum(1 for w in words if w[:1].isupper())
    f["caps:" + ("0" if not caps else "1" if caps == 1 else "2+")] = 1.0
    f["first-cap-only"] = float(caps == 1 and words[0][:1].isupper() and len(words) > 1)
    low = [w.lower().strip(",.;:") for w in words]
    if ctx.lex is not None:
        f["has:body"] = float(any(w in ctx.lex.body_nouns for w in low))
        f["has:description"] = float(any(w in ctx.lex.person_descriptions for w in low))
        f["has:anonymous"] = float(any(w in ctx.lex.anonymous for w in low))
        f["has:statement"] = float(any(w in ctx.lex.statement_descriptions for w in low))
        prev = text[max(0, c.start - 20):c.start].lower().split()
        f["after:according"] = float(bool(prev) and prev[-1] in ctx.lex.according)
    f["in-quote"] = float(ctx.in_quote(c.start, c.end))
    actor = ctx.actors.lookup(c.text)
    f["actor:" + (actor.kind if actor else "none")] = 1.0
    key = words[-1].lower() if words else ""
    f["mentions"] = math.log1p(ctx.counts.get(key, 0))
    conf = max((x for s, e, x in tagged if s < c.end and c.start < e), default=0.0)
    f["tagged-confidence"] = conf
    return f


def _resolve(ctx: ArticleContext, c: Candidate) -> None:
    if c.kind == "pronoun" or c.text.lower() in ctx.pronoun_words:
        c.name = ctx.person_before(c.start)
        c.resolved = bool(c.name)
        return
    name, _step = ctx.names.clean(c.text)
    c.resolved = is_name(name, ctx.lex)
    if not c.resolved:
        actor = ctx.actors.lookup(c.text)
        if actor is not None:
            name, c.resolved = actor.name, True
    c.name = name


@dataclass(frozen=True, slots=True)
class SourceModel:
    weights: dict[str, float]
    floor: float

    @classmethod
    def load(cls, path: Path = SOURCE_MODEL) -> SourceModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], floor=data["floor"])

    def score(self, features: dict[str, float]) -> float:
        # sum(v * weights.get(k, 0.0) for k, v in features.items()), the products listed by map() (C speed);
        # the same products added in the same order
        z = sum(map(mul, features.values(), map(self.weights.get, features, repeat(0.0))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, cands: list[Candidate]) -> tuple[Candidate | None, float]:
        scored = [(self.score(c.features or {}), c) for c in cands]
        if not scored:
            return None, 0.0
        p, c = max(scored, key=lambda x: x[0])
        return (c, p) if p >= self.floor else (None, p)
