"""Bootstrap intervals over articles for the statement figures, alone or as a paired difference.

Why: the set-aside side has 50 articles and the develop side 134; a figure of a side that size moves with the
draw of articles alone, and ten sessions of changes moved the set-aside figures by a few thousandths. An
interval says how far a figure moves when other articles like these are drawn, and the paired difference of
two variants over the same resampled articles says whether one is ahead of the other beyond that (the paired
interval is much narrower than the two single ones: both variants read the same hard articles).

Articles are the unit: statements of one article are not independent draws. Only intervals come out; the
per-article counts stay inside (for the set-aside side they are never printed).

    rows = article_counts(gold, predictions, scorer)    # scorer: ../shared/eval/score.py, imported
    interval(rows)                                       # {"statement_f1": (lo, hi), "attributed_f1": (lo, hi)}
    paired_difference(rows_a, rows_b)                    # the same, for variant a minus variant b
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

RESAMPLES = 2000   # resamples of the articles; a fixed seed makes every interval reproducible
LEVEL = 0.9


class Counts(NamedTuple):
    """One labelled article's statement counts, as the shared scorer matches them."""

    gold: int
    predicted: int
    found: int       # predictions matched to a gold statement (quote token F1 >= 0.5, one to one)
    right: int       # of those, with the right speaker


def article_counts(gold: Mapping[str, Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]],
                   scorer: Any) -> dict[str, Counts]:
    """Per labelled article, its counts with the scorer's own `match` and `speaker_match` (articles whose
    statements are unlabelled count for relevance only, so they are left out, as the scorer does)."""
    out: dict[str, Counts] = {}
    for aid, art in gold.items():
        if art.get("statements_unlabelled"):
            continue
        g_st = art.get("statements", [])
        p_st = (predictions.get(aid) or {}).get("statements") or []
        pairs = scorer.match(g_st, p_st)
        right = sum(scorer.speaker_match(g_st[gi].get("speaker", ""), p_st[pi].get("speaker", ""))
                    for gi, pi in pairs)
        out[aid] = Counts(len(g_st), len(p_st), len(pairs), right)
    return out


def polnear_counts(articles: Mapping[str, Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]],
                   scorer: Any) -> dict[str, Counts]:
    """Per PolNeAR article (score_polnear.load's records), its counts as ../shared/eval/score_polnear.py makes
    them: a prediction matching one of the ignored attributions (thoughts) is neither found nor predicted;
    `right` counts the found statements whose gold source is a name and whose speaker matches it."""
    out: dict[str, Counts] = {}
    for aid, art in articles.items():
        p_st = (predictions.get(aid) or {}).get("statements") or []
        pairs = scorer.match(art["gold"] + art["ignored"], p_st)
        on_ignored = sum(1 for gi, _ in pairs if gi >= len(art["gold"]))
        found = [(gi, pi) for gi, pi in pairs if gi < len(art["gold"])]
        right = sum(1 for gi, pi in found if scorer.named(art["gold"][gi]["speaker"]) and
                    scorer.speaker_match(art["gold"][gi]["speaker"], p_st[pi].get("speaker", "")))
        out[aid] = Counts(len(art["gold"]), len(p_st) - on_ignored, len(found), right)
    return out


def _f1s(rows: Sequence[Counts]) -> tuple[float, float]:
    gold = sum(r.gold for r in rows)
    predicted = sum(r.predicted for r in rows)
    found = sum(r.found for r in rows)
    right = sum(r.right for r in rows)
    total = gold + predicted
    return (2 * found / total, 2 * right / total) if total else (0.0, 0.0)


def _bounds(values: list[float], level: float) -> tuple[float, float]:
    values = sorted(values)
    lo = int((1 - level) / 2 * len(values))
    hi = int((1 + level) / 2 * len(values)) - 1
    return values[lo], values[hi]


def interval(rows: Mapping[str, Counts], level: float = LEVEL, resamples: int = RESAMPLES,
             seed: int = 0) -> dict[str, tuple[float, float]]:
    """The `level` interval of statement F1 and attributed F1 when the articles are drawn again."""
    ids = sorted(rows)
    rng = random.Random(seed)
    draws = [_f1s([rows[i] for i in rng.choices(ids, k=len(ids))]) for _ in range(resamples)]
    return {"statement_f1": _bounds([d[0] for d in draws], level),
            "attributed_f1": _bounds([d[1] for d in draws], level)}


def paired_difference(rows_a: Mapping[str, Counts], rows_b: Mapping[str, Counts], level: float = LEVEL,
                      resamples: int = RESAMPLES, seed: int = 0) -> dict[str, tuple[float, float]]:
    """The `level` interval of (a - b) for statement and attributed F1, both read on the same resampled
    articles (those of the two that both scored)."""
    ids = sorted(set(rows_a) & set(rows_b))
    rng = random.Random(seed)
    diffs = []
    for _ in range(resamples):
        pick = rng.choices(ids, k=len(ids))
        fa, fb = _f1s([rows_a[i] for i in pick]), _f1s([rows_b[i] for i in pick])
        diffs.append((fa[0] - fb[0], fa[1] - fb[1]))
    return {"statement_f1": _bounds([d[0] for d in diffs], level),
            "attributed_f1": _bounds([d[1] for d in diffs], level)}
