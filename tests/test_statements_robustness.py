"""Hostile or odd article bodies must not stall a pass: extraction stays roughly linear in the text.

Why: per-cue work once read the whole sentence (and some look-ups scanned every quote), so 10 KB of
"said said said" took seconds and 50 KB took minutes. These tests run in the fast suite (not marked
slow) and assert a generous time bound per 50 KB text, plus the offsets contract on whatever comes out.
"""

from __future__ import annotations

import random
import time

import pytest

from tasks.actors import load_actors
from tasks.statements import extract_statements
from tests.support.quotes import assert_quote_in_place

SIZE = 50_000
# The bound only catches quadratic or backtracking behaviour (minutes at this size), not speed: the slowest shape
# ("capitalised words with cues", Spanish) takes 0.5-2.5 s by machine and load, linear in the text's length;
# speed is bench/analyze_speed.py's.
BOUND_SECONDS = 8.0


def _capitalised_words(n: int) -> str:
    rng = random.Random(7)
    words = ["Lopez", "Talks", "Oslo", "Mesa", "Garcia", "Norte", "Ana", "Pedro", "Consejo", "Unidad"]
    return " ".join(rng.choice(words) for _ in range(n))


SHAPES = {
    "repeated cue": "said " * 10_000,
    "repeated subject and cue": "Ortega said that " * 3_000,
    "repeated according": "according to " * 4_000,
    "straight quote marks": '"' * SIZE,
    "curly quote pairs": "“a ” " * 10_000,
    "guillemets around cues": "« dijo » " * 6_000,
    "single quotes": "'a' " * 12_000,
    "one sentence without punctuation": " ".join(["the", "talks", "may", "resume", "in", "a", "week"] * 7_200),
    "capitalised words": _capitalised_words(8_000),
    "capitalised words with cues": _capitalised_words(8_000).replace("Mesa", "said").replace("Norte", "dijo"),
    "one cue per line": "said\n" * 10_000,
    "quoted sentences with attribution": "“We are ready,” said Pedro Lopez. " * 1_500,
    "no spaces": "a" * SIZE,
    "mixed marks": "“«‘\"" * 12_000,
}


@pytest.mark.parametrize("language", ["en", "es", "de", "xx"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pathological_text_finishes_quickly(shape, language):
    text = SHAPES[shape][:SIZE]
    actors = load_actors()
    t = time.perf_counter()
    statements = extract_statements(text, language, actors)
    elapsed = time.perf_counter() - t
    assert elapsed < BOUND_SECONDS, f"{shape!r} in {language}: {elapsed:.2f} s"
    for st in statements:
        assert_quote_in_place(text, st)


def test_sentence_with_many_cues_still_reports_its_first_statements():
    """The per-sentence cue cap drops only the tail of a run-on sentence, never the whole of it."""
    text = "Elena Ruiz said that the delegations would meet in Lima, " + "and said again " * 500 + "."
    sts = extract_statements(text, "en")
    assert any("delegations would meet" in s.quote and s.speaker == "Elena Ruiz" for s in sts)


@pytest.mark.parametrize("text", [
    "Las conversaciones seguirán en Oslo la próxima semana, dijo en un comunicado de",
    "«Las conversaciones seguirán en Oslo la próxima semana», se lee en un comunicado de",
])
def test_a_channel_phrase_cut_off_at_the_end_of_the_text_is_read_without_error(text: str, caplog) -> None:
    """A sentence that ends right after "en un comunicado de" (a truncated feed summary) once raised an
    IndexError looking for the document's owner: the article's statements were lost with it."""
    extract_statements(text, "es")
    assert "failed" not in caplog.text
