"""Affiliations, and which mentions bring their state into an event.

Every mention gets ``affiliation`` (the country or organisation the actor belongs to) and
``acts_for`` (the state a government body stands for, or a sitting head of state or government
acts for; for a person it is reported as the affiliation, never as an actor of the event). The rules (see
``data/README.md``):

* a government body, ministry, armed force, presidency, seat of power or state news agency
  (gazetteer kind ``agency``) stands for its country: ``acts_for`` is that country;
* a named agency, central bank (``own`` in the data), regulator, court, police force, company,
  party or team is an actor of its own, its country only an affiliation; an armed group is not
  its state (Hamas: affiliation Palestine);
* a person's affiliation is their country or organisation from the data (leaders) or from the
  words right before their first mention ("Apple CEO Tim Cook", "former United States president
  Donald Trump", "Nepal's prime minister Khadga Prasad Oli"); only a *sitting* head of state or
  government brings the state: a head-of-state title right before the name and no "former", or a
  leader of the data whose role is such a title and who was in office in the article's year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from timeline.actors.analyst import analyst_names
from timeline.actors.context import in_office
from timeline.actors.gazetteer import Actor, Gazetteer
from timeline.model import ActorMention

__all__ = ["affiliate", "base_actor"]

_REACH = 60  # characters before a person searched for their organisation or country
_GAP = re.compile(r"\A(?:['’]s?)?[ \t]+(?:[\w.\-]+[ \t]+){0,4}\Z")  # "'s prime minister ", " CEO "
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_LEAD = re.compile(r"([\w\-]+)[ \t]+\Z")


def base_actor(mention: ActorMention, gaz: Gazetteer) -> Actor | None:
    """The gazetteer actor of a mention ("Ministry of Defence (South Korea)" -> the generic body)."""
    return gaz.actor(mention.actor_id.split("@", 1)[0])


def _head_title(gap: str, titles: tuple[str, ...]) -> bool:
    low = gap.lower()
    return any(re.search(rf"\b{re.escape(t.lower())}\b", low) for t in titles)


def _former(text: str, start: int, gap: str, words: frozenset[str]) -> bool:
    """A word saying the office is no longer held, in the gap or right before the owner."""
    lead = _LEAD.search(text, max(0, start - 20), start)
    return any(w in words for w in re.findall(r"[\w\-]+", gap)) or bool(lead and lead.group(1) in words)


def _context(text: str, person: ActorMention, mentions: list[ActorMention], starts: list[int],
             gaz: Gazetteer) -> tuple[str, bool, int]:
    """(owner, sitting head, index of the owner's mention) from the words right before a mention:
    "Apple CEO Tim Cook" -> Apple; "Russian President Vladimir Putin" -> Russia, head; ("", False,
    -1) when no actor owns the mention there."""
    words = gaz.rules
    i = bisect_left(starts, person.start)
    for k in range(i - 1, max(-1, i - 4), -1):
        m = mentions[k]
        if m.end > person.start or person.start - m.end > _REACH or m.kind in ("outlet", "place"):
            continue
        gap = text[m.end : person.start]
        if not _GAP.match(gap) or any(w.lower() not in words.role_word_set for w in gap.split()
                                      if not w.startswith(("'", "’"))):
            continue
        if m.kind == "person" and not gap.startswith(("'", "’")) and set(re.findall(r"[\w\-]+", gap)) & set(
                words.former_words):
            continue  # "Col. Ada Obi ousted President ...": a deed, not "Ada Obi's former adviser"
        names = analyst_names(m, gaz)  # an organ's parent ("European Commission" -> European Union)
        owner = m.acts_for or (m.affiliation if m.kind == "agency" else names[0] if names else "")
        if not owner:
            continue
        head = _head_title(gap, words.head_titles) and not _former(text, m.start, gap, frozenset(words.former_words))
        return owner, head and (m.kind == "country" or bool(m.acts_for)), k
    return "", False, -1


def affiliate(text: str, mentions: list[ActorMention], gaz: Gazetteer, year: int | None) -> list[ActorMention]:
    """``mentions`` (sorted) with ``affiliation`` and ``acts_for`` set (see the module doc). An
    actor written only as the owner of a person or organisation ("U.S. District Judge Thomas
    Durkin", "Apple CEO Tim Cook", "Britain's National Crime Agency") is that actor's
    affiliation, not a mention of its own: it is left out (a sitting head of state written with
    the state, "Russian President Vladimir Putin", keeps it as ``acts_for``: an affiliation too)."""
    mentions = _same_bodies(mentions)
    starts = [m.start for m in mentions]
    out: list[ActorMention] = []
    owners: set[int] = set()  # indexes of mentions that are only an owner
    first: dict[str, str] = {}  # person or organisation id -> affiliation, from its first mention
    for m in mentions:
        actor = base_actor(m, gaz)
        if m.kind == "agency":
            own = actor is not None and actor.own
            m = replace(m, affiliation=m.country, acts_for="" if own else m.country)
        elif m.kind == "organisation" and actor is not None:
            m = replace(m, affiliation=actor.parent or m.country)
        elif m.kind in ("person", "organisation"):
            owner, head, k = _context(text, m, out, starts[: len(out)], gaz)
            if k < 0 or not (m.kind == "person" or text.startswith(("'", "’"), out[k].end)):
                owner, head = "", False
            acts = owner if head else ""
            fallback = m.country
            if actor is not None:  # an official of the data, acting in office when the text says
                fallback = actor.parent or actor.country
                acts = acts or (fallback if _sitting(text, m, actor, gaz, year) else "")
                if fallback and k >= 0 and _portfolio(out[k], gaz):
                    owner = ""  # "National Security Minister Itamar Ben-Gvir": a portfolio, not his body
                    owners.add(k)  # and no actor of its own
            if k >= 0 and owner:
                owners.add(k)  # the owner is an affiliation here, not an actor of its own
            if not (owner or fallback) and m.kind == "person":
                fallback = _family(m, out)  # "His son Eduardo Bolsonaro": Jair Bolsonaro's country
            affiliation = first.setdefault(m.actor_id, owner or fallback)
            m = replace(m, affiliation=affiliation or fallback, acts_for=acts)
        out.append(m)
    return [m for k, m in enumerate(out) if k not in owners]


def _family(person: ActorMention, before: list[ActorMention]) -> str:
    """The country of another person named earlier with the same family name (the last word of
    both full names), when ``person`` has none of their own; else ""."""
    parts = person.name.split()
    if len(parts) < 2:
        return ""
    return next((m.country for m in reversed(before) if m.kind == "person" and m.country
                 and m.actor_id != person.actor_id and len(m.name.split()) > 1
                 and m.name.split()[-1] == parts[-1]), "")


def _portfolio(owner: ActorMention, gaz: Gazetteer) -> bool:
    """Is ``owner`` a name no data knows, read as an organisation, right before an official of the
    data: the portfolio of their title ("External Affairs Minister S. Jaishankar")?"""
    return owner.kind == "organisation" and base_actor(owner, gaz) is None


def _same_bodies(mentions: list[ActorMention]) -> list[ActorMention]:
    """A generic body written without its country ("the Supreme Court") is the one the article
    named with its country ("Brazil's Supreme Court"), when it named exactly one."""
    attached: dict[str, set[ActorMention]] = {}
    for m in mentions:
        if m.kind == "agency" and "@" in m.actor_id:
            attached.setdefault(m.actor_id.split("@", 1)[0], set()).add(m)
    if not attached:
        return mentions
    out = []
    for m in mentions:
        known = attached.get(m.actor_id)
        if m.kind == "agency" and "@" not in m.actor_id and known and len({k.actor_id for k in known}) == 1:
            first = next(iter(known))
            m = replace(m, actor_id=first.actor_id, name=first.name, country=first.country)
        out.append(m)
    return out


def _sitting(text: str, m: ActorMention, actor: Actor, gaz: Gazetteer, year: int | None) -> bool:
    """An official of the data (head of state or government, minister, spokesperson, head of an
    international organisation) in office in the article's year, not written as "former"."""
    before = text[max(0, m.start - 40) : m.start].split()[-4:]
    if any(w in gaz.rules.former_words for w in before):
        return False
    years = _years_near(text, m.start)  # "Theresa May resigned in 2019": in office then
    if years:
        return any(in_office(actor.in_office, y) for y in years)
    return year is None or in_office(actor.in_office, year)


def _years_near(text: str, pos: int) -> list[int]:
    """The years written in the sentence around ``pos``."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return [int(y) for y in _YEAR.findall(text, start, min(ends) if ends else len(text))]
