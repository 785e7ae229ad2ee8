"""Language identification: right code for the monitored languages, the hint when the text cannot tell."""

from __future__ import annotations

import pytest

from tasks.language import detect_language

SAMPLES = {
    "en": "The two delegations met again on Monday and agreed to keep working on an electoral calendar.",
    "es": "Las dos delegaciones se reunieron de nuevo el lunes y acordaron seguir trabajando en un calendario.",
    "pt": "As duas delegações voltaram a reunir-se na segunda-feira e concordaram em continuar o trabalho.",
    "fr": "Les deux délégations se sont de nouveau réunies lundi et ont convenu de poursuivre leur travail.",
    "it": "Le due delegazioni si sono riunite di nuovo lunedì e hanno deciso di continuare a lavorare insieme.",
    "de": "Die beiden Delegationen trafen sich am Montag erneut und vereinbarten, weiter zusammenzuarbeiten.",
    "ar": "اجتمع الوفدان مرة أخرى يوم الاثنين واتفقا على مواصلة العمل من أجل وضع جدول زمني للانتخابات.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_monitored_language_is_recognised(code: str) -> None:
    assert detect_language(SAMPLES[code]) == code


def test_the_text_wins_over_a_wrong_hint_when_it_is_clear() -> None:
    assert detect_language(SAMPLES["es"], hint="en") == "es"


@pytest.mark.parametrize("text", ["", "   ", "12:45 — 2024", "OK"])
def test_too_little_text_falls_back_to_the_hint(text: str) -> None:
    assert detect_language(text, hint="pt-BR") == "pt"


def test_without_text_or_hint_the_answer_is_still_a_two_letter_code() -> None:
    assert detect_language("") == "en"
    assert detect_language("", hint="Spanish") == "en"  # not an ISO code: ignored


def test_answers_are_always_two_letter_codes_even_for_other_languages() -> None:
    code = detect_language("Делегации правительства и оппозиции снова встретились в понедельник.")
    assert code == "ru"
    assert len(code) == 2
