"""Cue lexicons: the words that mark reported speech in each language, compiled once from data files.

Why data: the lists of reporting verbs ("said", "afirmó", "a déclaré"), complementizers, pronouns and
descriptions ("the minister", "el comunicado") grow with every outlet we read; analysts edit
`data/cues/<lang>.toml` without touching code. Each lexicon is parsed and compiled on first use per
language and cached for the life of the process.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from tasks.dates import fold
from tasks.records import ConfigError

CUE_DIR = Path(__file__).parent / "data" / "cues"
ABBREVIATIONS_PATH = Path(__file__).parent / "data" / "abbreviations.toml"

_WORD_SETS = (
    "complementizers", "between_subject_and_cue", "subject_stops", "coordinators", "possessives",
    "pronouns_person", "pronouns_plural", "pronouns_thing", "person_descriptions", "statement_descriptions",
    "body_nouns", "anonymous", "not_a_report_after", "not_names", "indefinites", "tail_openers",
    "np_prepositions", "generic_bodies", "organisation_anaphors", "data_nouns",
    "tail_introducers", "impersonal_markers", "passive_agents", "progressive_auxiliaries",
    "relative_pronouns", "passive_auxiliaries", "sentence_connectors", "perfect_auxiliaries",
    "reported_mood_forms", "fronted_openers", "negations", "interrogatives", "gerund_blockers",
    "agent_prepositions", "noun_determiners", "free_relatives", "copulas",
    "addressees", "manner_prepositions", "noun_prepositions", "separable_particles", "finite_auxiliaries",
    "channel_prepositions", "channel_nouns", "possessive_determiners", "subordinator_heads",
    "object_enders", "tail_anaphora", "opening_frames", "feminine_words", "masculine_words", "addressee_verbs",
    "addressee_prepositions", "media_nouns", "postposed_according",
    "report_openers", "government_nouns", "adjunct_prepositions", "finite_verbs", "time_nouns", "issuing_verbs",
    "holding_verbs", "event_nouns", "event_determiners", "refusal_verbs", "infinitive_markers",
    "recognition_verbs", "recognition_as", "infinitive_reports", "feminine_articles", "masculine_articles",
    "aside_relatives", "pair_nouns", "head_of_state_titles", "verbless_tail_anaphora", "document_verbs",
    "according_relatives", "honorific_initials", "place_prepositions", "quantity_heads", "anonymity_markers",
    "naming_asides", "title_complements", "affiliation_prepositions", "object_clitics",
    "articles_before_surnames", "fragment_cues", "reflexive_objects", "focus_particles",
    "fronted_prepositions", "comma_relatives", "absolute_prepositions",
)
# Items of two parts: "Q: | A:", a question marker and the answer marker that goes with it, opening an
# interview's paragraphs; "il | le un", a personal pronoun that also stands for a body, and the articles of a
# body's name of its gender
_PAIRS = {"interview_markers": "question marker | answer marker", "body_pronouns": "pronoun | articles"}


@dataclass(frozen=True)
class Lexicon:
    """One language's cue words. Sets hold lower-cased words; `cue_re` finds verb and "according" cues."""

    language: str
    cue_re: re.Pattern[str]
    according: frozenset[str]
    participle_suffixes: tuple[str, ...]
    complementizers: frozenset[str]
    between_subject_and_cue: frozenset[str]
    subject_stops: frozenset[str]
    coordinators: frozenset[str]
    possessives: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_plural: frozenset[str]
    pronouns_thing: frozenset[str]
    person_descriptions: frozenset[str]
    statement_descriptions: frozenset[str]
    body_nouns: frozenset[str]
    anonymous: frozenset[str]
    not_a_report_after: tuple[str, ...]
    role_synonyms: dict[str, tuple[str, ...]]
    body_synonyms: dict[str, tuple[str, ...]]   # "cancillería | ministerio de asuntos exteriores …", folded
    not_names: frozenset[str]
    indefinites: frozenset[str]
    tail_openers: frozenset[str]
    np_prepositions: frozenset[str]
    generic_bodies: frozenset[str]
    organisation_anaphors: frozenset[str]   # generic_bodies that stand for any organisation ("the agency")
    data_nouns: frozenset[str]
    tail_introducers: frozenset[str]
    impersonal_markers: frozenset[str]
    passive_agents: frozenset[str]
    progressive_auxiliaries: frozenset[str]
    relative_pronouns: frozenset[str]
    passive_auxiliaries: frozenset[str]
    sentence_connectors: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    reported_mood_forms: frozenset[str]
    fronted_openers: frozenset[str]
    focus_particles: frozenset[str]
    fronted_prepositions: frozenset[str]
    comma_relatives: frozenset[str]   # de "der", "die" …: after a comma, with a lower-case word, a relative clause
    absolute_prepositions: frozenset[str]   # en "with": "with the envoy warning that …", the participle's own subject
    negations: frozenset[str]
    interrogatives: frozenset[str]
    gerund_blockers: frozenset[str]
    agent_prepositions: frozenset[str]
    noun_determiners: frozenset[str]
    free_relatives: frozenset[str]
    copulas: frozenset[str]
    addressees: frozenset[str]
    manner_prepositions: frozenset[str]
    noun_prepositions: frozenset[str]
    separable_particles: frozenset[str]
    finite_auxiliaries: frozenset[str]
    channel_prepositions: frozenset[str]
    channel_nouns: frozenset[str]
    possessive_determiners: frozenset[str]
    place_prepositions: frozenset[str]   # "in": "the main opposition party in Venezuela said"
    title_complements: frozenset[str]    # "for", "to": "Norway's special envoy for Venezuela said"
    quantity_heads: frozenset[str]       # "percent", "half": "52 percent of voters say" is a poll, no source
    anonymity_markers: frozenset[str]    # "condition of anonymity": the source asked not to be named
    naming_asides: frozenset[str]        # "known as": "The coalition, known as the Unitary Platform, said"
    subordinator_heads: frozenset[str]
    object_enders: frozenset[str]
    tail_anaphora: frozenset[str]
    opening_frames: frozenset[str]
    feminine_words: frozenset[str]
    masculine_words: frozenset[str]
    addressee_verbs: frozenset[str]
    addressee_prepositions: frozenset[str]
    media_nouns: frozenset[str]
    postposed_according: frozenset[str]
    report_openers: frozenset[str]
    government_nouns: frozenset[str]
    adjunct_prepositions: frozenset[str]
    finite_verbs: frozenset[str]
    time_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    holding_verbs: frozenset[str]    # cue forms that also mean holding an event ("sostuvo", "mantuvo")
    event_nouns: frozenset[str]      # what is held: "reuniones", "un encuentro" (the cue then reports nothing)
    event_determiners: frozenset[str]   # "una", "varias", "su primera": held; "celebró el encuentro": welcomed
    refusal_verbs: frozenset[str]    # cue forms that refuse ("refused", "negó"): with an infinitive, an act
    infinitive_markers: frozenset[str]   # "to", "a": what opens that infinitive
    recognition_verbs: frozenset[str]    # "recognized", "reconoció": "… X as president" recognizes, says nothing
    recognition_as: frozenset[str]       # "as", "como", "comme", "come"
    infinitive_reports: frozenset[str]   # "vowed", "pledged": "vowed to defend …" reports the infinitive
    feminine_articles: frozenset[str]    # "la", "una": "la dirigente" is a woman though "dirigente" is epicene
    masculine_articles: frozenset[str]   # "el", "un"
    # personal pronouns that also stand for a body named with an article of their gender: (("il", {"le", "un"}), …)
    body_pronouns: tuple[tuple[str, frozenset[str]], ...]
    aside_relatives: frozenset[str]      # "where", "donde": open a relative aside ("said in X, where …, that")
    pair_nouns: frozenset[str]           # "partes", "sides": the two sides of the talks, named together before
    head_of_state_titles: frozenset[str]  # "leader", "mandatario": with a nationality, that country's president
    verbless_tail_anaphora: frozenset[str]   # "così": "«…». Così il ministro." attributes with no verb
    document_verbs: frozenset[str]   # "read": a cue only with a document as its subject ("the statement read")
    adverb_suffixes: tuple[str, ...]
    past_participle_suffixes: tuple[str, ...] = ()
    finite_endings: tuple[str, ...] = ()      # "s", "ed": a form so ended after "to" is no infinitive
    possessive_clitics: tuple[str, ...] = ()  # "’s", "s’": "Trump’s comments"
    clitic_noun_endings: tuple[str, ...] = ()  # "s": a cue form so ended after a possessive clitic is a noun
    contraction_clitics: tuple[str, ...] = ()  # "’s", "’ve": "She’s said" is "she" as a source
    title_prefixes: tuple[str, ...] = ()  # "ex": "excandidato" is the title "candidato" of someone's past
    not_cue_phrases: tuple[str, ...] = ()  # "thanks to": a cue form opening one of these is no cue
    # compound participles that are cues only after a coordinator, sharing a compound tense's auxiliary ("et annoncé")
    lone_participles: frozenset[str] = frozenset()
    gapped_fragment_re: re.Pattern[str] | None = None   # "sprach am Montag von": a fragment cue with words inside
    # a passive whose agent is the source ("The accord was welcomed by Borrell", "L'idée a été rejetée par Gil"):
    # its auxiliaries, and the cue participles it may hold (every agreeing form)
    passive_report_re: re.Pattern[str] | None = None
    cue_participles: frozenset[str] = frozenset()
    compound_auxiliaries: frozenset[str] = frozenset()   # "a", "ha", "tem": open a compound tense
    channel_relatives: tuple[str, ...] = ()   # "en el que", "in which": longest first
    gerund_markers: tuple[str, ...] = ()      # fr "en": "en affirmant" is a participle cue like "affirmant"
    clause_break_re: re.Pattern[str] | None = None
    coordinator_re: re.Pattern[str] | None = None   # the coordinators as words ("y", "and"): a cheap pre-check
    issuing_re: re.Pattern[str] | None = None   # the issuing_verbs ("emitió", "issued"): _document_issuer
    clause_end_re: re.Pattern[str] | None = None
    verb_first: bool = False
    participle_asides: bool = False
    modifiers_before_noun: bool = False
    comma_reports: bool = False
    verb_second: bool = False
    drops_subjects: bool = False
    according_relatives: frozenset[str] = frozenset()   # "secondo cui", "según el cual": the source is before
    honorific_initials: frozenset[str] = frozenset()    # fr "m.": "M. Maduro" is Monsieur Maduro, no initial
    capitalised_nouns: bool = False   # German: every noun capitalised, so capitals alone name nobody
    appended_quotations: bool = False
    # a verb that reports only with the word closing its clause ("machte … verantwortlich": blamed): form -> words
    particle_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    particle_non_cues: dict[str, frozenset[str]] = field(default_factory=dict)   # "sagte … ab": cancelled
    # de "von der", "vom": "Ana Ruiz von der Universität Bonn sagte": the person, not the institution, speaks
    affiliation_prepositions: frozenset[str] = frozenset()
    # "la", "l'": an object pronoun between a name and its cue ("Machado la calificó de …"), no part of the name
    object_clitics: frozenset[str] = frozenset()
    articles_before_surnames: frozenset[str] = frozenset()   # "la Meloni": an article a person may take
    fragment_cues: frozenset[str] = frozenset()   # "ha parlato di": a cue only before a quoted fragment
    reflexive_objects: frozenset[str] = frozenset()   # "s'est félicité de …": the preposition left out
    reflexive_openers: tuple[str, ...] = ()   # the reflexive auxiliaries, each with its space ("s'est ")
    interview_markers: tuple[tuple[str, str], ...] = ()   # ("Q:", "A:"): an interview's question and answer

    def is_cue_word(self, word: str) -> bool:
        """True when `word` alone is a reporting cue ("Agregó", "Said"): never part of a name."""
        return self.cue_re.fullmatch(word) is not None

    def is_name_word(self, word: str) -> bool:
        """True for a capitalised word that can belong to a name: not a sentence-opening function word
        ("Así", "Un", "Lequel"), not a cue ("Explicó"), not one of the lexicon's own closed-class words."""
        return not (word.lower() in self.closed_words or self.is_cue_word(word) or self.sentence_adverb(word))

    def sentence_adverb(self, word: str) -> bool:
        """"Paralelamente", "Finalmente", "Posteriormente": a capitalised word with a long adverb suffix (es, pt,
        it "-mente", fr "-ment") opens a sentence as an adverb, never a name, unless the lexicon knows it as a
        noun ("Parlement", "Gouvernement") or it is a first name ("Clemente"). English "-ly" names too many
        people ("Kelly", "Reilly") to be read so."""
        suffixes = self._long_adverb_suffixes
        if not suffixes:
            return False
        low = word.lower()
        if not low.endswith(suffixes) or not any(low.endswith(suf) and len(low) > len(suf) + 3 for suf in suffixes):
            return False
        from tasks.speakers import first_name_gender  # (speakers imports this module)

        return low not in self.descriptive_words and first_name_gender(word) is None

    @cached_property
    def _long_adverb_suffixes(self) -> tuple[str, ...]:
        """The adverb suffixes of four letters or more ("mente", "ment"), read by sentence_adverb."""
        return tuple(suf for suf in self.adverb_suffixes if len(suf) >= 4)

    @cached_property
    def according_words(self) -> frozenset[str]:
        """The words of the "according" cues ("nach", "angaben"): no part of a source's name."""
        return frozenset(w for phrase in self.according for w in phrase.split())

    @cached_property
    def particle_closings(self) -> frozenset[str]:
        """Every word that closes a particle cue ("verantwortlich", "zurück")."""
        return frozenset(w for closing in self.particle_cues.values() for w in closing)

    @cached_property
    def closed_words(self) -> frozenset[str]:
        """Function words and pronouns of the lexicon: never part of a name (computed once)."""
        return (self.not_names | self.subject_stops | self.between_subject_and_cue | self.complementizers
                | self.coordinators | self.pronouns_person | self.pronouns_plural | self.pronouns_thing)

    @cached_property
    def pronouns(self) -> frozenset[str]:
        """Every subject pronoun of the lexicon, person, plural and thing (computed once)."""
        return self.pronouns_person | self.pronouns_plural | self.pronouns_thing

    @cached_property
    def generic_bodies_folded(self) -> frozenset[str]:
        """`generic_bodies` without accents, to compare with folded names."""
        from tasks.actors import fold

        return frozenset(fold(w) for w in self.generic_bodies)

    @cached_property
    def organisation_anaphors_folded(self) -> frozenset[str]:
        """`organisation_anaphors` without accents, as `_generic_head` folds a description."""
        from tasks.actors import fold

        return frozenset(fold(w) for w in self.organisation_anaphors)

    @cached_property
    def head_of_state_titles_folded(self) -> frozenset[str]:
        """`head_of_state_titles` without accents, to compare with a folded description ("président")."""
        from tasks.actors import fold

        return frozenset(fold(w) for w in self.head_of_state_titles)

    def has_head_of_state_title(self, description: str) -> bool:
        """Does the description hold a head-of-state title ("le président américain", "el mandatario")?"""
        from tasks.actors import fold

        return not self.head_of_state_titles_folded.isdisjoint(fold(w) for w in description.split())

    @cached_property
    def government_nouns_folded(self) -> frozenset[str]:
        """`government_nouns` without accents, to compare with folded names."""
        from tasks.actors import fold

        return frozenset(fold(w) for w in self.government_nouns)

    @cached_property
    def descriptive_words(self) -> frozenset[str]:
        """Words that describe a source without naming it ("the ministry", "un portavoz", "his")."""
        return (self.anonymous | self.person_descriptions | self.statement_descriptions | self.body_nouns
                | self.possessives | self.between_subject_and_cue | self.subject_stops | self.coordinators)

    def is_according(self, cue: str) -> bool:
        """True for prepositional cues whose object is the source ("according to X", "según X")."""
        return cue.lower() in self.according

    def clause_break_in(self, text: str, a: int, b: int) -> bool:
        """Does text[a:b] (the reporter's words between two quoted fragments) start a new clause
        ("…”, however, the party …", "…»; sin embargo, …")? Then the fragments are two statements."""
        return self.clause_break_re is not None and self.clause_break_re.search(text, a, b) is not None

    def clause_end(self, text: str, a: int, b: int) -> int:
        """Where an adjunct that closes a reported clause begins in text[a:b] (", in response to …",
        ", after …"), or b when none does: the adjunct is the reporter's framing, not the report."""
        if self.clause_end_re is None:
            return b
        # an adjunct opening the clause ("said that, after talks restart, both sides …") fronts it: look past
        start = a
        while start < b and text[start] in " ,":
            start += 1
        m = self.clause_end_re.search(text, start + 1 if start > a else a, b)
        while m is not None and len(text[start:m.start()].split()) <= MAX_SUBJECT_BEFORE_ADJUNCT:
            # "said the candidate, despite his wealth, is better placed": a few words before the adjunct are
            # the reported clause's subject, not a clause; the adjunct is set off inside it when a comma
            # closes it, and the clause goes on after that comma
            close = text.find(",", m.end(), min(b, m.end() + MAX_INNER_ADJUNCT_CHARS))
            if close < 0:
                break
            m = self.clause_end_re.search(text, close, b)
        return m.start() if m else b

    def is_participle(self, cue: str) -> bool:
        """True for ", saying ..." style cues that continue the subject of the main clause ("according to"
        ends like one but names its source: it is no participle)."""
        words = cue.lower().split()
        first = words[1] if len(words) > 1 and words[0] in self.gerund_markers else words[0]
        return any(first.endswith(s) for s in self.participle_suffixes) and not self.is_according(cue)


