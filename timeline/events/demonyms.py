"""A country named by the plural of its demonym is a group of people, not the state.

"asked Kenyans not to panic", "the cheers of many Nigerians", "four of the dead were Syrians": the
people of a country, no actor of the event; a country's code ("US", "U.S.") is no plural. Used by
:mod:`timeline.events.participants`; the demonyms are the gazetteer's, the endings data.
"""

from __future__ import annotations

from timeline.actors.descriptions import country_codes, demonym_keys
from timeline.actors.gazetteer import load_gazetteer
from timeline.events.clauses import clause_words
from timeline.model import ActorMention

__all__ = ["plural_people"]


def plural_people(m: ActorMention) -> bool:
    """Is the country mention ``m`` the plural of its demonym ("Kenyans"): people, not the state?"""
    words, gazetteer = clause_words(), load_gazetteer()
    folded = m.text.lower()
    return (m.text.isalpha() and m.text not in country_codes(gazetteer) and folded != m.name.lower()
            and folded.endswith(words.third_person_endings) and not folded.endswith(words.not_third_person_endings)
            and folded in demonym_keys(gazetteer))
