"""Language, relevance and statements for one article: the analysis shared by the flow and `vzmon analyze`.

The scorer, the benchmarks and the monitor must measure the same code, so both the Prefect flow and the
JSON Lines command call `Analyzer.analyze`; nothing here knows about Prefect or the warehouse.

What is inside (one job a module):
  corpus.py           the labelled data and the fixed develop / set-aside split
  features.py         token features shared across languages (rules' output among them)
  tagger.py           the CRF attribution tagger (content, cue, source)
  attribution.py      chunks -> statements, speakers resolved, each with its assembly rule
  relevance_model.py  the learned relevance decision over the topic file's evidence
  version.py          the analysis version: a digest of code, data and models
  train.py            `make train`

`VZMON_ATTRIBUTION_MODEL` / `VZMON_SOURCE_MODEL` / `VZMON_RELEVANCE_MODEL` name other model files (for tuning);
`rules` for the attribution or relevance model means the rule pass alone (for comparison). The version covers
the files in use.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from tasks.actors import ActorDirectory, load_actors
from tasks.analysis.attribution import Extractor, Trace
from tasks.analysis.relevance_model import RELEVANCE_MODEL, RelevanceModel
from tasks.analysis.sources import SOURCE_MODEL, SourceModel
from tasks.analysis.tagger import ATTRIBUTION_MODEL, Tagger
from tasks.analysis.version import analysis_files, digest
from tasks.config import DEFAULT_ACTORS, DEFAULT_TOPIC
from tasks.cues import lexicon
from tasks.language import detect_language
from tasks.records import RelevanceDecision, Statement
from tasks.relevance import Topic, judge, load_topic, may_be_relevant
from tasks.spaces import plain_layout, plain_spaces
from tasks.speakers import without_leading_article
from tasks.statements import extract_statements

RULES = "rules"


def _untimed(_name: str) -> AbstractContextManager[object]:
    return nullcontext()


@dataclass(frozen=True, slots=True)
class Analysis:
    language: str
    relevance: RelevanceDecision
    statements: list[Statement]
    traces: list[Trace] = field(default_factory=list)   # one per statement when asked for (--explain)


@dataclass(frozen=True, slots=True)
class Analyzer:
    """A topic, an actor directory and the trained models, loaded once, applied to many articles."""

    topic: Topic
    actors: ActorDirectory
    version: str
    extractor: Extractor | None = None
    relevance_model: RelevanceModel | None = None

    @classmethod
    def load(cls, topic_path: str | Path = DEFAULT_TOPIC, actors_path: str | Path = DEFAULT_ACTORS,
             attribution_model: str | Path | None = None, relevance_model: str | Path | None = None) -> Analyzer:
        """`*_model` name a model file, or "rules" for the rule pass alone; by default the shipped models
        (or the files named by VZMON_ATTRIBUTION_MODEL / VZMON_RELEVANCE_MODEL)."""
        attribution = str(attribution_model or os.environ.get("VZMON_ATTRIBUTION_MODEL") or ATTRIBUTION_MODEL)
        sources = Path(os.environ.get("VZMON_SOURCE_MODEL") or SOURCE_MODEL)
        relevance = str(relevance_model or os.environ.get("VZMON_RELEVANCE_MODEL") or RELEVANCE_MODEL)
        actors = load_actors(actors_path)
        chosen = [Path(p) for p in (attribution, relevance) if p != RULES]
        if attribution != RULES:
            chosen.append(sources)
        version = "analysis-" + digest([*analysis_files(), Path(topic_path), Path(actors_path), *chosen],
                                       extra=[attribution.encode() if attribution == RULES else b"",
                                              relevance.encode() if relevance == RULES else b""])
        return cls(topic=load_topic(topic_path), actors=actors, version=version,
                   extractor=None if attribution == RULES else Extractor(
                       actors, Tagger(Path(attribution)), SourceModel.load(sources)),
                   relevance_model=None if relevance == RULES else RelevanceModel.load(Path(relevance)))

    def language_of(self, title: str, text: str, hint: str | None = None) -> str:
        return detect_language(f"{title}\n{text[:2000]}", hint=hint)

    def screen(self, title: str, summary: str, language: str | None) -> bool:
        """Stage one, before any page is fetched: could this entry be about the negotiations?"""
        return may_be_relevant(plain_spaces(title or ""), plain_spaces(summary or ""), language, self.topic)

    def analyze(self, title: str, text: str, language_hint: str | None = None,
                stage: Callable[[str], AbstractContextManager[object]] = _untimed, explain: bool = False) -> Analysis:
        """Decide relevance and extract statements (for every article: statements of a non-relevant
        article are kept too, and the alert rules decide whether they reach Slack).

        `stage(name)` wraps each step ("relevance", "statements") so a caller can time them apart;
        `explain` keeps the trace of each statement's decision.
        """
        # no-break and other Unicode spaces and hard line wraps read as plain prose, offsets unchanged
        # (tasks/spaces.py)
        title, text = plain_spaces(title or ""), plain_layout(text or "")
        traces: list[Trace] | None = [] if explain else None
        with stage("relevance"):
            language = self.language_of(title, text, language_hint)
            if self.relevance_model is not None:
                decision = self.relevance_model.judge(title, text, language, self.topic)
            else:
                decision = judge(title, text, language, self.topic)
        with stage("statements"):
            if self.extractor is not None:
                statements = self.extractor.extract(text, language, traces, title=title)
            else:
                statements = extract_statements(text, language, self.actors, title)
            lex = lexicon(language)
            statements = [replace(s, speaker=without_leading_article(s.speaker, lex)) for s in statements]
        return Analysis(language=language, relevance=decision, statements=statements, traces=traces or [])
