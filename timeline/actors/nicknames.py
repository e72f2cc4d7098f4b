"""A nickname written right after a person's full name is that person: "Pushpa Kamal Dahal
'Prachanda'", "Alexi Stival, known as Cuca", "Jon Reyes, alias Bunso".

The model takes the nickname for a name of its own (often an organisation's), so the article
would list one person twice. A name of the model that starts right after a person's name and a
``nickname_cues`` phrase (after a comma or not) or an opening ``nickname_quotes`` mark is that
person's other name: every mention of it, in the whole article, becomes a mention of the person
(their id, name, kind and country). Only the model's own names (``person:``/``org:`` ids) are
renamed; the cue words are the ``[persons]`` lists of ``rules/<language>/words.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.model import ActorMention

__all__ = ["nicknames"]

_OPEN = ("person:", "org:")


@lru_cache(maxsize=4)
def _cue(words: ActorWords) -> re.Pattern | None:
    """The text between a person's name and a nickname: ", known as ", " '"."""
    parts = []
    if words.nickname_cues:
        parts.append(rf",?[ \t]+(?:{alternation(words.nickname_cues)})[ \t]+")
    if words.nickname_quotes:
        parts.append(rf"[ \t]+(?:{alternation(words.nickname_quotes)})")
    return re.compile("|".join(parts)) if parts else None


def nicknames(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` with every mention of a person's nickname made a mention of the person.

    >>> from timeline.actors.gazetteer import load_gazetteer
    >>> text = "Coach Ari Vell, known as Tiko, left. Tiko said so."
    >>> ms = [ActorMention(6, 14, "Ari Vell", "person:ari-vell", "Ari Vell", "person"),
    ...       ActorMention(25, 29, "Tiko", "org:tiko", "Tiko", "organisation"),
    ...       ActorMention(37, 41, "Tiko", "org:tiko", "Tiko", "organisation")]
    >>> [(m.text, m.name, m.kind) for m in nicknames(text, ms, load_gazetteer())]
    [('Ari Vell', 'Ari Vell', 'person'), ('Tiko', 'Ari Vell', 'person'), ('Tiko', 'Ari Vell', 'person')]
    """
    cue = _cue(gaz.rules)
    if cue is None:
        return mentions
    starts = {m.start: m for m in mentions if m.actor_id.startswith(_OPEN)}
    owners: dict[str, ActorMention] = {}  # the nickname -> the person it names
    for m in mentions:
        if m.kind != "person" or " " not in m.name:
            continue
        found = cue.match(text, m.end)
        nick = starts.get(found.end()) if found else None
        if nick is not None and nick.actor_id != m.actor_id and " " not in nick.name:
            owners.setdefault(nick.name, m)
    if not owners:  # every model mention of the nickname, whatever kind the model gave it
        return mentions
    return [replace(m, actor_id=o.actor_id, name=o.name, kind=o.kind, country=o.country)
            if m.actor_id.startswith(_OPEN) and (o := owners.get(m.name)) is not None else m for m in mentions]
