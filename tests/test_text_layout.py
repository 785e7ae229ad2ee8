"""The layout the analysis reads (tasks/spaces.py): same length and offsets; hard wraps found only where they are."""

from __future__ import annotations

import textwrap

import pytest

from tasks.spaces import hard_wrapped, plain_layout, plain_spaces

PROSE = ("Venezuelan opposition negotiator Ana Ruiz said on Monday that the talks with the government would resume "
         "in Oslo next week, after a pause of three months.\n"
         "The Norwegian Foreign Ministry welcomed the decision of both delegations in a statement.\n"
         "\"We are ready to sign,\" Ruiz told reporters outside the hotel where the delegations met.\n"
         "Foreign Minister Jan Berg said Norway would keep its role as facilitator of the talks.\n"
         "The government's delegation did not comment.")


def test_plain_spaces_keeps_every_offset() -> None:
    text = "M.\u00a0Durand a dit\u202f: «\u00a0oui\u00a0».\u200b Fin.\r\n"
    out = plain_spaces(text)
    assert len(out) == len(text)
    assert out == "M. Durand a dit : « oui ».  Fin. \n"


def test_one_paragraph_a_line_is_not_read_as_wrapped() -> None:
    assert not hard_wrapped(PROSE)
    assert plain_layout(PROSE) == PROSE


@pytest.mark.parametrize("text", [
    "Talks resume in Oslo\nNorway welcomes the agreement\nThe opposition names its delegation\n"
    "Sanctions relief on the table\nWhat comes next for Caracas",           # a list of headlines
    "1\n2\n3\n4\n5\n6\n7\n8",                                                # a numbered list
    "Oslo\n\nMexico City\n\nBarbados\n\nDoha",                               # blank lines only
])
def test_lists_and_headlines_are_not_read_as_wrapped(text: str) -> None:
    assert plain_layout(text) == text


def test_wrapped_paragraphs_become_one_line_each_at_the_same_offsets() -> None:
    paragraphs = PROSE.split("\n")
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs)
    assert hard_wrapped(wrapped)
    out = plain_layout(wrapped)
    assert len(out) == len(wrapped)
    assert [" ".join(p.split()) for p in out.split("\n\n")] == paragraphs
