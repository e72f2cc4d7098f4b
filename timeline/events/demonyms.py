"""A country named by the plural of its demonym is a group of people, not the state; so is one
named by a demonym joined to another country's ("British Indian history", "an Iranian-American
reporter", "the British Indian Army"): a mixed people, or what belongs to it.

"asked Kenyans not to panic", "the cheers of many Nigerians", "four of the dead were Syrians": the
people of a country, no actor of the event; a country's code ("US", "U.S.") is no plural. Used by
:mod:`timeline.events.participants`; the demonyms are the gazetteer's, the endings data.
"""

from __future__ import annotations

import re

from timeline.actors.descriptions import country_codes, demonym_keys
from timeline.actors.gazetteer import load_gazetteer
from timeline.events.clauses import clause_words
from timeline.model import ActorMention

__all__ = ["joined_demonym", "plural_people"]

_REACH = 30  # characters looked back for the demonym joined before
_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)[ -]\Z")  # "British " right before "Indian"
_AFTER = re.compile(r"[ -](?P<word>[A-Z][a-z]+)\b")  # " Indian" right after "British"


def plural_people(m: ActorMention) -> bool:
    """Is the country mention ``m`` the plural of its demonym ("Kenyans"): people, not the state?"""
    words, gazetteer = clause_words(), load_gazetteer()
    folded = m.text.lower()
    return (m.text.isalpha() and m.text not in country_codes(gazetteer) and folded != m.name.lower()
            and folded.endswith(words.third_person_endings) and not folded.endswith(words.not_third_person_endings)
            and folded in demonym_keys(gazetteer))


def joined_demonym(text: str, m: ActorMention) -> bool:
    """Is the country mention ``m`` a demonym joined by a space or a hyphen to another country's
    demonym ("British Indian", "Iranian-American"): a mixed people, not the state?

    >>> from timeline.model import ActorMention
    >>> text = "an Iranian-American reporter, British and Indian troops"
    >>> joined_demonym(text, ActorMention(3, 10, "Iranian", "iran", "Iran", "country"))
    True
    >>> joined_demonym(text, ActorMention(30, 37, "British", "united-kingdom", "United Kingdom", "country"))
    False
    """
    keys = demonym_keys(load_gazetteer())
    own = m.text.lower()
    if own == m.name.lower() or own not in keys:
        return False
    before = _BEFORE.search(text, max(0, m.start - _REACH), m.start)
    after = _AFTER.match(text, m.end)
    return any(w is not None and w.group("word").lower() in keys - {own} for w in (before, after))
