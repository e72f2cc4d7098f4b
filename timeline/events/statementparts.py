"""One statement is one event: a speaker's next saying, in the same paragraph, joins the saying shown before it.

"Mayor Anna Berg thanked the volunteers on Monday. The repairs, she said, would cost less than the
council had feared." A report goes on quoting or paraphrasing one appearance of a speaker; the
further saying, with no date of its own, is a part of the statement just shown, not a happening of
its own. Such a saying (its verb a reporting verb or a cue of a saying's type, with no reported
happening as its content: in "She said police had arrested two men" the arrest is the event, and
stays one; asserted: a plan told is news) joins, as a part (:func:`timeline.events.parts.with_part`),
the shown event just before it when that is a saying of the same speakers (the actors in a
speaker's role) in its paragraph, and names every actor the saying names. A saying with a date of
its own ("On Wednesday, she said"), another speaker's, one that brings in someone new, or one
opening another paragraph stays an event: the judges keep most of those, and the gold's key events
are often among them (a wider rule, measured, swallowed key events).

It runs after the keep score (:mod:`timeline.events.keepscore`): only a shown saying takes parts,
and only a shown saying becomes one. How far back to look, the speakers' roles, the sayings' types
and the examples are data (``rules/en/parts.toml`` ``[same_statement]``); the engine knows no
English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.parts import examples, fold_into_homes, part_data
from timeline.model import Event, TimeExpression

__all__ = ["StatementRules", "join_statements", "load_statement_rules"]

_BREAK = re.compile(r"\n\s*")  # a paragraph break (blank lines and all)


@dataclass(frozen=True, slots=True)
class StatementRules:
    """``parts.toml`` ``[same_statement]``: how many shown events and paragraph breaks back to look
    (window 0: off), who speaks, the statuses of a saying that may join, the event types of a cue
    that is a saying of its own, and the examples (text, events, parts)."""

    window: int
    paragraphs: int  # how many paragraph breaks back the statement may be (0: its own paragraph)
    speaker_roles: frozenset[str]  # the actor roles of who speaks ("agent", "source")
    statuses: frozenset[str]  # the statuses of a saying that may go on a statement (not a plan)
    kinds: frozenset[str]  # the event types of a cue that is a saying ("thanked", "urged")
    examples: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=4)
def load_statement_rules(language: str = "en") -> StatementRules:
    """The same-statement rules of ``language``."""
    _, data = part_data(language)
    table = data.get("same_statement", {})
    return StatementRules(int(table.get("window", 0)), int(table.get("paragraphs", 0)),
                          frozenset(table.get("speaker_roles", ())), frozenset(table.get("statuses", ())),
                          frozenset(table.get("kinds", ())), examples(table))


def _saying(candidate: Candidate | None, rules: StatementRules) -> bool:
    """Is ``candidate`` a saying itself (not a happening reported by one): its verb a reporting verb
    or a cue of a saying's type?"""
    return candidate is not None and candidate.report is None and (
        candidate.cue.reporting is not None or candidate.cue.event_type in rules.kinds)


def _speakers(event: Event, rules: StatementRules) -> frozenset[str]:
    """Who speaks in ``event``: its actors in a speaker's role (``rules.speaker_roles``)."""
    return frozenset(a for a, role in event.actor_roles if role in rules.speaker_roles)


def _own_date(event: Event, times: Sequence[TimeExpression]) -> bool:
    """Has ``event`` a date of its own: an explicit one, or a time expression in its sentence?"""
    return event.date_source == "explicit" or any(
        event.sentence.start <= t.start < event.sentence.end for t in times)


def _home(text: str, event: Event, kept: Sequence[Event], rules: StatementRules,
          candidates: Mapping[int, Candidate]) -> int | None:
    """The position in ``kept`` of the shown saying ``event`` goes on: one of the last
    ``rules.window`` shown events, at most ``rules.paragraphs`` paragraph breaks back, a saying of
    the same speakers that names every actor ``event`` names (one that brings in someone new is news
    of its own)."""
    speakers = _speakers(event, rules)
    if not speakers:
        return None  # no one speaks: nothing to go on
    seen = 0
    for at in range(len(kept) - 1, -1, -1):
        other = kept[at]
        if not other.shown:
            continue
        seen += 1
        breaks = len(_BREAK.findall(text, other.sentence.end, event.sentence.start))
        if seen > rules.window or breaks > rules.paragraphs:
            return None  # too far back, or too many paragraphs back
        if (other.sentence.start < event.sentence.start and speakers <= _speakers(other, rules)
                and set(event.actors) <= set(other.actors) and _saying(candidates.get(other.trigger_start), rules)):
            return at
    return None


def join_statements(text: str, events: Sequence[Event], candidates: Mapping[int, Candidate],
                    times: Sequence[TimeExpression] = ()) -> list[Event]:
    """``events`` (of one document, in text order, scored) with each shown saying of no date of its
    own (none of ``times``, the document's time expressions, in its sentence) joined to the shown
    saying of its speakers it goes on, the rest renumbered in order.
    ``candidates`` maps an event's ``trigger_start`` to the candidate it came from.

    >>> from datetime import date
    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> from timeline.settings import Settings
    >>> text = ("Mayor Anna Berg thanked the volunteers on Monday. "
    ...         "The repairs, she said, would cost less than the council had feared.")
    >>> found = process(Document("d", text, date(2025, 4, 28)), Settings(keep_score=False)).events
    >>> [(e.predicate, len(e.parts)) for e in found]
    [('thanked', 1)]
    """
    rules = load_statement_rules()

    def home_of(event: Event, kept: list[Event]) -> int | None:
        if (rules.window and event.shown and event.actors and event.status in rules.statuses
                and not _own_date(event, times) and _saying(candidates.get(event.trigger_start), rules)):
            return _home(text, event, kept, rules, candidates)
        return None
    return fold_into_homes(events, home_of)
