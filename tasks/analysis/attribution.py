"""Statements from the tagger's chunks: content spans joined to their cue and source, speakers resolved.

The engine is small and the decisions are the model's: the CRF says which tokens are content, cue and
source; this module only assembles them. A content chunk takes the speaker of the rule pass's statement
over the same words when there is one (the rules' resolver knows the article's names, pronouns and
roles); otherwise the source chunk nearest its cue, resolved against the names met so far. A statement
whose source is only a description ("the ministry", "el canciller") keeps it, with `speaker_resolved`
False. Each decision names the rule (data in ASSEMBLY_RULES) that made it, for `vzmon analyze --explain`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from tasks.actors import Actor, ActorDirectory, fold
from tasks.analysis.features import QUOTE_MARKS, Sequence, article_features
from tasks.analysis.sources import ArticleContext, SourceModel, candidates
from tasks.analysis.tagger import Chunk, Tagger, chunks
from tasks.cues import Lexicon, lexicon
from tasks.records import Statement
from tasks.speakers import POSSESSIVE_ENDINGS, honorific_gender, is_name, qualified_title
from tasks.statements import INTERVIEW, SPLIT_QUOTE_JOIN

# How a statement was assembled, by name (shown by --explain). Order is the order they are tried.
ASSEMBLY_RULES = {
    "rule-speaker": "content over the words of a rule-pass statement: the tagger confirms it, the rule's span, "
                    "speaker, cue and mention are kept",
    "ranked-source": "the candidate source the source model (sources.py) scores highest",
    "carried-over": "no source in reach: the speaker of the statement just before, in this or the previous "
                    "paragraph (a quotation that continues)",
    "rule-only": "a rule-pass statement the tagger did not mark, kept when its confidence is high",
}
# Statements the tagger alone proposes are dropped by these filters (named, for --explain and the counts in
# bench/quality.py). They hold the guide's policy (LABELING.md), not fixes for single sentences.
TAGGER_FILTERS = {
    "anonymous-source": "the source is anonymous or indefinite ('officials', 'a senior official', 'sources')",
    "carry-needs-quote": "a statement without a source in reach continues the one before only as a quotation",
    "indirect-needs-rule": "reported speech without quote marks is a statement only when the rule pass reads its "
                           "cue too (out of fold on the develop side: 12 such tagger-only statements, 1 matched a "
                           "labelled one, none with the right speaker)",
    "ranked-source-unsure": "a quotation only the tagger found, with a source in reach that only the source model "
                            "names, is left out: that model's choice was the right speaker for 4 of 15 such "
                            "statements out of fold on the develop side and 22 of 77 named sources on PolNeAR train "
                            "(a wrong speaker is worse than a missed quotation; fifth session)",
}
RULE_ASSEMBLIES = ("rule-speaker", "rule-only")   # the statements the rule pass made
MIN_CONTENT_TOKENS = 2
MAX_SOURCE_GAP = 250          # characters between a content chunk and the cue chunk it takes
MAX_SPLIT_GAP = 80            # "A," he said, "B.": the attribution between two quoted halves is short
RULE_ONLY_MIN_CONFIDENCE = 0.0   # tuning fold: the rule pass's statements the tagger skips are right 2 in 3
PARTIAL_FRAGMENT_SHARE = 0.9     # a partial statement is its quoted fragments when they fill less than this
TRIM = " \t\n,;:.—–-" + "".join(QUOTE_MARKS)


@dataclass(slots=True)
class Trace:
    """Why one statement is what it is: the assembly rule and the strongest features of its first token."""

    assembly: str
    confidence: float
    features: list[tuple[str, float]] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)     # names of the name steps applied (names.NAME_STEPS)
    where: tuple[int, int] | None = None               # (paragraph, first content token) for the features
    source_features: list[tuple[str, float]] = field(default_factory=list)
    source_probability: float | None = None            # the source model's score of the chosen source


def _answer_and_report(rule: Statement, other: Statement, trace: Trace) -> bool:
    """Are two overlapping rule-pass statements an interview's answer and a report inside it of someone else
    ("—Llegar dividida. Henrique Capriles ya ha dicho que hay que participar …"): both kept, where otherwise the
    later of two overlapping statements is a duplicate."""
    return trace.assembly in RULE_ASSEMBLIES and rule.speaker != other.speaker and \
        (rule.reading.startswith(INTERVIEW) or other.reading.startswith(INTERVIEW))


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = min(a1, b1) - max(a0, b0)
    return inter / max(1, min(a1 - a0, b1 - b0)) if inter > 0 else 0.0


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return a, b


def _kind(text: str, a: int, b: int, inside: list[tuple[int, int]]) -> str:
    """direct when the content is one quotation; partial when it holds or is a quoted fragment of a
    reported sentence; indirect otherwise."""
    for qa, qb in inside:
        if qa <= a and b <= qb:
            before = text[max(0, qa - 200):qa]
            # a quotation opening its sentence or after a colon/cue comma is direct; inside prose, partial
            tail = before.rstrip()
            opener = tail[-1:] if tail else ""
            return "direct" if (not tail or opener in ".:!?\n" or opener in QUOTE_MARKS or
                                b - a > 0.9 * (qb - qa) and len(text[a:b].split()) >= 8) else "partial"
    if any(qa < b and a < qb for qa, qb in inside):
        return "partial"
    return "indirect"


class Assembler:
    """Turns one article's chunks into statements."""

    def __init__(self, text: str, language: str, actors: ActorDirectory, rules: list[Statement]) -> None:
        self.text = text
        self.language = language
        self.actors = actors
        self.lex = lexicon(language)
        self.rules = sorted(rules, key=lambda s: s.start)
        self._rule_starts = [s.start for s in self.rules]

    def _rule_over(self, a: int, b: int) -> Statement | None:
        i = bisect_right(self._rule_starts, b)
        best, best_ov = None, 0.0
        for s in self.rules[max(0, i - 8):i]:
            ov = _overlap(a, b, s.start, s.end)
            if ov > best_ov:
                best, best_ov = s, ov
        return best if best_ov >= 0.5 else None

    def anonymous(self, mention: str) -> bool:
        if self.lex is None:
            return False
        words = [w.lower() for w in mention.split()]
        return bool(words) and (words[0] in self.lex.indefinites or
                                any(w.strip(".,") in self.lex.anonymous for w in words) and
                                not is_name(mention, self.lex))


