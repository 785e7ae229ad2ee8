"""The labelled material the analysis learns from and is measured on, and the fixed split between the two.

Two formats are read from `../shared/eval` (never copied into the repo):
- the guide's JSON articles (`gold/`, `train/`; LABELING.md): statements with quote text, kind, cue and the
  resolved speaker, but no offsets, so the quote is located in the text here;
- PolNeAR's brat standoff (`polnear/train`, `polnear/dev`): source, cue and content spans with offsets.

Both become `Doc`s with `Attribution`s carrying character spans, the one shape the trainers read.

The split is fixed before any tuning and never changes: an article is SET ASIDE when the SHA-1 of its id is
0 mod 4 (a quarter of `gold` + `train`), and all of `polnear/dev` is set aside. Set-aside articles are only
ever scored in total (`bench/quality.py`); training and error study use the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SET_ASIDE_MODULUS = 4
GUIDE_PARTS = ("gold", "train")
POLNEAR_TRAIN = "polnear/train"
POLNEAR_SET_ASIDE = "polnear/dev"


def set_aside(article_id: str) -> bool:
    """True for the quarter of the guide's articles that training and error study never look at."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % SET_ASIDE_MODULUS == 0


@dataclass(slots=True)
class Attribution:
    """One labelled attribution. Spans are (start, end) character offsets into the document text;
    `content` may have several pieces ("A," he said, "B.")."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    speaker: str = ""           # the resolved name (guide) or the mention as written (PolNeAR)
    kind: str = ""              # direct | partial | indirect ("" where the corpus does not say)
    speech: bool = True         # PolNeAR also marks thoughts; the product reports speech only


@dataclass(slots=True)
class Doc:
    id: str
    text: str
    language: str
    title: str = ""
    relevant: bool | None = None
    corpus: str = ""            # "guide" or "polnear"
    attributions: list[Attribution] = field(default_factory=list)


def eval_root(start: Path | None = None) -> Path:
    """`../shared/eval` beside the checkout (the layout of every machine and of CI)."""
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("no ../shared/eval beside the checkout: the labelled data is not on this machine")


# ---------------------------------------------------------------- the guide's JSON articles

_SPACE = re.compile(r"\s+")


def _locate(text: str, quote: str, after: int) -> list[tuple[int, int]] | None:
    """Where a labelled quote stands in the text: exactly (first match after the previous statement, else
    anywhere), else as pieces split by an attribution ("A," he said, "B." labelled "A B")."""
    quote = quote.strip()
    if not quote:
        return None
    for start_at in (after, 0):
        i = text.find(quote, start_at)
        if i >= 0:
            return [(i, i + len(quote))]
    # whitespace differences: match word by word with flexible gaps, within one paragraph span
    words = [re.escape(w) for w in _SPACE.split(quote) if w]
    if not words:
        return None
    m = re.compile(r"\s+".join(words)).search(text, after) or re.compile(r"\s+".join(words)).search(text)
    if m:
        return [(m.start(), m.end())]
    # split quote: the longest prefix of words found, then the rest after it (at most a few pieces)
    pieces: list[tuple[int, int]] = []
    rest, pos = words, after
    while rest and len(pieces) < 4:
        found = None
        for n in range(len(rest), 0, -1):
            m = re.compile(r"\s+".join(rest[:n])).search(text, pos)
            if m and (not pieces or m.start() - pieces[-1][1] < 400):
                found = (m, n)
                break
        if not found:
            return None
        m, n = found
        pieces.append((m.start(), m.end()))
        rest, pos = rest[n:], m.end()
    return pieces if not rest else None


def _find_cue(text: str, cue: str, content: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The labelled cue nearest the content (the guide gives the cue as written, not where)."""
    cue = cue.strip()
    if not cue:
        return None
    best: tuple[int, tuple[int, int]] | None = None
    a, b = content[0][0], content[-1][1]
    for m in re.finditer(re.escape(cue), text):
        if a <= m.start() < b and len(content) == 1:
            continue  # inside the content itself
        dist = a - m.end() if m.end() <= a else m.start() - b
        if dist < 0:
            dist = 0
        if best is None or dist < best[0]:
            best = (dist, (m.start(), m.end()))
    return best[1] if best and best[0] < 600 else None


def _find_source(text: str, speaker: str, cue: tuple[int, int] | None, content: list[tuple[int, int]]) -> tuple[
        int, int] | None:
    """The speaker's name as written near the cue, when the article names it there (else None: a pronoun
    or description the resolver must link)."""
    if not speaker.strip():
        return None
    anchor = cue or (content[0][0], content[-1][1])
    best: tuple[int, tuple[int, int]] | None = None
    for m in re.finditer(re.escape(speaker.strip()), text):
        dist = abs(m.start() - anchor[0])
        if best is None or dist < best[0]:
            best = (dist, (m.start(), m.end()))
    return best[1] if best and best[0] < 250 else None


