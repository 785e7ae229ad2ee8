"""The monitor's TOML configuration: read, validated, defaulted, with errors that name the file and key.

A typo in a key is an error, not a silently ignored setting: an operator who writes `timout_seconds`
would otherwise run for months with the default. Environment variables override paths, so the same
file serves a laptop and a worker (`VZMON_WAREHOUSE`, `VZMON_TOPIC`).
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tasks.langcodes import language_code
from tasks.records import ConfigError, FeedSource
from tasks.schedule import ScheduleSettings
from tasks.urls import public_url

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_TOPIC = DATA_DIR / "topic_venezuela.toml"
DEFAULT_ACTORS = DATA_DIR / "actors.toml"
KINDS = ("direct", "partial", "indirect")
# Entries per analyse-and-load step of a pass. Each step is two Prefect task runs (~60-80 ms each) and one
# short warehouse transaction; 500 entries hold about 100 article pages at once (~20% pass stage one).
DEFAULT_BATCH_SIZE = 500


@dataclass(frozen=True, slots=True)
class WarehouseConfig:
    path: str = "data/monitor.duckdb"
    lock_wait_seconds: float = 30.0
    snapshot: bool = True  # publish <path stem>.snapshot.duckdb after each pass that changed something


@dataclass(frozen=True, slots=True)
class FetchConfig:
    user_agent: str = "vzmon/0.1 (Venezuela negotiation monitor; feed reader)"
    timeout_seconds: float = 20.0
    max_bytes: int = 15 * 1024 * 1024
    concurrency: int = 16
    per_host: int = 2
    max_redirects: int = 5
    retries: int = 2
    allow_private_addresses: bool = False
    fetch_articles: bool = True
    max_entries_per_feed: int = 200


@dataclass(frozen=True, slots=True)
class AlertConfig:
    enabled: bool = True
    webhook_env: str = "VZMON_SLACK_WEBHOOK_URL"
    secret_block: str = ""
    min_confidence: float = 0.5
    kinds: tuple[str, ...] = KINDS
    always_speakers: tuple[str, ...] = ()
    mute_speakers: tuple[str, ...] = ()
    always_sides: tuple[str, ...] = ()
    mute_sides: tuple[str, ...] = ()
    only_relevant: bool = True
    digest_threshold: int = 10
    max_per_second: float = 1.0
    max_attempts: int = 3
    timeout_seconds: float = 10.0  # overall deadline of one POST to Slack
    bot_token_env: str = "VZMON_SLACK_BOT_TOKEN"  # with `channel`: digests as a parent message + thread
    channel: str = ""
    api_url: str = "https://slack.com/api"


@dataclass(frozen=True, slots=True)
class RunSettings:
    """Where a pass's fetching and analysis run (tasks/fanout.py): in-process, or over a Dask cluster."""

    task_runner: str = "local"  # "local" | "dask"
    dask_address: str = ""  # a scheduler, e.g. "tcp://10.0.0.5:8786"; empty: a LocalCluster for the pass
    dask_workers: int = 2  # LocalCluster size, and how many chunks each step is cut into (x2 for analysis)


@dataclass(frozen=True, slots=True)
class WebSubSettings:
    """WebSub push (flows/websub.py), used by `vzmon serve`; off while callback_url is empty."""

    callback_url: str = ""  # the public base URL a hub calls back, e.g. "https://vzmon.example.org/websub"
    listen: str = "127.0.0.1:8090"  # where the callback server listens, behind the public proxy
    lease_seconds: int = 5 * 86400
    secret_env: str = "VZMON_WEBSUB_SECRET"  # the environment variable holding the HMAC master secret


