"""bench/frames.py: invented sentences per language are read as one statement by the source they name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tasks.statements import extract_statements

_PATH = Path(__file__).resolve().parents[1] / "bench" / "frames.py"
_spec = importlib.util.spec_from_file_location("frames", _PATH)
frames = importlib.util.module_from_spec(_spec)
sys.modules["frames"] = frames
_spec.loader.exec_module(frames)


@pytest.mark.parametrize("language", sorted(frames.BATTERIES))
def test_every_frame_is_read_but_the_known_misreadings(language: str) -> None:
    # a fix makes a known misreading right: take it out of KNOWN_MISREADINGS, so the list stays what is wrong
    wrong = {sentence for sentence, _got in frames.misreadings(language, extract_statements)}
    battery = {sentence for sentence, _content in frames.sentences(language)}
    known = {sentence for lang, sentence in frames.KNOWN_MISREADINGS if lang == language and sentence in battery}
    assert wrong == known


def test_each_battery_frame_names_its_source_and_content_once() -> None:
    for language, (_intro, contents, battery, _subjects) in frames.BATTERIES.items():
        assert all(f.count("{S}") == 1 and f.count("{C") + f.count("{Cv}") >= 1 for f in battery), language
        assert len(set(contents)) == len(contents), language


def test_a_misreading_names_the_sentence_and_what_was_read() -> None:
    def reads_nothing(text: str, language: str) -> list:
        return []
    first = next(frames.misreadings("pt", reads_nothing))
    assert first[0].endswith(".") and first[1].startswith("nothing over the content")


@pytest.mark.parametrize("language", sorted(frames.RESOLUTION))
def test_who_a_pronoun_surname_title_or_honorific_stands_for_but_the_known_misreadings(language: str) -> None:
    # a fix makes a known misreading right: take it out of KNOWN_MISREADINGS
    wrong = {sentence for sentence, _got in frames.resolution_misreadings(language, extract_statements)}
    battery = set(frames.resolution_sentences(language))
    known = {sentence for lang, sentence in frames.KNOWN_MISREADINGS if lang == language and sentence in battery}
    assert wrong == known


@pytest.mark.parametrize("language", sorted(frames.BODIES))
def test_a_body_in_the_subject_is_read_as_the_source_in_every_frame(language: str) -> None:
    assert list(frames.body_misreadings(language, extract_statements)) == []


@pytest.mark.parametrize("language", sorted(frames.TITLED))
def test_a_title_with_its_complement_names_its_holder_in_every_frame_but_the_known_subjects(language: str) -> None:
    # "Norway's special envoy for Venezuela", "la embajadora de Venezuela ante la ONU": the complement is never
    # the source; a subject fixed for good comes out of KNOWN_TITLED
    wrong = {(sentence, subject) for sentence, _got, subject in frames.titled_misreadings(language, extract_statements)}
    unexpected = {sentence for sentence, subject in wrong if (language, subject) not in frames.KNOWN_TITLED}
    assert unexpected == set()
    known = {subject for lang, subject in frames.KNOWN_TITLED if lang == language}
    assert known == {subject for _sentence, subject in wrong}


@pytest.mark.parametrize("language", sorted(frames.CONSTRUCTIONS))
def test_every_attribution_construction_is_read_but_the_known_ones(language: str) -> None:
    # connectors, periphrases, addressees, channels, split reports, relatives and appositions around one report
    wrong = {sentence for sentence, _got in frames.construction_misreadings(language, extract_statements)}
    assert wrong == {sentence for lang, sentence in frames.KNOWN_CONSTRUCTIONS if lang == language}


def test_a_construction_misreading_names_what_was_read() -> None:
    def reads_nothing(text: str, language: str) -> list:
        return []
    first = next(frames.construction_misreadings("fr", reads_nothing))
    assert first[0] in frames.construction_sentences("fr") and first[1] == "nothing"