def read_guide_article(path: Path) -> Doc:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data.get("text") or ""
    doc = Doc(id=data["id"], text=text, language=data.get("language") or "", title=data.get("title") or "",
              relevant=data.get("relevant"), corpus="guide")
    after = 0
    for st in data.get("statements") or []:
        content = _locate(text, st.get("quote") or "", after)
        if content is None:
            continue
        after = content[0][0]
        cue = _find_cue(text, st.get("cue") or "", content)
        doc.attributions.append(Attribution(
            content=content, cue=cue, source=_find_source(text, st.get("speaker") or "", cue, content),
            speaker=st.get("speaker") or "", kind=st.get("kind") or ""))
    return doc


def guide_paths(root: Path, part: str) -> list[Path]:
    return sorted((root / part).glob("*/*.json"))


def guide_docs(root: Path | None = None, which: str = "develop") -> Iterator[Doc]:
    """The guide's articles of one side of the split: "develop" (train and study on these), "set_aside"
    (totals only) or "all"."""
    root = root or eval_root()
    for part in GUIDE_PARTS:
        for path in guide_paths(root, part):
            doc = read_guide_article(path)
            aside = set_aside(doc.id)
            if which == "all" or (which == "set_aside") == aside:
                yield doc


# ---------------------------------------------------------------- PolNeAR (brat standoff)

# score_polnear.py's definition of a speech attribution: a communication cue, or quoted content.
_SPEECH = re.compile(
    r"\b(say|says|said|saying|tell|tells|told|telling|announc|stat(e|ed|es|ing|ement)|declar|add(ed|s|ing)?\b|"
    r"warn|urg|call(ed|s|ing)? (on|for)|ask|claim|insist|deni|deny|reject|argu|accus|acknowledg|admit|"
    r"assert|explain|note|not(ed|es|ing)|report|respond|repl|remark|comment|writ|wrote|tweet|post|"
    r"according to|confirm|predict|promis|pledg|vow|threaten|suggest|recall|describ|call(ed)? (it|him|her|them|the)|"
    r"criticiz|prais|welcom|condemn|blam|charg|allege|contend|maintain|point(ed)? out|testif|"
    r"interview|speech|statement|remarks|told|quot|emphasi|stress|observ|mention|complain|demand|"
    r"recommend|propos|offer|agree|disagree|dismiss|defend|endors|apologi|conced|boast|joke|quipp|"
    r"shout|chant|yell|whisper|cite|describ|characteriz|label|brand|decr|lament|question|"
    r"insinuat|imply|implie|signal|indicat|reveal|disclos|express|voic)", re.I)


def _read_ann(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            _, _, offs = parts[1].partition(" ")
            spans[parts[0]] = [(int(x), int(y)) for x, y in (p.split() for p in offs.split(";"))]
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split()))
    return [{role: spans.get(rel.get(role, ""), []) for role in ("Source", "Cue", "Content")} for rel in rels]


def polnear_docs(root: Path | None = None, part: str = POLNEAR_TRAIN) -> Iterator[Doc]:
    root = root or eval_root()
    seen: set[str] = set()
    folder = root / part
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if stem in seen:  # several annotators: keep the first file, as the scorer does
            continue
        seen.add(stem)
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        doc = Doc(id=stem, text=text, language="en", title=text.strip().splitlines()[0][:200] if text.strip() else "",
                  relevant=False, corpus="polnear")
        for rel in _read_ann(ann):
            content = [(a, b) for a, b in rel["Content"] if b > a]
            if not content or not text[content[0][0]:content[-1][1]].strip():
                continue
            cue = (rel["Cue"][0][0], rel["Cue"][-1][1]) if rel["Cue"] else None
            source = (rel["Source"][0][0], rel["Source"][-1][1]) if rel["Source"] else None
            content_text = " ".join(text[a:b] for a, b in content)
            cue_text = " ".join(text[a:b] for a, b in rel["Cue"])
            quoted = any(q in content_text for q in "\"“”")
            doc.attributions.append(Attribution(
                content=content, cue=cue, source=source,
                speaker=text[source[0]:source[1]] if source else "",
                speech=bool(quoted or _SPEECH.search(cue_text))))
        yield doc


# ---------------------------------------------------------------- speaker agreement (eval/README.md's rule)

_IGNORED = frozenset({"the", "a", "an", "of", "s", "de", "del", "la", "el", "los", "las", "y", "and", "mr", "mrs",
                      "ms", "dr", "sr", "sra", "president", "presidente", "minister", "ministro", "ministra",
                      "said", "told"})


def _name_tokens(name: str) -> set[str]:
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c)).lower()
    return {t for t in "".join(c if c.isalnum() else " " for c in folded).split() if t not in _IGNORED}


def same_speaker(gold: str, predicted: str) -> bool:
    """The guide's speaker agreement: one name's tokens contain the other's, or their Jaccard is >= 0.5
    (titles and function words ignored). Training labels candidates with it."""
    a, b = _name_tokens(gold), _name_tokens(predicted)
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5
