"""Stage-one recall: how many relevant gold articles survive `may_be_relevant` on title + 300 characters.

Stage one sees only what a feed gives (a title and a summary) and decides whether to fetch the page, so
an article it drops is lost for good. This prints the share of relevant gold articles it keeps (the
target is >= 0.98) and how many non-relevant ones it lets through (the cost: pages fetched for nothing),
with the relevant ones it lost, so a change to the topic file can be checked in a second.

    .venv/bin/python bench/stage_one_recall.py [--gold ../shared/eval/gold] [--topic FILE] [--chars 300]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.analysis.corpus import set_aside  # noqa: E402
from tasks.config import DEFAULT_TOPIC  # noqa: E402
from tasks.relevance import load_topic, may_be_relevant  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "gold"))
    ap.add_argument("--topic", default=str(DEFAULT_TOPIC))
    ap.add_argument("--chars", type=int, default=300, help="characters of the text standing in for the summary")
    ap.add_argument("--gold-too", action="append", default=[], help="another folder to read (repeatable)")
    args = ap.parse_args()
    topic = load_topic(args.topic)
    kept = lost = let_through = negatives = 0
    lost_ids: list[str] = []
    hidden = 0
    paths = [p for folder in [args.gold, *args.gold_too] for p in sorted(Path(folder).rglob("*.json"))]
    for path in paths:
        art = json.loads(path.read_text(encoding="utf-8"))
        passed = may_be_relevant(art.get("title") or "", (art.get("text") or "")[:args.chars],
                                 art.get("language"), topic)
        if art.get("relevant"):
            kept += passed
            lost += not passed
            if not passed and set_aside(art["id"]):
                hidden += 1   # a set-aside article: counted, never named (tasks/analysis/corpus.py)
            elif not passed:
                lost_ids.append(art["id"])
        else:
            negatives += 1
            let_through += passed
    relevant = kept + lost
    recall = kept / relevant if relevant else 1.0
    print(f"stage-one recall        {recall:.3f}  ({kept}/{relevant} relevant articles kept)")
    print(f"non-relevant let through {let_through}/{negatives}")
    for aid in lost_ids:
        print(f"lost: {aid}")
    if hidden:
        print(f"lost: {hidden} set-aside article(s), not named")


if __name__ == "__main__":
    main()