HEAD_OF_STATE_ROLE = "president of "   # the directory's role of a head of state ("President of Venezuela")


def national_head(speaker: str, text: str, pos: int, actors: ActorDirectory, lex: Lexicon | None) -> str:
    """The head of state a title qualified by a nationality stands for ("the Venezuelan leader", "el
    mandatario venezolano", "le président colombien"), or "": the one person of the directory whose role
    names that country that the article has named before `pos`, when that role is its president. Two people
    of that country named before leave the description as written: a wrong name is worse than none."""
    if lex is None:
        return ""
    if not lex.has_head_of_state_title(speaker):
        return ""
    titles = lex.head_of_state_titles_folded
    words = [fold(w) for w in speaker.split()]
    wanted = actors.countries(" ".join(w for w in words if w not in titles and w not in lex.person_descriptions
                                       and w not in lex.possessives))
    if not wanted:
        return ""
    compatriots: set[str] = set()
    head: Actor | None = None
    for m in actors.mention_spans(text, 0, max(0, pos)):
        actor = actors.exact(m.group())
        # (the role's own country: everyone of the two sides is Venezuelan, only its president's role says so)
        if actor is None or actor.kind != "person" or not actors.countries(actor.role) & wanted:
            continue
        compatriots.add(actor.name)
        if fold(actor.role).startswith(HEAD_OF_STATE_ROLE):
            head = actor
    # only one person of that country named so far, and a head of state: with two ("Delcy Rodríguez …
    # Maduro's capture"), which one the title means depends on the date, and the description stays
    return head.name if head is not None and len(compatriots) == 1 else ""


