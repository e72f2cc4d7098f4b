"""Coordinated clauses: "Pakistan came into being in 1947, and India became independent the next
day". A clause with no cue of its own is read with the next one as one event; the actors of the
first clause ("Pakistan") are not the second clause's, whose own subject follows the joiner
("India").

A mention before the event's predicate belongs to an earlier coordinated clause when a joiner of
``participants.toml`` ``[coordination]`` (", and", "; ") stands between it and the predicate, a
mention (the new clause's subject) opens the text right after that joiner, and a verb (a past
form or a finite auxiliary) stands between the mention and the joiner: a clause, not the names of
a list ("Peru, Chile, and Bolivia signed", "Ana Ruiz, the foreign minister, and Jon Berg signed"
keep all). Used by :mod:`timeline.events.participants`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.language import alternation, load_language
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.events.verbforms import past_form
from timeline.model import ActorMention

__all__ = ["CoordinationRules", "earlier_clause", "in_earlier_clause", "load_coordination_rules"]

_SUBJECT_GAP = 4  # characters at most between a joiner and the mention opening the new clause ("the ")


@dataclass(frozen=True, slots=True)
class CoordinationRules:
    """The words of ``participants.toml`` ``[coordination]``, compiled."""

    joiner: re.Pattern | None  # ", and ", "; ": where a coordinated clause begins
    openers: re.Pattern | None  # words that may stand between the joiner and the new subject ("the")


@lru_cache(maxsize=4)
def load_coordination_rules(language: str = "en") -> CoordinationRules:
    """The coordination rules of ``language`` (none when its file has no ``[coordination]``)."""
    data = tomllib.loads((RULES_DIR / language / "participants.toml").read_text(encoding="utf-8"))
    table = data.get("coordination", {})
    joiners = [j for j in table.get("joiners", ()) if j]
    return CoordinationRules(
        joiner=re.compile("|".join(re.escape(j) + r"\s+" for j in sorted(joiners, key=len, reverse=True)))
        if joiners else None,
        openers=re.compile(rf"(?:(?i:{alternation(frozenset(table['openers']))})\s+)?")
        if table.get("openers") else None,
    )


def earlier_clause(text: str, predicate_start: int, sentence_start: int,
                   everyone: Sequence[ActorMention], rules: CoordinationRules | None = None) -> int:
    """The offset where the coordinated clause of the predicate at ``predicate_start`` begins
    (its joiner) when an earlier coordinated clause precedes it in the sentence, else -1: the
    mentions before that offset with a clause between them and it are that earlier clause's.

    >>> from timeline.model import ActorMention as M
    >>> text = "Peru won in 1990, and Chile became a republic."
    >>> peru, chile = M(0, 4, "Peru", "c:pe", "Peru", "country"), M(22, 27, "Chile", "c:cl", "Chile", "country")
    >>> earlier_clause(text, text.index("became"), 0, [peru, chile])
    16
    >>> text = "Peru, Chile, and Bolivia signed a pact."
    >>> earlier_clause(text, text.index("signed"), 0, [])
    -1
    """
    rules = rules or load_coordination_rules()
    if rules.joiner is None:
        return -1
    last = None
    for found in rules.joiner.finditer(text, sentence_start, predicate_start):
        last = found
    if last is None:
        return -1
    at = last.end()
    if rules.openers is not None:
        at = rules.openers.match(text, at).end()
    subject = next((m for m in everyone if at <= m.start <= at + _SUBJECT_GAP and m.end <= predicate_start), None)
    return last.start() if subject is not None else -1


def in_earlier_clause(text: str, mention: ActorMention, joiner_at: int) -> bool:
    """Is ``mention`` before the joiner at ``joiner_at`` with a verb between them ("came into
    being", "pleaded guilty", "was released"), a clause of its own, not an item of a list?"""
    if joiner_at < 0 or mention.end > joiner_at:
        return False
    pasts, finite = load_lexicon().past_forms, load_language().words.finite_auxiliaries
    return any(w in pasts or w in finite or past_form(w)
               for w in re.findall(r"[^\W\d_][\w'-]*", text[mention.end : joiner_at]) if w[0].islower())
