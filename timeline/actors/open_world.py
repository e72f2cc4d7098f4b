"""Open-world actors: the model's people, organisations and places joined to the gazetteer's.

The gazetteer normalises what it knows (aliases, canonical names, countries, leaders); the
model (:mod:`timeline.actors.ner`) finds what no list knows. For each entity of the model:

* a gazetteer mention on the same words wins (it has the canonical name and the country);
* a country, demonym or organisation *inside* a longer name that the gazetteer does not explain
  ("Niger State Police", "the Australian Open", "the Paris Agreement", "Indian Ocean", "the
  International Federation of Red Cross and Red Crescent Societies") is not that actor: the
  inner mention is dropped (the IFRC is not the ICRC);
* a person (``PERSON``) or organisation (``ORG``) the gazetteer does not know becomes an actor,
  without determiner, title or possessive ("Tim Cook's" -> Tim Cook, "Judge Lewis Kaplan" ->
  Lewis Kaplan); a title, role or reference noun alone ("Taoiseach", "MPs", "the Spaniard")
  is none; an organisation ending in a media word ("the New York Times") is an outlet;
* a city, region or landmark (``GPE`` that is not a country, ``LOC``, ``FAC``) is a place
  (kind ``place``): the event's location, never an actor.

Then one name per entity (:mod:`timeline.actors.aliases`). Only Latin-script names become
actors, and nothing from an all-capital line: the model's guesses there are junk.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from timeline.actors import name_tails, spans
from timeline.actors.context import in_title_case_line, shouting
from timeline.actors.gazetteer import Gazetteer
from timeline.actors.inner_names import body_amid_name, country_inside_name, generic_body_of
from timeline.actors.language import ActorWords, alternation
from timeline.actors.names import given_start, lower_words, slug
from timeline.actors.ner import Entity
from timeline.actors.org_evidence import evidenced, organisation_evidence
from timeline.actors.orgplaces import cued_names, named_organisation
from timeline.actors.places import is_place, place_country
from timeline.actors.teams import TEAM
from timeline.model import ActorMention

__all__ = ["PLACE_LABELS", "clean_span", "countries_in_names", "join_entities"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", TEAM})
_NAME_LABELS = frozenset({"ORG", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LOC", "FAC", "GPE"})
_INSIDE_KINDS = frozenset({"country", "organisation"})  # a longer name around them is another name
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])\Z")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-zÀ-ɏ]")
_EDGE = " \t\n,.;:!?\"“”‘’()[]-–—"


def clean_span(text: str, start: int, end: int, words: ActorWords, person: bool) -> tuple[int, int]:
    """The name inside an entity: without determiner, title (for people), possessive or
    punctuation at its ends.

    >>> from timeline.actors.language import load_language
    >>> text = "U.S. District Judge Lewis Kaplan's ruling"
    >>> s, e = clean_span(text, 0, 33, load_language(), True)
    >>> text[s:e]
    'Lewis Kaplan'
    """
    colon = text.rfind(": ", start, end)  # "Photo: Travellers" is a caption label, then a name
    if colon >= 0:
        start = colon + 2
    end = spans.cut_span(text, start, end, words)  # "Jatiya Oikya Front (National", "Pratap Jena - Health"
    while start < end and text[start] in _EDGE:
        start += 1
    numbered = False
    while end > start and (text[end - 1] in _EDGE or text[end - 1].isdigit()):  # "Lib Dems 57"
        numbered = numbered or text[end - 1].isdigit()
        end -= 1
    if numbered:  # "Federal Bank Q2": Q2 is a quarter
        end = spans.without_period_code(text, start, end, words)
    start = spans.undescribed(text, start, end, words)  # "State-run Canara Bank"
    if person:  # "Donna McColgan KC"; "Amy St" cut from "Amy St. Eve"
        end = name_tails.continued_name(text, start, spans.without_post_nominals(text, start, end, words), words)
    end = spans.with_kept_stop(text, start, end, words)  # "Samsung Electronics Co.", "Harry Thomas Jr."
    m = _POSSESSIVE.search(text, start, end)
    if m:
        end = m.start()
    skip = set(words.name_determiners) | (words.not_given_names if person else set())
    while True:
        first = re.match(r"\S+", text[start:end])
        if first is None or " " not in text[start:end].strip():
            break
        token = first.group()
        titled = person and (token.lower() in words.role_word_set or (
            token.endswith(".") and len(token) > 2 and not _INITIALS.fullmatch(token)))  # "Gen.", not "D.J."
        initial = re.fullmatch(r"[A-Z]\.", token) is not None  # "A. Suresh": an initial, not the article "A"
        if initial or (token not in skip and token.rstrip(".") not in skip and not titled):
            break
        if token in words.name_titles and len(text[start:end].split()) == 2:
            break  # "Queen Elizabeth", "Lord Mountbatten": the title is the name's

        start += len(token)
        while start < end and text[start] in " \t":
            start += 1
    return start, end


def _usable(name: str, words: ActorWords) -> bool:
    """A name an actor can have: Latin letters only, starting with a capital or a digit, one
    line, no slash ("Joel Kowsky/NASA" is a photo credit), and no lower-case word but the
    particles (also hyphened: "Habib al-Adly") and joining words of names ("Lassa in Borno State"
    is two names)."""
    if not name or not (name[0].isupper() or name[0].isdigit()) or not _LATIN.search(name):
        return False
    if _NON_LATIN.search(name) or "\n" in name or "/" in name:
        return False
    return all(not w[0].islower() or w in words.name_joiners or w in words.name_particles
               or w[: w.find("-") + 1] in words.name_particles for w in name.split())


def join_entities(text: str, mentions: list[ActorMention], ents: list[Entity], gaz: Gazetteer,
                  cued: list[Entity] | None = None) -> list[ActorMention]:
    """``mentions`` (gazetteer and rules, sorted) joined with the model's entities ``ents`` (``cued``: cued ones)."""
    words = gaz.rules
    starts = [m.start for m in mentions]
    dropped: set[int] = set()  # starts of country mentions inside a longer name
    added: list[ActorMention] = []
    surnames = {text[e.start : e.end].strip() for e in ents if e.label == "PERSON"
                and " " not in text[e.start : e.end].strip()}  # people named by one word ("Bolt")
    person_words = set()  # the words of the people's names ("Jackson" of "Michael Jackson")
    for e in ents:
        if e.label == "PERSON":
            words_of = text[slice(*clean_span(text, e.start, e.end, words, True))].split()
            person_words.update(words_of if len(words_of) > 1 else ())
    skip = words.not_given_names | words.role_word_set | frozenset(words.name_determiners) | {
        c.capitalize() for c in words.thing_cues}  # "Typhoon Haiyan" is no given name
    ends, common, cued = {m.end for m in mentions}, lower_words(text), cued_names(text, gaz, cued)
    for ent in _joined(text, _split(text, spans.split_lists(text, ents, person_words, words), person_words, words),
                       tuple(f"{d} " for d in words.name_determiners)):
        i, j = bisect_left(starts, ent.start), bisect_left(starts, ent.end)
        inside = [m for m in mentions[max(0, i - 1) : j] if m.end > ent.start and m.start < ent.end]
        owner = _owner(text, ent, inside)
        if owner is not None:  # "Britain's National Crime Agency": the name starts after "'s"
            ent = Entity(owner, ent.end, ent.label)
            inside = [m for m in inside if m.end > ent.start]
        if inside:
            within = all(ent.start <= m.start and m.end <= ent.end for m in inside)
            if ent.label in _NAME_LABELS and within and all(m.kind in _INSIDE_KINDS for m in inside) and \
                    country_inside_name(text, ent, inside, words):
                dropped.update(m.start for m in inside)
            elif ent.label == "ORG" and within and (generic_body_of(text, ent, inside, words)
                                                     or body_amid_name(text, ent, inside, words)):
                dropped.update(m.start for m in inside)  # "the Supreme Court of Appeal"
            elif ent.label == "PERSON" and _full_name_of(text, ent, inside, words):
                dropped.update(m.start for m in inside)  # "Maureen McDonnell", not Robert's "McDonnell"
            else:
                continue
        one_word = text[ent.start : ent.end].strip()
        if ent.label in PLACE_LABELS and (_surname_of_someone(text, ent, surnames) or (
                one_word in person_words and not is_place(one_word))):  # "Kagwe" of "Mutahi Kagwe"
            ent = Entity(ent.start, ent.end, "PERSON")  # "Usain Bolt" taken for a place, "Bolt" a person
        person = ent.label == "PERSON"
        start, end = clean_span(text, ent.start, ent.end, words, person)
        if person:
            start = _titled(text, start, end, words)
        if person or _INITIAL.match(text, start):  # "Eliud Kipchoge", "A S Kiran Kumar" (the model's ORG)
            start = given_start(text, start, end, skip, ends, common)
        if inside and any(m.start < end and m.end > start for m in inside if m.start not in dropped):
            continue
        name = text[start:end]
        if not _usable(name, words) or shouting(text, start):
            continue
        organisation = named_organisation(name, cued, words)  # "Nokia CEO Stephen Elop": no Finnish town
        if ent.label in PLACE_LABELS or (is_place(name) and name not in person_words and ent.label != TEAM
                                         and not organisation):
            if not inside:  # a city, region or landmark; its country from the place data
                added.append(replace(_mention(start, end, name, "place", "place"), country=place_country(name)))
        elif ent.label in _ACTOR_LABELS and not spans.no_name(name, words, roles=ent.label != TEAM):
            media = ent.label == "ORG" and name.split()[-1] in words.media_words
            owner = evidenced(name, organisation_evidence(text, words)) if person else None  # "Connacht skipper"
            named = person and owner is None
            kind = "person" if named and name not in cued else ("outlet" if media else "organisation")
            added.append(replace(_mention(start, end, owner or name, kind, "person" if named else "org"), text=name))
    kept = [m for m in mentions if m.start not in dropped]
    return sorted(kept + added, key=lambda m: m.start)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_INITIAL = re.compile(r"[A-Z]\.?[ \t]+[A-Z]")
