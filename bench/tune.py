"""Scores on the TUNING fold (tasks/analysis/train.py --tune): develop articles kept out of a tuning model's
training, for choosing settings. Never reads the set-aside side.

    .venv/bin/python -m tasks.analysis.train --tune --out /tmp/tune.crfsuite
    VZMON_ATTRIBUTION_MODEL=/tmp/tune.crfsuite .venv/bin/python bench/tune.py [--details]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.analysis.corpus import GUIDE_PARTS, eval_root, guide_paths, set_aside  # noqa: E402
from tasks.analysis.train import tuning_fold  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--cmd", default=f"{ROOT / '.venv/bin/vzmon'} analyze")
    ap.add_argument("--only", choices=("guide", "polnear"), default=None)
    args = ap.parse_args()
    root = eval_root(ROOT / "tasks")
    with tempfile.TemporaryDirectory() as tmp:
        guide = Path(tmp) / "guide"
        guide.mkdir()
        for part in GUIDE_PARTS:
            for path in guide_paths(root, part):
                doc_id = path.stem
                if not set_aside(doc_id) and tuning_fold(doc_id, "guide"):
                    (guide / path.name).symlink_to(path)
        pn = Path(tmp) / "polnear"
        (pn / "text").mkdir(parents=True)
        (pn / "attributions").mkdir()
        for ann in sorted((root / "polnear/train/attributions").glob("*.ann")):
            stem = ann.stem.rsplit("_", 1)[0]
            if tuning_fold(stem, "polnear"):
                (pn / "attributions" / ann.name).symlink_to(ann)
                if not (pn / "text" / f"{stem}.txt").exists():
                    (pn / "text" / f"{stem}.txt").symlink_to(root / "polnear/train/text" / f"{stem}.txt")
        extra = ["--details"] if args.details else []
        if args.only != "polnear":
            subprocess.run([sys.executable, str(root / "score.py"), "--gold", str(guide), "--cmd", args.cmd, *extra])
        if args.only != "guide":
            subprocess.run([sys.executable, str(root / "score_polnear.py"), "--data", str(pn), "--cmd", args.cmd,
                            *extra])


if __name__ == "__main__":
    main()
