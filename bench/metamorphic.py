"""Who said what must not depend on how a page spells its spaces, quotation marks and line ends.

Each variant rewrites every develop article (never a set-aside one) in a way that changes no statement: no-break
spaces after short words, zero-width spaces after full stops, CRLF line ends, spaces before line ends, lines of
spaces between paragraphs, straight or curly quotation marks, French spacing inside guillemets, typographic
or straight apostrophes, text hard-wrapped at 80 characters, British single marks in the English articles;
and what a page's extraction may leave around the
body (a wire dateline, a byline, a photo caption, paragraphs run together). The labelled quotes get the same
rewrite (the scorer compares words), and each variant is scored with ../shared/eval/score.py beside the
untouched articles, with the number of articles whose statements changed at all. A figure that moves is a
reading that depends on typography or page furniture, not on language: unseen pages will write it differently.

    .venv/bin/python bench/metamorphic.py [VARIANT ...]      # ~1 min for all variants
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.analysis.corpus import GUIDE_PARTS, eval_root, guide_paths, set_aside  # noqa: E402

_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def _nbsp(t: str) -> str:
    return re.sub(r"\b(\w{1,3}) (?=\w)", lambda m: m.group(1) + "\u00a0", t)


def _curly(t: str) -> str:
    out, opening = [], True
    for ch in t:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _british(t: str) -> str:
    """Double quotation marks as single ones, as British copy writes them (apostrophes untouched)."""
    t = t.replace("“", "‘").replace("”", "’")
    return re.sub(r'"([^"\n]*)"', lambda m: "‘" + m.group(1) + "’", t)


def _wrapped(t: str, width: int = 80) -> str:
    """Plain-text copy: each paragraph wrapped at `width`, a blank line between paragraphs."""
    paras = []
    for para in t.split("\n"):
        lines, line = [], []
        for word in para.split(" "):
            if line and sum(len(w) + 1 for w in line) + len(word) > width:
                lines.append(" ".join(line))
                line = []
            line.append(word)
        lines.append(" ".join(line))
        paras.append("\n".join(lines))
    return "\n\n".join(paras)


# name -> (rewrite of the text, rewrite of a labelled quote)
VARIANTS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "no-break spaces": (_nbsp, _nbsp),
    "zero-width spaces": (lambda t: t.replace(". ", ".\u200b "), lambda q: q.replace(". ", ".\u200b ")),
    "CRLF line ends": (lambda t: t.replace("\n", "\r\n"), lambda q: q),
    "spaces before line ends": (lambda t: t.replace("\n", " \n"), lambda q: q),
    "lines of spaces between paragraphs": (lambda t: t.replace("\n", "\n \n"), lambda q: q),
    "straight quotation marks": (lambda t: re.sub("[“”«»„]", '"', t), lambda q: re.sub("[“”«»„]", '"', q)),
    "curly quotation marks": (_curly, lambda q: q),
    "spaced guillemets": (lambda t: t.replace("«", "« ").replace("»", " »"), lambda q: q),
    "typographic apostrophes": (lambda t: _APOSTROPHE.sub("’", t), lambda q: _APOSTROPHE.sub("’", q)),
    "straight apostrophes": (lambda t: t.replace("’", "'"), lambda q: q.replace("’", "'")),
    "hard-wrapped at 80 characters": (_wrapped, lambda q: q),
    # what a page's extraction may leave around the body
    "wire dateline first": (lambda t: "CARACAS, Dec 5 (Reuters) - " + t, lambda q: q),
    "byline first": (lambda t: "By Maria Lopez and John Carter\n" + t, lambda q: q),
    "photo caption after the first paragraph": (lambda t: t.replace("\n", "\nPhoto: Reuters/File\n", 1), lambda q: q),
    "all one paragraph": (lambda t: t.replace("\n", " "), lambda q: q.replace("\n", " ")),
}
# variants of one language's copy only (the other articles stay as written)
LANGUAGE_VARIANTS: dict[str, tuple[Callable[[str], str], Callable[[str], str], str]] = {
    "British single quotation marks (en)": (_british, lambda q: q, "en"),
}


def _develop(root: Path) -> list[dict]:
    arts = []
    for part in GUIDE_PARTS:
        for path in guide_paths(root, part):
            record = json.loads(path.read_text(encoding="utf-8"))
            if not set_aside(record["id"]):   # the set-aside articles are never read here
                arts.append(record)
    return arts


def run(analyzer, scorer, arts: list[dict], text_fn: Callable[[str], str], quote_fn: Callable[[str], str],
        baseline: dict[str, list] | None, language: str | None = None) -> tuple[dict[str, float], dict[str, list], int]:
    gold, preds, seen, changed = {}, [], {}, 0
    for art in arts:
        touched = language is None or art.get("language") == language
        rewrite, requote = (text_fn, quote_fn) if touched else (str, str)
        gold[art["id"]] = dict(art, statements=[dict(s, quote=requote(s["quote"])) for s in art["statements"]])
        r = analyzer.analyze(art.get("title") or "", rewrite(art["text"]), art.get("language"))
        sts = [{"speaker": s.speaker, "quote": s.quote, "kind": s.kind} for s in r.statements]
        preds.append({"id": art["id"], "relevant": r.relevance.relevant, "statements": sts})
        seen[art["id"]] = [(s["speaker"], s["kind"], re.findall(r"\w+", s["quote"])) for s in sts]
        if baseline is not None and seen[art["id"]] != baseline[art["id"]]:
            changed += 1
    with contextlib.redirect_stdout(io.StringIO()):
        figures = scorer.score(gold, preds, False)
    return figures, seen, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="*", choices=[[], *VARIANTS, *LANGUAGE_VARIANTS], metavar="VARIANT",
                    help="default: all")
    ap.add_argument("--eval", type=Path, default=None, help="the labelled corpus (default ../shared/eval)")
    ap.add_argument("--scorer", type=Path, default=None, help="the folder of score.py (default: the corpus's)")
    args = ap.parse_args(argv)
    root = args.eval or eval_root()
    sys.path.insert(0, str(args.scorer or root))
    import score as scorer

    from tasks.analysis import Analyzer

    analyzer, arts = Analyzer.load(), _develop(root)
    base, seen, _ = run(analyzer, scorer, arts, lambda t: t, lambda q: q, None)
    print(f"{len(arts)} develop articles; as written: relevance F1 {base['relevance_f1']:.3f}, statement F1 "
          f"{base['statement_f1']:.3f}, attributed F1 {base['attributed_f1']:.3f}")
    print(f"{'variant':42} {'relevance':>9} {'statement':>9} {'attributed':>10}  articles changed")
    for name in args.variants or [*VARIANTS, *LANGUAGE_VARIANTS]:
        if name in VARIANTS:
            figures, _, changed = run(analyzer, scorer, arts, *VARIANTS[name], seen)
        else:
            text_fn, quote_fn, language = LANGUAGE_VARIANTS[name]
            figures, _, changed = run(analyzer, scorer, arts, text_fn, quote_fn, seen, language)
        print(f"{name:42} {figures['relevance_f1']:9.3f} {figures['statement_f1']:9.3f} "
              f"{figures['attributed_f1']:10.3f}  {changed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
