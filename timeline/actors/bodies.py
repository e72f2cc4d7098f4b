"""Generic bodies take the country written next to them.

"South Korea's Ministry of Defence", "the Russian Defence Ministry", "the foreign ministry of
Ukraine", "The North's Central Military Commission", "Sudan's army": the body (an actor marked
``attachable``) becomes "<Body> (<Country>)", kind ``agency``, with that country; a body whose
capitalised name ends with "of <Country>" ("the Central Bank of Nigeria", "the Supreme Court of
Pakistan") keeps the name as written, and the country inside it is no actor there; so does a
``compound_bodies`` body written in capitals right after the country's own name or code ("the
Pakistan Army", "the U.S. Justice Department"; not "the U.S. military"): an organisation of its own named as
written, the country its affiliation (a demonym or a possessive before it, "the Russian Defence
Ministry", "Sudan's army", still makes it the country's body), and so does a ``possessed_bodies``
body written in capitals after the country's possessive ("Kenya's Ministry of Health"; not "South
Korea's Ministry of Defence", through which the state acts). Lower-case
words that are only bodies next to a country ("army", "government", "troops": patterns marked
``attach_only``) are dropped when no country is written next to them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from timeline.actors.gazetteer import Gazetteer, Pattern
from timeline.actors.language import alternation
from timeline.actors.names import slug
from timeline.model import ActorMention

_OWN_NAME = frozenset({"name", "alt", "official", "code"})  # a country's name, not its demonym or capital


class _Gaps(NamedTuple):
    possessive: re.Pattern  # "Sudan's army": a country, a possessive, the body
    of: re.Pattern  # "the foreign ministry of Ukraine": the body, "of", the country


@lru_cache(maxsize=4)
def _gaps(gaz: Gazetteer) -> _Gaps:
    words = gaz.rules
    possessives = alternation(words.possessive_endings + words.bare_possessive_endings)
    return _Gaps(re.compile(rf"(?:{possessives})?\s+\Z"),
                 re.compile(rf"\A\s+(?:{alternation(words.body_joiners)})\s+\Z"))


def attach(chosen: list[tuple[ActorMention, Pattern]], text: str, gaz: Gazetteer) -> list[ActorMention]:
    """Give generic bodies the country written next to them; drop lone attach-only words."""
    mentions = [m for m, _ in chosen]
    out: list[ActorMention | None] = list(mentions)
    for i, (m, pat) in enumerate(chosen):
        actor = gaz.actors[m.actor_id]
        if not actor.attachable:
            continue
        before = _country_before(mentions, i, text, gaz)
        if before is not None and _compound(chosen[i - 1][1], before, m, actor.actor_id, text, gaz):
            out[i - 1] = None  # "the Pakistan Army": the country is inside the body's name
            name = text[before.start : m.end]
            out[i] = ActorMention(before.start, m.end, name, f"org:{slug(name)}", name,
                                  "organisation", before.name, before.name)
            continue
        if before is not None and _possessed(before, m, actor.actor_id, text, gaz):
            out[i - 1] = None  # "Kenya's Ministry of Health": the country is the body's, no actor here
            out[i] = ActorMention(m.start, m.end, m.text, f"org:{slug(before.name + ' ' + m.text)}", m.text,
                                  "organisation", before.name, before.name)
            continue
        country = before or _country_after(mentions, i, text, gaz)
        if country is None:
            if pat.attach_only:
                out[i] = None
            continue
        name, end = f"{_bare(actor.name)} ({country.name})", m.end
        if before is None and m.text[:1].isupper() and country.text[:1].isupper():
            name, end = text[m.start : country.end], country.end  # "the Central Bank of Nigeria"
            out[i + 1] = None  # the country is inside the name: the body's country, no actor here
        out[i] = ActorMention(
            start=m.start,
            end=end,
            text=text[m.start : end],
            actor_id=f"{actor.actor_id}@{country.actor_id}",
            name=name,
            kind="agency",
            country=country.name,
        )
    return [m for m in out if m is not None]


def _compound(pattern: Pattern, country: ActorMention, body: ActorMention, body_id: str, text: str,
              gaz: Gazetteer) -> bool:
    """Is ``body``, right after a country mention matched by ``country``, named with the country's
    own name or code and nothing between ("Pakistan Army", not "Pakistani army", "Pakistan's army")?"""
    return (pattern.via in _OWN_NAME and body_id in gaz.rules.compound_bodies and text[country.end : body.start] == " "
            and _in_capitals(body.text, gaz))  # not "the U.S. military"


def _possessed(country: ActorMention, body: ActorMention, body_id: str, text: str, gaz: Gazetteer) -> bool:
    """Is ``body`` a ``possessed_bodies`` body written as a proper name in capitals after the
    possessive of a country ("Kenya's Ministry of Health", not "Sudan's army", "Peru's health ministry")?"""
    return (body_id in gaz.rules.possessed_bodies and text[country.end : body.start].strip() != ""
            and len(body.text.split()) > 1 and _in_capitals(body.text, gaz))


def _in_capitals(name: str, gaz: Gazetteer) -> bool:
    """Is every word of ``name`` capitalised or a body's joiner ("Ministry of Health", not "army")?"""
    joiners = {w for phrase in gaz.rules.body_joiners for w in phrase.split()}
    return all(w[:1].isupper() or w in joiners for w in name.split())


def _bare(name: str) -> str:
    return name[3:] if name.startswith("UN ") else name


def _country_before(mentions: list[ActorMention], i: int, text: str, gaz: Gazetteer) -> ActorMention | None:
    if i == 0:
        return None
    prev = mentions[i - 1]
    gap = text[prev.end : mentions[i].start]
    if prev.kind == "country" and len(gap) <= 4 and _gaps(gaz).possessive.match(gap):
        return prev
    return None


def _country_after(mentions: list[ActorMention], i: int, text: str, gaz: Gazetteer) -> ActorMention | None:
    if i + 1 >= len(mentions):
        return None
    nxt = mentions[i + 1]
    gap = text[mentions[i].end : nxt.start]
    if nxt.kind == "country" and len(gap) <= 9 and _gaps(gaz).of.match(gap):
        return nxt
    return None
