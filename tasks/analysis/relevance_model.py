"""Relevance learned from labelled articles, on top of the topic file's evidence.

The topic file (tasks/relevance.py) says which words are about the talks and how near they must stand;
alone, its hand-set threshold missed whole phases of the story (the 2024 mediation by Brazil, Colombia and
Mexico; the 2025-26 envoys between Washington and Caracas). A logistic regression weighs the topic's own
evidence (per role and field: anchors, negotiation terms, venues, process names, other countries' processes,
the rule score) together with the article's words, learned from the guide's develop articles and PolNeAR's
840 US political articles (all off topic). The model is a JSON file of named weights, so `--explain` can
say which features pushed a decision and by how much.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tasks.records import Evidence, RelevanceDecision
from tasks.relevance import judge, topic_profile
from tasks.topic import Topic, words

RELEVANCE_MODEL = Path(__file__).resolve().parent.parent / "data" / "models" / "relevance.json"
MAX_WORDS = 4000           # words read per field: a bounded cost for any text


def article_features(title: str, text: str, language: str, topic: Topic,
                     known: dict[str, frozenset[str]] | None = None) -> tuple[dict[str, float], RelevanceDecision]:
    """Named features of an article, and the topic file's own decision (kept as evidence). With `known` (the
    words a model weighs, per prefix: `RelevanceModel.known`) only those words are counted: the rest weigh
    nothing."""
    title, text = title or "", text or ""
    rule = judge(title, text, language, topic)
    feats: dict[str, float] = {"rule:score": max(-5.0, min(10.0, rule.score)) / 5.0,
                               "rule:relevant": 1.0 if rule.relevant else 0.0}
    feats.update(topic_profile(title, text, topic))
    for prefix, field_text, cap in (("t:", title, 60), ("w:", text, MAX_WORDS)):
        found = [word for word, _ in words(field_text[: cap * 12])[:cap]]
        # counted in first-seen order (the order of the features is the order of the model's sum)
        seen = Counter(w for w in found if w in known[prefix]) if known is not None else \
            Counter(w for w in found if _countable(w))
        for word, count in seen.items():
            feats[prefix + word] = math.log1p(count) / 3.0
    return feats, rule


def _countable(word: str) -> bool:
    return len(word) > 2 and not word.isdigit()


def _known_words(weights: dict[str, float]) -> dict[str, frozenset[str]]:
    """The words the weights name under each prefix ("t:" title, "w:" body), without it: counting only those
    is what filtering every counted word by the weights did, at a set lookup a word."""
    return {prefix: frozenset(k[len(prefix):] for k in weights if k.startswith(prefix) and _countable(k[len(prefix):]))
            for prefix in ("t:", "w:")}


@dataclass(frozen=True, slots=True)
class RelevanceModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    known: dict[str, frozenset[str]] = field(init=False, repr=False)   # derived from the weights, once

    def __post_init__(self) -> None:
        object.__setattr__(self, "known", _known_words(self.weights))

    @classmethod
    def load(cls, path: Path = RELEVANCE_MODEL) -> RelevanceModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], bias=data["bias"], threshold=data["threshold"])

    def probability(self, feats: dict[str, float]) -> tuple[float, list[tuple[str, float]]]:
        """P(relevant) and each feature's contribution, strongest first."""
        contributions = [(name, value * self.weights[name]) for name, value in feats.items() if name in self.weights]
        z = self.bias + sum(c for _, c in contributions)
        contributions.sort(key=lambda x: -abs(x[1]))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), contributions

    def judge(self, title: str, text: str, language: str, topic: Topic) -> RelevanceDecision:
        feats, rule = article_features(title, text, language, topic, self.known)
        p, contributions = self.probability(feats)
        relevant = p >= self.threshold
        top = ", ".join(f"{name} {weight:+.2f}" for name, weight in contributions[:5])
        reason = (f"{'relevant' if relevant else 'not relevant'}: p={p:.2f} (threshold {self.threshold:.2f}); "
                  f"strongest features: {top}; topic file: {rule.reason}")
        evidence = rule.evidence + tuple(
            Evidence(term=name, kind="model", where="title" if name.startswith("t:") else "text", offset=-1,
                     weight=round(weight, 3)) for name, weight in contributions[:6])
        return RelevanceDecision(relevant=relevant, score=round(p, 3), evidence=evidence, reason=reason)
