"""A surname alone is the person last named in full with it.

"Imelda Marcos ... Marcos was charged": a one-word mention of a person resolved to someone the
article has not named in full before it (the gazetteer gives "Marcos" to the president of the
article's year) is the person named in full most recently before it whose name holds that word.
A mention with no such full name before it, or whose own person was named in full before it,
keeps its resolution. One pass, linear in the
number of mentions; nothing here knows words of a language.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.model import ActorMention

__all__ = ["nearest_bearers"]


def nearest_bearers(mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` (sorted) with each one-word person mention given the person last named in
    full with that word, if another (see the module doc).

    >>> a = ActorMention(0, 13, "Imelda Marcos", "person:imelda-marcos", "Imelda Marcos", "person")
    >>> b = ActorMention(20, 26, "Marcos", "person:marcos-jr", "Ferdinand Marcos Jr.", "person", "Philippines")
    >>> [m.name for m in nearest_bearers([a, b])]
    ['Imelda Marcos', 'Imelda Marcos']
    """
    last: dict[str, ActorMention] = {}  # a word of a full name -> the last person named with it
    full: set[str] = set()  # the people named in full so far
    out = []
    for m in mentions:
        if m.kind == "person":
            words = m.text.split()
            if len(words) > 1:
                full.add(m.actor_id)
                for w in words:
                    last[w] = m
            elif words:
                owner = last.get(words[0])
                if owner is not None and m.actor_id not in full and owner.name != m.name:
                    m = replace(m, actor_id=owner.actor_id, name=owner.name, country=owner.country,
                                affiliation=owner.affiliation, acts_for=owner.acts_for)
        out.append(m)
    return out
