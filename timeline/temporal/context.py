"""Context cues around a match: the tense that governs an expression.

The cue patterns are data (``language.toml`` ``[cues]``); this module only decides where to
look: the words just before the expression, back to the start of its clause.
"""

from __future__ import annotations

from .grammar import Grammar

__all__ = ["tense_at"]


def tense_at(text: str, start: int, end: int, grammar: Grammar) -> str:
    """The tense governing ``text[start:end]``: ``future``, ``past`` or ``none`` (no cue).

    The nearest cue before the expression in its clause decides.

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
    future, past = grammar.cues.get("future"), grammar.cues.get("past")
    future_at = _last(future, left)
    past_at = _last(past, left)
    if future_at is not None and (past_at is None or past_at <= future_at):
        return "future"
    if past_at is not None:
        return "past"
    return "none"


def _last(cue, text: str) -> int | None:
    """Where the last match of ``cue`` in ``text`` starts (None when there is none)."""
    if cue is None:
        return None
    found = None
    for found in cue.finditer(text):
        pass
    return found.start() if found is not None else None
