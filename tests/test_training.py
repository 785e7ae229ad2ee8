"""`make train` on a tiny corpus written here: the models are built, deterministic, and used by the analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tasks.analysis import Analyzer
from tasks.analysis.corpus import guide_docs, polnear_docs, read_guide_article, set_aside
from tasks.analysis.train import main as train_main

GUIDE = [
    ("en", True, "Talks resume in Oslo",
     'Venezuelan opposition negotiator Ana Ruiz said on Monday that the talks with the government would resume '
     'in Oslo. "We are ready to sign," Ruiz told reporters. The Norwegian Foreign Ministry welcomed the '
     'decision of both delegations.',
     [("Ana Ruiz", "the talks with the government would resume in Oslo", "indirect", "said"),
      ("Ana Ruiz", "We are ready to sign", "direct", "told"),
      ("Norwegian Foreign Ministry", "the decision of both delegations", "indirect", "welcomed")]),
    ("en", False, "Caracas team wins the final",
     'The Caracas Lions won the baseball final on Sunday. "It was a long season," coach Tom Diaz said.',
     [("Tom Diaz", "It was a long season", "direct", "said")]),
    ("es", True, "Gobierno y oposición retoman el diálogo",
     'El jefe de la delegación del Gobierno venezolano, Luis Mora, afirmó que el diálogo con la oposición '
     'continuará en México. "Vamos a cumplir lo firmado", dijo Mora a la prensa.',
     [("Luis Mora", "el diálogo con la oposición continuará en México", "indirect", "afirmó"),
      ("Luis Mora", "Vamos a cumplir lo firmado", "direct", "dijo")]),
    ("en", True, "Envoy meets Maduro over prisoner release",
     'A US envoy met Nicolas Maduro in Caracas to negotiate the release of prisoners. "The talks were '
     'productive," envoy Mark Lee said. Maduro said the government wanted sanctions relief in exchange.',
     [("Mark Lee", "The talks were productive", "direct", "said"),
      ("Nicolas Maduro", "the government wanted sanctions relief in exchange", "indirect", "said")]),
]
POLNEAR_TEXT = ('Senator Jane Park said the bill would pass next week. "We have the votes," she told reporters.\n'
                'Critics believe the plan is too costly.\n')


def _write_corpus(root: Path, copies: int = 3) -> None:
    for part in ("gold", "train"):
        for n in range(copies):
            for i, (lang, relevant, title, text, statements) in enumerate(GUIDE):
                folder = root / part / lang
                folder.mkdir(parents=True, exist_ok=True)
                record = {"id": f"{part}-{n}-{i}", "url": f"https://example.org/{part}/{n}/{i}", "language": lang,
                          "title": title, "published": None, "relevant": relevant, "text": text,
                          "statements": [{"speaker": s, "speaker_type": "person", "quote": q, "kind": k, "cue": c}
                                         for s, q, k, c in statements]}
                (folder / f"{record['id']}.json").write_text(json.dumps(record), encoding="utf-8")
    for part in ("polnear/train", "polnear/dev"):
        (root / part / "text").mkdir(parents=True)
        (root / part / "attributions").mkdir(parents=True)
        for n in range(4):
            (root / part / "text" / f"doc{n}.txt").write_text(POLNEAR_TEXT, encoding="utf-8")
            t = POLNEAR_TEXT
            lines = []
            for k, (src, cue, content) in enumerate([("Senator Jane Park", "said", "the bill would pass next week"),
                                                     ("she", "told", '"We have the votes,"'),
                                                     ("Critics", "believe", "the plan is too costly")]):
                s0, c0, q0 = t.index(src), t.index(cue), t.index(content)
                lines += [f"T{3 * k + 1}\tSource {s0} {s0 + len(src)}\t{src}",
                          f"T{3 * k + 2}\tCue {c0} {c0 + len(cue)}\t{cue}",
                          f"T{3 * k + 3}\tContent {q0} {q0 + len(content)}\t{content}",
                          f"E{k + 1}\tAttribution:T{3 * k + 2} Content:T{3 * k + 3} Cue:T{3 * k + 2} "
                          f"Source:T{3 * k + 1}"]
            (root / part / "attributions" / f"doc{n}_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("eval")
    _write_corpus(root)
    out = tmp_path_factory.mktemp("models")
    assert train_main(["--eval", str(root), "--out", str(out)]) == 0
    return root, out


def test_training_builds_every_model_from_the_corpus(trained: tuple[Path, Path]) -> None:
    _, out = trained
    assert sorted(p.name for p in out.iterdir()) == ["attribution.crfsuite", "relevance.json", "sources.json"]
    assert json.loads((out / "relevance.json").read_text())["weights"]
    assert json.loads((out / "sources.json").read_text())["weights"]


def test_the_trained_tagger_is_folded_into_the_product_domain(trained: tuple[Path, Path]) -> None:
    """The shipped tagger carries no corpus copies ("G|", "P|"): the analysis passes it the shared features
    alone (attribution.prepare), which would silently drop the guide's weights of an unfolded model."""
    from tasks.analysis.crf_model import DOMAIN_MARK, read_model

    _, out = trained
    weights = read_model(out / "attribution.crfsuite")
    attributes = {a for a, _ in weights.state_features}
    assert attributes and not any(DOMAIN_MARK.match(a) for a in attributes)


