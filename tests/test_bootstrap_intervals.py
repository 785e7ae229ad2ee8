"""The quality benchmark's bootstrap intervals (bench/bootstrap.py): what they claim about a side of articles."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bootstrap  # noqa: E402
from bootstrap import Counts  # noqa: E402


def _side(n: int, found: int, right: int) -> dict[str, Counts]:
    """n articles of 10 labelled and 10 predicted statements each, `found` matched and `right` attributed."""
    return {f"a{i}": Counts(10, 10, found, right) for i in range(n)}


def test_the_interval_holds_the_figure_and_is_the_same_on_every_run():
    rows = {**{f"good{k}": v for k, v in _side(20, 9, 8).items()},
            **{f"hard{k}": v for k, v in _side(20, 6, 4).items()}}
    first = bootstrap.interval(rows)
    assert first == bootstrap.interval(rows)
    lo, hi = first["attributed_f1"]
    assert lo < 0.6 < hi     # (8 + 4) / 20 right of 10 + 10 each: 0.6
    lo, hi = first["statement_f1"]
    assert lo < 0.75 < hi


def test_articles_that_all_score_alike_leave_no_room():
    iv = bootstrap.interval(_side(30, 7, 5))
    assert iv["statement_f1"] == (0.7, 0.7)
    assert iv["attributed_f1"] == (0.5, 0.5)


def test_fewer_articles_give_a_wider_interval():
    def width(n: int) -> float:
        rows = {f"g{i}": Counts(10, 10, 9 if i % 2 else 5, 8 if i % 2 else 3) for i in range(n)}
        lo, hi = bootstrap.interval(rows)["attributed_f1"]
        return hi - lo

    assert width(20) > width(200)


def test_a_variant_ahead_on_every_article_is_ahead_in_the_paired_interval():
    better = {f"a{i}": Counts(10, 10, 8, 7 + i % 2) for i in range(40)}
    worse = {f"a{i}": Counts(10, 10, 8, 6 + i % 2) for i in range(40)}
    lo, hi = bootstrap.paired_difference(better, worse)["attributed_f1"]
    assert 0 < lo <= hi
    assert bootstrap.paired_difference(worse, worse)["attributed_f1"] == (0.0, 0.0)


class _ExactScorer:
    """The two functions the shared scorer offers, reduced to exact matching, for counting alone."""

    @staticmethod
    def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
        used: set[int] = set()
        pairs = []
        for gi, g in enumerate(gold):
            pi = next((i for i, p in enumerate(pred) if i not in used and p["quote"] == g["quote"]), None)
            if pi is not None:
                used.add(pi)
                pairs.append((gi, pi))
        return pairs

    @staticmethod
    def speaker_match(gold: str, pred: str) -> bool:
        return gold == pred


def test_counts_follow_the_scorer_and_skip_unlabelled_articles():
    gold = {
        "x": {"statements": [{"speaker": "Ana Ruiz", "quote": "talks resume"},
                             {"speaker": "Tomás Irigoyen", "quote": "no deal"}]},
        "y": {"statements_unlabelled": True, "statements": []},
    }
    preds = {"x": {"statements": [{"speaker": "Ana Ruiz", "quote": "talks resume"},
                                  {"speaker": "Ana Ruiz", "quote": "no deal"},
                                  {"speaker": "Ana Ruiz", "quote": "something else"}]}}
    assert bootstrap.article_counts(gold, preds, _ExactScorer) == {"x": Counts(2, 3, 2, 1)}


class _ExactPolnearScorer(_ExactScorer):
    @staticmethod
    def named(source: str) -> bool:
        return source[:1].isupper()


def test_polnear_counts_leave_predictions_on_thoughts_out_and_judge_named_sources_only():
    articles = {"p": {
        "gold": [{"speaker": "Ana Ruiz", "quote": "talks resume"}, {"speaker": "he", "quote": "no deal"}],
        "ignored": [{"speaker": "Ana Ruiz", "quote": "she hopes for peace"}],
    }}
    preds = {"p": {"statements": [{"speaker": "Ana Ruiz", "quote": "talks resume"},
                                  {"speaker": "Tomás Irigoyen", "quote": "no deal"},
                                  {"speaker": "Ana Ruiz", "quote": "she hopes for peace"},
                                  {"speaker": "Ana Ruiz", "quote": "unrelated"}]}}
    # 4 predictions, one on a thought: 3 count; both gold found; only the named one judged, and right
    assert bootstrap.polnear_counts(articles, preds, _ExactPolnearScorer) == {"p": Counts(2, 3, 2, 1)}
