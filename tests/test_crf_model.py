"""The CRFsuite model writer and the domain folding: a rewritten or folded model must tag exactly as the model it
came from, as pycrfsuite itself reads it (tiny models trained here, in a second)."""

from __future__ import annotations

import random
from pathlib import Path

import pycrfsuite
import pytest

from tasks.analysis.crf_model import CrfWeights, fold_domain, hashlittle, read_model, write_model

LABELS_4 = ["O", "B-C", "I-C", "B-V"]
LABELS_7 = ["O", "B-C", "I-C", "B-V", "I-V", "B-S", "I-S"]
WORDS = ["dijo", "señaló", "said", "the", "minister", "«", "»", "talks", "ended", "Oslo", "€", "according"]
TOLERANCE = 1e-9

Tokens = list[list[str]]


def _token(rng: random.Random) -> list[str]:
    """A token's shared features: a word identity (never copied) and a few non-word features."""
    word = rng.choice(WORDS)
    return [f"w={word}", f"w-1={rng.choice(WORDS)}", f"s={rng.choice('Xxd')}", f"q={rng.randint(0, 2)}",
            f"c={rng.choice(['verb', 'acc', '-'])}", "b"]


def _in_domain(tokens: Tokens, tag: str) -> Tokens:
    """The tokens with the corpus's copy of every non-word feature (as features.in_domain makes them)."""
    return [f + [tag + x for x in f if x[0] != "w"] for f in tokens]


def _sequences(rng: random.Random, count: int) -> list[Tokens]:
    return [[_token(rng) for _ in range(rng.randint(2, 9))] for _ in range(count)]


def _train(path: Path, labels: list[str], seed: int) -> Path:
    """A small model trained with both corpora's copies (G| and P|), labels loosely tied to the features so
    that the weights are varied and non-zero."""
    rng = random.Random(seed)
    trainer = pycrfsuite.Trainer(verbose=False)
    for number, tokens in enumerate(_sequences(rng, 60)):
        ys = [labels[(len(t[0]) + int(t[3][-1]) + rng.randint(0, 1)) % len(labels)] for t in tokens]
        trainer.append(_in_domain(tokens, "G|" if number % 3 == 0 else "P|"), ys)
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 60, "feature.possible_transitions": True})
    trainer.train(str(path))
    return path


