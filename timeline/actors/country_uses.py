"""Countries named only as a place, an origin, an owner or a descriptor are not actors.

The gold convention (``tests/gold/news/README.md``): a country is an actor where it acts or is
acted upon; "built in the US", "flew in from the United States", "Sifan Hassan of the
Netherlands", "a native of the Philippines", "India's second-largest IT company", "Japan's space
agency" and "an American and two astronauts" name it as a place, a person's origin, an owner or a
descriptor. The words are the ``[country_uses]`` lists of ``rules/<language>/words.toml``:

* a country (or its capital) after a place preposition (``venue_words`` and
  ``place_prepositions``, a determiner between them allowed) or right after an adjective of a
  part of it (``region_adjectives``: "the quake jolted southern Ruritania"), and a country joined to such a
  place by a coordinator ("in Syria and Iraq"), becomes a *place* (the event's location), at
  that mention, whatever the rest of the article does with the country;
* a country after a person (or organisation) and "of" ("Sifan Hassan of the Netherlands", "of
  the USA") or after an origin cue ("a native of") is that actor's country (``country``), not a
  mention of its own;
* a country written as the owner of what is no state's act or organ ("Kenya's economy",
  "Indonesia's 264 million people", "Mexico's presidency"; the
  ``country_possessions`` list) is a descriptor, not a mention of its own;
* a country written as the owner of a common-noun organisation ("Japan's space agency",
  "India's second-largest IT services company"), right before one ("the United States
  company", or a currency: "US$786") or as the owner of a named organisation no data knows ("Nigeria's Super Eagles") is
  an affiliation, not a mention of its own;
* a place use is overruled when the article uses the country as an actor elsewhere in its body;
  a headline is telegraphic ("Philippines evacuates villages as volcano spews ash", "Japan's
  probe delivers samples") and names the story's place, so its use overrules nothing;
* a demonym after an indefinite article ("an American and two other astronauts") is a person
  of that country, not the state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from timeline.actors.context import dateline_ends, headline_end
from timeline.actors.descriptions import country_codes, demonym_keys
from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.actors.names import slug
from timeline.actors.places import is_place
from timeline.model import ActorMention

__all__ = ["country_uses"]

# how the article uses a country mention (see _uses)
_PLACE, _OF, _ORIGIN, _OWNED, _OWNER, _PERSON, _DEMONYM, _ACTING = range(8)
_REACH = 40  # characters read before a country for its preposition
_OWNED_REACH = 60  # characters read after "Japan's" for the organisation noun


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> dict[str, re.Pattern]:
    determiners = alternation(words.name_determiners)
    places = alternation((*words.venue_words, *words.place_prepositions))
    origins = alternation(words.origin_cues) if words.origin_cues else "(?!)"
    coordinators = alternation(words.coordinators)
    adjectives = rf"(?:(?:{alternation(words.place_adjectives)})[ \t]+){{0,2}}" if words.place_adjectives else ""
    roles = alternation(words.role_nouns)
    return {
        "place": re.compile(rf"(?:^|[\s(])(?:{places})[ \t]+(?:(?:{determiners})[ \t]+)?{adjectives}\Z",
                            re.IGNORECASE),  # "in southern Bangladesh", "in war-torn Syria"
        "region": re.compile(rf"(?:^|[\s(])(?:{alternation(words.region_adjectives)})[ \t]+\Z"
                             if words.region_adjectives else "(?!)"),  # "jolted southern Ruritania"
        "place_noun": re.compile(rf"\b(?:{alternation(words.place_nouns)})[ \t]*,?[ \t]+\Z"
                                 if words.place_nouns else "(?!)"),  # "the Kazakh capital, Astana"
        "role_owner": re.compile(rf"['’]s[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?i:{roles})s?\b[ \t]*,?[ \t]+[A-Z]"),
        # "Brazil's president, Dilma Rousseff": her affiliation
        "compound": re.compile(r"-[a-z]"),  # "the Malaysia-based airline", "a U.S.-led coalition"
        "held": re.compile(rf"\b(?:{alternation(words.possessive_determiners)})[ \t]+\Z"
                           if words.possessive_determiners else "(?!)"),  # "its Hong Kong shares"
        "role_of": re.compile(rf"[ \t]+(?:{alternation(words.acting_nouns)})[ \t]+(?:{roles})s?\b"
                              if words.acting_nouns else "(?!)"),  # "a Bangladesh government official"
        "origin": re.compile(rf"\b(?:{origins})[ \t]+(?:(?:{determiners})[ \t]+)?\Z", re.IGNORECASE),
        "of": re.compile(rf",?[ \t]+of[ \t]+(?:(?:{determiners})[ \t]+)?\Z"),
        "apposed": re.compile(rf",[ \t]+(?:(?:{determiners})[ \t]+)?"),
        "and": re.compile(rf"[ \t]*(?:,|{coordinators})[ \t]+(?:(?:{determiners})[ \t]+)?\Z"),
        "described": re.compile(rf"[ \t]+(?:{alternation(words.reference_nouns)})\b"
                                if words.reference_nouns else "(?!)"),
        "owned": re.compile(rf"['’]s[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?(?:{alternation(words.reference_nouns)})\b"
                            if words.reference_nouns else "(?!)"),
        "possession": re.compile(rf"['’]s[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?:{alternation(words.country_possessions)})\b"
                                 if words.country_possessions else "(?!)"),  # "Kenya's economy"
        "owned_place": re.compile(rf"['’]s[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?:{alternation(words.place_nouns)})\b"
                                  if words.place_nouns else "(?!)"),  # "Iran's Kermanshah province"
        "described_person": re.compile(r"['’]s[ \t]+(?:[a-z][\w\-]*[ \t]+){1,3},?[ \t]*[A-Z][a-z]"),
        # "Pakistan's javelin thrower Arshad Nadeem": his affiliation
        "name_before": re.compile(r"(?<![.!?:\n\"“])[ \t]([A-Z][a-z][\w\-]*)[ \t]+\Z"),
        # "in South Australia", "East Pakistan": a region or a state of the past, not the country
        "indefinite": re.compile(rf"\b(?:{alternation(words.indefinite_articles)})[ \t]+\Z"
                                 if words.indefinite_articles else "(?!)", re.IGNORECASE),
    }


def country_uses(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` (sorted) with the countries named only as a place, an origin, an owner or a
    descriptor taken out (places become ``place`` mentions); see the module doc.

    >>> from timeline.actors import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "Acme built the cars in Mexico."
    >>> m = ActorMention(23, 29, "Mexico", "country:mexico", "Mexico", "country", "Mexico")
    >>> [(x.kind, x.name, x.country) for x in country_uses(text, [m], gaz)]
    [('place', 'Mexico', 'Mexico')]
    """
    pats = _patterns(gaz.rules)
    demonyms = _demonyms(gaz)
    uses = _uses(text, mentions, pats, demonyms, gaz)
    body = headline_end(text)
    acting = frozenset(mentions[i].name for i, use in uses.items() if use == _ACTING and mentions[i].start >= body)
    out: list[ActorMention] = []
    owned: dict[int, str] = {}  # index of an organisation -> the country written as its owner
    for i, m in enumerate(mentions):
        if i in owned and not m.country:
            m = replace(m, country=owned[i])
        use = uses.get(i, -1)
        if use == _PLACE and m.name in acting:
            use = _ACTING  # the country acts elsewhere in the article: its venues stay
        if use == _PLACE:
            name = m.text if is_place(m.text) else m.name  # "in London": the capital itself
            out.append(replace(m, name=name, kind="place", country=m.name, actor_id=f"place:{slug(name)}"))
        elif use == _OF:  # "Sifan Hassan of the Netherlands"
            out[-1] = replace(out[-1], country=out[-1].country or m.name)
        elif use == _OWNER:  # "Nigeria's Super Eagles": the country is the team's affiliation
            owned[i + 1] = m.name
        elif use not in (_ORIGIN, _OWNED, _PERSON):
            out.append(m)
    return out