MAX_SUBJECT_BEFORE_ADJUNCT = 3   # words: "the candidate", "Venezuela's envoy"
MAX_INNER_ADJUNCT_CHARS = 80


def _alternation(forms: list[str]) -> str:
    """Longest first so "called on" wins over "called"; both the written and the capitalised form."""
    variants = set()
    for form in forms:
        form = form.strip()
        if form:
            variants.add(form)
            variants.add(form[0].upper() + form[1:])
    return _trie_pattern(sorted(variants))


def _trie_pattern(forms: list[str]) -> str:
    """One regex for many words, factored by common prefixes: Python's `re` tries the branches of a flat
    alternation one by one at every position, which made cue finding the extractor's slowest step.
    Longer forms still win ("called on" over "called") because every branch is greedy and optional
    endings are tried before the empty one."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


_LISTS = ("verbs", "phrases", "according", "participle_suffixes", "adverb_suffixes", "past_participle_suffixes",
          "clause_breaks", "clause_enders", "not_clause_end_before", "role_synonyms", "compound_auxiliaries",
          "participles", "compound_adverbs", "reflexive_auxiliaries", "reflexive_participles", "channel_relatives",
          "gerund_markers", "plural_endings", "present_endings", "finite_endings", "particle_cues",
          "particle_non_cues", "possessive_clitics", "clitic_noun_endings", "contraction_clitics", "not_cue_phrases",
          "periphrases", "cue_infinitives", "title_prefixes", "participle_agreements", "enclitics",
          "gerund_clitics", "gerund_stress", "inverted_pronouns", "body_synonyms", "gapped_fragment_cues",
          "passive_report_auxiliaries", "gapped_cues")
_FLAGS = ("verb_first", "participle_asides", "modifiers_before_noun", "comma_reports", "verb_second", "drops_subjects",
          "capitalised_nouns",
          "appended_quotations")
KNOWN_KEYS = frozenset(_WORD_SETS + _LISTS + _FLAGS + tuple(_PAIRS))


def validate(data: dict[str, object], path: Path) -> None:
    """A cue file is data the extractor trusts: an unknown key (a typo such as `complementisers`) would be
    read as an empty list and silently change what is extracted, so it is an error naming the file, the key
    and the nearest known key; a flag must be true or false."""
    import difflib

    for key, value in data.items():
        if key not in KNOWN_KEYS:
            near = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1)
            hint = f" (did you mean `{near[0]}`?)" if near else ""
            raise ConfigError(f"{path}: unknown key `{key}`{hint}")
        if key in _FLAGS and not isinstance(value, bool):
            raise ConfigError(f"{path}: `{key}` must be true or false")
        if key in _PAIRS:
            _marker_pairs(value if isinstance(value, list) else [str(value)], path, key)
    for key in ("verbs",):
        if not data.get(key):
            raise ConfigError(f"{path}: `{key}` is missing or empty: a cue file needs its communication verbs")


def _with_first_ending(form: str, old: str, new: str) -> str:
    """The form with its first word's ending `old` replaced by `new` ("teilte mit" -> "teilten mit")."""
    first, _, rest = form.partition(" ")
    return first[: len(first) - len(old)] + new + (" " + rest if rest else "")


