"""The analysis version: a digest of everything that decides what the analysis outputs.

`vzmon reanalyze` re-runs articles whose stored version differs from this one, so the version must change
whenever the output may: the code of the analysis modules, the data files they read (cue lexicons, topic,
actors, abbreviations, dates) and the trained models. A hand-set number was forgotten twice; a digest of
the files cannot be.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

TASKS = Path(__file__).resolve().parent.parent
ANALYSIS_CODE = ("actors.py", "cues.py", "language.py", "quotes.py", "relevance.py", "speakers.py",
                 "statements.py", "topic.py", "records.py", "dates.py", "spaces.py", "langcodes.py")
# imported by the analysis but deciding none of its output: settings and their parsing (the files the
# settings name are in the digest by content)
NOT_ANALYSIS_CODE = ("config.py", "schedule.py", "urls.py")


def analysis_files() -> list[Path]:
    """Every file whose content can change an analysis result, in a fixed order."""
    files = [TASKS / name for name in ANALYSIS_CODE]
    files += sorted((TASKS / "analysis").glob("*.py"))
    files += sorted(p for p in (TASKS / "data").rglob("*") if p.is_file())
    return [p for p in files if p.exists()]


def digest(paths: Iterable[Path], extra: Iterable[bytes] = ()) -> str:
    h = hashlib.sha256()
    for path in paths:  # contents only: the same topic under another file name is the same analysis
        data = path.read_bytes()
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    for blob in extra:
        h.update(blob)
    return h.hexdigest()[:12]
