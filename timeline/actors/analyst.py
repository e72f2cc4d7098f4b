"""What an analyst filters by: countries, international organisations, organisations, people.

* a country mention (name, capital, demonym, code) is its country;
* a government body, seat of power or state news agency (kind ``agency``) is its country only;
  a named agency or central bank of its own (``own`` in the data) is itself; a body of no known
  country written as a proper name ("the Ministry of Health") is itself, named as written;
* an organisation is itself, or its parent for an organ ("UN Security Council" -> "United
  Nations"); its home country is an affiliation, not an actor (Hamas is not Palestine);
* a person is themself; their country or organisation is an affiliation, never an actor by
  itself, even for a sitting head of state or government ("Buhari was sworn in" has Buhari, not
  Nigeria; issue 11 point 3): their ``acts_for`` (set by :mod:`timeline.actors.affiliation`) is
  reported as the affiliation (:func:`timeline.actors.kinds.actor_affiliations`), not copied;
* an outlet (AFP, Reuters) is attribution and a place is a location: never actors.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.actors.gazetteer import Gazetteer, load_gazetteer
from timeline.model import ActorMention


def analyst_names(mention: ActorMention, gazetteer: Gazetteer | None = None) -> tuple[str, ...]:
    """The filter names one mention contributes.

    >>> from timeline.model import ActorMention
    >>> analyst_names(ActorMention(0, 4, "KCNA", "agency:kcna", "KCNA", "agency", "North Korea",
    ...                            "North Korea", "North Korea"))
    ('North Korea',)
    >>> analyst_names(ActorMention(0, 3, "AFP", "outlet:afp", "AFP", "outlet"))
    ()
    >>> analyst_names(ActorMention(0, 5, "Trump", "person:donald-trump", "Donald Trump", "person",
    ...                            "United States", "United States"))
    ('Donald Trump',)
    """
    kind = mention.kind
    if kind in ("outlet", "place"):
        return ()
    if kind == "country":
        return (mention.name,)
    if kind == "agency":
        if mention.acts_for or not mention.affiliation and mention.country:
            return (mention.acts_for or mention.country,)
        gaz = gazetteer or load_gazetteer()
        actor = gaz.actor(mention.actor_id.split("@", 1)[0])
        if actor is not None and actor.own:
            return (mention.name,)
        written = proper_body(mention, gaz)  # a body of no known country: by its written name
        return (written,) if written else ()
    actor = (gazetteer or load_gazetteer()).actor(mention.actor_id)
    return ((actor.parent if actor and kind == "organisation" else "") or mention.name,)


def proper_body(mention: ActorMention, gaz: Gazetteer) -> str:
    """The written name of a body of no known country of ``named_bodies`` when it is a proper
    name of two words or more ("the Ministry of Health announced": "Ministry of Health"), else "".

    >>> from timeline.model import ActorMention
    >>> def body(text):
    ...     return ActorMention(4, 4 + len(text), text, "body:health-ministry", "Health Ministry", "agency")
    >>> proper_body(body("Ministry of Health"), load_gazetteer()), proper_body(body("ministry"), load_gazetteer())
    ('Ministry of Health', '')
    """
    words, joiners = mention.text.split(), {w for p in gaz.rules.body_joiners for w in p.split()}
    proper = len(words) > 1 and words[0][:1].isupper() and all(w[:1].isupper() or w in joiners for w in words)
    named = mention.actor_id.split("@", 1)[0] in gaz.rules.named_bodies
    return " ".join(words) if proper and named and not mention.country else ""


def analyst_actors(mentions: Iterable[ActorMention], gazetteer: Gazetteer | None = None) -> tuple[str, ...]:
    """Filter names of all ``mentions``, deduplicated, in order of first appearance.

    >>> from timeline.model import ActorMention
    >>> putin = ActorMention(0, 5, "Putin", "person:vladimir-putin", "Vladimir Putin", "person",
    ...                      "Russia", affiliation="Russia", acts_for="Russia")
    >>> kremlin = ActorMention(9, 16, "Kremlin", "agency:kremlin", "Kremlin", "agency", "Russia",
    ...                        "Russia", "Russia")
    >>> analyst_actors([putin, putin, kremlin])
    ('Vladimir Putin', 'Russia')
    """
    seen: dict[str, None] = {}
    for mention in mentions:
        for name in analyst_names(mention, gazetteer):
            seen.setdefault(name, None)
    return tuple(seen)
