"""Speed of the analysis (`Analyzer.analyze`: language, relevance, statements; what `vzmon analyze` and the
flow run) on the gold articles: start-up time and articles per second, one core; the rule pass alone too.

Why: `vzmon analyze` and the flow run the extractor on every relevant article of every pass; the target
is >= 200 articles/s after start-up and a start-up under 2 s. Run from the repo root:

    .venv/bin/python bench/analyze_speed.py [--gold ../shared/eval/gold] [--rounds 5]

Start-up is measured in a fresh interpreter (import, lexicon and actor files compiled, first article).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP = (
    "import time; t = time.perf_counter(); "
    "from tasks.analysis import Analyzer; a = Analyzer.load(); "
    "a.analyze('Talks', '“We are ready,” said Jorge Rodríguez.', 'en'); "
    "a.analyze('Diálogo', '«Estamos listos», dijo Jorge Rodríguez.', 'es'); "
    "print(time.perf_counter() - t)"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "eval" / "gold"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    startup = float(subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, capture_output=True, text=True,
                                   check=True).stdout)
    sys.path.insert(0, str(ROOT))
    from tasks.analysis import Analyzer
    from tasks.statements import extract_statements

    analyzer = Analyzer.load()
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(args.gold).rglob("*.json"))]
    work = [(a.get("title") or "", a.get("text") or "", a.get("language") or "en") for a in articles]
    for title, text, lang in work:  # warm the per-language lexicon caches, as a long run would
        analyzer.analyze(title, text, lang)
    print(f"start-up (fresh interpreter, models loaded, first two articles): {startup:.3f} s (target < 2 s)")
    for name, run in (("analysis (vzmon analyze)", lambda ti, te, la: len(analyzer.analyze(ti, te, la).statements)),
                      ("rule pass alone", lambda ti, te, la: len(extract_statements(te, la)))):
        t = time.perf_counter()
        n = 0
        for _ in range(args.rounds):
            for title, text, lang in work:
                n += run(title, text, lang)
        rate = len(work) * args.rounds / (time.perf_counter() - t)
        print(f"{name}: {rate:.0f} articles/s over {len(work)} articles x {args.rounds} rounds "
              f"({n // args.rounds} statements a round), one core")


if __name__ == "__main__":
    main()
