"""What a statement's quote and offsets promise, checked the same way by every statement test."""

from __future__ import annotations

from tasks.statements import SPLIT_QUOTE_JOIN as SPLIT_JOIN


def assert_quote_in_place(text: str, st: object) -> None:
    """The quote is text[start:end], or for a split quotation ("A," he said, "B.") its pieces in order,
    the first at `start` and the last ending at `end` (LABELING.md: one statement whose quote is "A B")."""
    span = text[st.start:st.end]  # type: ignore[attr-defined]
    pieces = st.quote.split(SPLIT_JOIN)  # type: ignore[attr-defined]
    if len(pieces) == 1:
        assert span == st.quote, (span, st)  # type: ignore[attr-defined]
        return
    assert span.startswith(pieces[0]) and span.endswith(pieces[-1]), (span, st)
    at = 0
    for piece in pieces:
        at = span.find(piece, at)
        assert at >= 0, (piece, span)
        at += len(piece)


def reads(text: str, language: str) -> list[tuple[str, str]]:
    """What the rule pass reads in `text`: (speaker, quote) of each statement, in order."""
    from tasks.statements import extract_statements

    return [(s.speaker, s.quote) for s in extract_statements(text, language)]
