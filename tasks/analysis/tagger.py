"""The attribution tagger: a linear-chain CRF (python-crfsuite) that labels each token of a paragraph as
part of a statement's content (C), its cue (V), its source (S), or none (O), in BIO form.

Why a CRF: the decisions that the rules made one by one (where a reported clause ends, whether a quotation is
attributed, which words are the cue) are sequence labelling, and a CRF learns them from the 20,000 labelled
attributions of PolNeAR and the guide's articles, with the rules' own output among its features.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tasks.analysis.corpus import Doc
from tasks.analysis.features import Sequence

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
ATTRIBUTION_MODEL = MODEL_DIR / "attribution.crfsuite"
ROLES = {"content": "C", "cue": "V", "source": "S"}


def gold_labels(doc: Doc, seq: Sequence) -> list[str]:
    """BIO labels of one sequence from the document's labelled speech attributions. Where attributions
    nest, the outer one keeps its tokens (a flat labelling holds one reading)."""
    n = len(seq.spans)
    labels = ["O"] * n
    owner = [-1] * n
    starts = [a for a, _ in seq.spans]
    attributions = sorted((a for a in doc.attributions if a.speech),
                          key=lambda a: -sum(y - x for x, y in a.content))
    for number, att in enumerate(attributions):
        for role, spans in (("C", att.content), ("V", [att.cue] if att.cue else []),
                            ("S", [att.source] if att.source else [])):
            for a, b in spans:
                for i in range(n):
                    if a <= starts[i] < b and owner[i] < 0:
                        labels[i] = role
                        owner[i] = number * 4 + "CVS".index(role)
    out = []
    for i in range(n):
        if labels[i] == "O":
            out.append("O")
        else:
            begins = i == 0 or owner[i - 1] != owner[i]
            out.append(("B-" if begins else "I-") + labels[i])
    return out


@dataclass(slots=True)
class Chunk:
    role: str          # "C", "V" or "S"
    start: int         # character offsets
    end: int
    first: int         # token indices, end exclusive
    last: int
    confidence: float = 1.0


def chunks(seq: Sequence, labels: list[str], marginals: list[float] | None = None) -> list[Chunk]:
    """Contiguous labelled runs (a B- starts a new run; an I- after O is read as a B-)."""
    out: list[Chunk] = []
    for i, label in enumerate(labels):
        if label == "O":
            continue
        prefix, role = label.split("-", 1)
        conf = marginals[i] if marginals else 1.0
        if prefix == "I" and out and out[-1].role == role and out[-1].last == i:
            out[-1].end = seq.spans[i][1]
            out[-1].last = i + 1
            out[-1].confidence = min(out[-1].confidence, conf)
        else:
            out.append(Chunk(role, seq.spans[i][0], seq.spans[i][1], i, i + 1, conf))
    return out


class Tagger:
    """A trained model, opened once per process (crfsuite maps the file; opening takes milliseconds)."""

    def __init__(self, path: Path = ATTRIBUTION_MODEL) -> None:
        import pycrfsuite

        self.path = path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def __getstate__(self) -> dict[str, object]:
        """Pickled as its path (Dask ships the analysis to its workers), reopened there."""
        return {"path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(Path(str(state["path"])))  # type: ignore[misc]

    def tag(self, seq: Sequence) -> tuple[list[str], list[float]]:
        """Labels and, per token, the marginal probability of its label (the statement's confidence)."""
        self._tagger.set(seq.features)
        labels = self._tagger.tag()
        # marginals only where something was tagged: the O tokens' are never read
        return labels, [self._tagger.marginal(label, i) if label != "O" else 1.0 for i, label in enumerate(labels)]

    def weights_for(self, features: list[str] | list[bytes], label: str) -> list[tuple[str, float]]:
        """The state features of one token that push it towards `label`, strongest first (for --explain)."""
        info = self._info()
        names = [f.decode() if isinstance(f, bytes) else f for f in features]
        scored = [(f, info.get((f, label), 0.0)) for f in names]
        return sorted((x for x in scored if x[1]), key=lambda x: -abs(x[1]))

    def _info(self) -> dict[tuple[str, str], float]:
        cached = getattr(self, "_state", None)
        if cached is None:
            cached = dict(self._tagger.info().state_features)
            self._state = cached
        return cached
