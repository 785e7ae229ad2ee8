"""The analysis's data and version: validated cue files, a version that follows every input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tasks.analysis import Analyzer
from tasks.analysis.version import analysis_files, digest
from tasks.config import DEFAULT_ACTORS, DEFAULT_TOPIC
from tasks.cues import CUE_DIR, validate
from tasks.records import ConfigError


def test_a_misspelt_cue_key_is_an_error_naming_file_key_and_suggestion() -> None:
    with pytest.raises(ConfigError) as err:
        validate({"verbs": ["said"], "complementisers": ["that"]}, Path("en.toml"))
    assert str(err.value) == "en.toml: unknown key `complementisers` (did you mean `complementizers`?)"


def test_a_cue_flag_must_be_a_boolean() -> None:
    with pytest.raises(ConfigError, match="`verb_first` must be true or false"):
        validate({"verbs": ["said"], "verb_first": "yes"}, Path("ar.toml"))


def test_a_cue_file_without_verbs_is_an_error() -> None:
    with pytest.raises(ConfigError, match="`verbs` is missing or empty"):
        validate({"according": ["according to"]}, Path("xx.toml"))


@pytest.mark.parametrize("path", sorted(CUE_DIR.glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_cue_file_is_valid(path: Path) -> None:
    import tomllib

    validate(tomllib.loads(path.read_text(encoding="utf-8")), path)


def test_the_version_covers_code_data_and_models() -> None:
    names = {p.name for p in analysis_files()}
    assert {"statements.py", "speakers.py", "attribution.py", "en.toml", "topic_venezuela.toml",
            "attribution.crfsuite", "relevance.json", "sources.json"} <= names


def test_the_version_changes_with_any_input_file(tmp_path: Path) -> None:
    topic = tmp_path / "topic.toml"
    shutil.copy(DEFAULT_TOPIC, topic)
    before = Analyzer.load(topic, DEFAULT_ACTORS).version
    assert before == Analyzer.load(DEFAULT_TOPIC, DEFAULT_ACTORS).version  # same content, same version
    topic.write_text(topic.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert Analyzer.load(topic, DEFAULT_ACTORS).version != before


def test_digest_is_order_and_content_sensitive(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_text("x")
    b.write_text("y")
    assert digest([a, b]) != digest([b, a])
    first = digest([a])
    a.write_text("z")
    assert digest([a]) != first
