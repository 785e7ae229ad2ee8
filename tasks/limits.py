"""How much of one article the analysis reads: caps that keep a pass bounded whatever a stranger publishes.

Page text is capped at 4 MiB of HTML by the fetch and extract steps, which is still hundreds of times a
real article; a hostile page that long, analysed in full, held a pass for minutes and made thousands of
statements. Real articles stay far inside these caps (the longest in the evaluation set is ~40,000
characters), so they cost nothing in recall; what is cut is counted in the run report.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_TEXT_CHARS = 200_000
MAX_STATEMENTS_PER_ARTICLE = 200


@dataclass(frozen=True, slots=True)
class ArticleLimits:
    """The caps one pass runs with (the defaults above; tests and benchmarks may pass smaller ones)."""

    title_chars: int = MAX_TITLE_CHARS
    summary_chars: int = MAX_SUMMARY_CHARS
    text_chars: int = MAX_TEXT_CHARS
    statements: int = MAX_STATEMENTS_PER_ARTICLE

    def as_dict(self) -> dict[str, int]:
        return {"max_title_chars": self.title_chars, "max_summary_chars": self.summary_chars,
                "max_text_chars": self.text_chars, "max_statements_per_article": self.statements}


def cut(text: str, limit: int) -> tuple[str, bool]:
    """`text` cut to at most `limit` characters at the last paragraph or word break, and whether it was cut.

    Cutting at a break keeps the last word and sentence whole where it can; offsets into the cut text are
    offsets into the original text too (it is a prefix).
    """
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    for sep in ("\n\n", "\n", " "):
        at = head.rfind(sep)
        if at >= limit // 2:
            return head[:at].rstrip(), True
    return head, True