_AND_ACRONYM = re.compile(r"[ \t]*\([A-Z][A-Za-z&.]{1,9}\)")


def _joined(text: str, ents: list[Entity], determiners: tuple[str, ...]) -> list[Entity]:
    """Two organisations joined by "and" or a comma right before a bracketed acronym are one
    name: "the International Federation of Red Cross and Red Crescent Societies (IFRC)", "the ISRO
    Telemetry, Tracking and Command Network (ISTRAC)"; not when the second opens with a determiner
    ("the Dock Workers Union and the Port Authority (PA)": two names)."""
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label == ent.label == "ORG" and text[prev.end : ent.start] in (" and ", ", ") \
                and _AND_ACRONYM.match(text, ent.end) and not text[ent.start : ent.end].startswith(determiners):
            out[-1] = Entity(prev.start, ent.end, "ORG")
        else:
            out.append(ent)
    return out


def _split(text: str, ents: list[Entity], person_words: set[str], words: ActorWords) -> list[Entity]:
    """Entities that are lists of names, split: surnames the article names, listed with commas or coordinators
    ("Armstrong, Aldrin", "Japarov and Rahmon"), two organisations joined by a coordinator and a determiner
    ("the National Conference and the Congress"). The split pattern is compiled once, not per entity."""
    joints = [f" {c} {d} " for c in words.coordinators for d in words.name_determiners]
    listed, out = re.compile(rf",|[ \t]+(?:{alternation(words.coordinators)})[ \t]+"), []
    for ent in ents:
        span = text[ent.start : ent.end]
        parts = [p.strip() for p in listed.split(span)]
        if len(parts) > 1 and all(p in person_words for p in parts):
            pos = ent.start
            for p in parts:
                pos = text.index(p, pos)
                out.append(Entity(pos, pos + len(p), "PERSON"))
                pos += len(p)
            continue
        joint = next((j for j in joints if j in span), None)
        if ent.label == "ORG" and joint is not None and _AND_ACRONYM.match(text, ent.end) is None:
            cut = ent.start + span.index(joint)
            out += [Entity(ent.start, cut, "ORG"), Entity(cut + len(joint), ent.end, "ORG")]
            continue
        out.append(ent)
    return out


