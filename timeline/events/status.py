"""The status of an event from the words of its clauses: asserted, claimed, denied or planned.

The words are data (``rules/en/cues.toml``: ``[negation]``, ``[planned]``, ``[reporting]``,
``[reporting_adverbs]``; ``words.toml``: "is to"). A date after the article's makes an asserted
event planned too: that is :func:`timeline.events.dating.dated_status`.
"""

from __future__ import annotations

from timeline.events.clauses import Clause, Token, clause_words
from timeline.events.lexicon import Cue, load_lexicon

__all__ = ["status_of"]


def status_of(tokens: list[Token], group: list[Clause], index: int, cue: Cue,
              reporter: tuple[int, Cue, Clause] | None, near: int) -> str:
    """The status of the event at token ``index`` of ``group`` from its words: denied (a negation
    within ``near`` words before it, or a denying verb), planned ("will", "is to"), the status its
    reporter gives ("said": claimed), a hedge ("reportedly"), else asserted.

    >>> from timeline.events.clauses import split_clauses, tokenize
    >>> text = "Hamas did not attack the convoy."
    >>> tokens = tokenize(text, 0, len(text))
    >>> status_of(tokens, split_clauses(text, 0, len(text), tokens), 3, None, None, 4)
    'denied'
    """
    lex = load_lexicon()
    window = [t.lower for t in tokens[max(group[0].first, index - near) : index]]
    if any(w in lex.negation for w in window):
        return "denied"
    if any(w in lex.planned for w in window) or (
            window[-1:] and window[-1] in clause_words().infinitive_markers
            and window[-2:-1] and window[-2] in clause_words().planned_before_to):
        return "planned"  # "will release", "Hamas is to release"
    if cue.reporting == "denied":
        return "denied"
    if reporter is not None:
        return reporter[1].reporting or "claimed"
    span = [t.lower for c in group for t in tokens[c.first : c.stop]]
    hedge = next((lex.hedges[w] for w in span if w in lex.hedges), None)
    return hedge or "asserted"
