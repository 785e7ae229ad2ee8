"""Language, relevance and statements for one article: the analysis shared by the flow and `vzmon analyze`.

The scorer, the benchmarks and the monitor must measure the same code, so both the Prefect flow and the
JSON Lines command call `Analyzer.analyze`; nothing here knows about Prefect or the warehouse.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from tasks.actors import ActorDirectory, load_actors
from tasks.config import DEFAULT_ACTORS, DEFAULT_TOPIC
from tasks.language import detect_language
from tasks.records import RelevanceDecision, Statement, stable_id
from tasks.relevance import Topic, judge, load_topic, may_be_relevant
from tasks.statements import EXTRACTOR_VERSION, extract_statements


def _untimed(_name: str) -> AbstractContextManager[object]:
    return nullcontext()


@dataclass(frozen=True, slots=True)
class Analysis:
    language: str
    relevance: RelevanceDecision
    statements: list[Statement]


@dataclass(frozen=True, slots=True)
class Analyzer:
    """A topic and an actor directory, loaded once, applied to many articles."""

    topic: Topic
    actors: ActorDirectory
    topic_version: str = ""

    @classmethod
    def load(cls, topic_path: str | Path = DEFAULT_TOPIC, actors_path: str | Path = DEFAULT_ACTORS) -> Analyzer:
        digest = stable_id(Path(topic_path).read_bytes().decode("utf-8", "replace"),
                           Path(actors_path).read_bytes().decode("utf-8", "replace"))[:8]
        return cls(topic=load_topic(topic_path), actors=load_actors(actors_path), topic_version=digest)

    @property
    def version(self) -> str:
        """Stored with every article and statement, so `vzmon reanalyze` knows what is out of date:
        the extractor's version plus a digest of the topic and actor files a user may have edited."""
        return f"{EXTRACTOR_VERSION}+data.{self.topic_version}"

    def language_of(self, title: str, text: str, hint: str | None = None) -> str:
        return detect_language(f"{title}\n{text[:2000]}", hint=hint)

    def screen(self, title: str, summary: str, language: str | None) -> bool:
        """Stage one, before any page is fetched: could this entry be about the negotiations?"""
        return may_be_relevant(title, summary, language, self.topic)

    def analyze(self, title: str, text: str, language_hint: str | None = None,
                stage: Callable[[str], AbstractContextManager[object]] = _untimed) -> Analysis:
        """Decide relevance and extract statements (for every article: statements of a non-relevant
        article are kept too, and the alert rules decide whether they reach Slack).

        `stage(name)` wraps each step ("relevance", "statements") so a caller can time them apart.
        """
        title, text = title or "", text or ""
        with stage("relevance"):
            language = self.language_of(title, text, language_hint)
            decision = judge(title, text, language, self.topic)
        with stage("statements"):
            statements = extract_statements(text, language, self.actors)
        return Analysis(language=language, relevance=decision, statements=statements)
