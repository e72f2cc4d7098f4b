"""Who an event is by and who reported it: the roles of its actors and its attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.language import alternation
from timeline.model import ActorMention, TimeExpression

__all__ = ["actor_roles", "attribution_of"]

_ASIDE = re.compile(r",[^,]{1,60},")
_SPACES = re.compile(r"\s+")


def attribution_of(text: str, candidate: Candidate, time: TimeExpression | None) -> str:
    """Who reported it, without asides and dates: "The Kremlin, in a statement, cited" -> "The Kremlin cited"."""
    start, end = candidate.report_start, candidate.report.end
    piece = text[start:end]
    if time is not None and start <= time.start and time.end <= end:
        piece = piece[: time.start - start] + piece[time.end - start :]
        piece = _stranded().sub(" ", piece)
    piece = _ASIDE.sub(" ", piece)
    return _SPACES.sub(" ", piece).strip(" ,")


@lru_cache(maxsize=1)
def _stranded() -> re.Pattern:
    """A preposition or adverb of a date left alone once the date is cut out ("said on ,")."""
    return re.compile(rf"\b(?:{alternation(clause_words().attribution_date_words)})\s+(?=\s|,|$)")


def actor_roles(candidate: Candidate, mentions: Sequence[ActorMention]) -> list[tuple[str, str]]:
    """(name, role) of each actor (and its country) of the event, first role wins: ``source``
    before the reporting verb, ``agent`` before the predicate in its clause (or in a borrowed
    subject), ``patient`` after it, ``mentioned`` elsewhere."""
    roles: list[tuple[str, str]] = []
    pivot = candidate.predicate.start
    clause = candidate.predicate_clause
    for m in mentions:
        if candidate.report is not None and m.start < candidate.report.start:
            role = "source"
        elif candidate.borrowed_subject is not None and m.start < candidate.start:
            role = "agent"
        elif clause.start <= m.start <= clause.end:
            role = "agent" if m.start < pivot else "patient"
        else:
            role = "mentioned"
        for name in (m.name, m.country):
            if name and all(name != r[0] for r in roles):
                roles.append((name, role))
    return roles
