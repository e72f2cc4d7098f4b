"""Actors an article never names: dropped from its events when they act only once.

An event reaches some of its actors through another mention: the state a body or a broadcaster
acts for ("CCTV" -> China), the organisation a body belongs to, the country a generic noun was
resolved to ("the police", "a government"). Where the article names that actor nowhere (no
mention of its own, and its name is not written in the text) and it acts in one shown event
only, a reader would not list it: the broadcaster's footage is no act of its state, and the
story is not about a country it never names (measured on the eleven training sets: 9 such
actors, none of them a gold actor of its article). An actor the text writes, even where no
mention of its own is left ("Germany's navy shelled the town": the mention is the navy's), or
one that acts in several shown events ("the White House said ... the White House added"), stays.
The rule knows no English: it reads only the mentions, the text and the events.

>>> from timeline.model import ActorMention
>>> text = "Police checked CCTV footage on Monday."
>>> cctv = ActorMention(15, 19, "CCTV", "agency:cctv", "CCTV", "agency", "China", "China", "China")
>>> unnamed_actors(text, [cctv], [("China",)])
frozenset({'China'})
>>> unnamed_actors(text, [cctv], [("China",), ("China",)])  # acts twice: an actor of the story
frozenset()
>>> unnamed_actors("China's broadcaster CCTV aired it.", [cctv], [("China",)])  # written: kept
frozenset()
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from timeline.model import ActorMention, Event
from timeline.records import evolve

__all__ = ["MAX_EVENTS", "unnamed_actors", "without_actors"]

MAX_EVENTS = 1  # an unnamed actor of more shown events than this is kept (it carries the story)


def unnamed_actors(text: str, mentions: Sequence[ActorMention], shown_actors: Iterable[Iterable[str]],
                   max_events: int = MAX_EVENTS) -> frozenset[str]:
    """The actors of the shown events (``shown_actors``, one list per event) that no mention of
    ``text`` names, whose name ``text`` never writes as a whole word, and that act in at most
    ``max_events`` of those events. The organisation a mention belongs to without acting for it
    counts as named (the UN Security Council names the United Nations: an organ stands for its
    organisation, while a broadcaster or a ministry does not name the state it acts for), and so
    does the state a person named in office acts for ("the U.S. Secretary of State Jane Roe")."""
    named = {m.name for m in mentions}
    named.update(m.affiliation for m in mentions if m.affiliation != m.acts_for)  # the UN of its organs
    named.update(m.acts_for for m in mentions if m.kind == "person")  # "U.S. Secretary of State Jo Roe"
    counts = Counter(a for actors in shown_actors for a in dict.fromkeys(actors))
    return frozenset(a for a, n in counts.items()
                     if n <= max_events and a not in named and not _written(text, a))


def without_actors(event: Event, names: frozenset[str]) -> Event:
    """``event`` without the actors ``names`` (in its actors, roles, kinds and affiliations).

    >>> from timeline.model import Event, Sentence
    >>> e = Event("e1", "d1", Sentence(0, 5), 0, 4, "Text", "Text", None, "none", "", None,
    ...           None, None, "", actors=("Kenya", "China"), actor_roles=(("Kenya", "agent"), ("China", "patient")))
    >>> without_actors(e, frozenset({"China"})).actor_roles
    (('Kenya', 'agent'),)
    """
    if not names.intersection(event.actors):
        return event
    return evolve(event, actors=tuple(a for a in event.actors if a not in names),
                  actor_roles=tuple(p for p in event.actor_roles if p[0] not in names),
                  actor_kinds=tuple(p for p in event.actor_kinds if p[0] not in names),
                  actor_affiliations=tuple(p for p in event.actor_affiliations if p[0] not in names))


def _written(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a whole word, as it is spelled."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
