"""bench/errors.py counts each error of the analysis under the category read from its output, and never
reads a set-aside article."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "errors.py"

TEXT = ("Ana Ruiz met the envoy Pedro Gil in Oslo on Monday. \"We will meet again in March,\" he said. "
        "The weather in Oslo was cold. Ana Ruiz said the talks would resume next week. "
        "The mayor Tom Berg said the city would host the next round.")
GOLD = [
    # the pronoun resolves to Pedro Gil; labelled as Ana Ruiz's, it is a wrong speaker written as a pronoun
    {"speaker": "Ana Ruiz", "quote": "We will meet again in March", "kind": "direct", "cue": "said"},
    {"speaker": "Ana Ruiz", "quote": "the talks would resume next week", "kind": "indirect", "cue": "said"},
    # no cue, no quote marks: nothing is extracted there, a miss of kind indirect
    {"speaker": "Ana Ruiz", "quote": "The weather in Oslo was cold", "kind": "indirect", "cue": ""},
]   # and Tom Berg's statement is unlabelled: a false alarm


def _errors_module():
    spec = importlib.util.spec_from_file_location("bench_errors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def errors():
    module = _errors_module()
    try:
        module.eval_root()
    except FileNotFoundError:
        pytest.skip("../shared/eval is not beside the checkout")
    return module


def test_each_error_is_counted_under_its_category(tmp_path: Path, errors) -> None:
    article = {"id": "en-test-errors", "url": "https://example.org/a", "language": "en", "title": "Talks",
               "published": None, "relevant": True, "text": TEXT, "statements": GOLD}
    (tmp_path / "en-test-errors.json").write_text(json.dumps(article), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--examples", "1"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = [line.strip() for line in out.stdout.splitlines()]
    assert f"{tmp_path}: 1 articles" in lines[0]
    assert "1  indirect: nothing" in lines
    assert "1  pronoun" in lines
    assert any(line.startswith("1  indirect: rule-") for line in lines)
    assert any("'he' -> 'Pedro Gil', gold 'Ana Ruiz'" in line for line in lines)


def test_set_aside_articles_are_skipped_and_counted(errors) -> None:
    from tasks.analysis.corpus import set_aside

    kept, skipped = errors.articles_of("develop")
    assert skipped > 0 and kept
    assert not any(set_aside(p.stem) for p in kept)
