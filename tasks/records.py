"""Typed records that cross stage boundaries, and the error families each stage raises.

Every stage of the pipeline takes and returns these, never dicts: a field renamed here is caught by the
type checker and the tests in every stage at once. Errors carry the feed, article or statement they are
about, so that the flow can turn them into lines of the run report and carry on with the rest.

Error hierarchy (what a caller catches):

    MonitorError
    ├── ConfigError          the config or topic file is invalid (fatal for a run)
    ├── FetchError           a feed or article could not be fetched (per item)
    ├── FeedParseError       a fetched feed is unparseable or refused (per feed)
    ├── WarehouseError       the DuckDB file cannot be opened or written (fatal for a run)
    │   └── WarehouseBusy    another process holds the file past the wait limit
    └── AlertError           Slack refused or could not be reached (per alert)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


class MonitorError(Exception):
    """Base of every error the monitor raises on purpose."""


class ConfigError(MonitorError):
    """The configuration (or a data file it names) is invalid; the message names the file and the key."""


class FetchError(MonitorError):
    """A URL could not be fetched within the limits. `url` is the feed or article it is about."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class FeedParseError(MonitorError):
    """A fetched document is not a feed we accept (unparseable, or refused before parsing)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class WarehouseError(MonitorError):
    """The warehouse cannot be opened, migrated or written."""


class WarehouseBusy(WarehouseError):
    """Another process held the DuckDB file for longer than the configured wait."""


class AlertError(MonitorError):
    """Slack refused an alert or could not be reached. `retryable` says whether to try again later."""

    def __init__(self, reason: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after


def stable_id(*parts: str | None) -> str:
    """A short, stable hex id from text parts: the same inputs give the same id in every run.

    Ids are derived, never allocated, so a load can be repeated (after a crash, or by a second pass)
    and `ON CONFLICT DO NOTHING` makes it add nothing.
    """
    joined = "".join(f"{part or ''}\x1f" for part in parts)  # each part ends with a unit separator
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


def batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items (itertools.batched is Python 3.12+; we support 3.11)."""
    size = max(int(size), 1)
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass(frozen=True, slots=True)
class FeedSource:
    """One feed of the configuration."""

    url: str
    name: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class FeedState:
    """What we remember about a feed between runs (conditional GET and backoff)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    error_count: int = 0
    next_fetch_at: datetime | None = None


@dataclass(slots=True)
class FetchResult:
    """The outcome of one HTTP fetch, success or not. `body` is None unless status is 200."""

    url: str
    fetched_at: datetime
    status: int | None = None
    body: bytes | None = None
    final_url: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    retry_after: float | None = None
    # Freshness headers, for the polling schedule (tasks/schedule.py): how long the publisher says it holds.
    cache_control: str | None = None
    expires: str | None = None
    date: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200 and self.body is not None


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed, cleaned: text fields are plain text, the link canonical, the date known.

    `published_guessed` is True when the feed gave no readable date and `published_at` is the fetch time.
    `content_hash` identifies the entry by what it says (title + summary), so a feed that changes every
    GUID on each fetch does not flood the warehouse with "new" articles. `published_zone` says how a date
    without a time zone was read (the feed's own zone, or UTC assumed); None when the date gave its zone.
    """

    feed_url: str
    guid: str
    link: str | None
    title: str
    summary: str
    published_at: datetime
    published_guessed: bool
    language: str | None
    content_hash: str
    published_zone: str | None = None

    @property
    def article_id(self) -> str:
        """Articles are keyed by canonical link when there is one, else by GUID, else by content."""
        return stable_id("article", self.link or self.guid or self.content_hash)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a relevance decision: which term or actor matched, where, with what weight."""

    term: str
    kind: str  # "actor", "place", "negotiation", "country", "negative", ...
    where: str  # "title" or "text"
    offset: int
    weight: float

    def as_dict(self) -> dict[str, object]:
        return {"term": self.term, "kind": self.kind, "where": self.where, "offset": self.offset,
                "weight": self.weight}


@dataclass(frozen=True, slots=True)
class RelevanceDecision:
    """Whether an article covers the negotiations, with the score and the evidence that made it so."""

    relevant: bool
    score: float
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what, where in the article text.

    `start`/`end` are character offsets of `quote` in the article text (quote marks excluded).
    `speaker` is the name as the article gives it after resolution ("he" -> "Juan Guaidó");
    `speaker_canonical` and `side` come from the actor directory when the speaker is known.
    """

    speaker: str
    quote: str
    kind: str  # "direct" | "partial" | "indirect"
    cue: str
    start: int
    end: int
    language: str
    confidence: float
    speaker_canonical: str | None = None
    side: str | None = None
    # The source as the article writes it where the statement is attributed ("he", "el canciller"), and
    # whether `speaker` is a name the article gives (False: the description is kept, never passed off as
    # a name). `source_start`/`source_end` locate the mention (-1 when the source was carried over).
    speaker_mention: str = ""
    speaker_resolved: bool = True
    source_start: int = -1
    source_end: int = -1
    # The rule pass's named reading that made the statement, when it reads a whole paragraph as one
    # (tasks.statements.WHOLE_READINGS: an embedded post, an interview's answer); shown by `--explain`.
    reading: str = ""

    def statement_id(self, article_id: str) -> str:
        """Stable across runs and extractor versions: the same quote in the same article is one statement."""
        return stable_id("statement", article_id, " ".join(self.quote.split()).lower())


