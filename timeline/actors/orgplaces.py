"""Organisations that share a place's name.

The place table (:mod:`timeline.actors.places`) knows "Nokia" (a Finnish town), "Gateway" (a
town in the United States) and "University of Texas" (a GeoNames site), so a name the model
takes for a person or an organisation and the table knows is drawn as a place, never an actor.
Two signs make it an organisation all the same:

* its head word (the word before its first "of", else its last) is an organisation head of
  ``organisation_heads`` in ``rules/<language>/words.toml`` ("the University of Texas");
* the words around one of its mentions in the text show an organisation
  (:func:`timeline.actors.org_cues.cued_organisations`: "Nokia CEO Stephen Elop", "Gateway's
  shares"): then every mention of that name is the organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords
from timeline.actors.ner import Entity
from timeline.actors.non_agents import head_word
from timeline.actors.org_cues import cued_organisations

__all__ = ["cued_names", "named_organisation"]


def cued_names(text: str, gaz: Gazetteer, cued: Sequence[Entity] | None = None) -> frozenset[str]:
    """The names the words around one of their mentions show to be organisations (``cued``: the
    spans of :func:`~timeline.actors.org_cues.cued_organisations` when the caller has them).

    >>> from timeline.actors import load_gazetteer
    >>> sorted(cued_names("Talbor agreed. Quimby's shareholders voted for Talbor.", load_gazetteer()))
    ['Quimby']
    """
    return frozenset(text[e.start : e.end] for e in (cued_organisations(text, gaz) if cued is None else cued))


def named_organisation(name: str, cued: frozenset[str], words: ActorWords) -> bool:
    """Whether ``name`` is an organisation though the place table may know it: a cued name or a
    name of two words or more headed by an organisation head.

    >>> from timeline.actors.language import load_language
    >>> words = load_language()
    >>> [named_organisation(n, frozenset({"Nokia"}), words) for n in ("Nokia", "University of Texas", "Texas")]
    [True, True, False]
    """
    return name in cued or (" " in name and head_word(name, words.head_joiners) in words.organisation_heads)
