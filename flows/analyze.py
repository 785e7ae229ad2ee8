"""`vzmon analyze`: articles as JSON Lines in, relevance and statements as JSON Lines out.

The contract is the scorer's (../shared/eval/README.md). One process handles the whole input (the
topic and lexicons load once); a bad line is reported on stderr with its line number and skipped,
never the end of the run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tasks.analysis import Analyzer
from tasks.analysis.attribution import ASSEMBLY_RULES
from tasks.analysis.names import NAME_STEPS
from tasks.statements import WHOLE_READINGS


def analyze_record(record: dict[str, object], analyzer: Analyzer, explain: bool = False) -> dict[str, object]:
    title = record.get("title") or ""
    text = record.get("text") or ""
    if not isinstance(title, str) or not isinstance(text, str):
        raise ValueError("title and text must be strings")
    hint = record.get("language") if isinstance(record.get("language"), str) else None
    result = analyzer.analyze(title, text, hint, explain=explain)
    out = {
        "id": record.get("id"),
        "relevant": result.relevance.relevant,
        "language": result.language,
        "relevance_score": round(result.relevance.score, 3),
        "reason": result.relevance.reason,
        "evidence": [e.as_dict() for e in result.relevance.evidence],
        "statements": [
            {"speaker": s.speaker, "speaker_mention": s.speaker_mention, "speaker_resolved": s.speaker_resolved,
             "speaker_canonical": s.speaker_canonical, "side": s.side, "quote": s.quote,
             "kind": s.kind, "cue": s.cue, "start": s.start, "end": s.end, "confidence": round(s.confidence, 3)}
            for s in result.statements
        ],
    }
    if explain:
        out["explain"] = {
            "version": analyzer.version,
            "relevance": result.relevance.reason,
            "statements": [{"assembly": t.assembly, "rule": ASSEMBLY_RULES.get(t.assembly, ""),
                            "confidence": round(t.confidence, 3),
                            "tagger_features": [[name, round(w, 3)] for name, w in t.features[:8]],
                            "source_features": [[name, round(w, 3)] for name, w in t.source_features],
                            "source_probability": None if t.source_probability is None
                            else round(t.source_probability, 3),
                            "name_steps": [{"step": step, "rule": NAME_STEPS.get(step, "")} for step in t.steps],
                            "reading": {"name": s.reading, "rule": WHOLE_READINGS.get(s.reading, "")} if s.reading
                            else None}
                           # (the rule pass alone, --rules-only, leaves no traces)
                           for s, t in zip(result.statements if result.traces else [], result.traces, strict=True)],
        }
    return out


def analyze_stream(lines: Iterable[str], out: TextIO, err: TextIO, analyzer: Analyzer,
                   explain: bool = False) -> tuple[int, int]:
    """Analyse each JSON line; return (articles written, lines rejected)."""
    done = bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            result = analyze_record(record, analyzer, explain)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            bad += 1
            err.write(f"vzmon analyze: line {number}: skipped: {exc}\n")
            continue
        except Exception as exc:  # noqa: BLE001 - one odd article must never end the run
            bad += 1
            err.write(f"vzmon analyze: line {number}: skipped after an internal error: {exc!r}\n")
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        done += 1
    return done, bad
