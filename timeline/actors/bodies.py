"""Generic bodies take the country written next to them.

"South Korea's Ministry of Defence", "the Russian Defence Ministry", "the foreign ministry of
Ukraine", "The North's Central Military Commission", "Sudan's army": the body (an actor marked
``attachable``) becomes "<Body> (<Country>)", kind ``agency``, with that country; a body whose
capitalised name ends with "of <Country>" ("the Central Bank of Nigeria", "the Supreme Court of
Pakistan") keeps the name as written, and the country inside it is no actor there. Lower-case
words that are only bodies next to a country ("army", "government", "troops": patterns marked
``attach_only``) are dropped when no country is written next to them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from timeline.actors.gazetteer import Gazetteer, Pattern
from timeline.actors.language import alternation
from timeline.model import ActorMention


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
