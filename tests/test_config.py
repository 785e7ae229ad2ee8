"""The config: defaults, validation with errors that name the file and key, env overrides, feed selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.config import load_config, parse_config
from tasks.records import ConfigError

FEEDS = """
[[feeds]]
url = "https://example.org/a.xml"
name = "A"
language = "en"

[[feeds]]
url = "https://example.org/b.xml"
name = "B"
"""


def test_defaults_and_feeds(tmp_path: Path) -> None:
    cfg = parse_config(FEEDS, base_dir=tmp_path)
    assert [f.name for f in cfg.feeds] == ["A", "B"]
    assert cfg.feeds[1].language is None
    assert cfg.fetch.max_bytes == 15 * 1024 * 1024
    assert cfg.warehouse.path == str(tmp_path / "data/monitor.duckdb")
    assert not cfg.fetch.allow_private_addresses


def test_a_misspelt_key_is_an_error_with_a_suggestion() -> None:
    with pytest.raises(ConfigError, match=r"monitor.toml \[fetch\]: unknown key 'timout_seconds'.*'timeout_seconds'"):
        parse_config("[fetch]\ntimout_seconds = 3\n", source="monitor.toml")


@pytest.mark.parametrize(("text", "message"), [
    ("[fetch]\ntimeout_seconds = 'soon'\n", r"\[fetch\].timeout_seconds: expected a non-negative number"),
    ("[alerts]\nkinds = ['direct', 'rumour']\n", r"unknown kind\(s\) \['rumour'\]"),
    ("[[feeds]]\nurl = 'ftp://x'\n", r"feed #1: url must be an http\(s\) URL"),
    ("[[feeds]]\nurl = 'https://x/a'\n[[feeds]]\nurl = 'https://x/a'\n", "listed twice"),
    ("[warehouse\npath='x'", "not valid TOML"),
    ("[topic]\npath = 'nowhere.toml'\n", "topic file .*nowhere.toml does not exist"),
])
def test_invalid_configs_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(text, source="cfg.toml")


def test_environment_overrides_the_warehouse_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VZMON_WAREHOUSE", str(tmp_path / "elsewhere.duckdb"))
    assert parse_config(FEEDS).warehouse.path == str(tmp_path / "elsewhere.duckdb")


def test_select_feeds_by_name_or_url_and_unknown_names() -> None:
    cfg = parse_config(FEEDS)
    assert [f.name for f in cfg.select_feeds(["B", "https://example.org/a.xml"])] == ["B", "A"]
    assert cfg.select_feeds(None) == cfg.feeds
    with pytest.raises(ConfigError, match="no feed named 'C'"):
        cfg.select_feeds(["C"])


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "monitor.toml")


def test_the_shipped_default_config_is_valid() -> None:
    cfg = load_config(Path(__file__).parents[1] / "monitor.toml")
    assert len(cfg.feeds) >= 15
    assert {f.language for f in cfg.feeds} == {"en", "es"}


def test_feed_credentials_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    text = '[[feeds]]\nurl = "https://reader:${VZMON_TEST_FEED_PASS}@feeds.example/f.xml?token=${VZMON_TEST_TOK}"\n'
    monkeypatch.setenv("VZMON_TEST_FEED_PASS", "pa55")
    monkeypatch.delenv("VZMON_TEST_TOK", raising=False)
    with pytest.raises(ConfigError, match=r"\$\{VZMON_TEST_TOK\}, which is not set"):
        parse_config(text)
    monkeypatch.setenv("VZMON_TEST_TOK", "t0k")
    (feed,) = parse_config(text).feeds
    assert feed.url == "https://reader:pa55@feeds.example/f.xml?token=t0k"
    assert feed.name == "https://***@feeds.example/f.xml?token=***"
    assert parse_config(text).feed_keys([feed.url]) == [feed.name]