def _full_name_of(text: str, ent: Entity, inside: list[ActorMention], words: ActorWords) -> bool:
    """A person's full name around a one-word short form of someone else: "Maureen McDonnell"
    around the "McDonnell" of Robert McDonnell (not a title before the name: "President Putin")."""
    if len(inside) != 1 or inside[0].kind != "person" or " " in inside[0].text:
        return False
    start, end = clean_span(text, ent.start, ent.end, words, True)
    if text[start - 1 : start] in ("\"", "“", "‘", "'"):
        return False  # the "Lightning Bolt": a nickname
    return inside[0].end == end and inside[0].start > start and inside[0].name != text[start:end] \
        and inside[0].start - start > 1


def _titled(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a one-word name starts with the title that is part of it ("Lord Mountbatten",
    "Queen Elizabeth"; not "Mr. Smith")."""
    if " " in text[start:end]:
        return start
    before = text[max(0, start - 12) : start].split()
    if before and before[-1] in words.name_titles and text[start - 1 : start] == " ":
        return start - 1 - len(before[-1])
    return start


def _surname_of_someone(text: str, ent: Entity, surnames: set[str]) -> bool:
    """A two- or three-word "place" the place table does not know, whose last word the model
    elsewhere takes for a person's name, is that person ("Usain Bolt" ... "Bolt said")."""
    words = text[ent.start : ent.end].split()
    return 2 <= len(words) <= 3 and words[-1] in surnames and not is_place(" ".join(words))


def _owner(text: str, ent: Entity, inside: list[ActorMention]) -> int | None:
    """Where the name starts when the entity opens with an actor and a possessive ("Britain's
    National Crime Agency", "Nepal's Khadga Prasad Oli"), else None."""
    if not inside or inside[0].start > ent.start + 4:
        return None
    m = re.match(r"['’]s?\s+", text[inside[0].end : ent.end])
    if m is None or inside[0].end + m.end() >= ent.end:
        return None
    return inside[0].end + m.end()


_NEXT_NAME = re.compile(r"[ \t]+([A-Z][\w'’\-]*)")


def countries_in_names(text: str, mentions: list[ActorMention], words: ActorWords) -> list[ActorMention]:
    """``mentions`` without the countries that open a longer proper name: a country or demonym
    followed by a capitalised word that is no title, no known actor and no non-name word ("the
    Australian Open", "Indian Ocean", "British Airways"; not "Russian President", not "Russian
    Defence Ministry", which is a body the gazetteer knows). Title Case headlines are left alone.

    >>> from timeline.actors.language import load_language
    >>> m = ActorMention(8, 18, "Australian", "country:australia", "Australia", "country", "Australia")
    >>> countries_in_names("He won  Australian Open titles.", [m], load_language())
    []
    """
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.kind == "country" and not text.startswith(("'", "’"), m.end):
            nxt = _NEXT_NAME.match(text, m.end)
            if nxt and nxt.start(1) not in starts and nxt.group(1) not in words.not_given_names \
                    and nxt.group(1).lower() not in words.role_word_set and not nxt.group(1).isupper() \
                    and not in_title_case_line(text, m.start):
                continue
        out.append(m)
    return out


def _mention(start: int, end: int, name: str, kind: str, prefix: str) -> ActorMention:
    return ActorMention(start, end, name, f"{prefix}:{slug(name)}", name, kind, "")
