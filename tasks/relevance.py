"""Is an article coverage of the negotiations the topic file describes? A decision with its evidence.

Why not a keyword query: the hard negatives share the vocabulary. Colombia's talks with the ELN are held
in Caracas, Norway facilitates other peace processes in Oslo, Qatar mediates in Gaza, Venezuela signs oil
"agreements". So a negotiation word counts only where the topic's anchors (Venezuela, Maduro, the
opposition...) stand near it, and counts *against* the topic where another country's process stands near
it instead. A single passing line is not enough: the title has to carry the topic, or the body has to
come back to it. All words, weights and thresholds come from the topic file (`tasks/topic.py`).

Two entry points:
  * may_be_relevant(title, summary, ...): stage one, on what a feed gives us, before any page is fetched;
    it is generous on purpose (a missed article is lost, a false one costs one fetch).
  * judge(title, text, ...): the decision, with the evidence and a one-line reason a person can check.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from tasks.records import Evidence, RelevanceDecision
from tasks.topic import (
    ANCHOR,
    CONTEXT,
    NEGATIVE,
    NEGOTIATION,
    PLACE,
    PROCESS,
    WEAK,
    Term,
    Topic,
    load_topic,
    words,
)

__all__ = ["Topic", "judge", "load_topic", "may_be_relevant", "topic_profile"]

_MAX_EVIDENCE = 24
_STAGE_ONE_ROLES = frozenset({NEGOTIATION, WEAK, PLACE, CONTEXT})


@dataclass(frozen=True, slots=True)
class _Hit:
    term: Term
    where: str     # "title" or "text"
    index: int     # word index in its field
    offset: int    # character offset in its field


def _hits(topic: Topic, text: str, where: str) -> list[_Hit]:
    return _hits_and_size(topic, text, where)[0]


_RECENT: dict[tuple[int, str, str], tuple[list[_Hit], int]] = {}


def _hits_and_size(topic: Topic, text: str, where: str) -> tuple[list[_Hit], int]:
    """Memoised for the last few texts: the learned model reads the same article's hits after `judge`."""
    key = (id(topic), where, text)
    found = _RECENT.get(key)
    if found is None:
        tokens = words(text)
        found = ([_Hit(term, where, i, tokens[i][1]) for term, i in topic.match(tokens)], len(tokens))
        if len(_RECENT) >= 8:
            _RECENT.clear()
        _RECENT[key] = found
    return found


class _ByRole:
    """The hits of one field grouped by role and sorted by word index, so "which hits of this role stand
    within `window` words of word `index`" is two binary searches instead of a scan of every hit (a scan
    per hit made judging quadratic: 8-10 s for a 400 KB text, minutes for a hostile page)."""

    def __init__(self, hits: list[_Hit]) -> None:
        self._hits: dict[str, list[_Hit]] = {}
        for h in sorted(hits, key=lambda h: h.index):  # stable: ties keep their order in `hits`
            self._hits.setdefault(h.term.role, []).append(h)
        self._keys = {role: [h.index for h in group] for role, group in self._hits.items()}

    def near(self, index: int, window: int, role: str) -> list[_Hit]:
        keys = self._keys.get(role)
        if not keys:
            return []
        lo, hi = bisect_left(keys, index - window), bisect_right(keys, index + window)
        return self._hits[role][lo:hi]