def compatriot(st: Statement, text: str, actors: ActorDirectory) -> Actor | None:
    """The person a description qualified by a nationality stands for when the resolver gave it someone of
    another country: "Le président guyanien a affirmé …" read as Maduro, "il capo della diplomazia messicana"
    as the Norwegian mediator. Only between people the directory knows by country (their role names it), and
    only when the article has named exactly one person of the description's country before it; else None and
    the speaker stays (a wrong switch is worse than none)."""
    mention = st.speaker_mention or ""
    if not st.speaker_resolved or not mention or mention == st.speaker or \
            any(w[:1].isupper() for w in mention.split()[1:]):
        return None   # (a name in the mention: "the Brazilian president Lula" says who)
    wanted = actors.countries(mention)
    actor = actors.exact(st.speaker) or actors.lookup(st.speaker)
    if not wanted or actor is None or actor.kind != "person":
        return None
    own = actors.countries_of(actor)
    if not own or own & wanted:
        return None
    pos = st.source_start if st.source_start >= 0 else st.start
    found: dict[str, Actor] = {}
    for m in actors.mention_spans(text, 0, max(0, pos)):
        other = actors.exact(m.group())
        if other is not None and other.kind == "person" and actors.countries_of(other) & wanted:
            found[other.name] = other
    if len(found) > 1 and (lex := lexicon(st.language)) is not None and lex.has_head_of_state_title(mention):
        # "le président américain" after Rubio, Grenell and Trump: of several compatriots, the one president
        found = {n: a for n, a in found.items() if fold(a.role).startswith(HEAD_OF_STATE_ROLE)}
    return next(iter(found.values())) if len(found) == 1 else None


def assemble(prep: Prepared, actors: ActorDirectory, sources: SourceModel, keep_rule_only: bool = True,
             traces: list[Trace] | None = None, keep_ranked_source: bool = False) -> list[Statement]:
    """The statements of one prepared article. `keep_ranked_source` lets the statements filtered as
    TAGGER_FILTERS["ranked-source-unsure"] through (bench/crossfit.py measures them as a variant)."""
    text, language = prep.text, prep.language
    asm = Assembler(text, language, actors, prep.rules)
    all_chunks = prep.chunks
    tagged_sources = prep.source_chunks()
    quotes = prep.context.quotes
    out: list[tuple[Statement, Trace]] = []
    contents = [(p, c) for p, c in all_chunks if c.role == "C" and c.last - c.first >= MIN_CONTENT_TOKENS]
    merged = _merge_split_quotes(text, contents, all_chunks)
    rule_used: set[int] = set()
    for p, parts in merged:
        a, b = _trim(text, parts[0].start, parts[-1].end)
        if b - a < 3:
            continue
        quote = SPLIT_QUOTE_JOIN.join(text[slice(*_trim(text, c.start, c.end))] for c in parts)
        confidence = min(c.confidence for c in parts)
        kind = _kind(text, a, b, quotes)
        if kind == "partial":
            # the guide's partial statement is the quoted fragment, not the reporter's clause around it
            inner = [_trim(text, max(a, qa), min(b, qb)) for qa, qb in quotes if qa < b and a < qb]
            inner = [(x, y) for x, y in inner if y > x]
            if inner and sum(y - x for x, y in inner) < PARTIAL_FRAGMENT_SHARE * (b - a):
                a, b = inner[0][0], inner[-1][1]
                quote = " ".join(text[x:y] for x, y in inner)
        rule = asm._rule_over(a, b)
        if rule is not None:
            # The tagger confirms a rule-pass statement: the rule's span follows the guide's conventions
            # (tuning fold: statement F1 0.818 with the rule's span, 0.801 with the tagger's).
            if id(rule) in rule_used:
                continue  # two content chunks over one rule statement (its quote split by a sentence)
            rule_used.add(id(rule))
            out.append((replace(rule, confidence=max(rule.confidence, confidence)),
                        Trace("rule-speaker", confidence, where=(p, parts[0].first))))
            continue
        if kind == "indirect":
            continue  # TAGGER_FILTERS["indirect-needs-rule"]
        if kind != "direct" and not keep_ranked_source:
            continue  # with a source in reach "ranked-source-unsure", without one "carry-needs-quote": no statement
        prev = next((s for s, _ in reversed(out) if s.end <= a and a - s.end < 1500), None)
        if prev is None and not keep_ranked_source:
            # with a source in reach it is "ranked-source-unsure", without one there is no speaker before to
            # carry over: no statement either way, so the candidates are not gathered and scored for nothing
            continue
        cue = _nearest_cue(all_chunks, p, parts[0], parts[-1])
        best, prob = sources.best(candidates(prep.context, a, b, tagged_sources, None))
        if best is not None and asm.anonymous(best.text):
            continue  # TAGGER_FILTERS["anonymous-source"]
        if best is None and kind != "direct":
            continue  # TAGGER_FILTERS["carry-needs-quote"]
        if best is not None and not keep_ranked_source:
            continue  # TAGGER_FILTERS["ranked-source-unsure"]
        if best is not None:
            mention, speaker, resolved = best.text, best.name or best.text, best.resolved
            s0, s1, how = best.start, best.end, "ranked-source"
        elif prev is not None:
            speaker, resolved, mention, s0, s1 = (prev.speaker, prev.speaker_resolved, prev.speaker_mention, -1, -1)
            how = "carried-over"
        else:
            continue
        actor = actors.lookup(speaker) if resolved else None
        out.append((Statement(
            speaker=speaker, quote=quote, kind=kind, cue=text[cue.start:cue.end] if cue else "", start=a, end=b,
            language=language, confidence=confidence, speaker_canonical=actor.name if actor else None,
            side=actor.side if actor else None, speaker_mention=mention, speaker_resolved=resolved,
            source_start=s0, source_end=s1), Trace(how, confidence, where=(p, parts[0].first),
                                                   source_features=_top(sources, best),
                                                   source_probability=prob if best is not None else None)))
    if keep_rule_only:
        for rule in asm.rules:  # noqa: B007
            if id(rule) in rule_used or rule.confidence < RULE_ONLY_MIN_CONFIDENCE:
                continue
            if any(_overlap(rule.start, rule.end, s.start, s.end) > 0 and not _answer_and_report(rule, s, t)
                   for s, t in out):
                continue
            out.append((rule, Trace("rule-only", rule.confidence)))
    out.sort(key=lambda x: x[0].start)
    if traces is not None:
        traces.extend(t for _, t in out)
    return [s for s, _ in out]


