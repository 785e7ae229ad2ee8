"""Speaker names as the article gives them fullest.

A source phrase found next to a cue often carries more than the name ("valoró Danilo Medina", "Amorim
destacó la complejidad", "El propio Maduro", "a determined Rodríguez"), or less ("Amorim" where the article
introduced "Celso Amorim"). The guide asks for the most specific name the article gives. So:
  * the article's names are indexed once: every run of two or more capitalised words, by its last word;
  * a phrase that holds a name inside other words keeps the name run (unless it names a body:
    "ministère norvégien des Affaires étrangères" stays whole);
  * a lone surname, or a determiner or adjective before one, becomes the full name met in the article.
Each change is recorded by the name of the step that made it (NAME_STEPS), for --explain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from itertools import compress
from operator import itemgetter

from tasks.actors import MIN_NATIONALITY_STEM, fold
from tasks.cues import Lexicon, sentence_openers
from tasks.quotes import remember_last
from tasks.speakers import ARTICLES as DETERMINERS
from tasks.speakers import OF_WORDS, first_name_gender, is_outlet, qualified_title, title_of_a_titled, title_qualifiers

NAME_STEPS = {
    "sentence-opener": "a capitalised first word the article also writes in lower case dropped ('Para Rodríguez' "
                       "-> 'Rodríguez')",
    "name-run": "the name inside a longer source phrase (cue words, adjectives and clauses around it dropped)",
    "full-name": "a surname completed to the fullest form of that name in the article (nearest before)",
    "description-named": "a description ('el canciller de Colombia') named by the person the article gives "
                         "beside the same title elsewhere ('el canciller colombiano, Álvaro Leyva')",
    "possessive-dropped": "a name read with its possessive ('Mr. Trump's comments that …') taken without it",
    "compatriot": "a description qualified by a nationality ('le président guyanien') given someone of another "
                  "country, renamed the one person of that country the article named before (attribution.compatriot)",
}
_WORD = re.compile(r"\w(?:[\w’'.\-]*\w)?")
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
MAX_CLOSING_ADJECTIVES = 3   # lower-case words closing an institution's name ("Conseil national électoral")
_ELIDED_ARTICLE = re.compile(r"[LlDd]['’]")
CONNECTORS = frozenset({"de", "del", "la", "las", "los", "da", "do", "dos", "das", "di", "von", "van", "der", "du",
                        "des", "le", "y", "al", "bin", "el"})
ARTICLE_CONNECTORS = frozenset({"la", "las", "los", "le", "el"})
MAX_RUN = 5
_PARTICLE_NAME = re.compile(r"(?<![\w-])(?:al|el|ad|ash|as|at|az|an|ar)-[A-Z]")   # "al-Ansari", "el-Sisi"
_POSSESSIVE_RUN = re.compile(r"\w['’]s\b")
_POSSESSED = re.compile(r"\w['’]s?\s+[a-záéíóúñ]")


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def name_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words, connectors allowed inside ("Luis Motta Domínguez",
    "Celso Amorim", "Jorge Rodríguez"), and across an initial's full stop ("Steven M. Smith", "George W. Bush";
    a title's abbreviation, "Sen." or "Mr.", still ends a run), at most MAX_RUN capitalised words.

    Run on every article: the words, their offsets and which are capitalised (`_cap`) are listed by `map`
    at C speed, and only a capitalised word, which may open a run, is visited."""
    words, starts, ends = _words(text)
    caps = list(map(str.isupper, map(itemgetter(0), words)))   # _cap: words are never empty
    for m in _PARTICLE_NAME.finditer(text):   # "Majed al-Ansari": the particle's word is part of the name
        k = bisect_left(starts, m.start())
        if k < len(starts) and starts[k] == m.start():
            caps[k] = True
    n = len(words)
    out: list[tuple[int, int]] = []
    resume = 0   # words before this one belong to the last run
    for i in compress(range(n), caps):
        if i < resume:
            continue
        j, count, last = i, 0, i
        while j < n:
            if j > i:
                raw = text[ends[j - 1]:starts[j]]
                if "\n" in raw or raw != "-" and raw.strip() == "-":
                    break   # a name never runs across a line ("By Ana Ruiz¶The ministry said …") or a spaced
                    #         dash ("WASHINGTON - The White House said …"); a hyphen joins ("Claver-Carone")
                gap = raw.strip()
                if gap not in ("", "-") and not (gap == "." and caps[j] and _initial(words[j - 1])) and \
                        not (gap == "&" and caps[j] and caps[j - 1]):
                    break   # (or an initial's full stop; an ampersand between capitals: "AT&T", "Johnson & Johnson")
            if caps[j]:
                count += 1
                last = j
            elif words[j].lower() not in CONNECTORS or words[j].lower() in ARTICLE_CONNECTORS and \
                    words[j - 1].lower() not in CONNECTORS:
                break   # (an article joins only after a preposition: "Casa de la Moneda", not "Viena la OPEP")
            j += 1
        if count <= MAX_RUN:
            out.append((starts[i], ends[last]))
        resume = max(last + 1, i + 1)
    return out


