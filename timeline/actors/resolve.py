"""Within-document resolution of gazetteer hits into actor mentions.

Steps, each a plain function over the hits of one document:

1. ``anchors``: actors named unambiguously (a full name, a country name, an acronym).
2. ``choose``: pick the actor of every hit: blockers ("Latin America") vanish; context aliases
   ("the North") count only when one of their ``requires`` actors is anchored; short forms
   ("Kim", "Putin") go to the actor whose full name was seen (the most recent before, else
   anywhere in the document), else to the one candidate that may stand alone, else, right after
   a title, to the one candidate whose role fits the title and, when the article year is known,
   who was in office that year ("President Xi", "Prime Minister Sharif" in 2025); otherwise the
   hit is dropped.
   A place named only as a venue ("talks in Rome", "a summit in Wales") or in a dateline
   ("MOSCOW (Reuters) —") is not an actor: such a country name or capital is dropped unless the
   same actor is mentioned otherwise in the document.

Then ``bodies.attach`` gives generic bodies their country.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from timeline.actors.context import (
    date_context,
    dateline_ends,
    in_office,
    in_title_case_line,
    inside_longer_name,
    name_continues,
    name_precedes,
    title_before,
)
from timeline.actors.gazetteer import Actor, Gazetteer, Pattern
from timeline.actors.matching import Hit
from timeline.model import ActorMention

_BIG = 1 << 62
_NAME_VIAS = frozenset({"name", "official", "alt"})
_PLACE_VIAS = frozenset({"name", "official", "alt", "capital"})


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


def _pick(hit: Hit, text: str, found: dict[str, list[int]], gaz: Gazetteer, year: int | None) -> Pattern | None:
    rules = gaz.rules
    pats = hit.patterns
    if pats[0].actor_id.startswith("none:") or (len(pats) > 1 and any(p.actor_id.startswith("none:") for p in pats)):
        return None
    titles = rules.title_set
    if (
        pats[0].via == "short"
        and (name_continues(text, hit.end, titles) or name_precedes(text, hit.start, rules.not_given_names))
        and not in_title_case_line(text, hit.start)
    ):
        return None  # "Koo Byoungsam" is not Wellington Koo, "Eduardo Bolsonaro" not Jair
    if pats[0].month_like and date_context(text, hit.start, hit.end, rules.date_word_set):
        return None  # "in May 2019" is the month, not Theresa May
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
    title = title_before(text, hit.start, titles)
    if title:  # "President Lee", "Prime Minister Sharif": the one whose role and years fit
        fitting = _fitting([p for p in pats if not p.requires], title, gaz, year)
        if len(fitting) == 1:
            return fitting[0]
    return None


def _fitting(pats: list[Pattern], title: str, gaz: Gazetteer, year: int | None) -> list[Pattern]:
    """Candidates whose role has the title ("President Xi"; not "Mr. Lee", not "Spokesman Wang")."""
    pats = [p for p in pats if title.lower() in gaz.actors[p.actor_id].role.lower()]
    if len(pats) > 1 and year is not None:
        pats = [p for p in pats if in_office(gaz.actors[p.actor_id].in_office, year)] or pats
    return pats


def _mention(text: str, start: int, end: int, actor: Actor, country: str = "") -> ActorMention:
    return ActorMention(start, end, text[start:end], actor.actor_id, actor.name, actor.kind, country or actor.country)


def choose(hits: list[Hit], text: str, gaz: Gazetteer, year: int | None = None) -> list[tuple[ActorMention, Pattern]]:
    """One mention per hit whose actor can be decided (see the module doc), with its pattern.

    ``year`` (of the article) decides between leaders that share a surname and a title.
    """
    found = anchors(hits)
    actors = gaz.actors
    datelines = dateline_ends(text)
    chosen, venues, acting = [], [], set()
    for hit in hits:
        pats = hit.patterns
        pat = pats[0] if len(pats) == 1 and pats[0].plain else _pick(hit, text, found, gaz, year)
        if pat is None:
            continue
        if pat.via in _NAME_VIAS and inside_longer_name(text, hit.start, hit.end, gaz.rules.not_given_names):
            continue  # "the Carnegie Russia Eurasia Center" is not Russia
        mention = _mention(text, hit.start, hit.end, actors[pat.actor_id])
        place = (mention.kind == "country" and _is_place(text, hit, pat, gaz, datelines)) or (
            mention.kind == "agency" and _in_dateline(hit.start, datelines)  # "(Xinhua) --"
        )
        (venues if place else chosen).append((mention, pat))
        if not place:
            acting.add(pat.actor_id)
    if venues:
        chosen += [(m, p) for m, p in venues if p.actor_id in acting]
        chosen.sort(key=lambda mp: mp[0].start)
    return chosen


def _is_place(text: str, hit: Hit, pat: Pattern, gaz: Gazetteer, datelines: list[tuple[int, int]]) -> bool:
    """A country or capital named as a venue ("talks in Rome") or in a dateline ("MOSCOW —")."""
    if pat.via not in _PLACE_VIAS or text.startswith(gaz.rules.possessive_endings, hit.end):  # "at Russia's request"
        return False
    start = hit.start
    if _in_dateline(start, datelines):
        return True
    return text[start - 1 : start] == " " and _last_word(text, start) in gaz.rules.venue_set


def _in_dateline(start: int, datelines: list[tuple[int, int]]) -> bool:
    i = bisect_right(datelines, (start, _BIG)) - 1  # the last dateline starting at or before start
    return i >= 0 and start < datelines[i][1]


def _last_word(text: str, start: int) -> str:
    words = text[max(0, start - 10) : start].split()
    return words[-1].lower() if words else ""
