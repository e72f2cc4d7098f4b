"""Context cues around a match: the tense that governs an expression.

The cue patterns are data (``language.toml`` ``[cues]``); this module only decides where to
look: the words just before the expression, back to the start of its clause.
"""

from __future__ import annotations

from .grammar import Grammar

__all__ = ["tense_at"]


def tense_at(text: str, start: int, end: int, grammar: Grammar) -> str:
    """``future`` when a future cue governs the expression at ``text[start:end]``, else ``past``.

    >>> from .grammar import load_grammar
    >>> g = load_grammar("en")
    >>> s = "The talks will resume on Friday."
    >>> tense_at(s, s.index("Friday"), s.index("Friday") + 6, g)
    'future'
    >>> s = "The talks resumed on Friday."
    >>> tense_at(s, s.index("Friday"), s.index("Friday") + 6, g)
    'past'
    """
    window = int(grammar.settings.get("tense_window_before", 60))
    left = text[max(0, start - window):start]
    breaker = grammar.cues.get("clause_break")
    if breaker is not None:
        last = None
        for last in breaker.finditer(left):
            pass
        if last is not None:
            left = left[last.end():]
    future = grammar.cues.get("future")
    if future is not None and future.search(left):
        past = grammar.cues.get("past")
        if past is None or not past.search(left):
            return "future"
    after = grammar.cues.get("future_after")
    window_after = int(grammar.settings.get("tense_window_after", 0))
    if after is not None and window_after and after.match(text, end, end + window_after):
        return "future"
    return "past"