def _uses(text: str, mentions: list[ActorMention], pats: dict[str, re.Pattern], demonyms: frozenset[str],
          gaz: Gazetteer) -> dict[int, int]:
    """Index of each country mention -> how the article uses it: ``place``, ``of`` (a person's
    country), ``origin``, ``owned`` (owner of a common-noun organisation), ``owner`` (of the
    unknown organisation after it), ``person`` ("an American"), ``demonym`` or ``acting``."""
    placed = _placed(text, mentions, pats, demonyms)
    uses: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.kind != "country" or m.acts_for:
            continue
        before = text[max(0, m.start - _REACH) : m.start]
        prev = mentions[i - 1] if i and mentions[i - 1].kind in ("person", "organisation") else None
        if _key(m.text) in demonyms:
            uses[i] = _PERSON if pats["indefinite"].search(before) else _DEMONYM
        elif i in placed:
            uses[i] = _PLACE
        elif prev is not None and pats["of"].fullmatch(text, prev.end, m.start):
            uses[i] = _OF
        elif pats["origin"].search(before):
            uses[i] = _ORIGIN
        elif pats["owned"].match(text, m.end, m.end + _OWNED_REACH) or pats["described"].match(text, m.end) \
                or pats["owned_place"].match(text, m.end, m.end + _OWNED_REACH) \
                or pats["possession"].match(text, m.end, m.end + _OWNED_REACH) \
                or _described_person(text, m, mentions[i + 1] if i + 1 < len(mentions) else None, pats) \
                or _inside_name(text, m, mentions[i - 1] if i else None, pats, gaz) \
                or pats["role_owner"].match(text, m.end, m.end + _OWNED_REACH) or pats["role_of"].match(text, m.end) \
                or pats["compound"].match(text, m.end) or pats["held"].search(before) \
                or text.startswith(gaz.rules.currency_marks or ("\0",), m.end):  # "US$786": a currency
            uses[i] = _OWNED
        elif _owns_next(text, m, mentions[i + 1 :], gaz):
            uses[i] = _OWNER
        else:
            uses[i] = _ACTING
    return uses


