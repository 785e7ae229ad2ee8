"""Relevance: anchored negotiation terms count, other countries' processes and passing mentions do not.

Every fixture is written for these tests (none is taken from the evaluation set): each one stands for a
family of articles the monitor meets, in the languages it follows.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tasks.config import DEFAULT_TOPIC
from tasks.records import ConfigError
from tasks.relevance import Topic, judge, load_topic, may_be_relevant
from tasks.topic import fold

SUDAN = Path(__file__).parent / "data" / "topic_sudan.toml"


@pytest.fixture(scope="module")
def topic() -> Topic:
    return load_topic(DEFAULT_TOPIC)


# ------------------------------------------------------------------------------------------ fixtures

TALKS_EN = (
    "Envoys of Maduro and the opposition meet again in Barbados",
    "Delegates of Venezuela's government and of the opposition sat down for a new round of talks on "
    "Tuesday, hosted by Norwegian diplomats. The negotiation is meant to agree on a date for a vote. "
    "A spokesman for the opposition said the dialogue would go on for several days, while the chief "
    "negotiator for Caracas called the mood constructive. Both sides promised to report on the talks.",
)
TALKS_ES = (
    "",  # feeds often give no title
    "Los representantes del gobierno venezolano y de la oposición retomaron el diálogo en Ciudad de "
    "México. La negociación, con mediación de Noruega, busca un acuerdo sobre las condiciones electorales. "
    "El jefe de la delegación opositora confirmó que las conversaciones con el chavismo seguirán la "
    "próxima semana y pidió paciencia a los venezolanos.",
)
TALKS_OTHER = {
    "pt": ("Governo da Venezuela e oposição retomam negociações",
           "O governo de Nicolás Maduro e a oposição venezuelana voltaram à mesa de diálogo no México, com a "
           "mediação da Noruega. As negociações devem tratar do calendário eleitoral."),
    "fr": ("Venezuela : reprise des pourparlers entre le pouvoir et l'opposition",
           "Les représentants de Nicolas Maduro et de l'opposition vénézuélienne ont repris les négociations "
           "à la Barbade, sous la médiation de la Norvège. Le dialogue doit durer plusieurs jours."),
    "it": ("Venezuela, riprendono i negoziati tra governo e opposizione",
           "I rappresentanti del governo venezuelano e dell'opposizione sono tornati al tavolo dei negoziati "
           "in Messico. La mediazione della Norvegia prosegue; il dialogo riguarda le elezioni."),
    "de": ("Venezuela: Regierung und Opposition nehmen Gespräche wieder auf",
           "Vertreter von Präsident Maduro und der venezolanischen Opposition haben in Mexiko die "
           "Verhandlungen fortgesetzt. Norwegen übernimmt die Vermittlung; die Gespräche dauern an."),
    "ar": ("استئناف المفاوضات بين الحكومة الفنزويلية والمعارضة",
           "استأنف ممثلو الرئيس الفنزويلي نيكولاس مادورو والمعارضة المحادثات في باربادوس بوساطة النرويج. "
           "وقال الوفدان إن الحوار سيستمر عدة أيام."),
}
ELN_IN_CARACAS = (
    "Colombia and the ELN open a new cycle of talks in Caracas",
    "Negotiators of the Colombian government and the ELN guerrilla met in Caracas on Monday to resume "
    "peace talks, with Norway and Cuba as guarantors. Venezuela hosts this cycle of the negotiation. The "
    "ELN delegation said the dialogue would focus on a ceasefire, and Bogota's chief negotiator agreed.",
)
GUYANA = (
    "Venezuela and Guyana agree to keep talking about the Essequibo",
    "The presidents of Venezuela and Guyana held talks on the Essequibo dispute and agreed on a direct "
    "dialogue. Guyana insists the border case belongs to the international court; Venezuela rejects it. "
    "The Essequibo region is rich in oil, and Guyanese officials welcomed the meeting.",
)
PASSING = (
    "Venezuela's oil exports climb for a third month",
    "Venezuela shipped more crude in May than in any month since 2019, according to tanker data, as new "
    "buyers in Asia took cargoes of heavy oil. The state oil company raised output at its eastern fields "
    "and blended more imported naphtha. Refinery problems still limit fuel supply at home. Analysts "
    "expect exports to stay high through the summer while prices hold. Years ago the government and "
    "the opposition held talks that eased some sanctions for a while. Most shipments now go to Asia, "
    "where discounts have narrowed, and traders expect a busy quarter for the company.",
)
CRIME = (
    "Police dismantle gang in Caracas",
    "Venezuelan police arrested eleven members of a gang accused of kidnappings in the capital. The "
    "interior minister said the group had operated in several states.",
)


# ------------------------------------------------------------------------------------------ decisions

def test_coverage_of_the_talks_is_relevant_with_evidence_and_reason(topic: Topic) -> None:
    title, text = TALKS_EN
    decision = judge(title, text, "en", topic)
    assert decision.relevant
    assert decision.score >= topic.settings.threshold
    assert decision.reason.startswith("negotiation terms near")
    kinds = {e.kind for e in decision.evidence}
    assert {"negotiation", "country", "actor"} <= kinds
    assert {e.where for e in decision.evidence} == {"title", "text"}


def test_evidence_offsets_point_at_the_matched_words(topic: Topic) -> None:
    title, text = TALKS_EN
    for e in judge(title, text, "en", topic).evidence:
        source = title if e.where == "title" else text
        first_word = e.term.split()[0].rstrip("*")
        assert fold(source[e.offset:]).startswith(fold(first_word)), e


def test_spanish_coverage_without_a_title_is_relevant(topic: Topic) -> None:
    assert judge(*TALKS_ES, "es", topic).relevant


@pytest.mark.parametrize("lang", sorted(TALKS_OTHER))
def test_coverage_in_the_other_languages_is_relevant(topic: Topic, lang: str) -> None:
    title, text = TALKS_OTHER[lang]
    decision = judge(title, text, lang, topic)
    assert decision.relevant, decision.reason


def test_a_wrong_language_label_does_not_change_the_decision(topic: Topic) -> None:
    assert judge(*TALKS_ES, "en", topic).relevant


def test_another_countrys_talks_hosted_in_venezuela_are_not_relevant(topic: Topic) -> None:
    decision = judge(*ELN_IN_CARACAS, "en", topic)
    assert not decision.relevant
    assert "colombia_eln" in decision.reason
    assert any(e.kind == "negative" and e.weight < 0 for e in decision.evidence)


def test_venezuela_guyana_border_dialogue_is_not_relevant(topic: Topic) -> None:
    assert not judge(*GUYANA, "en", topic).relevant


def test_a_one_line_mention_of_the_talks_is_not_relevant(topic: Topic) -> None:
    decision = judge(*PASSING, "en", topic)
    assert not decision.relevant
    assert "passing mention" in decision.reason


def test_a_long_article_that_returns_to_the_talks_only_in_passing_is_not_relevant(topic: Topic) -> None:
    aside = "Maduro's government once held talks with the opposition in Mexico. "
    filler = "Output at the eastern oil fields rose again as the refinery came back after repairs. " * 12
    decision = judge("Venezuela's oil output rises", filler + aside + filler + aside + filler, "en", topic)
    assert not decision.relevant
    assert "passing mention" in decision.reason
    short = judge("", "Venezuela's oil output rises. " + aside + aside, "en", topic)
    assert short.score > 0


def test_venezuela_news_without_negotiation_is_not_relevant(topic: Topic) -> None:
    decision = judge(*CRIME, "en", topic)
    assert not decision.relevant
    assert decision.score == 0


def test_the_title_weighs_more_than_the_body(topic: Topic) -> None:
    body = "Officials in Caracas spoke to reporters on Monday about the weather."
    with_title = judge("Venezuela's government and opposition resume talks", body, "en", topic)
    without = judge("Weather in Caracas", body, "en", topic)
    assert with_title.score > without.score
    assert any(e.where == "title" and e.kind == "negotiation" for e in with_title.evidence)


def test_named_process_counts_on_its_own(topic: Topic) -> None:
    text = ("Washington said it would restore oil sanctions because Caracas broke the Barbados Agreement. "
            "The State Department said the Barbados agreement required a fair vote in Venezuela.")
    decision = judge("", text, "en", topic)
    assert decision.relevant
    assert any(e.kind == "process" for e in decision.evidence)


@pytest.mark.parametrize("title,text", [("", ""), ("«»", "\u0640\u064b \" unbalanced « quote"), ("x" * 5, "🙂" * 50)])
def test_odd_input_gives_a_decision_not_an_error(topic: Topic, title: str, text: str) -> None:
    assert not judge(title, text, "en", topic).relevant


def test_judging_is_fast(topic: Topic) -> None:
    title, text = TALKS_EN
    long_text = " ".join([text, PASSING[1], CRIME[1]] * 2)
    judge(title, long_text, "en", topic)
    start = time.perf_counter()
    for _ in range(200):
        judge(title, long_text, "en", topic)
    assert (time.perf_counter() - start) / 200 < 0.002


# ------------------------------------------------------------------------------------------ stage one

def test_stage_one_keeps_a_summary_that_names_the_country_and_politics(topic: Topic) -> None:
    assert may_be_relevant("Maduro's envoys head to Oslo", "", "en", topic)
    assert may_be_relevant("", "Venezuela's opposition asks Washington to keep sanctions pressure", None, topic)


def test_stage_one_keeps_a_venue_next_to_talks_without_the_country(topic: Topic) -> None:
    assert may_be_relevant("Talks resume in Barbados", "Delegations arrive on Monday.", "en", topic)


def test_stage_one_drops_crime_sport_and_other_countries_processes(topic: Topic) -> None:
    assert not may_be_relevant(*CRIME, "en", topic)
    assert not may_be_relevant("Magallanes win the baseball final", "Caracas fans celebrated.", "en", topic)
    assert not may_be_relevant("ELN and Bogota resume talks", "The ELN guerrilla and Colombia's "
                               "government meet in Caracas.", "en", topic)


# ------------------------------------------------------------------------------------------ topic file

def test_load_topic_is_cached(topic: Topic) -> None:
    assert load_topic(DEFAULT_TOPIC) is topic
    assert load_topic(str(DEFAULT_TOPIC)) is topic


def test_the_same_code_follows_another_negotiation_from_its_file(topic: Topic) -> None:
    sudan = load_topic(SUDAN)
    title = "Sudan's army and the RSF resume talks in Jeddah"
    text = ("Delegations of the Sudanese Armed Forces and the Rapid Support Forces returned to Jeddah for "
            "talks on a ceasefire. The mediators said the negotiation would continue this week.")
    assert judge(title, text, "en", sudan).relevant
    assert not judge(title, text, "en", topic).relevant
    assert not judge(*TALKS_EN, "en", sudan).relevant
    assert sudan.name == "Sudan: SAF-RSF talks"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "topic.toml"
    path.write_text(body, encoding="utf-8")
    return path


MINIMAL = '[topic]\nthreshold = 1\n[anchors.x]\nterms = ["x"]\n[negotiation.en]\nterms = ["talks"]\n'


def test_a_minimal_file_loads(tmp_path: Path) -> None:
    small = load_topic(_write(tmp_path, MINIMAL))
    assert judge("x talks", "x talks and x talks", "en", small).relevant


@pytest.mark.parametrize("body,key", [
    ("[topic\n", "not valid TOML"),
    (MINIMAL.replace("threshold = 1", "treshold = 1"), "unknown key 'treshold'"),
    (MINIMAL.replace("threshold = 1", "window = 3"), "[topic].threshold: missing"),
    (MINIMAL.replace('terms = ["x"]', 'terms = "x"'), "[anchors.x].terms: expected a list of strings"),
    (MINIMAL.replace('terms = ["talks"]', 'terms = ["ta*lks"]'), "[negotiation.en].terms"),
    (MINIMAL.replace('terms = ["talks"]', 'terms = ["t*"]'), "at least 3 letters"),
    (MINIMAL + "[weights]\nplace = -1\n", "[weights].place: expected a number >= 0"),
    (MINIMAL.replace("[anchors.x]\n", "[anchors.x]\nstrong = \"yes\"\n"), "strong and needs_focus"),
])
def test_a_bad_topic_file_names_the_file_and_the_key(tmp_path: Path, body: str, key: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_topic(path)
    assert str(path) in str(err.value)
    assert key in str(err.value)


def test_a_missing_topic_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="topic file not found"):
        load_topic(tmp_path / "nope.toml")


@pytest.mark.parametrize(("title", "summary"), [
    # headlines from outlets inside the country seldom name it
    ("Rodr\u00edguez calls the talks with the opposition a point of no return", ""),
    ("Comit\u00e9 mixto revisar\u00e1 el uso del fondo de la ONU", "Delegados del Gobierno y la oposici\u00f3n "
     "integrar\u00e1n el comit\u00e9."),
    ("Opposition and government at odds over the voter roll", "The opposition says the electoral registry "
     "left out millions abroad."),
])
def test_stage_one_lets_through_headlines_that_do_not_name_the_country(topic: Topic, title: str,
                                                                       summary: str) -> None:
    assert may_be_relevant(title, summary, None, topic)


def test_stage_one_still_drops_other_subjects(topic: Topic) -> None:
    assert not may_be_relevant("Leones win the winter league final", "A full stadium in Caracas.", "en", topic)
    assert not may_be_relevant("Ukraine and Russia end a round of talks in Istanbul", "", "en", topic)


def test_an_envoys_mission_for_detained_americans_is_relevant(topic: Topic) -> None:
    # The 2025-26 phase of the story: Washington's envoys in Caracas, prisoners released for oil licences.
    title = "Caracas frees two Americans after envoy's visit"
    text = ("Venezuela released two detained Americans on Saturday after a visit by special envoy Richard Grenell, "
            "who met Nicolás Maduro in Caracas. The release of Americans held in Venezuela was tied to an extension "
            "of an oil licence, officials said. Grenell flew back with the men, Venezuelan state television showed.")
    decision = judge(title, text, "en", topic)
    assert decision.relevant, decision.reason
    assert any(e.term in ("grenell", "release of americans", "special envoy") for e in decision.evidence)


@pytest.mark.parametrize(("title", "summary"), [
    ("Machado dispuesta a reunirse con Delcy Rodríguez",
     "La líder opositora dijo que se reuniría con la presidenta encargada si es necesario."),
    ("US diplomats arrive in Caracas to prepare embassy reopening",
     "A team of diplomats landed on Friday to assess the building."),
])
def test_stage_one_passes_a_meeting_or_the_interim_government_named_beside_an_anchor(title, summary):
    assert may_be_relevant(title, summary, None, load_topic(DEFAULT_TOPIC))


@pytest.mark.parametrize(("language", "text", "term"), [
    ("pt", "O chanceler disse que o Brasil segue mediando entre o governo de Nicolás Maduro e a oposição.", "mediando"),
    ("es", "Colombia ofreció mediar entre el gobierno de Nicolás Maduro y la oposición.", "mediar"),
    ("de", "Die Regierung von Nicolás Maduro hat sechs Amerikaner freigelassen, im Gegenzug für eine Öllizenz.",
     "freigelassen*"),
    ("it", "Il governo di Nicolás Maduro ha liberato sei americani in cambio di una licenza petrolifera.",
     "in cambio di"),
])
def test_verb_forms_and_in_exchange_for_count_as_negotiation_words_in_each_language(
        topic: Topic, language: str, text: str, term: str) -> None:
    # the forms the topic file held only as nouns ("mediación", "Freilassung") or in one language ("a cambio de")
    assert term in {e.term for e in judge("Venezuela", text, language, topic).evidence}