def _tag(model: Path, sequences: list[Tokens]) -> list[tuple[list[str], list[list[float]]]]:
    """Per sequence, the Viterbi labels and every label's marginal at every token."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    labels = tagger.labels()
    out = []
    for tokens in sequences:
        tagger.set(tokens)
        path = tagger.tag()
        out.append((path, [[tagger.marginal(y, i) for y in sorted(labels)] for i in range(len(tokens))]))
    return out


def _assert_same_tagging(a: list[tuple[list[str], list[list[float]]]],
                         b: list[tuple[list[str], list[list[float]]]]) -> None:
    assert len(a) == len(b)
    for (path_a, marg_a), (path_b, marg_b) in zip(a, b, strict=True):
        assert path_a == path_b
        for row_a, row_b in zip(marg_a, marg_b, strict=True):
            assert max(abs(x - y) for x, y in zip(row_a, row_b, strict=True)) < TOLERANCE


@pytest.fixture(scope="module")
def model_4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _train(tmp_path_factory.mktemp("crf") / "four.crfsuite", LABELS_4, seed=1)


@pytest.fixture(scope="module")
def model_7(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _train(tmp_path_factory.mktemp("crf") / "seven.crfsuite", LABELS_7, seed=2)


def test_hash_is_lookup3_hashlittle() -> None:
    # the published test values of lookup3.c (driver5)
    assert hashlittle(b"") == 0xDEADBEEF
    assert hashlittle(b"Four score and seven years ago") == 0x17770551
    assert hashlittle(b"Four score and seven years ago", 1) == 0xCD628161


def test_reading_agrees_with_pycrfsuite_and_keeps_full_precision(model_4: Path) -> None:
    weights = read_model(model_4)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_4))
    info = tagger.info()
    assert weights.labels == sorted(info.labels, key=lambda y: int(info.labels[y]))
    assert weights.state_features.keys() == info.state_features.keys()
    assert weights.transitions.keys() == info.transitions.keys()
    # info() parses a text dump with six decimals; the file holds the doubles themselves
    assert all(abs(w - info.state_features[k]) <= 5e-7 for k, w in weights.state_features.items())
    assert any(round(w, 6) != w for w in weights.state_features.values())


def test_rewritten_model_tags_exactly_as_the_original(model_4: Path, tmp_path: Path) -> None:
    rewritten = tmp_path / "rewritten.crfsuite"
    write_model(rewritten, read_model(model_4))
    sequences = [_in_domain(s, "G|") for s in _sequences(random.Random(7), 25)]
    sequences += [_in_domain(s, "P|") for s in _sequences(random.Random(8), 5)] + [[["unknown=1"]]]
    _assert_same_tagging(_tag(model_4, sequences), _tag(rewritten, sequences))
    assert read_model(rewritten) == read_model(model_4)


def test_writing_is_deterministic(model_4: Path, tmp_path: Path) -> None:
    weights = read_model(model_4)
    write_model(tmp_path / "a.crfsuite", weights)
    shuffled = CrfWeights(list(weights.labels), dict(reversed(weights.state_features.items())),
                          dict(reversed(weights.transitions.items())))
    write_model(tmp_path / "b.crfsuite", shuffled)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_folded_model_without_copies_tags_as_original_with_guide_copies(model_4: Path, tmp_path: Path) -> None:
    folded_path = tmp_path / "folded.crfsuite"
    folded = fold_domain(read_model(model_4))
    write_model(folded_path, folded)
    shared = _sequences(random.Random(11), 30)
    _assert_same_tagging(_tag(model_4, [_in_domain(s, "G|") for s in shared]), _tag(folded_path, shared))
    assert not [a for a, _ in folded.state_features if a[:2] in ("G|", "P|")]
    assert not [a for a, _ in read_model(folded_path).state_features if a[1:2] == "|"]


def test_folding_adds_guide_weights_creates_missing_and_drops_other_corpora() -> None:
    weights = CrfWeights(["O", "B-C"], {("x", "O"): 0.25, ("G|x", "O"): 0.5, ("G|y", "B-C"): -1.0,
                                        ("P|x", "O"): 9.0, ("G|z", "O"): -0.75, ("z", "O"): 0.75,
                                        ("w=G|x", "O"): 2.0}, {("O", "B-C"): 0.125})
    folded = fold_domain(weights)
    assert folded.state_features == {("x", "O"): 0.75, ("y", "B-C"): -1.0, ("w=G|x", "O"): 2.0}
    assert folded.transitions == weights.transitions and folded.labels == weights.labels
    with pytest.raises(ValueError):
        fold_domain(weights, "guide|")


def test_non_ascii_attributes_and_seven_labels(model_7: Path, tmp_path: Path) -> None:
    weights = read_model(model_7)
    assert sorted(weights.labels) == sorted(LABELS_7)
    assert any(a == "w=señaló" for a, _ in weights.state_features)
    rewritten, folded = tmp_path / "rewritten.crfsuite", tmp_path / "folded.crfsuite"
    write_model(rewritten, weights)
    write_model(folded, fold_domain(weights))
    shared = _sequences(random.Random(12), 30) + [[["w=señaló", "s=x", "q=1", "b"], ["w=«", "s=X", "q=0", "b"]]]
    with_copies = [_in_domain(s, "G|") for s in shared]
    original = _tag(model_7, with_copies)
    _assert_same_tagging(original, _tag(rewritten, with_copies))
    _assert_same_tagging(original, _tag(folded, shared))
    assert read_model(rewritten).labels == weights.labels