@dataclass(frozen=True, slots=True)
class MonitorConfig:
    source: str
    warehouse: WarehouseConfig = field(default_factory=WarehouseConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    alerts: AlertConfig = field(default_factory=AlertConfig)
    topic_path: str = str(DEFAULT_TOPIC)
    actors_path: str = str(DEFAULT_ACTORS)
    feeds: tuple[FeedSource, ...] = ()
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    run: RunSettings = field(default_factory=RunSettings)
    websub: WebSubSettings = field(default_factory=WebSubSettings)

    def select_feeds(self, wanted: list[str] | None) -> tuple[FeedSource, ...]:
        """The feeds named by name, URL or shown URL (credentials masked) in `wanted` (all when None);
        unknown names are an error (naming them with any credentials masked)."""
        if not wanted:
            return self.feeds
        by_key = ({public_url(f.url): f for f in self.feeds} | {f.url: f for f in self.feeds}
                  | {f.name: f for f in self.feeds})
        unknown = [public_url(w) for w in wanted if w not in by_key]
        if unknown:
            raise ConfigError(f"{self.source}: no feed named {', '.join(map(repr, unknown))} "
                              f"(known: {', '.join(f.name for f in self.feeds)})")
        return tuple(dict.fromkeys(by_key[w] for w in wanted))

    def feed_keys(self, wanted: list[str] | None) -> list[str] | None:
        """What to pass to the flow for `wanted`: each feed's name (its shown URL when the name is shared),
        never a URL with credentials. Flow parameters are stored by Prefect (database, UI)."""
        if not wanted:
            return None
        names = [f.name for f in self.feeds]
        return [f.name if names.count(f.name) == 1 else public_url(f.url) for f in self.select_feeds(wanted)]


def _check_keys(table: dict[str, Any], allowed: list[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            hint = difflib.get_close_matches(key, allowed, n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else f" (allowed: {', '.join(allowed)})"
            raise ConfigError(f"{where}: unknown key {key!r}{suggestion}")


# Settings that must be above zero (a zero timeout, concurrency or cap would stall or drop everything).
POSITIVE = frozenset({"timeout_seconds", "max_bytes", "concurrency", "per_host", "max_entries_per_feed",
                      "max_attempts"})
AT_MOST_ONE = frozenset({"min_confidence"})


def _number(value: Any, default: int | float, key: str, where: str) -> int | float:
    """A finite, non-negative number of the setting's type (whole for counts); positive where it must be."""
    kind = "a non-negative whole number" if isinstance(default, int) else "a non-negative number"
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise ConfigError(f"{where}.{key}: expected {kind}, got {value!r}")
    if isinstance(default, int) and not float(value).is_integer():
        raise ConfigError(f"{where}.{key}: expected {kind}, got {value!r}")
    if key in POSITIVE and value <= 0:
        raise ConfigError(f"{where}.{key}: must be greater than 0, got {value!r}")
    if key in AT_MOST_ONE and value > 1:
        raise ConfigError(f"{where}.{key}: must be between 0 and 1, got {value!r}")
    if isinstance(default, int) and abs(value) > 2**31 - 1:
        raise ConfigError(f"{where}.{key}: {value!r} is too large")
    return type(default)(value)


def _section(cls: type, table: Any, where: str) -> Any:
    """Build one section dataclass from its TOML table, checking every key's name and type."""
    if table is None:
        return cls()
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table, got {type(table).__name__}")
    names = [f.name for f in fields(cls)]
    _check_keys(table, names, where)
    defaults = cls()
    values: dict[str, Any] = {}
    for key, value in table.items():
        default = getattr(defaults, key)
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}.{key}: expected a list of strings, got {value!r}")
            value = tuple(value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"{where}.{key}: expected true or false, got {value!r}")
        elif isinstance(default, (int, float)):
            value = _number(value, default, key, where)
        elif not isinstance(value, str):
            raise ConfigError(f"{where}.{key}: expected a string, got {value!r}")
        values[key] = value
    return cls(**values)


def _feeds(items: Any, where: str) -> tuple[FeedSource, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ConfigError(f"{where}: [[feeds]] must be an array of tables")
    out: list[FeedSource] = []
    seen: set[str] = set()
    for i, item in enumerate(items, start=1):
        at = f"{where} feed #{i}"
        if not isinstance(item, dict):
            raise ConfigError(f"{at}: expected a table with url, name, language")
        _check_keys(item, ["url", "name", "language"], at)
        url = item.get("url")
        if isinstance(url, str):
            url = _expand_env(url, at)
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigError(f"{at}: url must be an http(s) URL, got {public_url(str(url))!r}")
        if url in seen:
            raise ConfigError(f"{at}: {public_url(url)} is listed twice")
        seen.add(url)
        name = item.get("name") or public_url(url)  # a name is shown and logged: never with credentials
        language = item.get("language")
        if language is not None and (not isinstance(language, str) or language_code(language) is None):
            raise ConfigError(f"{at}: language {language!r} is not a language code such as 'en' or 'es' "
                              "(ISO 639; leave it out to identify each article's language from its text)")
        out.append(FeedSource(url=url, name=str(name), language=language))
    return tuple(out)


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand_env(url: str, where: str) -> str:
    """`${NAME}` in a feed URL replaced by the environment variable NAME, so a feed's credentials can live in
    the environment (or a secret manager feeding it) instead of the config file. A missing variable is an
    error naming it, never an empty credential sent to the server."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise ConfigError(f"{where}: url refers to ${{{name}}}, which is not set in the environment")
        return os.environ[name]

    return _ENV_REF.sub(value, url)


def _resolve(path: str, base: Path) -> str:
    p = Path(os.path.expanduser(path))
    return str(p if p.is_absolute() else (base / p))


def parse_config(text: str, source: str = "<config>", base_dir: Path | None = None) -> MonitorConfig:
    """Validate a config given as TOML text. Relative paths are taken from `base_dir` (the file's folder)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    _check_keys(raw, ["warehouse", "fetch", "alerts", "topic", "feeds", "schedule", "run", "websub"], source)
    run = _section(RunSettings, raw.get("run"), f"{source} [run]")
    if run.task_runner not in ("local", "dask"):
        raise ConfigError(f"{source} [run].task_runner: expected \"local\" or \"dask\", got {run.task_runner!r}")
    base = base_dir or Path.cwd()
    warehouse = _section(WarehouseConfig, raw.get("warehouse"), f"{source} [warehouse]")
    fetch = _section(FetchConfig, raw.get("fetch"), f"{source} [fetch]")
    alerts = _section(AlertConfig, raw.get("alerts"), f"{source} [alerts]")
    bad_kinds = [k for k in alerts.kinds if k not in KINDS]
    if bad_kinds:
        raise ConfigError(f"{source} [alerts].kinds: unknown kind(s) {bad_kinds}; use {list(KINDS)}")
    topic = raw.get("topic") or {}
    if not isinstance(topic, dict):
        raise ConfigError(f"{source} [topic]: expected a table with path and actors")
    _check_keys(topic, ["path", "actors"], f"{source} [topic]")
    topic_path = _resolve(topic["path"], base) if topic.get("path") else str(DEFAULT_TOPIC)
    actors_path = _resolve(topic["actors"], base) if topic.get("actors") else str(DEFAULT_ACTORS)
    warehouse_path = os.environ.get("VZMON_WAREHOUSE") or _resolve(warehouse.path, base)
    topic_path = os.environ.get("VZMON_TOPIC") or topic_path
    feeds = _feeds(raw.get("feeds"), source)
    for label, path in (("topic", topic_path), ("actors", actors_path)):
        if not Path(path).is_file():
            raise ConfigError(f"{source} [topic]: {label} file {path} does not exist")
    return MonitorConfig(
        source=source,
        warehouse=WarehouseConfig(path=warehouse_path, lock_wait_seconds=warehouse.lock_wait_seconds,
                                  snapshot=warehouse.snapshot),
        fetch=fetch,
        alerts=alerts,
        topic_path=topic_path,
        actors_path=actors_path,
        feeds=feeds,
        schedule=_section(ScheduleSettings, raw.get("schedule"), f"{source} [schedule]"),
        run=run,
        websub=_section(WebSubSettings, raw.get("websub"), f"{source} [websub]"),
    )


def load_config(path: str | os.PathLike[str]) -> MonitorConfig:
    """Read and validate the config file at `path` (relative paths inside it are taken from its folder)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found (pass --config, or copy monitor.toml)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read config: {exc}") from None
    return parse_config(text, source=str(p), base_dir=p.resolve().parent)
