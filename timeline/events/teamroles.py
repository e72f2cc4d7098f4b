"""Descriptions of a sports team by its role in a match, as the subject of an event: "The
tourists won the second Test ...", "The squad returns home on Wednesday ...".

In an article whose words are mostly about sport (its leading domain,
:func:`timeline.events.types.leading_domain`), such a description stands for the team (a country
or a club) that opens the nearest sentence before it, within :data:`REACH` characters; a team
named only inside a sentence (an opponent: "... a 3-0 win over Mali") is not it. Elsewhere "the
tourists" are people on holiday and stay unnamed. The nouns are data
(``rules/<language>/coreference.toml``, ``[descriptions]``, ``team_roles``); used by
:mod:`timeline.events.referents`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.antecedents import last_opener
from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext
from timeline.events.language import alternation
from timeline.events.types import leading_domain
from timeline.model import ActorMention

__all__ = ["REACH", "described_team"]

REACH = 1200  # characters back to the sentence a team's description continues
_TEAM_KINDS = frozenset({"country", "organisation"})
_SPORT = "sport"  # the domain of ``types.toml`` whose articles have teams


def described_team(ctx: DocumentContext, start: int, stop: int) -> tuple[ActorMention, int] | None:
    """The team a description of its role opening at ``start`` (before ``stop``) stands for, and
    the description's end; None outside an article about sport or with no team opening a
    sentence shortly before."""
    pattern = _pattern()
    match = pattern.match(ctx.text, start) if pattern is not None else None
    if match is None or match.end() > stop or leading_domain(ctx.text) != _SPORT:
        return None
    team = last_opener(ctx.text, ctx.mentions, ctx.mention_starts, start, start, REACH, _TEAM_KINDS)
    return (team, match.end()) if team is not None else None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    """An article and a team's role ("the tourists", "The squad"), not a possessive."""
    from timeline.events.coreference import load_coreference_rules

    roles = load_coreference_rules().descriptions.get("team_roles", ())
    if not roles:
        return None
    words = clause_words()
    return re.compile(rf"(?i:{alternation(words.articles)})\s+(?i:{alternation(frozenset(roles))})\b"
                      rf"(?!{alternation(frozenset(words.possessive_endings))})")
