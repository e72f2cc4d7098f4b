"""The kind and affiliation of every actor an event lists (columns ``actor_kinds`` and
``actor_affiliations`` of the events table).

Kinds: ``country``, ``international_organisation``, ``organisation``, ``armed_group``,
``person``, ``media``. A name an analyst filters by comes from a mention (see
:mod:`timeline.actors.analyst`): a country, or the state a body or a sitting leader acts for, is
a ``country``; an organisation of the gazetteer without a home country (the UN, NATO, the WHO)
or an organ's parent is an ``international_organisation``; one marked ``group: "armed_group"`` is an
``armed_group``; every other organisation, agency of its own and open-world organisation is an
``organisation``; an outlet is ``media``.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.actors.analyst import analyst_names, proper_body
from timeline.actors.gazetteer import Gazetteer, load_gazetteer
from timeline.model import ActorMention

__all__ = ["KINDS", "actor_kinds", "actor_affiliations", "kind_of"]

KINDS = ("country", "international_organisation", "organisation", "armed_group", "person", "media")


def kind_of(mention: ActorMention, gaz: Gazetteer | None = None) -> str:
    """The contract kind of the actor a mention names (not of the state it acts for).

    >>> kind_of(ActorMention(0, 5, "Hamas", "org:hamas", "Hamas", "organisation", "Palestine"))
    'armed_group'
    >>> kind_of(ActorMention(0, 4, "NATO", "org:nato", "NATO", "organisation"))
    'international_organisation'
    >>> kind_of(ActorMention(0, 5, "Apple", "org:apple", "Apple", "organisation"))
    'organisation'
    """
    kind = mention.kind
    if kind in ("country", "person"):
        return kind
    if kind == "outlet":
        return "media"
    actor = (gaz or load_gazetteer()).actor(mention.actor_id.split("@", 1)[0])
    if kind == "agency":
        own = actor is not None and actor.own or bool(proper_body(mention, gaz or load_gazetteer()))
        return "organisation" if own else "country"
    if actor is None:
        return "organisation"
    if actor.group == "armed_group":
        return "armed_group"
    return "international_organisation" if actor.parent or not actor.country else "organisation"


def actor_kinds(mentions: Iterable[ActorMention], gaz: Gazetteer | None = None) -> tuple[tuple[str, str], ...]:
    """(name, kind) of every name the mentions contribute to an event, first mention wins.

    >>> putin = ActorMention(0, 5, "Putin", "person:vladimir-putin", "Vladimir Putin", "person",
    ...                      "Russia", "Russia", "Russia")
    >>> actor_kinds([putin])
    (('Vladimir Putin', 'person'),)
    """
    seen: dict[str, str] = {}
    for m in mentions:
        names = analyst_names(m, gaz)
        for i, name in enumerate(names):
            own = i == 0 and not (m.kind == "agency" and name in (m.acts_for, m.country) and name != m.name)
            seen.setdefault(name, kind_of(m, gaz) if own else "country")
    return tuple(seen.items())


def actor_affiliations(mentions: Iterable[ActorMention], gaz: Gazetteer | None = None) -> tuple[tuple[str, str], ...]:
    """(name, affiliation) of the actors of an event that have one (never the actor itself).

    >>> cook = ActorMention(0, 8, "Tim Cook", "person:tim-cook", "Tim Cook", "person", "", "Apple")
    >>> actor_affiliations([cook])
    (('Tim Cook', 'Apple'),)
    """
    seen: dict[str, str] = {}
    for m in mentions:
        names = analyst_names(m, gaz)
        if names and m.affiliation and names[0] != m.affiliation and (m.kind != "agency" or names[0] == m.name):
            seen.setdefault(names[0], m.affiliation)
    return tuple(seen.items())
