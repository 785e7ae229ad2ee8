"""A text's layout read as plain prose before the analysis reads it, character for character.

Why: the rule pass, the tagger's features and the topic file match words with patterns written for plain
spaces and one paragraph a line; pages write otherwise. French typography and many CMSs put no-break spaces
after short words and inside guillemets ("M.\\u00a0Maduro", "«\\u202ftexte\\u202f»"), some sites a zero-width
space after a full stop (bench/metamorphic.py: attributed F1 0.818 -> 0.746 over the develop articles),
Windows-made text a carriage return before each newline (0.811), and plain-text copy (wire services, mail,
some feeds) wraps its paragraphs at a fixed width with a newline inside each (0.282: every line read as a
paragraph). Each change here replaces ONE character by ONE plain space, so every offset into the text (a
statement's start and end, its source's) still points at the same place in the text as written.
"""

from __future__ import annotations

import re
from statistics import median

# no-break, en/em/thin/hair and other fixed-width spaces, narrow no-break, medium mathematical and ideographic
# spaces; zero-width space, word joiner and byte-order mark (written between words or after a full stop);
# carriage return (a space before the newline that follows it)
SPACE_LIKE = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000" \
             "\u200b\u2060\ufeff\r"
_SPACE_LIKE_RE = re.compile(f"[{SPACE_LIKE}]")   # a search, then a substitution: str.translate reads every
#                                                  character in Python, 10% of the analysis on a typical page

# A text is hard-wrapped when most of its lines that another line follows (not a blank one) stop mid-sentence,
# and they are of a wrapping width: several of them, of a middling median length and none long. One paragraph
# a line (the labelled articles, the monitor's page text) ends nearly every such line with a stop; a list of
# headlines or numbers has short lines or few of them (measured: none of the 134 develop and 924 PolNeAR
# texts but a wrapped editor's note is read as wrapped).
SENTENCE_ENDS = tuple('.!?:;"”»)’\'…')
MIN_WRAPPED_LINES = 4
MIN_OPEN_SHARE = 0.5
MIN_MEDIAN_WIDTH = 30
MAX_WIDTH = 120


def plain_spaces(text: str) -> str:
    """`text` with every space-like character replaced by one plain space (same length, same offsets)."""
    return _SPACE_LIKE_RE.sub(" ", text) if text and _SPACE_LIKE_RE.search(text) else text


def hard_wrapped(text: str) -> bool:
    """Are the text's paragraphs wrapped at a fixed width, a newline inside each (see above)?"""
    lines = text.split("\n")
    inner = [a.rstrip() for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    if len(inner) < MIN_WRAPPED_LINES or max(len(a) for a in inner) > MAX_WIDTH or \
            median(len(a) for a in inner) < MIN_MEDIAN_WIDTH:
        return False
    return sum(not a.endswith(SENTENCE_ENDS) for a in inner) >= MIN_OPEN_SHARE * len(inner)


def unwrapped(text: str) -> str:
    """A hard-wrapped text with the newline between two lines of one paragraph read as a space (paragraphs
    stay apart at their blank lines); any other text as it is. Same length, same offsets."""
    if "\n" not in text or not hard_wrapped(text):
        return text
    chars = list(text)
    lines = text.split("\n")
    at = 0
    for a, b in zip(lines, lines[1:], strict=False):
        at += len(a)   # the newline after line a
        if a.strip() and b.strip():
            chars[at] = " "
        at += 1
    return "".join(chars)


def plain_layout(text: str) -> str:
    """Spaces and line wraps read as plain prose (both above): what the analysis reads."""
    return unwrapped(plain_spaces(text)) if text else text