def _top(model: SourceModel, cand: object, n: int = 6) -> list[tuple[str, float]]:
    """The source model's strongest feature contributions for the chosen candidate."""
    feats = getattr(cand, "features", None)
    if not feats:
        return []
    scored = [(k, v * model.weights.get(k, 0.0)) for k, v in feats.items()]
    return sorted((x for x in scored if x[1]), key=lambda x: -abs(x[1]))[:n]


def _merge_split_quotes(text: str, contents: list[tuple[int, Chunk]],
                        all_chunks: list[tuple[int, Chunk]]) -> list[tuple[int, list[Chunk]]]:
    """"A," he said, "B.": two quoted content chunks with only a short attribution between them are one
    statement (the guide's convention)."""
    out: list[tuple[int, list[Chunk]]] = []
    for p, c in contents:
        if out and out[-1][0] == p:
            prev = out[-1][1][-1]
            gap = text[prev.end:c.start]
            if len(gap) <= MAX_SPLIT_GAP and gap.strip()[:1] in QUOTE_MARKS | {","} and \
                    any(ch in QUOTE_MARKS for ch in gap) and \
                    any(k.role in "VS" and prev.end <= k.start and k.end <= c.start for q, k in all_chunks if q == p):
                out[-1][1].append(c)
                continue
        out.append((p, [c]))
    return out


def _nearest_cue(all_chunks: list[tuple[int, Chunk]], p: int, first: Chunk, last: Chunk) -> Chunk | None:
    """The tagger's cue chunk nearest the content in its paragraph (the statement's cue as written)."""

    def gap(c: Chunk) -> int:
        return first.start - c.end if c.end <= first.start else c.start - last.end if c.start >= last.end else 10**6

    cues = sorted((c for q, c in all_chunks if q == p and c.role == "V" and gap(c) < MAX_SOURCE_GAP), key=gap)
    return cues[0] if cues else None


@dataclass(slots=True)
class Prepared:
    """One article as the models see it: the rule pass, the tagger's chunks, the source context."""

    text: str
    language: str
    rules: list[Statement]
    seqs: list[Sequence]
    tagged: list[tuple[list[str], list[float]]]
    chunks: list[tuple[int, Chunk]]
    context: ArticleContext

    def source_chunks(self) -> list[tuple[int, int, float]]:
        return [(c.start, c.end, c.confidence) for _, c in self.chunks if c.role == "S"]