@dataclass(slots=True)
class Article:
    """An entry whose text we have (page text, or the feed summary when the page could not be had)."""

    article_id: str
    url: str | None
    feed_url: str
    guid: str
    title: str
    summary: str
    text: str
    published_at: datetime
    published_guessed: bool
    language: str
    content_hash: str
    text_source: str = "summary"  # "page" or "summary"
    relevance: RelevanceDecision | None = None
    statements: list[Statement] = field(default_factory=list)
    published_zone: str | None = None  # how a zone-less date was read (see FeedEntry)


@dataclass(slots=True)
class ReportPart:
    """What one step of a pass adds to the run report. Each step RETURNS its part and the flow adds them up
    (`RunReport.add`): a step retried by Prefect starts from an empty part, so nothing is counted twice."""

    counts: dict[str, int] = field(default_factory=dict)
    feed_status: list[dict[str, object]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new_statements: list[dict[str, object]] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    new_per_feed: dict[str, int] = field(default_factory=dict)   # new entries by feed URL (the feed table)

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def timed(self, stage: str, seconds: float) -> None:
        """Add wall time spent in a stage (fetch, parse, article, relevance, statements, load, alerts)."""
        self.stage_seconds[stage] = round(self.stage_seconds.get(stage, 0.0) + seconds, 4)


MAX_REPORTED_STATEMENTS = 500  # the new-statements artifact lists at most this many


@dataclass(slots=True)
class RunReport:
    """What one pass did, per feed and overall: the flow's return value and the `runs` row."""

    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    feed_status: list[dict[str, object]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new_statements: list[dict[str, object]] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    caps: dict[str, int] = field(default_factory=dict)  # the limits this pass ran with, for the summary
    new_per_feed: dict[str, int] = field(default_factory=dict)

    def add(self, part: ReportPart) -> RunReport:
        """Add one step's part (done by the flow only; steps never see the run report)."""
        for key, n in part.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        for stage, seconds in part.stage_seconds.items():
            self.stage_seconds[stage] = round(self.stage_seconds.get(stage, 0.0) + seconds, 4)
        self.feed_status.extend(part.feed_status)
        self.errors.extend(part.errors)
        for url, n in part.new_per_feed.items():
            self.new_per_feed[url] = self.new_per_feed.get(url, 0) + n
        if part.new_per_feed:
            for row in self.feed_status:  # the feed table's "new" column
                row["new"] = self.new_per_feed.get(str(row.get("url")), 0)
        room = MAX_REPORTED_STATEMENTS - len(self.new_statements)
        self.new_statements.extend(part.new_statements[:max(room, 0)])
        return self
