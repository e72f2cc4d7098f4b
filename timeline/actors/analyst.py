"""What an analyst filters by: countries, international organisations and named people.

* a country mention (name, capital, demonym, code) is its country;
* a body, seat of power or state news agency (kind ``agency``) is its country only;
* an organisation is itself, or its parent for an organ ("UN Security Council" -> "United
  Nations"), plus its home country when it has one (Hamas -> Palestine);
* a person is themself, plus their country ("Vladimir Putin" -> Russia) and, for officials of an
  international organisation, that organisation (António Guterres -> United Nations);
* an outlet (AFP, Reuters) is attribution, never an actor.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.actors.gazetteer import Gazetteer, load_gazetteer
from timeline.model import ActorMention


def analyst_names(mention: ActorMention, gazetteer: Gazetteer | None = None) -> tuple[str, ...]:
    """The filter names one mention contributes.

    >>> from timeline.model import ActorMention
    >>> analyst_names(ActorMention(0, 4, "KCNA", "agency:kcna", "KCNA", "agency", "North Korea"))
    ('North Korea',)
    >>> analyst_names(ActorMention(0, 3, "AFP", "outlet:afp", "AFP", "outlet"))
    ()
    """
    kind = mention.kind
    if kind == "outlet":
        return ()
    if kind == "country":
        return (mention.name,)
    if kind == "agency":
        return (mention.country,) if mention.country else ()
    actor = (gazetteer or load_gazetteer()).actor(mention.actor_id)
    parent = actor.parent if actor else ""
    if kind == "organisation":
        own = parent or mention.name
        return (own, mention.country) if mention.country else (own,)
    names = (mention.name,) + ((mention.country,) if mention.country else ())
    return names + ((parent,) if parent else ())


def analyst_actors(mentions: Iterable[ActorMention], gazetteer: Gazetteer | None = None) -> tuple[str, ...]:
    """Filter names of all ``mentions``, deduplicated, in order of first appearance.

    >>> from timeline.model import ActorMention
    >>> putin = ActorMention(
    ...     0, 5, "Putin", "person:vladimir-putin", "Vladimir Putin", "person", "Russia"
    ... )
    >>> analyst_actors([putin, putin])
    ('Vladimir Putin', 'Russia')
    """
    seen: dict[str, None] = {}
    for mention in mentions:
        for name in analyst_names(mention, gazetteer):
            seen.setdefault(name, None)
    return tuple(seen)