def _described_person(text: str, m: ActorMention, nxt: ActorMention | None, pats: dict[str, re.Pattern]) -> bool:
    """The country owns a person described by common words before the name ("Pakistan's javelin
    thrower Arshad Nadeem"): the person's affiliation, not an actor of its own."""
    found = pats["described_person"].match(text, m.end, m.end + _OWNED_REACH)
    return found is not None and nxt is not None and nxt.kind == "person" and nxt.start == found.end() - 2


def _inside_name(text: str, m: ActorMention, prev: ActorMention | None, pats: dict[str, re.Pattern],
                 gaz: Gazetteer) -> bool:
    """The country's name ends a longer proper name: a capitalised word right before it, inside a
    sentence, that is no end of another mention and either a word of direction ("South
    Australia", "East Pakistan") or no title, role or non-name word ("Greater Tasmania"; not
    "President Putin's Russia", "Monday Russia")."""
    before = pats["name_before"].search(text, max(0, m.start - _REACH), m.start)
    if before is None or (prev is not None and prev.end >= before.start(1)):
        return False
    word = before.group(1)
    words = gaz.rules
    return word in words.compass_words or (word not in words.not_given_names and word.lower() not in
                                           words.role_word_set and word.lower() not in words.date_word_set)


_DASH = re.compile(r"[ \t]+[-–—][ \t]")


def _dateline(text: str, m: ActorMention, datelines: list[tuple[int, int]]) -> bool:
    """A place in a dateline ("WASHINGTON, Nov. 15 (Xinhua) --"), or opening a paragraph before a
    dash ("Pretoria - Oscar Pistorius has")."""
    if any(s <= m.start < e for s, e in datelines):
        return True
    return (m.start == 0 or text[m.start - 1] == "\n") and _DASH.match(text, m.end) is not None


@lru_cache(maxsize=4)
def _demonyms(gaz: Gazetteer) -> frozenset[str]:
    """The key texts of the gazetteer's demonyms, its country codes left out ("USA" is the
    country's name); once per gazetteer, not per document."""
    return demonym_keys(gaz) - {_key(c) for c in country_codes(gaz)}


def _key(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


def _owns_next(text: str, m: ActorMention, rest: list[ActorMention], gaz: Gazetteer) -> bool:
    """The country is written as the owner of the organisation right after it ("Nigeria's Super
    Eagles") that no data knows; the gazetteer's organisations keep their country, and a state
    body ("Russia's Defence Ministry", kind ``agency``) stands for its country and keeps it."""
    if not rest or not text.startswith(("'s ", "’s "), m.end):
        return False
    nxt = rest[0]
    return nxt.start == m.end + 3 and nxt.kind == "organisation" and gaz.actor(nxt.actor_id) is None


def _placed(text: str, mentions: list[ActorMention], pats: dict[str, re.Pattern],
            demonyms: frozenset[str]) -> frozenset[int]:
    """Indexes of the country mentions in a place phrase ("in the US", "through Kenya and
    Uganda", "in Florida, the United States") or a dateline ("Pretoria - "). A country the
    article also names outside one keeps its venues as an actor ("Indian forces struck sites in
    Pakistan. Pakistan said ...")."""
    datelines = dateline_ends(text)
    placed, previous = set(), -1
    for i, m in enumerate(mentions):
        if m.kind != "country" or _key(m.text) in demonyms:
            continue
        after_place = i > 0 and mentions[i - 1].kind == "place" and (pats["apposed"].fullmatch(
            text, mentions[i - 1].end, m.start) is not None or (  # "in Florida, the United States"
            pats["place"].search(text, max(0, mentions[i - 1].start - _REACH), mentions[i - 1].start) is not None
            and pats["and"].fullmatch(text, mentions[i - 1].end, m.start) is not None))  # "in Syria and Iraq"
        coordinated = previous >= 0 and pats["and"].fullmatch(text, previous, m.start) is not None
        venue = pats["place"].search(text, max(0, m.start - _REACH), m.start) is not None \
            or pats["region"].search(text, max(0, m.start - _REACH), m.start) is not None or (
            is_place(m.text) and pats["place_noun"].search(text, max(0, m.start - _REACH), m.start) is not None)
        if venue or after_place or coordinated or _dateline(text, m, datelines):
            placed.add(i)
            previous = m.end
        else:
            previous = -1
    return frozenset(placed)
