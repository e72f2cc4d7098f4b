"""Within-document resolution of gazetteer hits into actor mentions.

Steps, each a plain function over the hits of one document:

1. ``anchors``: actors named unambiguously (a full name, a country name, an acronym).
2. ``choose``: pick the actor of every hit: blockers ("Latin America") vanish; context aliases
   ("the North") count only when one of their ``requires`` actors is anchored; short forms
   ("Kim", "Putin") go to the actor whose full name was seen (the most recent before, else
   anywhere in the document), else to the one candidate that may stand alone, else to the one
   candidate right after a title ("President Xi"); otherwise the hit is dropped.
3. ``attach``: a generic body ("Ministry of Defence", "Central Military Commission", "Security
   Council") takes the country written next to it ("South Korea's ...", "Russian ...",
   "... of Ukraine").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from timeline.actors.gazetteer import Actor, Gazetteer, Pattern
from timeline.actors.matching import Hit
from timeline.model import ActorMention

_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s+\Z")
_OF_GAP = re.compile(r"\A\s+of\s+(?:the\s+)?\Z")


def anchors(hits: list[Hit]) -> dict[str, list[int]]:
    """Actor id -> start offsets of its unambiguous, stand-alone mentions."""
    found: dict[str, list[int]] = {}
    for hit in hits:
        if len(hit.patterns) != 1:
            continue
        pat = hit.patterns[0]
        if pat.alone and not pat.requires and not pat.actor_id.startswith("none:"):
            found.setdefault(pat.actor_id, []).append(hit.start)
    return found


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")


def _name_continues(text: str, end: int, titles: frozenset[str]) -> bool:
    """A capitalised word follows: the short form is part of a longer, unknown name."""
    m = _NEXT_WORD.match(text, end)
    word = m.group(1) if m else ""
    return bool(word) and word[0].isupper() and not word.isupper() and word not in titles


def _title_before(text: str, start: int, titles: frozenset[str]) -> bool:
    words = text[max(0, start - 30) : start].split()
    return bool(words) and (words[-1] in titles or " ".join(words[-2:]) in titles)


def _pick(
    hit: Hit, text: str, found: dict[str, list[int]], titles: frozenset[str]
) -> Pattern | None:
    pats = hit.patterns
    if any(p.actor_id.startswith("none:") for p in pats):
        return None
    if pats[0].via == "short" and _name_continues(text, hit.end, titles):
        return None  # "Koo Byoungsam" is not Wellington Koo; "Kim Myung-soo" is no Kim of ours
    if len(pats) == 1 and pats[0].alone and not pats[0].requires:
        return pats[0]
    context = [p for p in pats if p.requires and any(r in found for r in p.requires)]
    if context:
        return context[0]
    seen = [p for p in pats if not p.requires and p.actor_id in found]
    if seen:

        def last_before(p: Pattern) -> int:
            starts = found[p.actor_id]  # ascending
            i = bisect_left(starts, hit.start)
            return starts[i - 1] if i else -1

        return max(seen, key=last_before)
    loose = [p for p in pats if p.alone and not p.requires]
    if len(loose) == 1:
        return loose[0]
    plain = [p for p in pats if not p.requires]
    if len(plain) == 1 and _title_before(text, hit.start, titles):
        return plain[0]
    return None


def _mention(text: str, start: int, end: int, actor: Actor, country: str = "") -> ActorMention:
    return ActorMention(
        start=start,
        end=end,
        text=text[start:end],
        actor_id=actor.actor_id,
        name=actor.name,
        kind=actor.kind,
        country=country or actor.country,
    )


def choose(hits: list[Hit], text: str, gaz: Gazetteer) -> list[tuple[ActorMention, Pattern]]:
    """One mention per hit whose actor can be decided (see the module doc), with its pattern."""
    found = anchors(hits)
    titles = gaz.rules["title_set"]
    chosen = []
    for hit in hits:
        pat = _pick(hit, text, found, titles)
        if pat is not None:
            mention = _mention(text, hit.start, hit.end, gaz.actors[pat.actor_id])
            chosen.append((mention, pat))
    return chosen


def attach(
    chosen: list[tuple[ActorMention, Pattern]], text: str, gaz: Gazetteer
) -> list[ActorMention]:
    """Give generic bodies the country written next to them; drop lone attach-only words."""
    mentions = [m for m, _ in chosen]
    out: list[ActorMention | None] = list(mentions)
    for i, (m, pat) in enumerate(chosen):
        actor = gaz.actors[m.actor_id]
        if not actor.attachable:
            continue
        country = _country_before(mentions, i, text) or _country_after(mentions, i, text)
        if country is None:
            if pat.attach_only:
                out[i] = None
            continue
        out[i] = ActorMention(
            start=m.start,
            end=m.end,
            text=m.text,
            actor_id=f"{actor.actor_id}@{country.actor_id}",
            name=f"{_bare(actor.name)} ({country.name})",
            kind="agency",
            country=country.name,
        )
    return [m for m in out if m is not None]


def _bare(name: str) -> str:
    return name[3:] if name.startswith("UN ") else name


def _country_before(mentions: list[ActorMention], i: int, text: str) -> ActorMention | None:
    if i == 0:
        return None
    prev = mentions[i - 1]
    gap = text[prev.end : mentions[i].start]
    if prev.kind == "country" and len(gap) <= 4 and _POSSESSIVE_GAP.match(gap):
        return prev
    return None


def _country_after(mentions: list[ActorMention], i: int, text: str) -> ActorMention | None:
    if i + 1 >= len(mentions):
        return None
    nxt = mentions[i + 1]
    gap = text[mentions[i].end : nxt.start]
    if nxt.kind == "country" and len(gap) <= 9 and _OF_GAP.match(gap):
        return nxt
    return None
