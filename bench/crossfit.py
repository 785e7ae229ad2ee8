"""Out-of-fold figures on the develop side: every develop article analysed by models that never saw it.

The tuning fold (`train.py --tune`) holds 45 of the guide's develop articles: too few to choose between
settings whose effects are a handful of statements. Here the develop side is cut in thirds by another hash;
for each third the three models are trained on PolNeAR train plus the other two thirds, and that third is
analysed with them. All 134 develop articles are then scored as unseen articles, the closest the develop
side comes to the set-aside ones (which are never read here).

Variants are the same predictions read differently, so they compare on identical models:
  full            the analysis as shipped
  with-ranked-source  with the tagger-only statements whose speaker the source model chooses (TAGGER_FILTERS
                  "ranked-source-unsure" leaves them out of the shipped analysis)
  no-tagger-only  without the statements only the tagger proposed (assembly ranked-source / carried-over)
  rules           the rule pass alone (no models)

    .venv/bin/python bench/crossfit.py [--eval DIR] [--folds 3] [--work DIR] [--reuse] [--details VARIANT]

Training takes about 3 minutes on 2 cores (folds run two at a time); --reuse skips it when the models of
an earlier run are in --work.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.analysis.corpus import GUIDE_PARTS, eval_root, guide_docs, guide_paths, polnear_docs  # noqa: E402

TAGGER_ONLY = ("ranked-source", "carried-over")
GROUPS = ("en", "es", "xx")


def fold_of(doc_id: str, folds: int) -> int:
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % folds


def group_of(language: str) -> str:
    lang = (language or "")[:2]
    return lang if lang in ("en", "es") else "xx"


def train_fold(args: tuple[Path, Path, int, int]) -> str:
    """Train the three models without the develop articles of fold `k` (run in a worker process)."""
    from tasks.analysis import train as T

    root, work, k, folds = args
    out = work / f"fold{k}"
    out.mkdir(parents=True, exist_ok=True)
    docs = list(polnear_docs(root)) + [d for d in guide_docs(root, "develop") if fold_of(d.id, folds) != k]
    quiet = lambda *_a, **_k: None  # noqa: E731
    started = time.perf_counter()
    T.train_attribution(docs, out / "attribution.crfsuite", log=quiet)
    T.train_sources(docs, out / "attribution.crfsuite", out / "sources.json", log=quiet)
    T.train_relevance(docs, out / "relevance.json", log=quiet)
    return f"fold {k}: trained on {len(docs)} articles in {time.perf_counter() - started:.0f} s"


def predictions(root: Path, work: Path, folds: int) -> tuple[dict[str, dict], dict[str, dict[str, dict]]]:
    """Gold articles of the develop side, and per variant their out-of-fold predictions."""
    from tasks.analysis import Analyzer

    paths = {p.stem: p for part in GUIDE_PARTS for p in guide_paths(root, part)}
    gold: dict[str, dict] = {}
    preds: dict[str, dict[str, dict]] = {"full": {}, "with-ranked-source": {}, "no-tagger-only": {}, "rules": {}}
    rules = Analyzer.load(attribution_model="rules", relevance_model="rules")
    for k in range(folds):
        out = work / f"fold{k}"
        os.environ["VZMON_SOURCE_MODEL"] = str(out / "sources.json")
        an = Analyzer.load(attribution_model=out / "attribution.crfsuite", relevance_model=out / "relevance.json")
        if an.extractor is not None:
            an.extractor.keep_ranked_source = True   # the shipped analysis ("full") is read without them below
        for doc in guide_docs(root, "develop"):
            if fold_of(doc.id, folds) != k:
                continue
            raw = json.loads(paths[doc.id].read_text(encoding="utf-8"))
            raw["title"] = raw.get("title") or ""
            gold[doc.id] = raw
            r = an.analyze(raw["title"], raw["text"], raw.get("language"), explain=True)
            sts = [{"speaker": s.speaker, "quote": s.quote, "kind": s.kind} for s in r.statements]
            keep = [st for st, t in zip(sts, r.traces, strict=True) if t.assembly not in TAGGER_ONLY]
            for st, t, s in zip(sts, r.traces, r.statements, strict=True):
                st["_trace"] = {"assembly": t.assembly, "confidence": t.confidence, "fold": k,
                                "source_probability": t.source_probability, "resolved": s.speaker_resolved,
                                "words": len(s.quote.split()), "cue": bool(s.cue), "steps": t.steps}
            preds["with-ranked-source"][doc.id] = {"id": doc.id, "relevant": r.relevance.relevant, "statements": sts}
            preds["full"][doc.id] = {"id": doc.id, "relevant": r.relevance.relevant, "statements": [
                st for st in sts if st["_trace"]["assembly"] != "ranked-source"]}
            preds["no-tagger-only"][doc.id] = {"id": doc.id, "relevant": r.relevance.relevant, "statements": keep}
            rr = rules.analyze(raw["title"], raw["text"], raw.get("language"))
            preds["rules"][doc.id] = {"id": doc.id, "relevant": rr.relevance.relevant, "statements": [
                {"speaker": s.speaker, "quote": s.quote, "kind": s.kind} for s in rr.statements]}
    return gold, preds


def score(scorer_dir: Path, gold: dict[str, dict], preds: dict[str, dict], details: bool = False) -> dict[str, float]:
    sys.path.insert(0, str(scorer_dir))
    import score as scorer  # ../shared/eval/score.py, the contract's own scorer

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        res = scorer.score(gold, [preds[i] for i in gold], details)
    if details:
        print(buf.getvalue())
    return res


FIGURES = ("relevance_f1", "statement_precision", "statement_recall", "statement_f1", "attribution_accuracy",
           "attributed_f1", "recall_direct", "recall_partial", "recall_indirect")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=None, help="the labelled corpus (default ../shared/eval)")
    ap.add_argument("--scorer", type=Path, default=None,
                    help="the folder of score.py (default: the corpus's, else ../shared/eval)")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/vzmon-crossfit"))
    ap.add_argument("--reuse", action="store_true", help="keep the models of an earlier run in --work")
    ap.add_argument("--details", default=None, help="print every miss of this variant")
    args = ap.parse_args(argv)
    work = args.work
    root = args.eval or eval_root(ROOT / "tasks")
    scorer_dir = args.scorer or (root if (root / "score.py").exists() else eval_root(ROOT / "tasks"))
    if not (scorer_dir / "score.py").exists():
        print(f"crossfit: no score.py in {scorer_dir} (give --scorer)", file=sys.stderr)
        return 2
    if not (args.reuse and all((work / f"fold{k}" / "relevance.json").exists() for k in range(args.folds))):
        with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
            for line in pool.map(train_fold, [(root, work, k, args.folds) for k in range(args.folds)]):
                print(line, file=sys.stderr)
    gold, preds = predictions(root, work, args.folds)
    (work / "predictions.json").write_text(json.dumps({"gold": gold, "predictions": preds}), encoding="utf-8")
    print(f"out-of-fold, {len(gold)} develop articles ({args.folds} folds)")
    print(f"{'variant':20}{'group':6}{'n':>4}  " + " ".join(f"{f.replace('statement_', 'st_'):>14}" for f in FIGURES))
    for variant, by_id in preds.items():
        for group in (*GROUPS, "all"):
            sub = {i: g for i, g in gold.items() if group == "all" or group_of(g.get("language", "")) == group}
            if not sub:
                continue
            res = score(scorer_dir, sub, by_id, details=args.details == variant and group == "all")
            # a figure the scorer leaves out (no partial statement in the group, say) prints as "-"
            print(f"{variant:20}{group:6}{len(sub):>4}  " + " ".join(
                f"{res[f]:>14.3f}" if f in res else f"{'-':>14}" for f in FIGURES))
    # The rule pass was written over eight rounds on eval/gold: its develop articles flatter it, and the
    # train part is the closer view of unseen articles (the set-aside figures have followed the train part).
    part_of = {p.stem: part for part in GUIDE_PARTS for p in guide_paths(root, part)}
    print("\nby part of the corpus (gold: read while the rules were written; train: labelled later)")
    for variant in ("full", "rules"):
        for part in GUIDE_PARTS:
            sub = {i: g for i, g in gold.items() if part_of.get(i) == part}
            if sub:
                res = score(scorer_dir, sub, preds[variant])
                print(f"{variant:20}{part:6}{len(sub):>4}  " + " ".join(
                    f"{res[f]:>14.3f}" if f in res else f"{'-':>14}" for f in FIGURES))
    print_intervals(scorer_dir, gold, preds)
    return 0


def print_intervals(scorer_dir: Path, gold: dict[str, dict], preds: dict[str, dict[str, dict]]) -> None:
    """90% bootstrap intervals over the develop articles (bench/bootstrap.py): each variant's own, and the
    learned layer's lead over the rule pass read on the same resampled articles."""
    import bootstrap  # bench/bootstrap.py, beside this script

    sys.path.insert(0, str(scorer_dir))
    import score as scorer

    rows = {variant: bootstrap.article_counts(gold, preds[variant], scorer) for variant in ("full", "rules")}
    print("\n90% bootstrap intervals over the develop articles (statement F1 / attributed F1)")
    for variant, counts in rows.items():
        iv = bootstrap.interval(counts)
        print(f"{variant:20}{iv['statement_f1'][0]:.3f}-{iv['statement_f1'][1]:.3f} / "
              f"{iv['attributed_f1'][0]:.3f}-{iv['attributed_f1'][1]:.3f}")
    lead = bootstrap.paired_difference(rows["full"], rows["rules"])
    print(f"{'full minus rules':20}{lead['statement_f1'][0]:+.3f} to {lead['statement_f1'][1]:+.3f} / "
          f"{lead['attributed_f1'][0]:+.3f} to {lead['attributed_f1'][1]:+.3f} (paired: the same articles)")


if __name__ == "__main__":
    sys.exit(main())
