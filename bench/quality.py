"""Quality of the analysis on both sides of the fixed split (tasks/analysis/corpus.py), with the shared scorers.

    .venv/bin/python bench/quality.py              # develop + set-aside + PolNeAR dev + PolNeAR train relevance
    .venv/bin/python bench/quality.py --develop    # only the side we study (fast; for tuning)
    .venv/bin/python bench/quality.py --against ".venv/bin/vzmon analyze --rules-only"   # what the models add

Set-aside figures are printed as totals (per language at most), never per article: the scorer runs without
`--details` on them. Each side also gets a 90% bootstrap interval over its articles (how much a figure of a
side that size moves by the draw of articles alone), so a change is read against the noise of 50 articles.
Needs `../shared/eval` beside the checkout.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bootstrap  # noqa: E402  (bench/bootstrap.py, beside this script)

from tasks.analysis.corpus import GUIDE_PARTS, POLNEAR_SET_ASIDE, eval_root, guide_paths, set_aside  # noqa: E402

FIGURES = ("relevance_f1", "relevance_recall", "statement_f1", "attributed_f1", "attributed_f1_strict",
           "recall_direct", "recall_partial", "recall_indirect")
GROUPS = {"en": ("en",), "es": ("es",), "pt/fr/it/de/ar": ("pt", "fr", "it", "de", "ar")}


def _split_dirs(root: Path, tmp: Path) -> dict[str, dict[str, Path]]:
    """Symlink farms: {side: {group: folder}} so score.py can read each part on its own."""
    out: dict[str, dict[str, Path]] = {}
    for part in GUIDE_PARTS:
        for path in guide_paths(root, part):
            record = json.loads(path.read_text(encoding="utf-8"))
            side = "set_aside" if set_aside(record["id"]) else "develop"
            lang = record.get("language") or path.parent.name
            group = next((g for g, langs in GROUPS.items() if lang in langs), "pt/fr/it/de/ar")
            folder = tmp / side / group.replace("/", "_")
            folder.mkdir(parents=True, exist_ok=True)
            (folder / path.name).symlink_to(path)
            out.setdefault(side, {})[group] = folder
    return out


def _last_json(stdout: str) -> dict[str, float]:
    return json.loads(stdout.strip().splitlines()[-1])


def score_side(root: Path, groups: dict[str, Path], cmd: str) -> tuple[dict[str, float], dict[str, dict[str, float]],
                                                                      dict[str, bootstrap.Counts]]:
    """The side's figures, its groups' figures and its per-article counts, from ONE run of `cmd` over the
    side's articles, scored in-process with the shared scorer's own functions (../shared/eval/score.py). The
    counts stay inside this script: only intervals made of them are printed."""
    sys.path.insert(0, str(root))
    import score as scorer  # the contract's own scorer

    by_group = {group: scorer.load_gold([str(folder)]) for group, folder in groups.items()}
    gold = {aid: art for arts in by_group.values() for aid, art in arts.items()}
    preds, _ = scorer.run_command(cmd, gold)
    figures = {group: scorer.score(arts, preds, False) for group, arts in by_group.items()}
    return (scorer.score(gold, preds, False), figures,
            bootstrap.article_counts(gold, {p.get("id"): p for p in preds}, scorer))


def _span(iv: dict[str, tuple[float, float]], signed: bool = False) -> str:
    fmt = "{:+.3f} to {:+.3f}" if signed else "{:.3f}-{:.3f}"
    return f"statement F1 {fmt.format(*iv['statement_f1'])}, attributed F1 {fmt.format(*iv['attributed_f1'])}"


def score_polnear(root: Path, cmd: str) -> tuple[dict[str, float], dict[str, bootstrap.Counts]]:
    """PolNeAR dev's figures from ../shared/eval/score_polnear.py and its per-article counts, from ONE run of
    `cmd`: its output is saved and handed to the scorer as the command's (`cat`), and read here for the
    counts the way score_polnear.py reads it (they stay inside this script)."""
    sys.path.insert(0, str(root))
    import score_polnear  # ../shared/eval/score_polnear.py

    arts = score_polnear.load(root / POLNEAR_SET_ASIDE)
    lines = "".join(json.dumps({"id": a["id"], "url": f"https://example.org/{a['id']}", "title": a["title"],
                                "text": a["text"], "published": None}) + "\n" for a in arts.values())
    output = subprocess.run(shlex.split(cmd), input=lines, capture_output=True, text=True, check=True).stdout
    preds = {p["id"]: p for p in map(json.loads, filter(str.strip, output.splitlines()))}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as saved:
        saved.write(output)
        saved.flush()
        done = subprocess.run([sys.executable, str(root / "score_polnear.py"), "--data", str(root / POLNEAR_SET_ASIDE),
                               "--cmd", f"cat {shlex.quote(saved.name)}"], capture_output=True, text=True, check=True)
    return _last_json(done.stdout), bootstrap.polnear_counts(arts, preds, score_polnear)


def polnear_train_relevant(root: Path, cmd: str) -> tuple[int, int]:
    """How many of PolNeAR train's US political articles (none about Venezuela's talks) are judged relevant."""
    lines = []
    for txt in sorted((root / "polnear/train/text").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        lines.append(json.dumps({"id": txt.stem, "title": text.strip().splitlines()[0][:200] if text.strip() else "",
                                 "text": text, "url": "", "published": None}))
    done = subprocess.run(shlex.split(cmd), input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    results = [json.loads(x) for x in done.stdout.splitlines() if x.strip()]
    return sum(1 for r in results if r.get("relevant")), len(results)


def _row(name: str, figures: dict[str, float]) -> str:
    cells = " ".join(f"{figures.get(k, float('nan')):>7.3f}" for k in FIGURES)
    return f"{name:<34} {figures.get('articles', 0):>4} {cells}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=f"{ROOT / '.venv/bin/vzmon'} analyze", help="the analyze command to score")
    ap.add_argument("--develop", action="store_true", help="score only the develop side (no set-aside, no PolNeAR)")
    ap.add_argument("--against", default=None, metavar="CMD",
                    help="a second analyze command: print the paired bootstrap interval of the difference "
                         "(e.g. --against '.venv/bin/vzmon analyze --rules-only': what the models add)")
    args = ap.parse_args()
    root = eval_root(ROOT / "tasks")
    header = f"{'set':<34} {'arts':>4} " + " ".join(f"{k.replace('relevance_', 'rel_')[:7]:>7}" for k in FIGURES)
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        dirs = _split_dirs(root, Path(tmp))
        sides = ("develop",) if args.develop else ("develop", "set_aside")
        for side in sides:
            whole, by_group, counts = score_side(root, dirs[side], args.cmd)
            print(_row(f"{side} (all)", whole))
            for group, figures in by_group.items():
                print(_row(f"  {side} {group}", figures))
            print(f"  {side}: 90% bootstrap interval over its articles: {_span(bootstrap.interval(counts))}")
            if args.against:
                other = score_side(root, dirs[side], args.against)[2]
                print(f"  {side}: this command minus --against, paired over the same resampled articles: "
                      f"{_span(bootstrap.paired_difference(counts, other), signed=True)}")
    if args.develop:
        return
    pn, counts = score_polnear(root, args.cmd)
    print(f"PolNeAR dev (set aside): statement_f1 {pn['statement_f1']:.3f} (P {pn['statement_precision']:.3f}, "
          f"R {pn['statement_recall']:.3f}); named speaker accuracy {pn['named_speaker_accuracy']:.3f}; "
          f"{pn['statements_gold']} gold, {pn['statements_predicted']} predicted")
    lo, hi = bootstrap.interval(counts)["statement_f1"]
    print(f"  PolNeAR dev: 90% bootstrap interval over its articles: statement F1 {lo:.3f}-{hi:.3f}")
    if args.against:
        lo, hi = bootstrap.paired_difference(counts, score_polnear(root, args.against)[1])["statement_f1"]
        print(f"  PolNeAR dev: this command minus --against, paired: statement F1 {lo:+.3f} to {hi:+.3f}")
    hits, total = polnear_train_relevant(root, args.cmd)
    print(f"PolNeAR train relevance: {hits} of {total} US political articles judged relevant (must be 0)")


if __name__ == "__main__":
    main()
