"""The actor directory: aliases across spellings, longest alias wins, errors name the file."""

from __future__ import annotations

import pytest

from tasks.actors import ActorDirectory, load_actors
from tasks.records import ConfigError


def test_default_directory_loads_once_and_is_cached():
    assert load_actors() is load_actors()
    assert isinstance(load_actors(), ActorDirectory) and len(load_actors()) > 20


@pytest.mark.parametrize("phrase, name, side", [
    ("Opposition leader Juan Guaido", "Juan Guaidó", "opposition"),
    ("el canciller noruego", None, None),
    ("Noruega", "Norway", "mediator"),
    ("Vice President Delcy Rodriguez", "Delcy Rodríguez", "government"),
    ("Jorge Rodríguez, head of the delegation", "Jorge Rodríguez", "government"),
    ("Secretary of State Marco Rubio", "Marco Rubio", "foreign_government"),
])
def test_lookup_prefers_the_longest_alias(phrase, name, side):
    actor = load_actors().lookup(phrase)
    assert (actor.name if actor else None) == name
    assert (actor.side if actor else None) == side


def test_bad_side_is_a_config_error_naming_the_file(tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text('[[actor]]\nname = "X"\nside = "neutralish"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="actors.toml"):
        load_actors(path)


@pytest.mark.parametrize("phrase", [
    "Venezuela's opposition", "Venezuela’s opposition", "la oposición de Venezuela", "the opposition in Caracas",
    "a oposição da Venezuela",
])
def test_a_country_alias_modifying_a_side_word_never_names_the_government(phrase):
    actor = load_actors().lookup(phrase)
    assert actor is None or actor.side != "government"


def test_side_words_do_not_block_an_alias_they_do_not_modify():
    assert load_actors().lookup("the government of Venezuela").side == "government"
    assert load_actors().lookup("opposition talks with Caracas").name == "Government of Venezuela"


def test_fold_matches_the_character_by_character_definition() -> None:
    import unicodedata

    from tasks.actors import fold

    def slow(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        return "".join(c for c in text if not unicodedata.combining(c)).lower()

    samples = ["Nicolás Maduro", "JOSÉ LUIS RODRÍGUEZ ZAPATERO", "Søreide’s ministère", "Ελληνικά", "مادورو",
               "ﬁnance ligature", "plain ascii", "Ǆ digraph", "music 𝅘𝅥𝅮 note", "a\u0301\u0302 stacked", ""]
    for text in samples:
        assert fold(text) == slow(text), text


def test_the_alias_pattern_grouped_by_first_character_matches_as_the_flat_alternation() -> None:
    """The directory's pattern is an alternation grouped by first character (faster); it must find exactly
    what the plain longest-first alternation of the aliases finds."""
    import re

    from tasks.actors import fold

    actors = load_actors()
    keys = sorted(actors._by_alias, key=len, reverse=True)
    flat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    names = " ".join(f"{a.name}, {' y '.join(a.aliases)}; {a.name.split()[0]}'s {a.name[:-1]}." for a in actors.actors)
    text = fold("Talks in Oslo: " + names + " the opposition of Venezuela, Maduro's government and Guaidó said.")
    found = [(m.start(), m.group()) for m in actors._pattern.finditer(text)]
    assert found == [(m.start(), m.group()) for m in flat.finditer(text)] and len(found) > len(actors.actors)


def test_the_countries_a_text_names_meet_only_for_the_same_country() -> None:
    actors = load_actors()
    guyana, venezuela = actors.countries("le président guyanien"), actors.countries("Venezuela")
    assert guyana and guyana == actors.countries("President of Guyana")
    assert venezuela & actors.countries("el mandatario venezolano") and not guyana & venezuela
    assert actors.countries("la chancelaria") == frozenset()   # no nationality, no country


@pytest.mark.parametrize(("description", "person"), [
    ("le président américain", "Donald Trump"),           # "President of the United States": a two-word name
    ("the US envoy", "Richard Grenell"),                  # "US special envoy": a short alias in the role
    ("el mandatario salvadoreño", "Nayib Bukele"),        # a nationality the directory lists
    ("el jefe negociador venezolano", "Jorge Rodríguez"),  # a side of the talks is Venezuelan, whatever the role
])
def test_a_persons_country_is_read_from_role_short_alias_and_side(description: str, person: str) -> None:
    actors = load_actors()
    assert actors.countries(description) & actors.countries_of(actors.exact(person))
    assert not actors.countries("le président brésilien") & actors.countries_of(actors.exact(person))


def test_a_five_letter_country_name_is_a_country() -> None:
    actors = load_actors()
    assert actors.countries("Ministerio de Asuntos Exteriores de Catar") & actors.countries("la cancillería catarí")


def test_a_country_no_actor_stands_for_still_tells_its_descriptions_apart() -> None:
    actors = load_actors()
    chile = actors.countries("il governo cileno")
    assert chile and chile & actors.countries("Chile") and not chile & actors.countries("La Colombia")
    assert actors.lookup("il governo cileno") is None   # a country to compare with, not a source


def test_an_other_country_without_its_words_is_a_config_error(tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text('other_countries = ["Chile"]\n[[actor]]\nname = "X"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="other_countries"):
        load_actors(path)
