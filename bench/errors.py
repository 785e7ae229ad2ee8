"""What kinds of errors remain: the analysis's misses, wrong speakers and false alarms, counted by category.

A figure says how much is lost; deciding what to work on next needs to know where. This script runs the
shipped analysis (`Analyzer.analyze`, as `vzmon analyze` does) over labelled articles, matches its statements
to the labels with the shared scorer's own rules (../shared/eval/score.py), and counts each error by a
category read from the output alone:

  missed        by the gold statement's kind, and what the analysis has where it stands: nothing at all
                ("nothing"), a statement of its own over it that matches no gold one ("other span": a
                boundary or a split), or a statement that matched another gold one ("taken")
  wrong speaker by how the source was written where the statement was attributed (`speaker_mention`): a name
                ("named": the wrong mention was chosen), part of one ("part of a name"), a pronoun, a
                description resolved to a name, a description kept unresolved, none
  false alarm   by the statement's kind and the assembly rule that kept it (`--explain`'s trace)

    .venv/bin/python bench/errors.py develop bench/invented/set5 bench/invented/set6
    .venv/bin/python bench/errors.py bench/invented/set6 --examples 3      # with examples of each category

`develop` is the develop side of ../shared/eval (gold + train, tuning articles included: the shipped models
were trained on it, so its learned decisions look better than they are; bench/crossfit.py has the figures
that count). A folder is any folder of labelled JSON articles. Set-aside articles are never read: they are
skipped, and the count of those skipped is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.analysis import Analysis, Analyzer  # noqa: E402
from tasks.analysis.corpus import GUIDE_PARTS, eval_root, guide_paths, set_aside  # noqa: E402
from tasks.cues import lexicon  # noqa: E402

MISSED, WRONG, FALSE = "missed", "wrong speaker", "false alarm"


def load_scorer() -> ModuleType:
    """The shared scorer (../shared/eval/score.py), imported as the other bench scripts import it: its matching
    and speaker rules are the ones the figures use."""
    try:
        root = eval_root()
    except FileNotFoundError as e:
        raise SystemExit(f"bench/errors.py: {e}") from None
    sys.path.insert(0, str(root))
    import score  # the contract's own scorer

    return score


@dataclass
class Census:
    """Error counts by (what, category), with a few examples of each."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    articles: int = 0
    skipped: int = 0

    def add(self, what: str, category: str, example: str, keep: int) -> None:
        self.counts[(what, category)] += 1
        kept = self.examples.setdefault((what, category), [])
        if len(kept) < keep:
            kept.append(example)


def source_written(mention: str, speaker: str, resolved: bool, pronouns: frozenset[str], scorer: ModuleType) -> str:
    """How the source of a statement was written where it was attributed."""
    words = mention.strip().lower().split()
    if not words:
        return "none"
    if len(words) == 1 and words[0] in pronouns:
        return "pronoun"
    if not resolved:
        return "description kept"
    said, named = set(scorer.tokens(mention)), set(scorer.tokens(speaker))
    if named and named <= said:
        return "named"
    return "part of a name" if said & named else "description"


def census_of(article: dict, analysis: Analysis, scorer: ModuleType, census: Census, keep: int = 0) -> None:
    """Add one article's errors to `census` (pure but for the counts: the analysis is given)."""
    text, gold = article.get("text", ""), article.get("statements", [])
    statements = analysis.statements
    preds = [{"speaker": s.speaker, "quote": s.quote} for s in statements]
    pairs = scorer.match(gold, preds)
    matched_gold = {g: p for g, p in pairs}
    matched_pred = {p: g for g, p in pairs}
    lex = lexicon(analysis.language)
    pronouns = lex.pronouns if lex is not None else frozenset()
    where = article.get("id", "?")
    census.articles += 1
    for g, st in enumerate(gold):
        if g in matched_gold:
            continue
        a = text.find(st["quote"][:40])
        b = a + len(st["quote"]) if a >= 0 else -1
        over = [p for p, s in enumerate(statements) if a >= 0 and s.start < b and a < s.end]
        category = "nothing" if not over else "taken" if all(p in matched_pred for p in over) else "other span"
        census.add(MISSED, f"{st['kind']}: {category}", f"{where}: {st['speaker']} <{st.get('cue', '')}> "
                   f"{st['quote'][:90]!r}", keep)
    for g, p in pairs:
        s = statements[p]
        if scorer.speaker_match(gold[g]["speaker"], s.speaker):
            continue
        category = source_written(s.speaker_mention, s.speaker, s.speaker_resolved, pronouns, scorer)
        census.add(WRONG, category, f"{where}: {s.speaker_mention!r} -> {s.speaker!r}, gold {gold[g]['speaker']!r}",
                   keep)
    for p, s in enumerate(statements):
        if p in matched_pred:
            continue
        rule = analysis.traces[p].assembly if p < len(analysis.traces) else "?"
        census.add(FALSE, f"{s.kind}: {rule}", f"{where}: {s.speaker!r} <{s.cue}> {s.quote[:90]!r}", keep)


def articles_of(name: str) -> tuple[list[Path], int]:
    """The labelled articles a name stands for ("develop", or a folder), without the set-aside ones (the
    split of tasks/analysis/corpus.py, for articles of ../shared/eval; other folders have none)."""
    shared = eval_root().resolve()
    if name == "develop":
        paths = [p for part in GUIDE_PARTS for p in guide_paths(shared, part)]
    else:
        folder = Path(name)
        if not folder.is_dir():
            raise SystemExit(f"bench/errors.py: {name}: not a folder of labelled articles (or `develop`)")
        paths = sorted(folder.rglob("*.json"))
    kept = [p for p in paths if not (p.resolve().is_relative_to(shared) and set_aside(p.stem))]
    return kept, len(paths) - len(kept)


def run(name: str, analyzer: Analyzer, scorer: ModuleType, keep: int = 0) -> Census:
    census = Census()
    paths, census.skipped = articles_of(name)
    for path in paths:
        article = json.loads(path.read_text(encoding="utf-8"))
        analysis = analyzer.analyze(article.get("title", ""), article.get("text", ""), article.get("language"),
                                    explain=True)
        census_of(article, analysis, scorer, census, keep)
    return census


def report(name: str, census: Census) -> str:
    lines = [f"{name}: {census.articles} articles" + (f" ({census.skipped} set-aside skipped)" if census.skipped
                                                      else "")]
    for what in (MISSED, WRONG, FALSE):
        rows = sorted(((c, n) for (w, c), n in census.counts.items() if w == what), key=lambda x: (-x[1], x[0]))
        lines.append(f"  {what} ({sum(n for _, n in rows)})")
        for category, n in rows:
            lines.append(f"    {n:5d}  {category}")
            lines.extend(f"             {e}" for e in census.examples.get((what, category), []))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", help="`develop`, or folders of labelled articles")
    ap.add_argument("--examples", type=int, default=0, help="examples printed per category")
    args = ap.parse_args()
    scorer, analyzer = load_scorer(), Analyzer.load()
    for name in args.corpora:
        print(report(name, run(name, analyzer, scorer, args.examples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