def judge(title: str, text: str, language: str, topic: Topic) -> RelevanceDecision:
    """Decide whether the article is about the topic's negotiation; never raises on odd text.

    `language` is recorded in the reason only: the topic's terms of every language are matched, so a
    wrong language guess (or a Spanish quote in an English article) costs nothing.
    """
    s = topic.settings
    body_hits, body_words = _hits_and_size(topic, text or "", "text")
    fields = {"title": _hits(topic, title or "", "title"), "text": body_hits}
    every = fields["title"] + fields["text"]
    anchors = [h for h in every if h.term.role == ANCHOR and not h.term.needs_focus]
    negatives = [h for h in every if h.term.role == NEGATIVE]
    share = len(negatives) / (len(anchors) + len(negatives)) if negatives else 0.0
    focus = bool(anchors) and share <= s.max_negative_share

    support = against = 0.0
    mentions = 0           # supported negotiation terms in the body
    title_support = strong_support = own_process = False
    evidence: list[Evidence] = []
    for where, hits in fields.items():
        scale = s.title_weight if where == "title" else 1.0
        by_role = _ByRole(hits)
        for h in hits:
            role = h.term.role
            if role == PROCESS:
                support += h.term.weight * scale
                strong_support = own_process = True
                title_support |= where == "title"
                mentions += where == "text"
                evidence.append(_evidence(h, h.term.weight * scale))
                continue
            if role not in (NEGOTIATION, WEAK, PLACE):
                continue
            near = [a for a in by_role.near(h.index, s.window, ANCHOR) if focus or not a.term.needs_focus]
            bad = by_role.near(h.index, s.window, NEGATIVE)
            strong = any(a.term.strong for a in near)
            if bad and not strong:
                # Another country's process is nearer to this word than ours is.
                cost = h.term.weight * s.negative_weight
                against += cost
                evidence.append(_evidence(h, -cost))
                continue
            weight = h.term.weight
            if role == WEAK and near and _promoted(h, by_role, near):
                role, weight = NEGOTIATION, s.negotiation_weight
            if near:
                gain = weight * max(a.term.weight for a in near) * scale
            elif focus and role == NEGOTIATION:
                # The article is about the topic and this sentence does not repeat the country
                # ("Government and opposition resume talks", "the negotiations between both countries").
                gain = weight * 0.5 * scale
            else:
                continue
            support += gain
            evidence.append(_evidence(h, round(gain, 3)))
            if role == WEAK:
                continue
            strong_support = True
            own_process |= strong
            if where == "title":
                title_support = True
            else:
                mentions += 1

    score = round(support - against, 3)
    # A long article that comes back to the talks twice in passing is still not about them.
    density = 100 * mentions / body_words if body_words else 0.0
    substantial = title_support or (mentions >= s.min_mentions and density >= s.min_density)
    dominated = share > s.max_negative_share and not own_process
    relevant = strong_support and substantial and not dominated and score >= s.threshold

    evidence.extend(_evidence(h, h.term.weight) for h in anchors[:4])
    evidence.extend(_evidence(h, -h.term.weight) for h in negatives[:4])
    reason = _reason(relevant, score, s.threshold, strong_support, substantial, dominated, mentions, body_words,
                     title_support, negatives, share, language)
    return RelevanceDecision(relevant=relevant, score=score, evidence=tuple(evidence[:_MAX_EVIDENCE]),
                             reason=reason)


def may_be_relevant(title: str, summary: str, language: str | None, topic: Topic) -> bool:
    """Stage one: worth fetching the page? Asks only for an anchor or a process name in title + summary.

    A feed summary is a sentence or two, often without the negotiation word that the body will have; the
    country or a party's name is nearly always there. Articles that only name another country's process
    (anchors outnumbered by negative contexts, nothing strong) are let go.
    """
    hits = _hits(topic, f"{title or ''}\n{summary or ''}", "title")
    if any(h.term.role == PROCESS or (h.term.role == ANCHOR and h.term.strong) for h in hits):
        return True
    anchors = sum(1 for h in hits if h.term.role == ANCHOR and not h.term.needs_focus)
    negatives = sum(1 for h in hits if h.term.role == NEGATIVE)
    if anchors >= topic.settings.stage_one_anchors and not negatives:
        # A summary that keeps naming the country and its actors is worth one page fetch even without a
        # context word: whole phases of the story came in words no list had yet (envoys, invitations).
        return True
    if anchors:
        wide = not topic.has_stage_one_context
        return negatives <= anchors and (wide or any(h.term.role in _STAGE_ONE_ROLES for h in hits))
    if negatives:
        return False
    # No anchor in a short summary: a venue right next to a negotiation word ("talks in Oslo") still passes.
    by_role = _ByRole(hits)
    talks = [h.index for h in hits if h.term.role == NEGOTIATION]
    w = topic.settings.stage_one_window
    if any(by_role.near(t, w, PLACE) for t in talks):
        return True
    # Outlets inside the country rarely name it in a headline: "the opposition" next to a negotiation or
    # political word ("talks with the opposition", "la oposición ... la ONU") is worth one page fetch,
    # since an article missed here is lost for good.
    sides = any(h.term.role == ANCHOR and h.term.needs_focus for h in hits)
    return sides and (bool(talks) or any(h.term.role in _STAGE_ONE_ROLES for h in hits))


