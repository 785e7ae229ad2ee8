"""What a change to the rule pass does, statement by statement, over every develop article and PolNeAR train.

A change to tasks/statements.py, speakers.py or a cue file is judged by the statements it changes across
the 134 develop articles and the 840 PolNeAR train articles (never the set-aside ones), not by the sentence
that prompted it. Take a snapshot before the change, another after, and compare:

    .venv/bin/python bench/rulediff.py snapshot /tmp/before.tsv      # on the old code (git stash, say)
    .venv/bin/python bench/rulediff.py snapshot /tmp/after.tsv
    .venv/bin/python bench/rulediff.py compare /tmp/before.tsv /tmp/after.tsv

`compare` prints every statement that appeared, vanished or changed speaker, span, kind or quote (develop articles
first), then per corpus how many gold statements each side matches, with the right speaker, and how many of its
statements match none (false alarms; a PolNeAR thought matched is neither), and how many match with the
right speaker at the scorer's strict overlap too (a change of boundaries alone): the counts a commit message quotes.
A snapshot of all 974 articles takes about 5 seconds. `snapshot --analysis` writes the whole analysis's
statements instead (the rule pass, the models and the assembly, as `vzmon analyze` gives them; about 10 seconds),
for a change made after the rule pass. The models were trained on both corpora, so compare two snapshots only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIELDS = ("corpus", "id", "start", "end", "kind", "speaker", "quote")


def snapshot(out: Path, root: Path, analysis: bool = False) -> int:
    """Write one line per rule-pass statement (or, with `analysis`, per statement of the whole analysis):
    corpus, article, offsets, kind, speaker, quote."""
    from tasks.analysis.corpus import Doc, guide_docs, polnear_docs
    from tasks.records import Statement
    from tasks.statements import extract_statements

    if analysis:
        from tasks.analysis import Analyzer  # (the models load only for this snapshot)

        analyzer = Analyzer.load()

    def statements(doc: Doc) -> list[Statement]:
        if analysis:
            return analyzer.analyze(doc.title, doc.text, doc.language).statements
        return extract_statements(doc.text, doc.language, title=doc.title)

    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for corpus, docs in (("guide", guide_docs(root, "develop")), ("polnear", polnear_docs(root))):
            for doc in docs:
                for s in statements(doc):
                    quote = " ".join(s.quote.split())   # whole, for matching; printed cut
                    fh.write("\t".join((corpus, doc.id, str(s.start), str(s.end), s.kind, s.speaker, quote)) + "\n")
                    n += 1
    print(f"{n} statements -> {out}")
    return 0


def _read(path: Path) -> dict[tuple[str, str], list[dict[str, str]]]:
    by_article: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = dict(zip(FIELDS, line.split("\t"), strict=True))
        by_article[(row["corpus"], row["id"])].append(row)
    return by_article


def _gold(root: Path, scorer_dir: Path) -> dict[tuple[str, str], tuple[list[dict], list[dict], object]]:
    """Gold statements per article, and the scorer module (../shared/eval/score.py) for matching them."""
    from tasks.analysis.corpus import set_aside

    sys.path.insert(0, str(scorer_dir))
    import score as scorer  # the contract's own matching rules
    import score_polnear

    gold: dict[tuple[str, str], tuple[list[dict], list[dict], object]] = {}
    for part in ("gold", "train"):
        for p in sorted((root / part).rglob("*.json")):
            art = json.loads(p.read_text(encoding="utf-8"))
            if not set_aside(art["id"]):   # the set-aside articles are never read here
                gold[("guide", art["id"])] = (art["statements"], [], scorer)
    for aid, art in score_polnear.load(root / "polnear" / "train").items():
        # PolNeAR's thoughts ("X believes"): a prediction matching one is neither right nor a false alarm
        gold[("polnear", aid)] = (art["gold"], art["ignored"], scorer)
    return gold


def compare(before: Path, after: Path, root: Path, scorer_dir: Path) -> int:
    old, new = _read(before), _read(after)
    gold = _gold(root, scorer_dir)
    key = lambda r: (r["start"], r["end"], r["kind"], r["speaker"], r["quote"])  # noqa: E731
    # per corpus: lines changed, then before/after: gold matched, right speaker, false alarms
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0, 0])
    for art in sorted(set(old) | set(new)):
        a, b = old.get(art, []), new.get(art, [])
        gone = [r for r in a if key(r) not in {key(x) for x in b}]
        came = [r for r in b if key(r) not in {key(x) for x in a}]
        if not gone and not came:
            continue
        print(f"{art[0]} {art[1]}")
        for r in gone:
            print(f"  - {r['kind']:8} {r['speaker'][:40]!r:44} {r['quote'][:70]}")
        for r in came:
            print(f"  + {r['kind']:8} {r['speaker'][:40]!r:44} {r['quote'][:70]}")
        c = counts[art[0]]
        c[0] += len(gone) + len(came)
        statements, ignored, scorer = gold.get(art, ([], [], None))
        if scorer is None:
            continue
        for k, rows in ((0, a), (1, b)):
            preds = [{"speaker": r["speaker"], "quote": r["quote"]} for r in rows]
            pairs = scorer.match(statements + ignored, preds)  # type: ignore[attr-defined]
            right = [(g, p) for g, p in pairs if g < len(statements)]
            c[1 + k] += len(right)
            c[3 + k] += sum(scorer.speaker_match(statements[g]["speaker"], preds[p]["speaker"])  # type: ignore[attr-defined]
                            for g, p in right)
            c[5 + k] += len(preds) - len(pairs)
            strict = scorer.match(statements, preds, scorer.STRICT)  # type: ignore[attr-defined]
            c[7 + k] += sum(scorer.speaker_match(statements[g]["speaker"], preds[p]["speaker"])  # type: ignore[attr-defined]
                            for g, p in strict)
    print()
    for corpus, (changed, m0, m1, r0, r1, f0, f1, s0, s1) in sorted(counts.items()):
        print(f"{corpus}: {changed} statement lines changed; in the articles they touch, gold statements matched "
              f"{m0} -> {m1}, with the right speaker {r0} -> {r1}; false alarms {f0} -> {f1}; "
              f"with the right speaker and the span too (the scorer's strict overlap) {s0} -> {s1}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("snapshot", help="write the rule pass's statements to a file")
    s.add_argument("--analysis", action="store_true", help="the whole analysis's statements, not the rule pass's")
    s.add_argument("out", type=Path)
    c = sub.add_parser("compare", help="print what changed between two snapshots, with gold counts")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    for p in (s, c):
        p.add_argument("--eval", type=Path, default=None, help="the labelled corpus (default ../shared/eval)")
    c.add_argument("--scorer", type=Path, default=None, help="the folder of score.py (default: the corpus's)")
    args = ap.parse_args(argv)
    from tasks.analysis.corpus import eval_root

    root = args.eval or eval_root(ROOT / "tasks")
    if args.command == "snapshot":
        return snapshot(args.out, root, args.analysis)
    scorer_dir = args.scorer or (root if (root / "score.py").exists() else eval_root(ROOT / "tasks"))
    return compare(args.before, args.after, root, scorer_dir)


if __name__ == "__main__":
    sys.exit(main())
