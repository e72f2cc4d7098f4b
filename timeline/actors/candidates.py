"""Candidate actors: every entity the pipeline could make a document actor, and what each hand
vetting step says of it.

:func:`timeline.actors.find_actors` (with the statistical model) joins the gazetteer's, the
rules' and the model's names into mentions, one name per entity (``before``); the vetting steps
of :data:`VETTING` then drop names that are things, fragments, credits, descriptors or places in
their use, and add short forms ("the company", "the House", lower-case bodies) (``after``). A
candidate is an entity: the filter name (:func:`timeline.actors.analyst.analyst_names`) of its
mentions, before or after vetting. :class:`Candidates` keeps both lists and the mentions each
entity has before and after every step, so that the learned decision
(:mod:`timeline.actors.actorscore`) can weigh each step's verdict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from timeline.actors.analyst import analyst_names
from timeline.actors.country_uses import country_uses
from timeline.actors.descriptions import chambers, demonym_uses, descriptions
from timeline.actors.gazetteer import Gazetteer
from timeline.actors.local_bodies import local_bodies
from timeline.actors.ner import Entity
from timeline.actors.non_agents import non_agents
from timeline.actors.vetting import vet
from timeline.model import ActorMention

__all__ = ["VETTING", "Candidates", "entity_name", "trace_vetting"]

Step = Callable[[str, list[ActorMention], Gazetteer], list[ActorMention]]

VETTING: tuple[tuple[str, Step], ...] = (
    ("vet", vet),  # "the asteroid Bennu", "(UNI):", "Second Launch Pad of"
    ("non_agents", non_agents),  # "the USL Cup", "Adiala prison", "the newspaper Dawn"
    ("descriptions", descriptions),  # "the company", "the Detroit automaker"
    ("chambers", chambers),  # "the House": the legislature named before
    ("demonym_uses", demonym_uses),  # "a U.S. commercial flight", "the American said"
    ("country_uses", country_uses),  # "built in the US", "Japan's space agency"
    ("local_bodies", local_bodies),  # "the Kerala health department"
)
"""The hand vetting steps, in the order they run; each step's name is a feature of the model."""


def entity_name(mention: ActorMention, gaz: Gazetteer) -> str:
    """The filter name a mention contributes ("" for outlets, places and bodies of no country).

    >>> from timeline.actors.gazetteer import load_gazetteer
    >>> entity_name(ActorMention(0, 4, "Cook", "person:tim-cook", "Tim Cook", "person"), load_gazetteer())
    'Tim Cook'
    """
    names = analyst_names(mention, gaz)
    return names[0] if names else ""


@dataclass(frozen=True, slots=True)
class Candidates:
    """The mentions of one text before and after the hand vetting, the model's entities, and
    how many mentions each entity name has before the first vetting step and after each
    (``counts[0]`` before, ``counts[i + 1]`` after the step ``VETTING[i]``)."""

    before: tuple[ActorMention, ...]
    after: tuple[ActorMention, ...]
    counts: tuple[Mapping[str, int], ...]
    entities: tuple[Entity, ...]

    def names(self, gaz: Gazetteer) -> list[str]:
        """Every candidate entity's name, in order of first mention."""
        seen: dict[str, int] = {}
        for m in sorted(self.before + self.after, key=lambda m: m.start):
            name = entity_name(m, gaz)
            if name:
                seen.setdefault(name, m.start)
        return list(seen)


def trace_vetting(text: str, found: Sequence[ActorMention], ents: Sequence[Entity],
                  gaz: Gazetteer) -> Candidates:
    """``found`` run through every step of :data:`VETTING`, recording what each step did."""
    current = list(found)
    named: dict[int, tuple[ActorMention, str]] = {}  # id -> (mention, name): most pass every step unchanged
    counts = [_counts(current, gaz, named)]
    for _, step in VETTING:
        current = step(text, current, gaz)
        counts.append(_counts(current, gaz, named))
    return Candidates(tuple(found), tuple(current), tuple(counts), tuple(ents))


def _counts(mentions: Sequence[ActorMention], gaz: Gazetteer,
            named: dict[int, tuple[ActorMention, str]]) -> Mapping[str, int]:
    """How many of ``mentions`` each entity name has (each mention named once: ``named``, which
    holds the mention itself, so that its id is not reused)."""
    count: Counter[str] = Counter()
    for m in mentions:
        known = named.get(id(m))
        if known is None:
            known = named[id(m)] = (m, entity_name(m, gaz))
        if known[1]:
            count[known[1]] += 1
    return MappingProxyType(count)