def _promoted(h: _Hit, by_role: _ByRole, near: list[_Hit]) -> bool:
    """Is a weak word ("agreement", "deal") used for the negotiation here?

    Yes when a venue of the talks is right beside it ("the agreement signed in Barbados"), or when both
    sides of the table are near it ("the government and the opposition reached an agreement").
    """
    if h.term.role == PLACE:
        return False
    if by_role.near(h.index, 4, PLACE):
        return True
    return any(a.term.needs_focus for a in near) and any(not a.term.needs_focus for a in near)


def _evidence(h: _Hit, weight: float) -> Evidence:
    term = h.term.text if h.term.role != NEGATIVE else f"{h.term.text} ({h.term.group})"
    return Evidence(term=term, kind=h.term.kind, where=h.where, offset=h.offset, weight=round(weight, 3))


def _reason(relevant: bool, score: float, threshold: float, strong: bool, substantial: bool,
            dominated: bool, mentions: int, body_words: int, title_support: bool, negatives: list[_Hit], share: float,
            language: str) -> str:
    where = "title and body" if title_support and mentions else "title" if title_support else "body"
    if relevant:
        return (f"negotiation terms near the topic's anchors in the {where} "
                f"({mentions} in the body), score {score:g} >= {threshold:g} [{language}]")
    if dominated:
        contexts = sorted({h.term.group for h in negatives})
        return (f"about another subject: {', '.join(contexts)} make {share:.0%} of the anchors, "
                f"and no sign of the topic's own process [{language}]")
    if not strong:
        return f"no negotiation term near the topic's anchors (score {score:g}) [{language}]"
    if not substantial:
        return (f"a passing mention: {mentions} supported term(s) in {body_words} words of body, "
                f"none in the title [{language}]")
    return f"score {score:g} below the threshold {threshold:g} [{language}]"


def topic_profile(title: str, text: str, topic: Topic) -> dict[str, float]:
    """The topic file's evidence as numbers for a learned model: per field, how many terms of each role
    occur (log-scaled), how many negotiation terms stand near an anchor, and the anchors' density."""
    window = topic.settings.window
    out: dict[str, float] = {}
    for where, field in (("title", title or ""), ("text", text or "")):
        hits, size = _hits_and_size(topic, field, where)
        counts: dict[str, int] = {}
        for h in hits:
            counts[h.term.role] = counts.get(h.term.role, 0) + 1
        for role, count in counts.items():
            out[f"topic:{where}:{role}"] = math.log1p(count)
        by_role = _ByRole(hits)
        near = against = 0
        for h in hits:
            if h.term.role in (NEGOTIATION, PLACE, PROCESS, WEAK):
                near += bool(by_role.near(h.index, window, ANCHOR))
                against += bool(by_role.near(h.index, window, NEGATIVE))
        out[f"topic:{where}:near_anchor"] = math.log1p(near)
        out[f"topic:{where}:near_negative"] = math.log1p(against)
        if where == "text" and size:
            # log-scaled: a short text naming Venezuela in every line is not thereby about the talks
            anchors = counts.get(ANCHOR, 0)
            out["topic:text:anchor_density"] = math.log1p(100 * anchors / size)
            out["topic:text:near_density"] = math.log1p(100 * near / size)
    return out

