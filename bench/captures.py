"""The analysis read on real text nobody labelled: the feed captures in ../shared/feeds/real.

The labelled sets can only show the misses of articles someone labelled, and the develop side has been read
closely for seventeen sessions. The captures (US, UK, Korean, Portuguese, Brazilian, German and Italian
outlets; MANIFEST.md) hold about 540 entries nobody tuned on, a few dozen of them long articles with many
statements. Reading what the analysis makes of them finds misreadings the labelled sets cannot: a noun read as
a cue ("Trump’s comments", "the Court of Appeals"), "the U.S. State Department said" read as no report, a place
inside a subject taken for the source ("The main opposition party in Venezuela said").

Each entry's longest text (content, else summary) is extracted from its HTML as a page would be, then analysed
with its language detected (no hint). Prints every statement with its sentence; with --against another
checkout's root, only the statements that differ between the two (what a change did to unseen text):

    .venv/bin/python bench/captures.py [--captures ../shared/feeds/real] [--against /tmp/old-checkout]

Nothing is written; the captures' text never leaves ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT_CHARS = 300   # of the sentence printed around a statement


def entries(captures: Path) -> list[dict[str, str]]:
    """(id, title, text) of every entry of every capture, in file order."""
    import feedparser

    from tasks.article import extract_text

    out = []
    for path in sorted(captures.iterdir()):
        if path.suffix not in (".xml", ".rss", ".atom", ".gz"):
            continue
        body = path.read_bytes()
        if path.suffix == ".gz":
            body = gzip.decompress(body)
        for i, entry in enumerate(feedparser.parse(body).entries):
            html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
            page = f"<html><body><article>{html}</article></body></html>".encode()
            text = extract_text(page, f"https://capture.invalid/{path.name}/{i}", "text/html") if html else ""
            out.append({"id": f"{path.name}:{i}", "title": entry.get("title", ""), "text": text})
    return out


def analyse(root: Path, items: list[dict[str, str]]) -> dict[str, list[dict[str, object]]]:
    """Statements per entry by the checkout at `root`, run in a child process so two checkouts never share
    one import of `tasks`."""
    code = ("import json,sys\nsys.path.insert(0, sys.argv[1])\nfrom tasks.analysis import Analyzer\n"
            "A = Analyzer.load()\nout = {}\n"
            "for d in json.load(sys.stdin):\n"
            "    an = A.analyze(d['title'], d['text'])\n"
            "    out[d['id']] = [{'speaker': s.speaker, 'quote': s.quote, 'kind': s.kind, 'start': s.start,\n"
            "                     'end': s.end, 'language': an.language} for s in an.statements]\n"
            "json.dump(out, sys.stdout)\n")
    done = subprocess.run([sys.executable, "-c", code, str(root)], input=json.dumps(items), capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def sentence(text: str, a: int, b: int) -> str:
    stop = text.rfind(". ", 0, a)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, a) + 1)
    end = text.find(". ", b)
    return " ".join(text[start:len(text) if end < 0 else end + 1].split())[:CONTEXT_CHARS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--captures", type=Path, default=ROOT.parent / "shared" / "feeds" / "real")
    ap.add_argument("--against", type=Path, default=None, help="another checkout's root: print only differences")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    items = entries(args.captures)
    texts = {d["id"]: d["text"] for d in items}
    new = analyse(ROOT, items)
    old = analyse(args.against, items) if args.against else None
    key = lambda s: (s["start"], s["end"], s["speaker"], s["kind"])  # noqa: E731
    changed = 0
    for item_id, statements in new.items():
        before = {key(s) for s in old.get(item_id, [])} if old is not None else set()
        after = {key(s) for s in statements}
        shown = [("+" if old is not None else " ", s) for s in statements if old is None or key(s) not in before]
        if old is not None:
            shown += [("-", s) for s in old.get(item_id, []) if key(s) not in after]
        if shown:
            changed += 1
            print(item_id)
        for mark, s in shown:
            print(f" {mark} [{s['language']} {s['kind']}] {s['speaker']!r}: {str(s['quote'])[:120]!r}")
            print(f"     in: {sentence(texts[item_id], int(s['start']), int(s['end']))!r}")
    total = sum(len(v) for v in new.values())
    print(f"\n{len(items)} entries, {total} statements" +
          (f" ({sum(len(v) for v in old.values())} before); {changed} entries changed" if old is not None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