def test_training_is_deterministic(trained: tuple[Path, Path], tmp_path: Path) -> None:
    root, out = trained
    assert train_main(["--eval", str(root), "--out", str(tmp_path)]) == 0
    for name in ("attribution.crfsuite", "relevance.json", "sources.json"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_trained_models_are_what_the_analysis_uses(trained: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _, out = trained
    monkeypatch.setenv("VZMON_SOURCE_MODEL", str(out / "sources.json"))
    analyzer = Analyzer.load(attribution_model=out / "attribution.crfsuite",
                             relevance_model=out / "relevance.json")
    text = ('Opposition negotiator Rosa Vidal said on Tuesday that the talks with the government would resume. '
            '"We are ready," Vidal told reporters.')
    result = analyzer.analyze("Talks resume", text, "en", explain=True)
    assert {s.speaker for s in result.statements} == {"Rosa Vidal"}
    assert any(e.kind == "model" for e in result.relevance.evidence)
    assert len(result.traces) == len(result.statements)
    default = Analyzer.load()
    assert analyzer.version != default.version  # other model files, another analysis version


def test_set_aside_articles_are_never_training_material(trained: tuple[Path, Path]) -> None:
    root, _ = trained
    develop = {d.id for d in guide_docs(root, "develop")}
    aside = {d.id for d in guide_docs(root, "set_aside")}
    assert develop and aside and not develop & aside
    assert all(set_aside(i) for i in aside) and not any(set_aside(i) for i in develop)


def test_the_split_sets_aside_about_a_quarter() -> None:
    share = sum(set_aside(f"article-{n}") for n in range(4000)) / 4000
    assert 0.23 < share < 0.27


def test_polnear_reader_keeps_speech_and_marks_thoughts(trained: tuple[Path, Path]) -> None:
    root, _ = trained
    doc = next(polnear_docs(root))
    speech = [a.speech for a in doc.attributions]
    assert speech == [True, True, False]  # "believe" is a thought: not a statement


def test_a_quote_split_by_its_attribution_is_located_in_pieces(tmp_path: Path) -> None:
    text = '"We will sign," Ruiz said, "and we will keep our word."'
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "a", "language": "en", "text": text, "relevant": True, "statements": [
        {"speaker": "Ruiz", "quote": "We will sign, and we will keep our word.", "kind": "direct", "cue": "said"}]}))
    doc = read_guide_article(path)
    pieces = doc.attributions[0].content
    assert len(pieces) == 2 and text[pieces[0][0]:pieces[0][1]].startswith("We will sign")
    assert text[doc.attributions[0].cue[0]:doc.attributions[0].cue[1]] == "said"