def prepare(text: str, language: str, actors: ActorDirectory, tagger: Tagger, title: str = "") -> Prepared:
    lang = (language or "").lower()[:2]
    # no corpus copies: the tagger's model has the product domain's copy folded into each shared feature
    # (train.train_attribution), so the shared features alone score as both did
    art = article_features(text, lang, actors, None, encoded=True, for_tagging=True, title=title)
    rules, seqs = art.rules, art.sequences
    tagged = [tagger.tag(seq) for seq in seqs]
    found = [(p, c) for p, (seq, (labels, marg)) in enumerate(zip(seqs, tagged, strict=True))
             for c in chunks(seq, labels, marg)]
    lex = lexicon(lang)
    cue_spans = [(c.start, c.end) for _, c in found if c.role == "V"]
    if lex is not None:
        cue_spans += [(a, b) for a, b, _ in art.cues]
    context = ArticleContext(text, lex, actors, [(q.start, q.end) for q in art.quotes], cue_spans, art.actor_spans,
                             art.folded)
    return Prepared(text, lang, rules, seqs, tagged, found, context)


class Extractor:
    """The rule pass, the tagger, the source model and the assembly: `extract` is what the Analyzer calls."""

    def __init__(self, actors: ActorDirectory, tagger: Tagger | None = None, sources: SourceModel | None = None,
                 keep_ranked_source: bool = False) -> None:
        self.actors = actors
        self.tagger = tagger or Tagger()
        self.sources = sources or SourceModel.load()
        self.keep_ranked_source = keep_ranked_source   # True only to measure them (bench/crossfit.py)

    def extract(self, text: str, language: str, traces: list[Trace] | None = None,
                keep_rule_only: bool = True, title: str = "") -> list[Statement]:
        if not text.strip():
            return []
        prep = prepare(text, language, self.actors, self.tagger, title)
        mine: list[Trace] = []
        statements = assemble(prep, self.actors, self.sources, keep_rule_only, mine, self.keep_ranked_source)
        names, lex = prep.context.names, prep.context.lex
        for i, (st, trace) in enumerate(zip(statements, mine, strict=True)):
            # (a title qualified by capitals, "the New Jersey governor", is unresolved but routed as before:
            # the same-title naming below ignores the qualifier)
            if not st.speaker_resolved and not qualified_title(st.speaker, lex) or not is_name(st.speaker, lex) or \
                    names.is_description(st.speaker):
                person = names.described(st.speaker, st.source_start if st.source_start >= 0 else st.start,
                                         self.actors.nation_stems) or \
                    names.person_after_title(st.speaker) or \
                    national_head(st.speaker, text, st.source_start if st.source_start >= 0 else st.start,
                                  self.actors, lex)   # "the Venezuelan leader", "el mandatario venezolano"
                if person:
                    actor = self.actors.lookup(person)
                    statements[i] = replace(st, speaker=person, speaker_resolved=True,
                                            speaker_canonical=actor.name if actor else None,
                                            side=actor.side if actor else None)
                    trace.steps.append("description-named")
                continue
            gender = honorific_gender(text, st.source_start)   # "Ms. Rodríguez": Delcy, not Jorge
            name, step = names.clean(st.speaker, st.start, gender)
            if not step and lex is not None and st.speaker[-2:] in POSSESSIVE_ENDINGS and \
                    " " not in st.speaker.strip() and is_name(st.speaker[:-2], lex) and \
                    st.speaker[:-2].lower() not in lex.not_names:
                # "Mr. Trump's comments that …": the speaker is Trump, not "Trump's" (a contraction such as
                # "He's" or "It’s" is no name and stays as read)
                name, step = names.clean(st.speaker[:-2], st.start, gender)
                step = step or "possessive-dropped"
            if step:
                actor = self.actors.lookup(name)
                statements[i] = replace(st, speaker=name, speaker_canonical=actor.name if actor else None,
                                        side=actor.side if actor else None)
                trace.steps.append(step)
        for i, (st, trace) in enumerate(zip(statements, mine, strict=True)):
            person = compatriot(st, text, self.actors)
            if person is not None:
                statements[i] = replace(st, speaker=person.name, speaker_canonical=person.name, side=person.side)
                trace.steps.append("compatriot")
        if traces is not None:
            for trace in mine:
                if trace.where is not None:
                    p, i = trace.where
                    label = prep.tagged[p][0][i]
                    trace.features = self.tagger.weights_for(prep.seqs[p].features[i], label)[:8]
            traces.extend(mine)
        return statements