def _synonym_groups(groups: list[str]) -> dict[str, tuple[str, ...]]:
    """"canciller | ministro de relaciones exteriores | …" -> each title (folded) to all titles of its group."""
    out: dict[str, tuple[str, ...]] = {}
    for group in groups:
        forms = tuple(fold(f.strip()) for f in group.split("|") if f.strip())
        for form in forms:
            out[form] = tuple(dict.fromkeys(out.get(form, ()) + forms))
    return out


def compound_tenses(verbs: list[str], auxiliaries: list[str], participles: list[str]) -> list[str]:
    """`verbs` with every compound tense of each cue participle: a participle the file writes after one of
    `auxiliaries` ("ha dicho") or lists in `participles` gets all of them ("han dicho", "habían dicho",
    "habría dicho"). Written out by hand, the forms drifted apart: "ha dicho" and "había dicho" were there,
    "habían dicho" was not; Italian had "ha chiesto" without "hanno chiesto"."""
    aux = {a.lower() for a in auxiliaries}
    if not aux:
        return verbs
    have = {f.lower() for f in verbs}
    extra = [f"{a} {p}" for p in compound_participles(verbs, auxiliaries, participles) for a in auxiliaries
             if f"{a} {p}".lower() not in have]
    return verbs + extra


def compound_participles(verbs: list[str], auxiliaries: list[str], participles: list[str]) -> list[str]:
    """The participles written after one of `auxiliaries` in `verbs`, and `participles`, once each."""
    aux = {a.lower() for a in auxiliaries}
    found = [f.split()[1] for f in verbs if len(f.split()) == 2 and f.split()[0].lower() in aux]
    return list(dict.fromkeys(found + participles))