def test_the_relevance_threshold_sits_in_the_middle_of_the_gap_between_the_classes() -> None:
    from tasks.analysis.train import choose_threshold

    # develop negatives up to 0.41, positives from 0.53: any cut in between is perfect; take the middle
    assert choose_threshold([0.1, 0.41, 0.53, 0.6, 0.9], [0, 0, 1, 1, 1], negatives_only=[0.2]) == 0.47
    # ... but never at or below an off-topic PolNeAR article
    assert choose_threshold([0.1, 0.3, 0.9], [0, 1, 1], negatives_only=[0.35]) > 0.35


def test_each_corpus_gets_its_own_copy_of_the_features_but_the_words() -> None:
    from tasks.analysis.features import Sequence, in_domain

    seq = in_domain(Sequence([(0, 3)], [["b", "w=ana", "q=out"]]), "guide")
    assert seq.features == [["b", "w=ana", "q=out", "G|b", "G|q=out"]]


def test_features_built_in_a_domain_are_the_copy_in_domain_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tagger and training build the domain copy with the features (memoised blocks, UTF-8 bytes for the
    tagger); `in_domain` is the definition: the strings and their order (CRFsuite sums weights in order) must
    be the same."""
    from tasks.actors import load_actors
    from tasks.analysis.features import article_features, in_domain

    actors = load_actors()
    monkeypatch.setattr("tasks.analysis.features.WORD_MEMO_LIMIT", 5)   # the word memo starts again, often
    for language, _relevant, _title, text, _statements in GUIDE:
        plain = article_features(text, language, actors).sequences
        assert plain
        for domain in ("guide", "polnear"):
            built = article_features(text, language, actors, domain).sequences
            copied = [in_domain(seq, domain) for seq in plain]
            assert [(s.spans, s.features) for s in built] == [(s.spans, s.features) for s in copied]
            encoded = article_features(text, language, actors, domain, encoded=True).sequences   # the tagger's
            assert [[[x.encode() for x in f] for f in s.features] for s in copied] == [s.features for s in encoded]


def test_marks_label_a_paragraph_as_one_lookup_per_token_would() -> None:
    import random

    from tasks.analysis.features import _Marks

    rng = random.Random(7)
    for _ in range(3000):
        marks = _Marks()
        for _ in range(rng.randint(0, 8)):   # overlapping, nested and empty ranges
            a = rng.randint(0, 60)
            marks.add(a, a + rng.randint(0, 30), rng.choice("ABCDE"))
        marks.freeze()
        lo = rng.randint(0, 60)
        positions = sorted(rng.sample(range(lo, lo + 40), rng.randint(1, 20)))
        assert marks.labels(positions, "-") == [marks.at(p) or "-" for p in positions]


def test_cue_tags_painted_per_cue_are_the_tags_of_a_walk_over_the_tokens() -> None:
    import random
    from bisect import bisect_right

    from tasks.analysis.features import _cue_tags

    def walk(starts: list[int], cues: list[tuple[int, int, str]]) -> list[str]:
        tags, j = ["-"] * len(starts), max(bisect_right([c[0] for c in cues], starts[0]) - 1, 0)
        for i, a in enumerate(starts):
            while j < len(cues) and cues[j][1] <= a:
                j += 1
            if j < len(cues) and cues[j][0] <= a < cues[j][1]:
                tags[i] = ("B" if cues[j][0] == a else "I") + cues[j][2]
        return tags

    rng = random.Random(3)
    for _ in range(3000):
        cuts = sorted(rng.sample(range(200), 2 * rng.randint(0, 5)))   # cues never overlap (regex matches)
        cues = [(cuts[k], cuts[k + 1], rng.choice(["verb", "acc"])) for k in range(0, len(cuts), 2)]
        lo = rng.randint(0, 150)
        starts = sorted(rng.sample(range(lo, lo + 60), rng.randint(1, 30)))
        assert _cue_tags(starts, cues, [c[0] for c in cues]) == walk(starts, cues)


def test_sentence_openers_are_the_tokens_whose_sentence_changes() -> None:
    import random
    from bisect import bisect_right

    from tasks.analysis.features import _sentence_openers

    rng = random.Random(5)
    for _ in range(3000):
        sentences = sorted(rng.sample(range(300), rng.randint(0, 12)))
        lo = rng.randint(0, 200)
        starts = sorted(rng.sample(range(lo, lo + 80), rng.randint(1, 30)))
        index = [bisect_right(sentences, a) for a in starts]
        assert _sentence_openers(starts, sentences) == [i == 0 or index[i] != index[i - 1] for i in range(len(starts))]


@pytest.fixture
def scorer() -> Path:
    """The folder of the contract's own scorer (../shared/eval/score.py); a test needing it skips without it."""
    from tasks.analysis.corpus import eval_root

    try:
        return eval_root()
    except FileNotFoundError:
        pytest.skip("the contract's scorer (../shared/eval/score.py) is not beside the checkout")