@remember_last
def _words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of `text` and their offsets; kept for the last text, which name_runs and ArticleNames read
    in turn (shared: read-only)."""
    matches = list(_WORD.finditer(text))
    return list(map(_GROUP, matches)), list(map(_START, matches)), list(map(_END, matches))


class ArticleNames:
    """Full names met in one article, by folded last word, with where they stand."""

    def __init__(self, text: str, lex: Lexicon | None, folded: str | None = None,
                 runs: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.lex = lex
        self.by_last: dict[str, list[tuple[int, str]]] = {}
        self.people: list[tuple[int, int, str]] = []   # (start, end, full name) of person-like runs
        lowercase = {w for w in _words(text)[0] if w[:1].islower()}
        self.lowercase = lowercase
        self._after: dict[str, set[str]] | None = None   # capitalised word -> the words met before it
        runs = runs if runs is not None else name_runs(text)
        self._runs = runs
        self._run_starts = [a for a, _b in runs]
        for a, b in runs:
            parts = text[a:b].split()
            # a capitalised first word that the article also writes in lower case opens a sentence, not a
            # name ("But Eggleston", "Some Democrats", "Yet Democratic")
            while parts and (parts[0].lower() in lowercase or self._conjunction(parts[0])):
                a += len(parts[0]) + 1
                parts = parts[1:]
            if self._is_body(parts):
                # "Foreign Minister Ana Ruiz", "Venezuelan President Luis Gil": a person after a title is a person
                # (a pronoun's antecedent); a body's name is not ("the Lisbon Ministry of Finance")
                titled = self._after_title(parts)
                if titled is None:
                    continue
                a += len(" ".join(parts[:len(parts) - len(titled)])) + 1
                parts = titled
            if len(parts) < 2 or is_outlet(" ".join(parts)):
                continue   # (a newspaper: "the Lisbon Herald reported" names no person)
            # drop a sentence-initial function word ("El", "The", German "Die Fangquoten") from the run, or an
            # honorific written as an initial (French "M. Pierre Durand")
            while parts and (parts[0].lower() in CONNECTORS or parts[0].lower() in ("the", "a", "an") or
                             lex is not None and (parts[0].lower() in lex.possessives or
                                                  parts[0].lower() in lex.honorific_initials) or
                             parts[0] in sentence_openers() and not first_name_gender(parts[0])):
                # (a capitalised function word opening a sentence: "In October", "After Maduro")
                a += len(parts[0]) + 1
                parts = parts[1:]
            if len(parts) < 2:
                continue
            full = " ".join(parts)
            if _POSSESSIVE_RUN.search(full):
                continue   # "Ted Cruz's Super Tuesday": someone's thing, no one's full name
            person = self.person_after_title(full)
            if person:   # "Conservative Maria Corina Machado", "Caracas Jorge Rodríguez": the person's own name
                a += len(full) - len(person)
                full = person
            self.by_last.setdefault(fold(parts[-1]), []).append((a, full))
            self.people.append((a, b, full))
        self._people_starts = [p[0] for p in self.people]
        folded = folded if folded is not None else fold(text)
        self._folded = folded if len(folded) == len(text) else None

    def _conjunction(self, word: str) -> bool:
        """A conjunction or connector that can only open a sentence when capitalised ("Mais", "But", "Pero")."""
        low = word.lower()
        return self.lex is not None and (low in self.lex.coordinators or low in self.lex.sentence_connectors)

    def _after_title(self, words: list[str]) -> list[str] | None:
        """The capitalised words after the last title word of a run with no body noun ("Foreign Minister Ana
        Ruiz" -> "Ana Ruiz"), when they are two or more; else None."""
        if self.lex is None:
            return None
        low = [w.lower().strip(",.;:") for w in words]
        if not self.lex.body_nouns.isdisjoint(low):
            return None
        last = max(i for i, w in enumerate(low) if w in self.lex.person_descriptions)
        rest = words[last + 1:]
        while rest and rest[0].lower() in CONNECTORS:
            rest = rest[1:]
        return rest if len(rest) >= 2 and all(_cap(w) for w in rest) else None

    def _adjectives_close_a_name(self, words: list[str]) -> bool:
        """Where adjectives follow the noun, is the phrase an article, a capitalised name and lower-case words
        closing it ("Les Nations unies", "L'Union européenne", "le Conseil national électoral")? The
        adjectives are the institution's name, not words around it (the rule pass reads them so:
        speakers._closing_adjectives)."""
        if self.lex is None or self.lex.modifiers_before_noun or len(words) < 2:
            return False
        first = words[0].lower()
        elided = _ELIDED_ARTICLE.match(words[0]) is not None and words[0][2:3].isupper()
        if not elided and first not in DETERMINERS and first not in self.lex.noun_determiners:
            return False
        if not elided and not _cap(words[1]):
            return False   # ("L'Union": the name is the rest of the first word)
        k = 1
        while k < len(words) and _cap(words[k]):
            k += 1
        tail = words[k:]
        return 0 < len(tail) <= MAX_CLOSING_ADJECTIVES and all(
            w.isalpha() and w.islower() and w not in CONNECTORS and w not in self.lex.closed_words for w in tail)

    def _is_body(self, words: list[str]) -> bool:
        if self.lex is None:
            return False
        low = {w.lower().strip(",.;:") for w in words}
        # bool(low & (body_nouns | person_descriptions)) without building the union at every call
        return not (low.isdisjoint(self.lex.body_nouns) and low.isdisjoint(self.lex.person_descriptions))

    def complete(self, name: str, pos: int = -1, gender: str | None = None) -> str:
        """The fullest form of `name` in the article: the nearest one before `pos` (two people may share a
        surname: "Jorge Rodríguez" and "Delcy Rodríguez"), else the most frequent; of the `gender` ("f",
        "m") when an honorific said it ("Ms. Rodríguez")."""
        parts = name.split()
        if not parts:
            return name
        seen = [(p, full) for p, full in self.by_last.get(fold(parts[-1]), [])
                if len(full.split()) > len(parts) and (len(parts) == 1 or fold(full).endswith(fold(name)))
                and self._name_words(full.split()[:len(full.split()) - len(parts)])
                and (gender is None or first_name_gender(full) in (None, gender))]
        if not seen:
            return name
        before = [x for x in seen if 0 <= x[0] < pos]
        if before:
            return before[-1][1]
        counts = Counter(full for _, full in seen)
        return max(counts, key=lambda n: (counts[n], len(n)))

    def _name_words(self, words: list[str]) -> bool:
        """Can the words a completion adds belong to a name? Not a function word or a cue ("Nach Angaben der
        Menschenrechtsorganisation Foro Penal": German capitalises every noun, so a cue phrase joins a run)."""
        return self.lex is None or all(
            self.lex.is_name_word(w) and w.lower() not in self.lex.according_words or i > 0 and w in CONNECTORS
            for i, w in enumerate(words))   # ("Petróleos de Venezuela": a connector inside a name is of it)

    def _modifies_a_noun(self, phrase: str, name: str) -> bool:
        """Is the name in `phrase` a modifier of a noun rather than its head: before a lower-case noun
        ("Trump fans") where modifiers come first, after a lower-case noun and "de" ("el equipo de Guaidó")
        where they come after?"""
        i = phrase.find(name)
        if self.lex is None or i < 0:
            return False
        if self.lex.modifiers_before_noun:
            after = phrase[i + len(name):].split()
            return bool(after) and after[0][:1].islower() and after[0].lower() not in CONNECTORS
        before = phrase[:i].split()
        return len(before) >= 2 and before[-1].lower() in CONNECTORS and before[-2][:1].islower() and \
            before[-2].lower() not in CONNECTORS

    def runs_before(self, pos: int) -> list[tuple[int, int]]:
        """The article's runs of capitalised words (`name_runs`) that start before `pos`, in order."""
        return self._runs[:bisect_left(self._run_starts, pos)]

    def person_before(self, pos: int, reach: int, gender: str | None = None) -> str | None:
        """The nearest person-like full name ending before `pos`, at most `reach` characters away; with a
        `gender` ("f", "m": the pronoun's), the nearest whose first name says that gender ("Ana Ruiz and Pedro
        Gil arrived. She said …" is Ana Ruiz; "Wall Street", of no gender, is passed over too)."""
        i = bisect_left(self._people_starts, pos) - 1
        if i >= 0 and self.people[i][1] > pos:
            i -= 1   # `pos` inside that run
        while i >= 0 and pos - self.people[i][1] < reach:
            name = self.people[i][2]
            if gender is None or first_name_gender(name) == gender:
                return name
            i -= 1
        return None

    def main_person_between(self, start: int, end: int, read_to: int | None = None) -> tuple[int, int] | None:
        """Where the person-like full name written between `start` and `end` whose last word the text before
        `read_to` (default `end`) repeats most is written (start, end), the first of them on a tie; None when
        there is none. The person an interview's introduction is about: "Vice President Joe Biden spent
        Thursday … Biden complained …, Justice Antonin Scalia …" is Joe Biden; "We spoke to Elena Marcano, …" is
        she; "… Ne abbiamo parlato con Lucia Ferrante. ¶ Professoressa Ferrante, …?" is she, read to the end of
        the first question."""
        best: tuple[int, int, int] | None = None
        head = fold(self.text[:end if read_to is None else read_to])
        for a, b, full in self.people[bisect_left(self._people_starts, start):]:
            if b > end:
                break
            last = fold(full.split()[-1])
            count = len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", head))
            if best is None or count > best[0]:
                best = (count, a, b)
        return None if best is None else (best[1], best[2])

    def _stands_alone(self, words: list[str]) -> bool:
        """Does the article write the last capitalised word of `words` elsewhere, after a word not of `words`
        ("Eggleston" besides "But Eggleston", "Curiel" besides "Judge Gonzalo Curiel"), so that the first word can
        go? A name whose last word never stands so ("Amnesty International", "Human Rights Watch", "New York") is whole,
        though the article writes its first word in lower case too; so is one opened by a first name ("Bill")."""
        if not words[0][:1].isupper():
            return True   # a lower-case word is no part of a name at all
        if first_name_gender(words[0]):
            return False
        seen = self._after
        if seen is None:
            article = _words(self.text)[0]
            seen = self._after = {}
            for prev, word in zip(["", *article[:-1]], article, strict=True):
                if word[:1].isupper():
                    seen.setdefault(word, set()).add(prev)
        last = max(i for i, w in enumerate(words) if w[:1].isupper())   # "One Clinton spokesman": "Clinton"
        return bool(seen.get(words[last], set()) - set(words[:last]))

    def _heads_a_body(self, words: list[str]) -> bool:
        """Is the first word part of a body's name whose last word is a body noun ("State Department" in an
        article that also writes "state television"): dropping it would leave the bare noun ("Department")."""
        return self.lex is not None and len(words) == 2 and words[1].lower() in self.lex.body_nouns

    def _body_by_its_article(self, words: list[str], run: str) -> bool:
        """Does an article open a mention whose one capitalised word is nobody's name ("le Trésor américain",
        "Le Quai d'Orsay", "il Tesoro statunitense")? Then the mention is a body's, kept whole: the run alone
        ("Trésor", "Quai") names nothing. A person's title or a surname the article gives a full name keeps
        the run ("el presidente colombiano Petro")."""
        if len(run.split()) != 1 or len(words) < 3 or fold(words[0]) not in DETERMINERS or words[1] != run or \
                fold(run) in self.by_last:
            return False   # (the run right after the article: "a demand Washington" is no body's mention)
        return self.lex is None or not any(w.lower() in self.lex.person_descriptions for w in words)

    def is_description(self, mention: str) -> bool:
        """"the head of the United Nations refugee agency", "El canciller de Colombia": a determiner and a
        person's title open the phrase, whatever names follow inside it."""
        words = [fold(w.strip(",.;:")) for w in mention.split()]
        return self.lex is not None and len(words) >= 2 and words[0] in DETERMINERS and \
            any(w in self.lex.person_descriptions for w in words[1:3]) or qualified_title(mention, self.lex)

    def _subject_run(self, phrase: str, spans: list[tuple[int, int]]) -> str:
        """The name run a cue inside the phrase attaches to: the run just before the cue ("Trump told a
        North Carolina crowd", "Amorim destacó …"), else just after it ("valoró Danilo Medina"); with no cue,
        the last multi-word run."""
        cue = self.lex.cue_re.search(phrase) if self.lex is not None else None
        if cue is not None:
            before = [(a, b) for a, b in spans if b <= cue.start()]
            after = [(a, b) for a, b in spans if a >= cue.end()]
            if before:
                return phrase[before[-1][0]:before[-1][1]]
            if after:
                return phrase[after[0][0]:after[0][1]]
        person = self._person_before_complements(phrase, spans)
        if person is not None:
            return person
        if self.lex is not None and self.lex.modifiers_before_noun and len(spans) > 1 and \
                not phrase[spans[-1][1]:].strip(" ,.;:"):
            between = phrase[spans[-2][1]:spans[-1][0]].split()
            if between and all(w[:1].islower() and w.lower() not in CONNECTORS and w.lower() not in OF_WORDS
                               for w in between):
                # "New Zealand singer Lorde", "Palm Beach County tax appraiser Dorothy Jacks": where modifiers
                # come first, the name after a lower-case title is its holder, the phrase's head
                return phrase[spans[-1][0]:spans[-1][1]]
        a, b = max(spans, key=lambda r: (len(phrase[r[0]:r[1]].split()) > 1, r[0]))
        return phrase[a:b]

    def _person_before_complements(self, phrase: str, spans: list[tuple[int, int]]) -> str | None:
        """A person's full name (a known first name and more) followed only by runs a preposition governs
        ("Ramón Guaita aus dem Bundesstaat Lara", "Camila Restrepo of the Bogota-based Centro …"): the person is
        the phrase's head, the later names where they come from. None otherwise."""
        if self.lex is None:
            return None
        preps = self.lex.np_prepositions | self.lex.place_prepositions | self.lex.affiliation_prepositions | OF_WORDS
        for k, (a, b) in enumerate(spans):
            words = phrase[a:b].split()
            first = next((i for i, w in enumerate(words) if first_name_gender(w)), None)
            if first is None or first == len(words) - 1 or k == len(spans) - 1:
                continue
            later = spans[k + 1:]
            if all(any(w.lower() in preps for w in phrase[b:c].split()) for c, _ in later):
                return " ".join(words[first:])
            return None
        return None

    def described(self, mention: str, pos: int, nations: Collection[str] = ()) -> str:
        """The person an article's description stands for ("el canciller de Colombia" -> the name the
        article gives beside "canciller" elsewhere: "el canciller colombiano, Álvaro Leyva"), nearest
        before `pos`, else after it; "" when the article names nobody so. `nations`: the stems of the
        countries the actor directory knows (`ActorDirectory.nation_stems`), so that a nationality written in
        lower case qualifies the title too ("el mandatario venezolano" is not "el presidente brasileño")."""
        if self.lex is None or self._folded is None:
            return ""
        heads = [w for w in (fold(x.strip(",.;:")) for x in mention.split()) if w in self.lex.person_descriptions]
        if not heads:
            return ""
        best: tuple[int, str] | None = None
        folded = " ".join(fold(x.strip(",.;:")) for x in mention.split())
        # the longest title of several words the mention holds ("la cheffe de la diplomatie", "la titolare della
        # Farnesina"): its group's other titles name the same office, and its capitals qualify nothing
        title = max((k for k in self.lex.role_synonyms if " " in k and re.search(
            r"(?<!\w)" + re.escape(k) + r"(?!\w)", folded)), key=len, default="")
        qualifiers = [q for q in _qualifiers(mention, self.lex, nations) if q not in title.split()]
        for head in heads[-1:]:
            # the same title, or another title of its group ("canciller" / "ministro de relaciones exteriores")
            forms = self.lex.role_synonyms.get(title or head, (head,))
            for m in re.finditer(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", self._folded):
                if pos - 5 <= m.start() <= pos + len(mention):
                    continue  # the mention itself
                # a name within a few words after the description, or just before it ("X, the minister")
                i = bisect_left(self._people_starts, m.end())
                after = self.people[i] if i < len(self.people) and self.people[i][0] - m.end() <= 45 and \
                    not re.search(r"\n|\.\s", self._folded[m.end():self.people[i][0]]) else None
                j = bisect_left(self._people_starts, m.start()) - 1
                before = self.people[j] if j >= 0 and (0 <= m.start() - self.people[j][1] <= 8 or
                                                      self._apposition_opens(self.people[j][1], m.start())) else None
                # the nearer of "title, Name" and "Name, title" (neither across a sentence's end)
                found = before if before is not None and (after is None or m.start() - before[1] <
                                                          after[0] - m.end()) else after
                found = self._named_in_run(m.start(), m.end()) or found   # "Dominican President Danilo Medina"
                if found is None or qualifiers and not _qualified_alike(qualifiers, _sentence_around(
                        self._folded, m.start(), m.end(), QUALIFIER_REACH)):
                    continue   # "the Florida senator" is not the "senator from New York" named elsewhere
                distance = pos - m.start() if m.start() < pos else 10**6 + m.start() - pos
                if best is None or distance < best[0]:
                    best = (distance, found[2])
        return best[1] if best else ""

    def _apposition_opens(self, a: int, b: int) -> bool:
        """Do the words between a name ending at a and a title at b open an apposition that qualifies the title
        ("Laura Pérez, Norway's special envoy", "Ana Ruiz, the Venezuelan ambassador")? A comma, then the
        title's qualifiers (speakers.title_qualifiers: "Ana Ruiz, who met the envoy" is no apposition)."""
        gap = self.text[a:b]
        if not gap.startswith(", ") or any(c in gap[1:] for c in ",.;:()\n") or self.lex is None:
            return False
        return title_qualifiers(gap[2:].split(), self.lex)

    def _named_in_run(self, a: int, b: int) -> tuple[int, int, str] | None:
        """The person a title at text[a:b] heads inside one run of capitals ("Dominican President Danilo Medina"
        -> "Danilo Medina"), or None. Such runs are no person of their own (they hold a title), so the
        nearest person after the title would otherwise be the next run."""
        i = bisect_left(self._run_starts, a + 1) - 1
        if i < 0 or self._runs[i][1] <= b:
            return None
        end = self._runs[i][1]
        rest = self.text[b:end].split()
        if len(rest) < 2 or not all(_cap(w) or w.lower() in CONNECTORS for w in rest) or self._is_body(rest):
            return None
        return end - len(" ".join(rest)), end, " ".join(rest)

    def person_after_title(self, speaker: str) -> str:
        """The person named after a body's or place's name in one run of capitals ("la Asamblea Nacional Julio
        Borges", "Caracas Jorge Rodríguez"), or "": from a known first name (first_names.toml) that is not the
        run's first word, when a surname follows it and no body noun; a first name after another is the second
        of a compound given name ("María Corina Machado", "José Luis Rodríguez Zapatero"), not a person after
        a title."""
        words = speaker.split()
        titles = self.lex.person_descriptions if self.lex is not None else frozenset()
        for i in range(1, len(words) - 1):
            # "Il negoziatore dell'opposizione Gerardo Blyde": a person's title in lower case before the name
            # (not after a preposition: "el funcionario de la administración de Donald Trump" is not Trump, nor
            # "the lawyer of Leopoldo López" López)
            titled = any(w.lower() in titles for w in words[:i]) and words[i - 1][:1].islower() and \
                words[i - 1].lower() not in CONNECTORS and words[i - 1].lower() not in OF_WORDS and \
                not title_of_a_titled(words[:i], titles)
            if first_name_gender(words[i]) and (words[i - 1][:1].isupper() or titled) and \
                    not first_name_gender(words[i - 1]) and not _initial(words[i - 1].rstrip(".")) and \
                    all(w[:1].isupper() for w in words[i:]) and not self._is_body(words[i:]):
                return " ".join(words[i:])
        return ""

    def clean(self, speaker: str, pos: int = -1, gender: str | None = None) -> tuple[str, str]:
        """(name, step) where step names what changed it ("" when nothing did); `pos` is where the
        statement stands (for the nearest earlier full name), `gender` what an honorific before the name
        said ("Ms. Rodríguez": a woman's full name only)."""
        words = speaker.split()
        # a capitalised first word the article also writes in lower case opens a sentence ("Para Rodríguez",
        # "Mais Juan Guaido", "While Trump"), as when the article's names are indexed; determiners are
        # left to the steps below ("The Clinton campaign" is not "Clinton campaign")
        opener = ""
        while len(words) > 1 and (words[0].lower() in self.lowercase and self._stands_alone(words) or
                                  self._conjunction(words[0])) and \
                words[1][:1].isupper() and words[0].lower() not in DETERMINERS and not self._heads_a_body(words):
            words = words[1:]   # ... or a conjunction that can only open a sentence ("Mais Juan Guaido")
            opener = "sentence-opener"
        if opener:
            speaker = " ".join(words)
        person = self.person_after_title(speaker)
        if person:
            # "la Asamblea Nacional Julio Borges" (from "el presidente de la Asamblea Nacional Julio Borges"):
            # a body's name, then the person who holds the title
            return person, "name-run"
        if not words or self._is_body(words) or self._adjectives_close_a_name(words) or (
                self.lex is not None and any(w.lower() in self.lex.coordinators for w in words)):
            return speaker, opener
        if _POSSESSED.search(speaker):
            return speaker, opener  # "Cruz's advisers", "Alphabet's founders": someone of theirs, not them
        spans = [(a, b) for a, b in name_runs(speaker) if speaker[a:b].split()[-1].lower() not in CONNECTORS]
        if not spans:
            return speaker, opener
        runs = [speaker[a:b] for a, b in spans]
        lowered = [w for w in words if not _cap(w) and w.lower() not in CONNECTORS and w.lower() not in
                   ("the", "a", "an", "'s", "’s")]
        if len(runs) == 1 and runs[0] == words[0] and lowered and words[0].lower() in self.lowercase:
            return speaker, opener   # "New research", "Study": a word capitalised only as the sentence's first
        step = opener
        name = speaker
        if lowered or len(runs) > 1 or (runs[0] != speaker and words[0].lower() in CONNECTORS | {"the"}):
            name, step = self._subject_run(speaker, spans), "name-run"
            while name.split() and name.split()[0].lower() in CONNECTORS:
                name = " ".join(name.split()[1:])
            if self._body_by_its_article(words, name):
                return speaker, opener
        if self._modifies_a_noun(speaker, name):
            # "Trump fans", "the Sanders campaign", "Several leading Republican candidates": where modifiers
            # stand before the noun, a name followed by a lower-case word is no head, and no one's surname
            return name, step
        full = self.complete(name, pos, gender)
        if full != name:
            return full, "full-name"
        return name, step


QUALIFIER_REACH = 60   # characters either side of a title written elsewhere in which its qualifiers are looked for
QUALIFIER_STEM = 4     # letters a qualifier and its other form share: "Colombia" / "colombiano", "Norway" / "Norwegian"


def _qualifiers(mention: str, lex: Lexicon, nations: Collection[str] = ()) -> list[str]:
    """The capitalised words that qualify a description's title ("The Florida senator" -> florida, "el
    canciller de Colombia" -> colombia), and the lower-case nationalities among `nations` ("el mandatario
    venezolano" -> venezolano), folded; none for a bare title ("the minister")."""
    words = mention.split()
    folded = [(w, fold(w.strip(",.;:"))) for w in words[1:] + words[:1]]
    return [f for w, f in folded
            if (w[:1].isupper() or f[:MIN_NATIONALITY_STEM] in nations) and f not in DETERMINERS and
            f not in lex.person_descriptions and len(f) >= QUALIFIER_STEM]


def _sentence_around(text: str, a: int, b: int, reach: int) -> str:
    """text[a:b] with up to `reach` characters either side, not past the end of its sentence."""
    left = text[max(0, a - reach):a]
    right = text[b:b + reach]
    cut = max(left.rfind(". "), left.rfind("\n"))
    stop = min((i for i in (right.find(". "), right.find("\n")) if i >= 0), default=len(right))
    return left[cut + 1:] + text[a:b] + right[:stop]


def _qualified_alike(qualifiers: list[str], context: str) -> bool:
    """Does the text around a title written elsewhere carry every qualifier of the description, in any form
    sharing its first letters ("Colombia" / "el canciller colombiano")?"""
    words = set(re.findall(r"\w+", context))
    stems = {w[:QUALIFIER_STEM] for w in words if len(w) >= QUALIFIER_STEM}
    return all(q[:QUALIFIER_STEM] in stems for q in qualifiers)
