"""A natural hazard that strikes a country does not make the country an actor.

"A magnitude 6.1 earthquake shook central Peru on Sunday" and "Cyclone Mocha battered the coasts
of Myanmar and Bangladesh" say where a disaster happened: the countries after the verb are its
places, not parties to the event (the gold convention: a country acts or is acted upon by
someone). An event whose subject names a hazard (``[place] hazards`` of
``rules/<language>/participants.toml``) and no actor keeps no country named after its verb.

>>> import re
>>> hazard = re.compile(r"(?i)\\b(?:earthquake|quake)s?\\b")
>>> text = "A strong quake shook Peru on Sunday."
>>> hazard_subject(text, 0, 15, (), hazard)
True
>>> hazard_subject("Chile shook Peru on Sunday.", 0, 6, (0,), hazard)
False
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["hazard_subject"]


def hazard_subject(text: str, subject_start: int, predicate_start: int, actor_starts: Collection[int],
                   hazards: re.Pattern) -> bool:
    """Does the subject ``text[subject_start:predicate_start]`` name a hazard and no actor (no
    start of ``actor_starts`` inside it)?"""
    if any(subject_start <= s < predicate_start for s in actor_starts):
        return False
    return hazards.search(text, subject_start, predicate_start) is not None
