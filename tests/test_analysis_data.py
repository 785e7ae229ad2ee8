"""The analysis's data and version: validated cue files, a version that follows every input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tasks.analysis import Analyzer
from tasks.analysis.version import analysis_files, digest
from tasks.config import DEFAULT_ACTORS, DEFAULT_TOPIC
from tasks.cues import CUE_DIR, validate
from tasks.records import ConfigError
from tasks.speakers import OUTLETS_PATH, load_outlets
from tasks.statements import extract_statements


def test_a_misspelt_cue_key_is_an_error_naming_file_key_and_suggestion() -> None:
    with pytest.raises(ConfigError) as err:
        validate({"verbs": ["said"], "complementisers": ["that"]}, Path("en.toml"))
    assert str(err.value) == "en.toml: unknown key `complementisers` (did you mean `complementizers`?)"


def test_an_unknown_key_in_the_outlet_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "outlets.toml"
    path.write_text('name_words = ["Herald"]\nnmaes = ["Infobae"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="outlets.toml: unknown key `nmaes`"):
        load_outlets(path)
    path.write_text('name_words = ["Herald"]\nnames = ["The Lisbon Courier"]\n', encoding="utf-8")
    words, names = load_outlets(path)
    assert "herald" in words and "lisbon courier" in names   # folded, read without the article


def test_the_shipped_outlet_file_is_valid() -> None:
    words, names = load_outlets(OUTLETS_PATH)
    assert words and names


def test_a_cue_flag_must_be_a_boolean() -> None:
    with pytest.raises(ConfigError, match="`verb_first` must be true or false"):
        validate({"verbs": ["said"], "verb_first": "yes"}, Path("ar.toml"))


def test_a_cue_file_without_verbs_is_an_error() -> None:
    with pytest.raises(ConfigError, match="`verbs` is missing or empty"):
        validate({"according": ["according to"]}, Path("xx.toml"))


@pytest.mark.parametrize("path", sorted(CUE_DIR.glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_cue_file_is_valid(path: Path) -> None:
    import tomllib

    validate(tomllib.loads(path.read_text(encoding="utf-8")), path)


def test_the_version_covers_code_data_and_models() -> None:
    names = {p.name for p in analysis_files()}
    assert {"statements.py", "speakers.py", "attribution.py", "en.toml", "topic_venezuela.toml",
            "attribution.crfsuite", "relevance.json", "sources.json"} <= names


def test_every_module_the_analysis_imports_is_in_the_version_but_the_settings() -> None:
    """A module added to the analysis (tasks/spaces.py was) must change the version when it changes."""
    import subprocess
    import sys

    from tasks.analysis.version import NOT_ANALYSIS_CODE

    # in a fresh interpreter: what one analysis imports, not what the other tests did
    probe = ("import sys; from tasks.analysis import Analyzer; Analyzer.load().analyze('Talks', 'Ana Ruiz said the "
             "talks would resume.', 'en'); print(' '.join(m for m in sys.modules if m.startswith('tasks.')))")
    names = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    imported = {name.rsplit(".", 1)[1] + ".py" for name in names if name.count(".") == 1 and name != "tasks.analysis"}
    assert {"statements.py", "spaces.py"} <= imported
    assert imported - {p.name for p in analysis_files()} - set(NOT_ANALYSIS_CODE) == set()


def test_the_version_changes_with_any_input_file(tmp_path: Path) -> None:
    topic = tmp_path / "topic.toml"
    shutil.copy(DEFAULT_TOPIC, topic)
    before = Analyzer.load(topic, DEFAULT_ACTORS).version
    assert before == Analyzer.load(DEFAULT_TOPIC, DEFAULT_ACTORS).version  # same content, same version
    topic.write_text(topic.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert Analyzer.load(topic, DEFAULT_ACTORS).version != before


def test_digest_is_order_and_content_sensitive(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_text("x")
    b.write_text("y")
    assert digest([a, b]) != digest([b, a])
    first = digest([a])
    a.write_text("z")
    assert digest([a]) != first


def test_compound_tenses_give_every_participle_every_auxiliary() -> None:
    from tasks.cues import compound_tenses

    verbs = compound_tenses(["dijo", "ha dicho", "había dicho", "ha señalado"], ["ha", "han", "había"], ["afirmado"])
    assert {"han dicho", "ha señalado", "han señalado", "había señalado", "ha afirmado", "había afirmado"} <= set(verbs)
    assert len(verbs) == len(set(verbs)), "no form twice"
    assert compound_tenses(["dijo"], [], ["dicho"]) == ["dijo"]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("es", "Los ministros Ana Ruiz y Pablo Gil habían dicho que la reunión de Lisboa seguirá el lunes.",
     "Los ministros Ana Ruiz y Pablo Gil"),
    ("es", "La ministra Ana Ruiz habría asegurado que la reunión de Lisboa seguirá el lunes.", "Ana Ruiz"),
    ("fr", "La ministre Anne Roux aurait déclaré que la réunion de Lisbonne reprendrait lundi.", "Anne Roux"),
    ("fr", "La ministre Anne Roux avait affirmé que la réunion de Lisbonne reprendrait lundi.", "Anne Roux"),
    ("it", "La ministra Anna Neri avrebbe detto che la riunione di Lisbona riprenderà lunedì.", "Anna Neri"),
    ("it", "I ministri Anna Neri e Paolo Verdi hanno chiesto che la riunione di Lisbona riprenda lunedì.",
     "I ministri Anna Neri e Paolo Verdi"),
    ("pt", "A ministra Ana Souza teria dito que a reunião de Lisboa seria retomada na segunda-feira.", "Ana Souza"),
    ("pt", "A ministra Ana Souza tinha afirmado que a reunião de Lisboa seria retomada na segunda-feira.", "Ana Souza"),
    ("fr", "La ministre Anne Roux a par ailleurs indiqué que la réunion de Lisbonne reprendrait lundi.", "Anne Roux"),
    ("it", "La riunione di Lisbona riprenderà lunedì, ha poi aggiunto la ministra Anna Neri.", "Anna Neri"),
    ("fr", "La ministre Anne Roux s'est félicitée de la reprise de la réunion de Lisbonne.", "Anne Roux"),
    ("fr", "La ministre Anne Roux s’est dite prête à reprendre la réunion de Lisbonne.", "Anne Roux"),
    ("it", "La ministra Anna Neri si è detta pronta a riprendere la riunione di Lisbona.", "Anna Neri"),
    ("it", "A detta della ministra Anna Neri, la riunione di Lisbona riprenderà lunedì.", "Anna Neri"),
    ("fr", "Aux dires du ministre Paul Roux, la réunion de Lisbonne reprendra lundi.", "Paul Roux"),
    ("pt", "Nas palavras da ministra Ana Souza, a reunião de Lisboa será retomada na segunda-feira.", "Ana Souza"),
])
def test_compound_tenses_of_cues_report(language: str, text: str, speaker: str) -> None:
    from tests.support.quotes import reads

    assert [s for s, _ in reads(text, language)] == [speaker]


@pytest.mark.parametrize("text", [
    "La ministra Ana Ruiz manifiesta que la reunión de Lisboa seguirá el lunes.",
    "Los ministros Ana Ruiz y Pablo Gil manifiestan que la reunión de Lisboa seguirá el lunes.",
    "La ministra Ana Ruiz defiende que la reunión de Lisboa seguirá el lunes.",
    "La ministra Ana Ruiz ha escrito que la reunión de Lisboa seguirá el lunes.",
])
def test_spanish_stem_changing_and_irregular_cue_forms_are_spelt_right(text: str) -> None:
    """The forms were once written as if regular ("manifesta", "defende", "ha escribido"): no text has them."""
    from tests.support.quotes import reads

    assert [s for s, _ in reads(text, "es")] in (["Ana Ruiz"], ["Los ministros Ana Ruiz y Pablo Gil"])


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("fr", "« C'est une victoire », s'est écrié le ministre Paul Roux.", "Paul Roux"),
    ("fr", "Le ministre Paul Roux a exclu que la réunion de Lisbonne reprenne lundi.", "Paul Roux"),
    ("fr", "Le ministre Paul Roux a garanti que la réunion de Lisbonne reprendrait lundi.", "Paul Roux"),
    ("it", "Il ministro Paolo Verdi ha rassicurato che la riunione di Lisbona riprenderà lunedì.", "Paolo Verdi"),
    ("pt", "O ministro Paulo Souza detalhou que a reunião de Lisboa será retomada na segunda-feira.", "Paulo Souza"),
    ("fr", "Le ministre Paul Roux a exprimé sa préoccupation face à la situation à Lisbonne.", "Paul Roux"),
    ("fr", "Le ministre Paul Roux a souhaité que la réunion de Lisbonne reprenne lundi.", "Paul Roux"),
    ("it", "Il ministro Paolo Verdi ha manifestato preoccupazione per la situazione a Lisbona.", "Paolo Verdi"),
    ("es", "La ministra Ana Ruiz amenazó con suspender la reunión de Lisboa el lunes.", "Ana Ruiz"),
    ("pt", "O ministro Paulo Souza alegou que a reunião de Lisboa foi cancelada na segunda-feira.", "Paulo Souza"),
    ("de", "Die Ministerin Anna Roth erläuterte, die Gespräche in Lissabon würden fortgesetzt.", "Anna Roth"),
])
def test_common_wire_verbs_of_french_italian_and_portuguese_report(language: str, text: str, speaker: str) -> None:
    from tests.support.quotes import reads

    assert [s for s, _ in reads(text, language)] == [speaker]


def test_french_inverted_compound_forms_are_built_for_every_participle() -> None:
    """"a-t-il poursuivi", "a-t-elle souhaité": the inverted auxiliaries are compound_auxiliaries too."""
    from tests.support.quotes import reads

    text = ("Le ministre Paul Roux a déclaré que la réunion était utile. « La réunion de Lisbonne reprendra lundi », "
            "a-t-il poursuivi.")
    assert [s for s, _ in reads(text, "fr")] == ["Paul Roux", "Paul Roux"]


def test_plural_endings_build_each_weak_verbs_plural_and_reject_a_malformed_rule() -> None:
    from tasks.cues import _build

    lex = _build("xx", {"verbs": ["forderte", "teilte mit"], "plural_endings": ["te>ten"]}, Path("de.toml"))
    assert lex.cue_re.fullmatch("forderten") and lex.cue_re.fullmatch("teilten mit")
    with pytest.raises(ConfigError, match="written 'singular>plural'"):
        _build("xx", {"verbs": ["forderte"], "plural_endings": ["ten"]}, Path("de.toml"))


def test_present_endings_build_each_weak_verbs_present_and_reject_a_malformed_rule() -> None:
    from tasks.cues import _build

    lex = _build("xx", {"verbs": ["meinte", "räumte ein", "bat"], "present_endings": ["te>t"]}, Path("de.toml"))
    assert lex.cue_re.fullmatch("meint") and lex.cue_re.fullmatch("räumt ein") and not lex.cue_re.fullmatch("ba")
    with pytest.raises(ConfigError, match="written 'past>present'"):
        _build("xx", {"verbs": ["meinte"], "present_endings": ["te"]}, Path("de.toml"))


@pytest.mark.parametrize(("text", "quote"), [
    ("Der Fehler liege weit zurück, meint der Diplomat Konrad Berg.", "Der Fehler liege weit zurück"),
    ("Die Ministerin Anna Berg mahnt, die Gespräche müssten weitergehen.", "die Gespräche müssten weitergehen"),
])
def test_a_german_weak_cue_reports_in_the_present_too(text: str, quote: str) -> None:
    [st] = extract_statements(text, "de")
    assert st.quote == quote


@pytest.mark.parametrize(("text", "quote"), [
    ("Die Außenbeauftragte Anna Berg hatte am Freitag erklärt, Maduro fehle jede Legitimität.",
     "Maduro fehle jede Legitimität"),
    ("Anna Berg hat in Brüssel betont, die Union stehe bereit.", "die Union stehe bereit"),
    ("Die Ministerin Anna Berg hatte den Plan der Regierung kritisiert, der am Montag vorgestellt wurde.",
     "den Plan der Regierung"),
])
def test_a_german_perfect_cue_with_only_an_adjunct_before_it_reports_the_clause_after_its_comma(text, quote):
    [st] = extract_statements(text, "de")
    assert st.quote == quote


@pytest.mark.parametrize(("text", "cues"), [
    ("Ein für Montag geplantes Treffen in Bogotá sagte Kolumbien kurzfristig ab. Anna Berg sagte, das sei bedauerlich.",
     ["sagte"]),
    ("Petro rief Maduro am Montag an. Danach sagte er, die Gespräche gingen weiter.", ["sagte"]),
])
def test_a_german_cue_closed_by_a_particle_of_another_sense_reports_nothing(text: str, cues: list[str]) -> None:
    from tasks.cues import _build

    assert [s.cue for s in extract_statements(text, "de")] == cues
    with pytest.raises(ConfigError, match="written 'verb|closing word'"):
        _build("xx", {"verbs": ["sagte"], "particle_non_cues": ["sagte ab"]}, Path("de.toml"))


def test_particle_cues_report_only_with_their_closing_word_and_reject_a_malformed_rule() -> None:
    from tasks.cues import _build

    lex = _build("xx", {"verbs": ["sagte"], "particle_cues": ["machte|verantwortlich"]}, Path("de.toml"))
    assert lex.cue_re.fullmatch("machte") and lex.particle_cues == {"machte": frozenset({"verantwortlich"})}
    with pytest.raises(ConfigError, match="written 'verb|closing word'"):
        _build("xx", {"verbs": ["sagte"], "particle_cues": ["machte verantwortlich"]}, Path("de.toml"))


@pytest.mark.parametrize(("text", "quote"), [
    ("Im Fernsehen machte Präsident Paul Weber einen Angriff aus dem Ausland für den Ausfall verantwortlich.",
     "einen Angriff aus dem Ausland für den Ausfall"),
    ("Die Opposition führte den Ausfall hingegen auf fehlende Investitionen zurück.",
     "den Ausfall hingegen auf fehlende Investitionen"),
    ("Paul Weber machte einen Fehler und führte Gespräche mit der Opposition.", None),
])
def test_a_german_particle_cue_reports_its_object_only_when_its_closing_word_ends_the_clause(text, quote) -> None:
    found = extract_statements(text, "de")
    assert [s.quote for s in found] == ([quote] if quote else [])


@pytest.mark.parametrize(("name", "gender"), [
    ("Luís Vale", "m"), ("Flávio Costa", "m"), ("Tammy Bruce", "f"), ("Sabine Lind", "f"), ("Jan Brewer", None),
])
def test_first_names_give_a_gender_with_or_without_accents_and_none_when_shared(name, gender):
    """The list holds names of one gender only ("Jan" is a man's name in German, a woman's in English)."""
    from tasks.speakers import first_name_gender

    assert first_name_gender(name) == gender


def test_no_first_name_is_listed_for_both_genders():
    import tomllib

    from tasks.speakers import FIRST_NAMES_PATH

    data = tomllib.loads(FIRST_NAMES_PATH.read_text(encoding="utf-8"))
    assert not set(data["male"]) & set(data["female"])


def test_participle_agreements_build_each_agreeing_participle_and_reject_a_malformed_rule() -> None:
    from tasks.cues import _build

    lex = _build("xx", {"verbs": ["ha definito"], "compound_auxiliaries": ["ha"], "participle_agreements": ["o>a"]},
                 Path("it.toml"))
    assert lex.cue_re.fullmatch("ha definita") and lex.cue_re.fullmatch("ha definito")
    with pytest.raises(ConfigError, match="written 'ending>ending'"):
        _build("xx", {"verbs": ["ha definito"], "participle_agreements": ["o-a"]}, Path("it.toml"))


def test_a_body_pronoun_must_name_its_articles() -> None:
    with pytest.raises(ConfigError, match="de.toml: `body_pronouns` item 'er' is not 'pronoun | articles'"):
        validate({"verbs": ["sagte"], "body_pronouns": ["er"]}, Path("de.toml"))


def test_an_interview_marker_must_pair_a_question_with_an_answer() -> None:
    with pytest.raises(ConfigError, match="en.toml: `interview_markers` item 'Q: A:' is not"):
        validate({"verbs": ["said"], "interview_markers": ["Q: A:"]}, Path("en.toml"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Paul Weber sprach am Montag im Fernsehen von einem „historischen Schritt“.",
     [("Paul Weber", "historischen Schritt")]),
    # the inverted subject stands inside the cue
    ("Als Paul Weber das Abkommen unterschrieb, sprach er von einem „Sieg der Vernunft“.",
     [("er", "Sieg der Vernunft")]),
    # where and when at length: "bei der Zeremonie in einem Hotel an der Südküste der Insel"
    ("Paul Weber sprach bei der Zeremonie in einem Hotel an der Südküste der Insel von einem „Sieg der Vernunft“.",
     [("Paul Weber", "Sieg der Vernunft")]),
    ("Paul Weber sprach am Montag im Fernsehen von einem historischen Schritt.", []),   # no quoted fragment
    ("Paul Weber sprach am Montag mit Vertretern von Chevron.", []),
])
def test_a_german_cue_with_when_and_where_inside_it_reports_a_quoted_fragment(text: str, expected) -> None:
    assert [(s.speaker_mention, s.quote) for s in extract_statements(text, "de")] == expected


def test_a_gapped_fragment_cue_is_written_verb_ellipsis_preposition() -> None:
    from tasks.cues import _build

    lex = _build("xx", {"verbs": ["sagte"], "gapped_fragment_cues": ["sprach … von"]}, Path("de.toml"))
    assert lex.cue_re.search("Er sprach am Montag von einem Sieg").group() == "sprach am Montag von"
    with pytest.raises(ConfigError, match="written 'verb … preposition'"):
        _build("xx", {"verbs": ["sagte"], "gapped_fragment_cues": ["sprach von"]}, Path("de.toml"))


@pytest.mark.parametrize(("language", "text", "quote"), [
    ("es", "La misión dependerá de las condiciones necesarias, ha recordado Tomás Berg.",
     "La misión dependerá de las condiciones necesarias"),
    ("es", "Tomás Berg ha ironizado que el acuerdo llega tarde.", "el acuerdo llega tarde"),
    ("pt", "Tomás Berg tinha justificado que o acordo era necessário.", "o acordo era necessário"),
])
def test_a_preterite_cue_has_its_compound_tenses_too(language: str, text: str, quote: str) -> None:
    assert [(s.speaker, s.quote) for s in extract_statements(text, language)] == [("Tomás Berg", quote)]


def test_a_participle_of_another_sense_is_left_out_of_the_compound_cues() -> None:
    # "la reunión ha concluido con …": the meeting ended; no one concluded anything
    assert extract_statements("La reunión ha concluido con un balance positivo para las partes.", "es") == []


@pytest.mark.parametrize(("language", "text", "quote"), [
    ("es", "La exdiputada Ana Ruiz dio la bienvenida a la firma del pacto.", "la firma del pacto"),
    ("fr", "La ministre Ana Ruiz a conditionné toute avancée à la levée des sanctions.",
     "toute avancée à la levée des sanctions"),
    ("pt", "A ministra Ana Ruiz condicionou qualquer acordo à libertação dos presos.",
     "qualquer acordo à libertação dos presos"),
    ("it", "La ministra Ana Ruiz ha condizionato il ritiro delle sanzioni alla liberazione dei detenuti.",
     "il ritiro delle sanzioni alla liberazione dei detenuti"),
    ("en", "The envoy Ana Ruiz conditioned any extension of the licences on the release of prisoners.",
     "any extension of the licences on the release of prisoners"),
    ("de", "Die Ministerin Ana Ruiz bot erneut ihre Vermittlung an.", "erneut ihre Vermittlung"),
])
def test_welcoming_conditioning_and_offering_are_reports(language: str, text: str, quote: str) -> None:
    assert [(s.speaker, s.quote) for s in extract_statements(text, language)] == [("Ana Ruiz", quote)]


def test_a_present_offer_of_services_is_no_report() -> None:
    assert extract_statements("Der Verein bietet Deutschkurse und Rechtsberatung an.", "de") == []


def test_a_german_inverted_source_is_followed_by_the_medium_it_spoke_to() -> None:
    text = "Diskretion sei die Voraussetzung für Vertrauen, sagte die Ministerin dem Rundfunksender NRK."
    assert [(s.speaker, s.quote) for s in extract_statements(text, "de")] == [
        ("die Ministerin", "Diskretion sei die Voraussetzung für Vertrauen")]


@pytest.mark.parametrize(("language", "text", "speaker", "quote"), [
    ("es", "La próxima ronda comenzará el lunes, según anunció la facilitación noruega.", "la facilitación noruega",
     "La próxima ronda comenzará el lunes"),
    ("es", "La ONG Justicia Ya ha cifrado en más de 800 los presos que siguen detenidos.", "La ONG Justicia Ya",
     "más de 800 los presos que siguen detenidos"),
    ("it", "Il governo olandese si è limitato a confermare la propria partecipazione.", "Il governo olandese",
     "la propria partecipazione"),
])
def test_a_mediation_team_a_count_and_a_confirmation_are_reported(language, text, speaker, quote) -> None:
    assert [(s.speaker, s.quote) for s in extract_statements(text, language)] == [(speaker, quote)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", 'The ministry spoke of an "early phase" of contacts.', [("The ministry", "early phase")]),
    ("en", "The minister spoke of the talks at length.", []),       # of something, no words quoted: no report
    ("pt", "A ministra Ana Ruiz falou num «dia de alegria para as famílias».",
     [("Ana Ruiz", "dia de alegria para as famílias")]),
])
def test_speaking_of_quoted_words_is_a_partial_statement(language: str, text: str, expected) -> None:
    assert [(s.speaker, s.quote) for s in extract_statements(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "quote"), [
    ("es", "Ana Ruiz achaca el retraso a la falta de garantías.", "el retraso a la falta de garantías"),
    ("pt", "Ana Ruiz recorda que o acordo foi assinado em outubro.", "o acordo foi assinado em outubro"),
])
def test_the_present_of_a_past_cue_is_a_cue_too(language: str, text: str, quote: str) -> None:
    assert [(s.speaker, s.quote) for s in extract_statements(text, language)] == [("Ana Ruiz", quote)]


def test_a_protest_is_a_noun_not_a_cue() -> None:
    assert extract_statements("La protesta por la extradición del empresario reunió a cientos.", "es") == []
