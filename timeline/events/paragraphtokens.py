"""A clause's own words, read with the quotation marks of its whole paragraph.

Whether a word is quoted depends on the marks opened before it in its paragraph, so a clause's
words are tokenized from the paragraph's start; the tokens of a paragraph are made once and shared
by all its clauses (:func:`timeline.events.dating.report_of_the_day` asks for each undated clause
in turn), so a long paragraph costs its length, not its length times its clauses.

>>> text = 'He said: "We will stay. Talks went well." She later left.'
>>> [(t.text, after) for t, after in clause_words_with_next(text, text.index("She"), len(text))]
[('She', 'later'), ('later', 'left'), ('left', '.'), ('.', '.')]
>>> [t.text for t, _ in clause_words_with_next(text, text.index("Talks"), text.index("well") + 4)]
[]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from timeline.events.clauses import Token, tokenize

__all__ = ["clause_words_with_next"]


@lru_cache(maxsize=8)
def _paragraph(text: str, start: int, end: int) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    tokens = tuple(tokenize(text, start, end))
    return tokens, tuple(t.start for t in tokens)


def clause_words_with_next(text: str, start: int, end: int) -> list[tuple[Token, str]]:
    """The words of ``text[start:end]`` outside quotation marks, each with the lower-cased word
    after it (the last word of the paragraph with its own)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    tokens, starts = _paragraph(text, first, len(text) if last < 0 else last)
    if not tokens:
        return []
    low, high = bisect_left(starts, start), bisect_left(starts, end)
    return [(tokens[i], tokens[min(i + 1, len(tokens) - 1)].lower) for i in range(low, high)
            if not tokens[i].quoted]