def adverbed_compounds(auxiliaries: list[str], adverbs: list[str], participles: list[str],
                       adverb_suffixes: tuple[str, ...] = ()) -> str:
    """A pattern for a compound tense with one adverb inside it ("a par ailleurs indiqué", "ha poi aggiunto",
    and any adverb of the language's adverb ending: "a clairement indiqué", "ha duramente criticato"), or ""
    when the language lists no such adverbs. One pattern of three parts, not every combination written out:
    6 auxiliaries x 18 adverbs x 70 participles made the cue pattern slow to compile."""
    if not (auxiliaries and adverbs and participles):
        return ""
    middle = _alternation(adverbs) + "".join(f"|\\w{{3,}}{re.escape(suf)}" for suf in adverb_suffixes)
    return rf"(?:{_alternation(auxiliaries)})\s+(?:{middle})\s+(?:{_alternation(participles)})"


MAX_GAP_WORDS = 12   # "sprach bei der Zeremonie in einem Hotel an der Südküste der Insel von": when and where


def _cue_participles(participles: list[str], written: list[str], auxiliaries: list[str],
                     suffixes: tuple[str, ...]) -> frozenset[str]:
    """The single-word participles of the cue verbs, for a passive with its agent: the compound tenses'
    participles in every agreeing form; where a language has no compound auxiliaries (English), the written
    cue forms that end like a past participle ("welcomed", "rejected"; the past and the participle are one)."""
    found = {p.lower() for p in participles if " " not in p}
    if not auxiliaries and suffixes:
        found |= {v.lower() for v in written if " " not in v and v.lower().endswith(suffixes)}
    return frozenset(found)


