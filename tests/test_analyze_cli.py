"""`vzmon analyze`: the scorer's JSON Lines contract, one process for the whole input, bad lines skipped."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.analyze import analyze_stream
from tasks.analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load()


ARTICLE = {
    "id": "t1",
    "url": "https://example.org/t1",
    "title": "Venezuela's government and opposition return to negotiations in Mexico",
    "text": ("Delegates of the Venezuelan government and the opposition resumed negotiations in Mexico City on "
             "Friday, with Norway acting as facilitator.\n\n"
             "\u201cThe table is set and we will not leave it,\u201d Jorge Rodr\u00edguez told reporters."),
    "published": "2023-05-02",
}


def run(lines: list[str], analyzer: Analyzer) -> tuple[list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    analyze_stream(lines, out, err, analyzer)
    return [json.loads(x) for x in out.getvalue().splitlines()], err.getvalue()


def test_contract_fields_and_offsets(analyzer: Analyzer) -> None:
    [result], err = run([json.dumps(ARTICLE)], analyzer)
    assert err == ""
    assert result["id"] == "t1" and result["relevant"] is True and result["language"] == "en"
    assert result["relevance_score"] > 0 and result["evidence"]
    direct = [s for s in result["statements"] if s["kind"] == "direct"]
    assert direct and "Rodr\u00edguez" in direct[0]["speaker"]
    for s in result["statements"]:
        assert ARTICLE["text"][s["start"]:s["end"]] == s["quote"]
        assert set(s) >= {"speaker", "quote", "kind", "cue", "start", "end"}


def test_bad_lines_are_reported_with_their_number_and_the_rest_goes_on(analyzer: Analyzer) -> None:
    lines = ["{not json", json.dumps([1, 2]), "", json.dumps({"id": "x", "title": 5, "text": "t"}),
             json.dumps(ARTICLE)]
    results, err = run(lines, analyzer)
    assert [r["id"] for r in results] == ["t1"]
    assert "line 1: skipped" in err and "line 2: skipped" in err and "line 4: skipped" in err
    assert "line 3" not in err  # blank lines are not errors


@pytest.mark.parametrize("text", ["", "\u201c", "\u00ab\u00ab\u00bb \" \u201e",
                                  "\u0642\u0627\u0644 \u00ab\u0646\u0639\u0645", "a\x00b" * 100, "\"" * 1001,
                                  "said " * 2000])
def test_odd_text_never_crashes(analyzer: Analyzer, text: str) -> None:
    [result], err = run([json.dumps({"id": "odd", "title": None, "text": text, "published": None})], analyzer)
    assert err == "" and result["id"] == "odd" and isinstance(result["statements"], list)


def test_the_command_reads_stdin_in_one_process() -> None:
    lines = "\n".join(json.dumps(dict(ARTICLE, id=f"a{i}")) for i in range(3)) + "\nnot json\n"
    done = subprocess.run([sys.executable, "-m", "flows.cli", "analyze"], input=lines, capture_output=True,
                          text=True, cwd=Path(__file__).parents[1], timeout=120)
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["id"] for x in done.stdout.splitlines()] == ["a0", "a1", "a2"]
    assert "line 4: skipped" in done.stderr
