"""Sports teams: names of places (or names no model found) that the words around them show to
be a team, an organisation and an actor.

Clubs are named after their towns ("Sunderland", "Louisville City"), so the model calls them
places, or misses them ("Tranmere", "Real Monarchs"). The article says they are teams; the cue
words are lists of ``rules/<language>/words.toml``:

* a sports result, ``contest_cues``: the names right before and after "beat", "victory over",
  "lost to" ("Salford beat Portsmouth on penalties", "a 1-0 victory over Tranmere");
* a team noun, ``team_nouns``, right after the name ("the Tranmere defense", "a former Real
  Salt Lake defender").

A name opening with a possessive names the team by its leader: the team is the words after it
("Doug Ford's Progressive Conservatives defeated Kathleen Wynne's Liberals": "Progressive
Conservatives", "Liberals").

A name the article also gives a person (the model's ``PERSON``, or a word of a person's name:
"Federer beat Nadal") stays a person, unless the place data knows it as a town. Every entity
of the model with a team's exact words becomes the team (label ``TEAM``) in the whole article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import alternation
from timeline.actors.names import lower_words
from timeline.actors.ner import Entity
from timeline.actors.places import is_place

__all__ = ["TEAM", "contest_teams", "with_teams"]

TEAM = "TEAM"
_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}"


@lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> list[re.Pattern]:
    words = gaz.rules
    if not words.contest_cues:
        return []
    det = rf"(?:(?:{alternation(words.name_determiners)})[ \t]+)?"
    cues = alternation(words.contest_cues)
    out = [re.compile(rf"(?P<name>{_NAME})[ \t]+(?:{cues})\b"),
           re.compile(rf"\b(?:{cues})[ \t]+{det}(?P<name>{_NAME})")]
    if words.team_nouns:
        out.append(re.compile(rf"(?P<name>{_NAME})[ \t]+(?:{alternation(words.team_nouns)})\b"))
    return out


def contest_teams(text: str, gaz: Gazetteer) -> list[Entity]:
    """Spans of names the words around them show to be teams (label ``TEAM``), sorted.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Harlow beat Dunmore 2-1. The Dunmore defense held for an hour."
    >>> [text[e.start:e.end] for e in contest_teams(text, load_gazetteer())]
    ['Harlow', 'Dunmore', 'Dunmore']
    """
    skip = gaz.rules.not_given_names | set(gaz.rules.name_determiners)
    skip -= set(gaz.rules.compass_words)  # "East Bengal FC": a word of the team's name
    common = lower_words(text)
    owned = tuple(gaz.rules.possessive_endings) or ("\0",)  # the leader's: the team is named after it
    found: dict[int, Entity] = {}
    for pattern in _patterns(gaz):
        for m in pattern.finditer(text):
            start, end = m.span("name")
            parts = text[start:end].split()
            lead = max((i + 1 for i, p in enumerate(parts[:-1]) if p.endswith(owned)), default=0)
            for part in parts[:lead]:  # "Doug Ford's Progressive Conservatives": after the leader's name
                start = text.find(part, start) + len(part)
            start, parts = (text.find(parts[lead], start), parts[lead:]) if lead else (start, parts)
            while parts and (parts[0] in skip or parts[0].rstrip(".") in skip or parts[0].lower() in common):
                start = text.find(parts[1], start) if len(parts) > 1 else end
                parts = parts[1:]
            if parts and "\n" not in text[start:end] and not parts[-1].endswith(("'s", "’s")):
                found.setdefault(start, Entity(start, end, TEAM))
    return sorted(found.values(), key=lambda e: e.start)


def with_teams(text: str, ents: list[Entity], teams: list[Entity]) -> list[Entity]:
    """The model's entities ``ents`` with the teams: a team span wins over an overlapping
    entity that is no person, every entity with a team's exact words becomes that team, and a
    name the model calls a person anywhere stays a person (sorted, no overlaps)."""
    people = {text[e.start : e.end] for e in ents if e.label == "PERSON"}
    people = {w for p in people for w in (p, *p.split()) if not is_place(w)}  # "Salford" is a town
    names = {text[t.start : t.end] for t in teams} - people
    if not names:
        return ents
    teams = [t for t in teams if text[t.start : t.end] in names]
    out = [Entity(e.start, e.end, TEAM) if text[e.start : e.end].strip() in names else e for e in ents]
    team_mask = bytearray(len(text) + 1)  # one pass each way: linear in the text
    for t in teams:
        team_mask[t.start : t.end] = b"\x01" * (t.end - t.start)
    kept = [e for e in out if e.label == TEAM or 1 not in team_mask[e.start : e.end]]
    taken = bytearray(len(text) + 1)
    for e in kept:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    for t in teams:
        if 1 not in taken[t.start : t.end]:
            kept.append(t)
            taken[t.start : t.end] = b"\x01" * (t.end - t.start)
    return sorted(kept, key=lambda e: e.start)