def _gapped_pattern(entries: list[str], path: Path, key: str = "gapped_fragment_cues") -> str:
    """A pattern for `gapped_fragment_cues` ("sprach … von"): the verb and its preposition with up to
    MAX_GAP_WORDS words between them (no punctuation: one clause), or "" for none. German puts its adverbials
    there ("Maduro sprach nach dem Treffen von einem „…“"); like the other fragment cues, such a cue reports
    only a quoted fragment (statements._fragment_cue_unquoted)."""
    parts = []
    for entry in entries:
        verb, sep, prep = (x.strip() for x in entry.partition("…"))
        if not sep or not verb or not prep:
            raise ConfigError(f"{path}: `{key}` entries are written 'verb … preposition', got {entry!r}")
        prep_re = re.escape(prep)
        parts.append(rf"{_alternation([verb])}(?:\s+(?!{prep_re}\b)[\w.'’-]+){{1,{MAX_GAP_WORDS}}}?\s+{prep_re}")
    return "|".join(parts)


def _ending_rules(rules: list[str], key: str, form: str, path: Path) -> list[tuple[str, str]]:
    """A cue file's ending rules ("te>ten", "o>a"): (ending, replacement) pairs; a rule without its ">" or its
    first ending is an error naming the key and the form it is written in."""
    out = []
    for rule in rules:
        old, sep, new = rule.partition(">")
        if not sep or not old:
            raise ConfigError(f"{path}: `{key}` entries are written '{form}', got {rule!r}")
        out.append((old, new))
    return out