def test_crossfit_scores_every_develop_article_with_models_that_never_saw_it(
        trained: tuple[Path, Path], scorer: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    root, _ = trained
    script = Path(__file__).resolve().parents[1] / "bench" / "crossfit.py"
    done = subprocess.run([sys.executable, str(script), "--eval", str(root), "--scorer", str(scorer),
                           "--work", str(tmp_path), "--folds", "2"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    develop = sum(1 for d in guide_docs(root, "develop"))
    assert f"out-of-fold, {develop} develop articles (2 folds)" in done.stdout
    rows = [line.split() for line in done.stdout.splitlines()
            if line.split()[:2] in (["full", "all"], ["rules", "all"])]
    assert len(rows) == 2 and all(0.0 <= float(x) <= 1.0 for row in rows for x in row[3:] if x != "-")
    # every fold's models were trained and used
    assert all((tmp_path / f"fold{k}" / "attribution.crfsuite").exists() for k in (0, 1))
    assert (tmp_path / "predictions.json").exists()


def test_rulediff_lists_changed_statements_with_gold_counts(trained: tuple[Path, Path], scorer: Path,
                                                            tmp_path: Path) -> None:
    import subprocess
    import sys

    root, _ = trained
    script = Path(__file__).resolve().parents[1] / "bench" / "rulediff.py"
    before, after = tmp_path / "before.tsv", tmp_path / "after.tsv"
    run = lambda *a: subprocess.run([sys.executable, str(script), *a], capture_output=True, text=True,  # noqa: E731
                                    timeout=120)
    assert run("snapshot", str(before), "--eval", str(root)).returncode == 0
    rows = before.read_text(encoding="utf-8").splitlines()
    assert any(r.startswith("guide\t") and "Ana Ruiz" in r for r in rows)
    assert any(r.startswith("polnear\t") for r in rows)
    # a "change" that loses one right speaker in one develop article
    target = next(r for r in rows if r.startswith("guide\t") and "\tAna Ruiz\t" in r)
    after.write_text("\n".join(r.replace("\tAna Ruiz\t", "\tTom Diaz\t") if r == target else r for r in rows) + "\n",
                     encoding="utf-8")
    done = run("compare", str(before), str(after), "--eval", str(root), "--scorer", str(scorer))
    assert done.returncode == 0, done.stderr[-2000:]
    article = target.split("\t")[1]
    assert f"guide {article}" in done.stdout and "- " in done.stdout and "'Tom Diaz'" in done.stdout
    summary = next(line for line in done.stdout.splitlines() if line.startswith("guide:"))
    matched, right = summary.split("matched ")[1].split(",")[0], summary.split("right speaker ")[1].split(";")[0]
    alarms = summary.split("false alarms ")[1].split(";")[0]
    strict = summary.split("strict overlap) ")[1]
    a, b = (int(x) for x in right.split(" -> "))
    assert matched.split(" -> ")[0] == matched.split(" -> ")[1] and b == a - 1, summary
    assert alarms.split(" -> ")[0] == alarms.split(" -> ")[1], summary   # a speaker changed, no statement
    s0, s1 = (int(x) for x in strict.split(" -> "))
    assert s1 == s0 - 1, summary   # the same span, so the strict match loses the speaker too


def test_rulediff_snapshots_the_whole_analysis_when_asked(trained: tuple[Path, Path], tmp_path: Path) -> None:
    """`snapshot --analysis` writes the statements `vzmon analyze` gives (models and assembly included), in the
    rule pass snapshot's layout, so a change made after the rule pass is compared the same way."""
    import subprocess
    import sys

    root, _ = trained
    script = Path(__file__).resolve().parents[1] / "bench" / "rulediff.py"
    out = tmp_path / "analysis.tsv"
    done = subprocess.run([sys.executable, str(script), "snapshot", "--analysis", str(out), "--eval", str(root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [r.split("\t") for r in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(r) == 7 for r in rows)
    assert any(r[0] == "guide" and r[5] == "Ana Ruiz" for r in rows)


def test_polnear_conventions_counts_a_partial_read_as_its_clause(scorer: Path, tmp_path: Path) -> None:
    """PolNeAR labels the clause around a quoted fragment; the guide labels the fragment. The script counts such
    a report once as a miss and a false alarm as shipped, and as matched when read as its clause."""
    import subprocess
    import sys

    text = 'Senator Jane Park said on Monday that the new plan was "far too costly" for the state budget.\n'
    content = 'the new plan was "far too costly" for the state budget'
    folder = tmp_path / "polnear" / "train"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir(parents=True)
    (folder / "text" / "doc0.txt").write_text(text, encoding="utf-8")
    s0, c0, q0 = text.index("Senator"), text.index("said"), text.index(content)
    (folder / "attributions" / "doc0_ab12.ann").write_text(
        f"T1\tSource {s0} {s0 + 17}\tSenator Jane Park\nT2\tCue {c0} {c0 + 4}\tsaid\n"
        f"T3\tContent {q0} {q0 + len(content)}\t{content}\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "bench" / "polnear_conventions.py"
    done = subprocess.run([sys.executable, str(script), "--eval", str(tmp_path), "--scorer", str(scorer)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    shipped = next(line for line in lines if "as shipped" in line)
    widened = next(line for line in lines if "read as their clause" in line)
    assert "R 0.000" in shipped and "P 0.000" in shipped, done.stdout
    assert "P 1.000 R 1.000 F1 1.000" in widened and "(1 partial statements)" in widened, done.stdout


def test_metamorphic_scores_each_rewrite_beside_the_articles_as_written(trained: tuple[Path, Path],
                                                                       scorer: Path) -> None:
    import subprocess
    import sys

    root, _ = trained
    script = Path(__file__).resolve().parents[1] / "bench" / "metamorphic.py"
    done = subprocess.run([sys.executable, str(script), "--eval", str(root), "--scorer", str(scorer),
                           "zero-width spaces", "CRLF line ends"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    develop = sum(1 for d in guide_docs(root, "develop"))
    assert f"{develop} develop articles; as written:" in done.stdout
    rows = {line[:42].strip(): line[42:].split() for line in done.stdout.splitlines()[2:]}
    assert set(rows) == {"zero-width spaces", "CRLF line ends"}
    # the analysis reads these layouts as plain prose: no article's statements change
    assert all(row[-1] == "0" for row in rows.values()), done.stdout
