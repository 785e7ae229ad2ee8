"""The topic file (TOML) turned into a validated, compiled `Topic`: the words live in data, not in code.

Why a word index and not regular expressions: one alternation of several hundred terms would be tried at
every character of every article; a dict lookup per word is about ten times faster and keeps `judge()`
well under a millisecond. Matching ignores case and accents through `fold()`, which keeps every
character in place so that evidence offsets point into the original text.

The file format is documented at the top of `tasks/data/topic_venezuela.toml`. A mistake in the file is a
`ConfigError` naming the file and the key, raised when the topic is loaded, never while judging.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from tasks.records import ConfigError

# Roles a term can play in a decision (Evidence.kind uses the term's `kind`, which is more specific).
ANCHOR, NEGOTIATION, WEAK, PLACE, PROCESS, NEGATIVE, CONTEXT = (
    "anchor", "negotiation", "weak_negotiation", "place", "process", "negative", "stage_one_context")
# When two terms match the same words, the more specific role wins.
_ROLE_PRIORITY = {PROCESS: 0, NEGATIVE: 1, ANCHOR: 2, PLACE: 3, NEGOTIATION: 4, WEAK: 5, CONTEXT: 6}

_WORD = re.compile(r"\w+")
_MEMO_LIMIT = 200_000  # distinct words remembered per topic before the memo starts again


class _FoldTable(dict[int, str]):
    """str.translate table that lower-cases and strips accents one character at a time.

    Each character maps to exactly one character, so offsets in the folded text are offsets in the
    original. Combining marks that stand alone (Arabic short vowels, tatweel) become "_", a word
    character, so they neither split a word nor change its length; `_key()` removes them.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if unicodedata.combining(char) or char == "\u0640":
            out = "_"
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
            low = base.lower()
            out = low if len(low) == 1 else (char.lower() if len(char.lower()) == 1 else char)
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length (so offsets carry over)."""
    return text.translate(_FOLD)


_RECENT_WORDS: dict[str, list[tuple[str, int]]] = {}


def words(text: str) -> list[tuple[str, int]]:
    """The folded words of `text` with their character offsets in `text` (read-only: the last few texts'
    lists are kept, since the rule decision and the learned relevance model read the same article)."""
    found = _RECENT_WORDS.get(text)
    if found is None:
        folded = fold(text)
        if "_" in folded:
            found = [(_key(m.group()), m.start()) for m in _WORD.finditer(folded)]
        else:   # nothing for _key to remove (most texts)
            found = [(m.group(), m.start()) for m in _WORD.finditer(folded)]
        if len(_RECENT_WORDS) >= 8:
            _RECENT_WORDS.clear()
        _RECENT_WORDS[text] = found
    return found


def _key(word: str) -> str:
    return word.replace("_", "") if "_" in word else word


@dataclass(frozen=True, slots=True)
class Term:
    """One term of the topic file, ready to match."""

    text: str            # as written in the file (shown in evidence)
    role: str            # ANCHOR, NEGOTIATION, WEAK, PLACE, PROCESS, NEGATIVE
    kind: str            # evidence kind: "country", "actor", "negotiation", "place", "process", "negative"
    group: str           # the table it came from: anchor group, language, negative context
    weight: float
    words: tuple[str, ...]
    prefix: bool = False  # the last word is a prefix ("negotiat*")
    strong: bool = False  # an anchor that wins over a nearby negative context
    needs_focus: bool = False  # an anchor only in an article that is about the topic


@dataclass(frozen=True, slots=True)
class Settings:
    """The [topic] table: thresholds and windows of the decision."""

    name: str
    threshold: float
    window: int
    title_weight: float
    min_mentions: int
    min_density: float
    max_negative_share: float
    stage_one_window: int
    stage_one_anchors: int = 3
    negative_weight: float = 0.5
    negotiation_weight: float = 1.0


@dataclass(frozen=True, slots=True, eq=False)
class Topic:
    """A compiled topic: its settings and a word index of its terms. Built once per file by load_topic."""

    path: str
    settings: Settings
    terms: tuple[Term, ...]
    clitics: tuple[str, ...] = ()
    _exact: dict[str, tuple[Term, ...]] = field(default_factory=dict, repr=False)
    _prefix: dict[str, tuple[Term, ...]] = field(default_factory=dict, repr=False)
    _prefix_lengths: tuple[int, ...] = ()
    _memo: dict[str, tuple[Term, ...]] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.settings.name

    @property
    def has_stage_one_context(self) -> bool:
        """Does the file list stage-one context words? Without them stage one passes any anchor."""
        return any(t.role == CONTEXT for t in self.terms)

    def _candidates(self, word: str) -> tuple[Term, ...]:
        found = list(self._exact.get(word, ()))
        for n in self._prefix_lengths:
            if len(word) >= n:
                found.extend(self._prefix.get(word[:n], ()))
        return tuple(found)

    def _lookup(self, word: str) -> tuple[Term, ...]:
        """Terms that may start at this word, memoised: news vocabulary repeats, lookups dominate the cost.

        A word with an Arabic-style clitic ("والمفاوضات") is looked up again without it.
        """
        memo = self._memo
        found = memo.get(word)
        if found is not None:
            return found
        found = self._candidates(word)
        if not found:
            for clitic in self.clitics:
                if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                    found = self._candidates(word[len(clitic):])
                    if found:
                        break
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        memo[word] = found
        return found

    def match(self, tokens: list[tuple[str, int]]) -> list[tuple[Term, int]]:
        """Terms found in a folded word list, as (term, index of its first word); longest match wins."""
        out: list[tuple[Term, int]] = []
        i, n = 0, len(tokens)
        lookup, known = self._lookup, self._memo.get
        while i < n:
            word = tokens[i][0]
            cands = known(word)   # the memo first, here: most words are in it, and most start no term
            if cands is None:
                cands = lookup(word)
            if not cands:
                i += 1
                continue
            best: Term | None = None
            for term in cands:
                size = len(term.words)
                if size > 1 and not _follows(term, tokens, i):
                    continue
                if (best is None or size > len(best.words)
                        or (size == len(best.words) and _ROLE_PRIORITY[term.role] < _ROLE_PRIORITY[best.role])):
                    best = term
            if best is None:
                i += 1
                continue
            out.append((best, i))
            i += len(best.words)
        return out


def _follows(term: Term, tokens: list[tuple[str, int]], i: int) -> bool:
    """Do the words after position i continue this multi-word term?"""
    last = len(term.words) - 1
    if i + last >= len(tokens):
        return False
    for j in range(1, last + 1):
        word, want = tokens[i + j][0], term.words[j]
        if j == last and term.prefix:
            if not word.startswith(want):
                return False
        elif word != want:
            return False
    return True


# ------------------------------------------------------------------------------------------ loading

_TOP_KEYS = ["topic", "weights", "match", "anchors", "negotiation", "places", "process", "stage_one",
             "negative"]
_SETTINGS_DEFAULTS: dict[str, Any] = {
    "window": 20, "title_weight": 2.0, "min_mentions": 2, "min_density": 0.0, "max_negative_share": 0.5,
    "stage_one_window": 60,
    "stage_one_anchors": 3,
}
_WEIGHT_KEYS = {"negotiation": 1.0, "weak_negotiation": 0.4, "place": 0.6, "process": 3.0, "negative": 1.0}


def load_topic(path: str | os.PathLike[str]) -> Topic:
    """Read, validate and compile the topic file at `path`; cached until the file changes.

    Raises ConfigError naming the file and the key when the file is missing, not TOML, or wrong.
    """
    p = Path(path).resolve()
    try:
        stamp = p.stat().st_mtime_ns
    except OSError:
        raise ConfigError(f"{path}: topic file not found") from None
    return _load_cached(str(p), stamp)


@lru_cache(maxsize=16)
def _load_cached(path: str, stamp: int) -> Topic:
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read topic file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return build_topic(raw, path)


def build_topic(raw: dict[str, Any], source: str = "<topic>") -> Topic:
    """Validate a parsed topic table and compile its word index (separate from I/O for the tests)."""
    _keys(raw, _TOP_KEYS, source)
    settings = _settings(_table(raw, "topic", source, required=True), source)
    weights = dict(_WEIGHT_KEYS)
    wtable = _table(raw, "weights", source)
    _keys(wtable, list(_WEIGHT_KEYS), f"{source} [weights]")
    for key, value in wtable.items():
        weights[key] = _number(value, f"{source} [weights].{key}")
    mtable = _table(raw, "match", source)
    _keys(mtable, ["clitic_prefixes"], f"{source} [match]")
    clitics = tuple(sorted((fold(c) for c in _strings(mtable.get("clitic_prefixes", []),
                                                       f"{source} [match].clitic_prefixes")),
                           key=len, reverse=True))

    terms: list[Term] = []
    anchors = _table(raw, "anchors", source, required=True)
    if not anchors:
        raise ConfigError(f"{source} [anchors]: at least one anchor group is needed")
    for group, table in anchors.items():
        at = f"{source} [anchors.{group}]"
        if not isinstance(table, dict):
            raise ConfigError(f"{at}: expected a table with kind, weight, terms")
        _keys(table, ["kind", "weight", "strong", "needs_focus", "terms"], at)
        kind = table.get("kind", "actor")
        if not isinstance(kind, str):
            raise ConfigError(f"{at}.kind: expected a string such as 'country' or 'actor'")
        weight = _number(table.get("weight", 1.0), f"{at}.weight")
        strong, focus = table.get("strong", False), table.get("needs_focus", False)
        if not isinstance(strong, bool) or not isinstance(focus, bool):
            raise ConfigError(f"{at}: strong and needs_focus must be true or false")
        for text in _strings(table.get("terms"), f"{at}.terms", required=True):
            terms.append(_term(text, ANCHOR, kind, group, weight, f"{at}.terms", strong=strong,
                               needs_focus=focus))

    negotiation = _table(raw, "negotiation", source, required=True)
    if not negotiation:
        raise ConfigError(f"{source} [negotiation]: at least one language table is needed")
    for lang, table in negotiation.items():
        at = f"{source} [negotiation.{lang}]"
        if not isinstance(table, dict):
            raise ConfigError(f"{at}: expected a table with terms and weak")
        _keys(table, ["terms", "weak"], at)
        for text in _strings(table.get("terms"), f"{at}.terms", required=True):
            terms.append(_term(text, NEGOTIATION, "negotiation", lang, weights["negotiation"], f"{at}.terms"))
        for text in _strings(table.get("weak", []), f"{at}.weak"):
            terms.append(_term(text, WEAK, "negotiation", lang, weights["weak_negotiation"], f"{at}.weak"))

    for name, role in (("places", PLACE), ("process", PROCESS)):
        table = _table(raw, name, source)
        at = f"{source} [{name}]"
        _keys(table, ["kind", "terms"], at)
        kind = table.get("kind", role)
        if not isinstance(kind, str):
            raise ConfigError(f"{at}.kind: expected a string")
        for text in _strings(table.get("terms", []), f"{at}.terms"):
            terms.append(_term(text, role, kind, name, weights[name if name == "process" else "place"],
                               f"{at}.terms"))

    stage = _table(raw, "stage_one", source)
    _keys(stage, ["context"], f"{source} [stage_one]")
    for text in _strings(stage.get("context", []), f"{source} [stage_one].context"):
        terms.append(_term(text, CONTEXT, "context", "stage_one", 0.0, f"{source} [stage_one].context"))

    for context, table in _table(raw, "negative", source).items():
        at = f"{source} [negative.{context}]"
        if not isinstance(table, dict):
            raise ConfigError(f"{at}: expected a table with terms")
        _keys(table, ["terms"], at)
        for text in _strings(table.get("terms"), f"{at}.terms", required=True):
            terms.append(_term(text, NEGATIVE, "negative", context, weights["negative"], f"{at}.terms"))

    exact: dict[str, list[Term]] = {}
    prefix: dict[str, list[Term]] = {}
    for term in terms:
        if term.prefix and len(term.words) == 1:
            prefix.setdefault(term.words[0], []).append(term)
        else:
            exact.setdefault(term.words[0], []).append(term)
    return Topic(
        path=source, settings=_with_weights(settings, weights), terms=tuple(terms), clitics=clitics,
        _exact={k: tuple(v) for k, v in exact.items()}, _prefix={k: tuple(v) for k, v in prefix.items()},
        _prefix_lengths=tuple(sorted({len(k) for k in prefix})),
    )


def _term(text: str, role: str, kind: str, group: str, weight: float, at: str, *, strong: bool = False,
          needs_focus: bool = False) -> Term:
    body = text.strip()
    is_prefix = body.endswith("*")
    if is_prefix:
        body = body[:-1]
    if "*" in body:
        raise ConfigError(f"{at}: {text!r}: '*' may only end a term")
    parts = tuple(_key(w) for w in _WORD.findall(fold(body)))
    if not parts:
        raise ConfigError(f"{at}: {text!r} has no words")
    if is_prefix and len(parts[-1]) < 3:
        raise ConfigError(f"{at}: {text!r}: a prefix needs at least 3 letters before '*'")
    return Term(text=text.strip(), role=role, kind=kind, group=group, weight=weight, words=parts,
                prefix=is_prefix, strong=strong, needs_focus=needs_focus)


def _settings(table: dict[str, Any], source: str) -> Settings:
    at = f"{source} [topic]"
    _keys(table, ["name", "threshold", *_SETTINGS_DEFAULTS], at)
    if "threshold" not in table:
        raise ConfigError(f"{at}.threshold: missing (the score an article needs to be relevant)")
    values = {**_SETTINGS_DEFAULTS, **{k: v for k, v in table.items() if k not in ("name",)}}
    name = table.get("name", Path(source).stem)
    if not isinstance(name, str):
        raise ConfigError(f"{at}.name: expected a string")
    for key in ("window", "min_mentions", "stage_one_window", "stage_one_anchors"):
        value = values[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{at}.{key}: expected a whole number >= 0, got {value!r}")
    share = _number(values["max_negative_share"], f"{at}.max_negative_share")
    if share > 1:
        raise ConfigError(f"{at}.max_negative_share: expected a share between 0 and 1, got {share}")
    return Settings(
        name=name, threshold=_number(values["threshold"], f"{at}.threshold"), window=values["window"],
        title_weight=_number(values["title_weight"], f"{at}.title_weight"), min_mentions=values["min_mentions"],
        min_density=_number(values["min_density"], f"{at}.min_density"),
        max_negative_share=share, stage_one_window=values["stage_one_window"],
        stage_one_anchors=values["stage_one_anchors"],
    )


def _with_weights(settings: Settings, weights: dict[str, float]) -> Settings:
    values = {f: getattr(settings, f) for f in Settings.__slots__}
    return Settings(**{**values, "negative_weight": weights["negative"],
                       "negotiation_weight": weights["negotiation"]})


def _table(raw: dict[str, Any], key: str, source: str, required: bool = False) -> dict[str, Any]:
    value = raw.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{source} [{key}]: missing table")
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{source} [{key}]: expected a table, got {type(value).__name__}")
    return value


def _keys(table: dict[str, Any], allowed: list[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key {key!r} (allowed: {', '.join(allowed)})")


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(f"{where}: expected a number >= 0, got {value!r}")
    return float(value)


def _strings(value: Any, where: str, required: bool = False) -> list[str]:
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    if required and not value:
        raise ConfigError(f"{where}: the list is empty")
    return value