def _marker_pairs(items: list[str], path: Path, key: str = "interview_markers") -> tuple[tuple[str, str], ...]:
    """"Q: | A:" -> ("Q:", "A:"); an item without exactly one "|" is an error naming the file and the key."""
    out = []
    for item in items:
        parts = [p.strip() for p in item.split("|")]
        if len(parts) != 2 or not all(parts):
            raise ConfigError(f"{path}: `{key}` item {item!r} is not '{_PAIRS[key]}'")
        out.append((parts[0], parts[1]))
    return tuple(out)


def _build(language: str, data: dict[str, object], path: Path) -> Lexicon:
    validate(data, path)
    def words(key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: `{key}` must be a list of strings")
        # Swiss German writes "ss" for "ß" ("begrüsste", "liess verlauten"): each form is known in both spellings
        return value + [v.replace("ß", "ss") for v in value if "ß" in v]

    def verb_closings(key: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for rule in words(key):
            verb, sep, closing = rule.partition("|")
            if not sep or not verb.strip() or not closing.strip():
                raise ConfigError(f"{path}: `{key}` entries are written 'verb|closing word', got {rule!r}")
            out.setdefault(verb.strip().lower(), set()).add(closing.strip().lower())
        return out

    particle_cues = verb_closings("particle_cues")
    particle_non_cues = verb_closings("particle_non_cues")
    written = words("verbs") + words("phrases") + words("document_verbs") + words("fragment_cues") + \
        sorted(particle_cues)
    auxiliaries = words("compound_auxiliaries")
    participles = compound_participles(written, auxiliaries, words("participles"))
    # a participle agrees with an object pronoun before its auxiliary ("l'ha definita «…»", "les a qualifiées
    # de …"): each compound participle in each agreeing form of `participle_agreements` ("o>a": "definito" ->
    # "definita")
    for old, new in _ending_rules(words("participle_agreements"), "participle_agreements", "ending>ending", path):
        participles += [p[:-len(old)] + new for p in list(participles) if p.endswith(old) and " " not in p]
    participles = list(dict.fromkeys(participles))
    verbs = compound_tenses(written, auxiliaries, participles)
    # plural forms built from the singular ones (de "te>ten": "forderte" -> "forderten"): written out by
    # hand, the German lexicon had the plural of none of its 44 weak verbs ("Beide Seiten bekräftigten …")
    written_past = list(verbs)
    for old, new in _ending_rules(words("plural_endings"), "plural_endings", "singular>plural", path):
        verbs += [_with_first_ending(v, old, new) for v in list(verbs) if v.split()[0].endswith(old)]
    # the present of each weak past (de "te>t": "meinte" -> "meint", "räumte ein" -> "räumt ein"): profiles and
    # interviews report in the present ("…, meint Velten"), and the lexicon had it for half its weak verbs
    for old, new in _ending_rules(words("present_endings"), "present_endings", "past>present", path):
        verbs += [_with_first_ending(v, old, new) for v in written_past if v.split()[0].endswith(old)]
    # reflexive cues ("s'est félicité de", "si è detto pronto"): each auxiliary with each participle
    verbs += [f"{a} {p}" for a in words("reflexive_auxiliaries") for p in words("reflexive_participles")]
    # a finite verb before a cue's infinitive ("volvió a denunciar que", "fez questão de ressaltar que", "ha
    # tenuto a precisare che"): each periphrasis with each infinitive, the pair one cue
    verbs += [f"{p} {i}" for p in words("periphrases") for i in words("cue_infinitives")]
    # "…, en affirmant que" and "…, affirmant que": the gerund is a cue with or without its marker
    markers = words("gerund_markers")
    verbs += [v.split(" ", 1)[1] for v in verbs if len(v.split()) == 2 and v.split()[0] in markers]
    # the subject pronoun inverted after a finite cue, joined by hyphens ("« … », explique-t-elle", "poursuit-il",
    # "répondent-ils"): each single-word form of the verbs with each of `inverted_pronouns` ("il | ils"), a "t"
    # between a vowel and the pronoun; not a gerund (no subject follows one)
    suffixes = words("participle_suffixes")
    for rule in words("inverted_pronouns"):
        singular, _, plural = (part.strip() for part in rule.partition("|"))
        for v in [v for v in written if " " not in v and "-" not in v and not v.endswith(tuple(suffixes))]:
            pronoun = plural if plural and v.endswith("ent") else singular
            verbs.append(f"{v}-{'t-' if v[-1] in 'aeiouéè' else ''}{pronoun}")
    # a gerund with its object pronoun joined ("asegurándole que", "calificándolo de «…»", "definendoli «…»"):
    # each single-word gerund cue with each of `gerund_clitics`, its ending stressed by `gerund_stress`
    # ("ando>ándo"); the suffixes so built mark a gerund as the plain ones do
    stress = dict(_ending_rules(words("gerund_stress"), "gerund_stress", "ending>stressed ending", path))
    clitics = words("gerund_clitics")
    gerund_suffixes = [stress.get(x, x) + c for x in suffixes for c in clitics]
    verbs += [v[:-len(x)] + stress.get(x, x) + c for v in list(verbs) if " " not in v
              for x in suffixes if v.endswith(x) for c in clitics]
    adverbed = adverbed_compounds(auxiliaries, words("compound_adverbs"), participles,
                                  tuple(words("adverb_suffixes")))
    # a participle coordinated with a compound tense shares its auxiliary ("a salué l'accord et annoncé que",
    # "ha criticado la decisión y pedido que"): after a coordinator, each compound participle that is no cue
    # form on its own is matched too (statements._lone_participle keeps it only after a compound cue)
    forms = {v.lower() for v in verbs}
    bare = sorted({p for p in participles if " " not in p and p.lower() not in forms})
    joined = [c for c in words("coordinators") if " " not in c]
    coordinated = "(?:" + "|".join(rf"(?<=\W{re.escape(c)}\s)" for c in joined) + ")(?:" + _alternation(bare) + \
        ")" if auxiliaries and bare and joined else ""
    gapped = _gapped_pattern(words("gapped_fragment_cues"), path)
    # a verb with its infinitive at the clause's end, any report after it ("ließ über seine Sprecher mitteilen, …")
    gapped_reports = _gapped_pattern(words("gapped_cues"), path, key="gapped_cues")
    passive = _alternation(words("passive_report_auxiliaries"))
    according = words("according")
    # (a hyphen set off by a space before the cue is a dash that lost its typography: '"…" -dijo Gil-')
    # an object pronoun joined to the verb by a hyphen ("disse-lhe que", "descreveu-o como"): the cue is the
    # verb alone (its form still says gerund or participle), the pronoun after it is read past
    enclitics = "|".join(re.escape(e) for e in sorted(words("enclitics"), key=len, reverse=True))
    # (a form ending in an elided article, "stando all'", is followed by its noun at once: "stando all'Onu")
    pattern = r"(?:(?<![\w-])|(?<=\s-))(?:" + (adverbed + "|" if adverbed else "") + \
        (coordinated + "|" if coordinated else "") + (gapped + "|" if gapped else "") + \
        (gapped_reports + "|" if gapped_reports else "") + \
        _alternation(verbs + according) + r")" + \
        (r"(?=(?:-(?:" + enclitics + r"))?(?![\w-]))" if enclitics else r"(?:(?<=['’])|(?![\w-]))")
    sets = {key: frozenset(w.lower() for w in words(key)) for key in _WORD_SETS if key != "not_a_report_after"}
    # A generic body description is a body noun; a data noun stands for its owner like "the statement".
    sets["body_nouns"] |= sets["generic_bodies"] | sets["government_nouns"]
    sets["generic_bodies"] |= sets["organisation_anaphors"]
    sets["statement_descriptions"] |= sets["data_nouns"]
    def alternation(key: str) -> str:
        forms = sorted(words(key), key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)

    breaks = alternation("clause_breaks")
    enders, not_after = alternation("clause_enders"), alternation("not_clause_end_before")
    clause_break_re = re.compile(r";|(?<!\w)(?:" + breaks + r")(?!\w)", re.IGNORECASE) if breaks else None
    issuing = alternation("issuing_verbs")
    issuing_re = re.compile(r"(?<!\w)(?:" + issuing + r")(?!\w)", re.IGNORECASE) if issuing else None
    clause_end_re = re.compile(r",\s*(?:" + enders + r")(?!\w)" + (r"(?!\s+(?:" + not_after + r")(?!\w))"
                                                                if not_after else ""), re.IGNORECASE) \
        if enders else None
    coordinators = alternation("coordinators")
    coordinator_re = re.compile(r"(?<!\w)(?:" + coordinators + r")(?!\w)", re.IGNORECASE) if coordinators else None

    return Lexicon(
        language=language,
        clause_break_re=clause_break_re,
        issuing_re=issuing_re,
        clause_end_re=clause_end_re,
        coordinator_re=coordinator_re,
        cue_re=re.compile(pattern),
        according=frozenset(a.lower() for a in according),
        participle_suffixes=tuple(suffixes + gerund_suffixes),
        adverb_suffixes=tuple(words("adverb_suffixes")),
        channel_relatives=tuple(sorted((w.lower() for w in words("channel_relatives")), key=len, reverse=True)),
        gerund_markers=tuple(w.lower() for w in markers),
        past_participle_suffixes=tuple(words("past_participle_suffixes")),
        finite_endings=tuple(words("finite_endings")),
        possessive_clitics=tuple(words("possessive_clitics")),
        clitic_noun_endings=tuple(words("clitic_noun_endings")),
        contraction_clitics=tuple(words("contraction_clitics")),
        title_prefixes=tuple(w.lower() for w in words("title_prefixes")),
        not_cue_phrases=tuple(w.lower() for w in words("not_cue_phrases")),
        lone_participles=frozenset(p.lower() for p in bare) if coordinated else frozenset(),
        gapped_fragment_re=re.compile(gapped, re.IGNORECASE) if gapped else None,
        passive_report_re=re.compile(r"(?<!\w)(?:" + passive + r")(?!\w)", re.IGNORECASE) if passive else None,
        cue_participles=_cue_participles(participles, written, auxiliaries, tuple(words("past_participle_suffixes"))),
        compound_auxiliaries=frozenset(a.lower() for a in auxiliaries),
        reflexive_openers=tuple(w.lower() + " " for w in words("reflexive_auxiliaries")),
        interview_markers=_marker_pairs(words("interview_markers"), path),
        body_pronouns=tuple((pronoun, frozenset(articles.lower().split())) for pronoun, articles in
                            _marker_pairs(words("body_pronouns"), path, "body_pronouns")),
        verb_first=bool(data.get("verb_first", False)),
        participle_asides=bool(data.get("participle_asides", False)),
        modifiers_before_noun=bool(data.get("modifiers_before_noun", False)),
        comma_reports=bool(data.get("comma_reports", False)),
        verb_second=bool(data.get("verb_second", False)),
        drops_subjects=bool(data.get("drops_subjects", False)),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        appended_quotations=bool(data.get("appended_quotations", False)),
        not_a_report_after=tuple(words("not_a_report_after")),
        role_synonyms=_synonym_groups(words("role_synonyms")),
        body_synonyms=_synonym_groups(words("body_synonyms")),
        particle_cues={verb: frozenset(closing) for verb, closing in particle_cues.items()},
        particle_non_cues={verb: frozenset(closing) for verb, closing in particle_non_cues.items()},
        **sets,  # type: ignore[arg-type]
    )


@lru_cache(maxsize=32)
def lexicon(language: str) -> Lexicon | None:
    """The compiled lexicon for a 2-letter language code, or None when we have no cue file for it."""
    if not re.fullmatch(r"[a-z]{2,3}", language or ""):
        return None
    path = CUE_DIR / f"{language}.toml"
    if not path.exists():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the cue lexicon: {exc}") from exc
    return _build(language, data, path)


@lru_cache(maxsize=1)
def _abbreviation_lists() -> dict[str, frozenset[str]]:
    """The abbreviations file, read once for all its lists."""
    data = tomllib.loads(ABBREVIATIONS_PATH.read_text(encoding="utf-8"))
    return {key: frozenset(data.get(key, [])) for key in ("abbreviations", "honorifics", "state_abbreviations",
                                                          "feminine_honorifics", "masculine_honorifics",
                                                          "sentence_openers", "times_of_day",
                                                          "time_qualifiers")}


def honorifics() -> frozenset[str]:
    """Titles written before a name with a full stop ("Mr.", "Sen.", "Sra."): the stop ends no sentence or name."""
    return _abbreviation_lists()["honorifics"]


def gendered_honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """Honorifics that say a person's gender, (feminine, masculine): "Ms. Rodríguez" is a woman."""
    lists = _abbreviation_lists()
    return lists["feminine_honorifics"], lists["masculine_honorifics"]


def abbreviations() -> frozenset[str]:
    """Words after which a full stop does not end a sentence."""
    return _abbreviation_lists()["abbreviations"]


def sentence_openers() -> frozenset[str]:
    """Capitalised function words that open a sentence: after a dotted acronym, its stop ends the sentence."""
    return _abbreviation_lists()["sentence_openers"]


def times_of_day() -> frozenset[str]:
    """"a.m", "p.m" (without the last stop): before a capitalised word their stop ends the sentence."""
    return _abbreviation_lists()["times_of_day"]


def time_qualifiers() -> frozenset[str]:
    """Capitalised words that go on with a time of day ("3 p.m. Monday", "9 a.m. ET"): no sentence ends there."""
    return _abbreviation_lists()["time_qualifiers"]


def state_abbreviations() -> frozenset[str]:
    """US states as news agencies abbreviate them after a town ("Cambridge, Mass."), without the final stop."""
    return _abbreviation_lists()["state_abbreviations"]
