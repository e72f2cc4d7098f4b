"""Actors named only as the owner of an office or of a thing, not as parties to the event.

* A country right after an office in the singular and "of" ("sworn in as the new President of
  Guatemala", a list going on through ", " and "and") is the office holder's state, his
  affiliation, when the sentence names a person; where it names nobody, or the office is plural
  ("the foreign ministers of Peru and Chile met"), the office stands for its states and the
  country stays.
* A name right after a noun of a part, a place or a record of something and "of" ("the website
  of the Varno Stock Exchange", "the member states of the European Union", "the October issue
  of the Varno Journal") owns that thing: it does not act or undergo the event.
* A country in the possessive right before a capitalised name that is no actor's ("Britain's
  Skynet 5B was released", "Luanda's Quatro de Fevereiro Airport will open") owns that thing
  (a satellite, an airport, a title): :func:`owns_unknown_name`. Not before the state's own
  people or arms (the actor rules' ``acting_nouns``: "Chile's Navy seized a ship").

The words are data (``[affiliation]`` ``office_titles``, ``list_joiners`` and ``part_nouns`` of
``rules/<language>/participants.toml``).

>>> from dataclasses import replace
>>> from timeline.model import ActorMention
>>> text = "The President of Peru and Chile met Ana Ruiz on the website of the Varno Union."
>>> ms = [ActorMention(17, 21, "Peru", "country:peru", "Peru", "country"),
...       ActorMention(26, 31, "Chile", "country:chile", "Chile", "country"),
...       ActorMention(36, 44, "Ana Ruiz", "person:ana-ruiz", "Ana Ruiz", "person"),
...       ActorMention(67, 78, "Varno Union", "org:varno-union", "Varno Union", "organisation")]
>>> sorted(owners_only(text, ms))
[17, 26, 67]
>>> plural = "The presidents of Peru and Chile met Ana Ruiz on the website of the Varno Union."
>>> sorted(owners_only(plural, [replace(m, start=m.start + 1, end=m.end + 1) for m in ms]))  # they act
[68]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.actors.language import load_language as actor_words
from timeline.events.clauses import clause_words
from timeline.events.language import alternation
from timeline.events.lexicon import RULES_DIR
from timeline.model import ActorMention

__all__ = ["owners_only", "owns_unknown_name"]

_REACH = 40  # characters read before a mention for its office or part noun


@dataclass(frozen=True, slots=True)
class _Words:
    office_of: re.Pattern  # "the President of (the) " right before a country
    joint: re.Pattern  # ", " or " and " between the countries of one such list
    part_of: re.Pattern  # "the website of (the) " right before a name


@lru_cache(maxsize=4)
def _words(language: str = "en") -> _Words:
    data = tomllib.loads((RULES_DIR / language / "participants.toml").read_text(encoding="utf-8"))
    table = data["affiliation"]
    articles = rf"(?:(?i:{alternation(clause_words().articles)})\s+)?"
    never = "(?!)"
    offices = alternation(frozenset(table.get("office_titles", ()))) or never
    parts = alternation(frozenset(table.get("part_nouns", ()))) or never
    joiners = alternation(frozenset(table.get("list_joiners", ()))) or never
    return _Words(
        office_of=re.compile(rf"\b(?i:{offices})\s+of\s+{articles}\Z"),
        joint=re.compile(rf"\s*(?:,|,?\s*(?:{joiners}))\s+{articles}"),
        part_of=re.compile(rf"\b(?:{parts})\s+of\s+{articles}\Z"),
    )


def owners_only(text: str, everyone: Sequence[ActorMention], language: str = "en") -> frozenset[int]:
    """Starts of the mentions of ``everyone`` (one sentence's, sorted) named only as the state of
    an office (when the sentence names a person) or as the owner of a part noun."""
    words = _words(language)
    found = {m.start for m in everyone if words.part_of.search(text, max(0, m.start - _REACH), m.start)}
    if not any(m.kind == "person" for m in everyone):
        return frozenset(found)
    previous = -1
    for m in everyone:
        if m.kind != "country":
            previous = -1
            continue
        if words.office_of.search(text, max(0, m.start - _REACH), m.start) or (
                previous >= 0 and words.joint.fullmatch(text, previous, m.start)):
            found.add(m.start)
            previous = m.end
        else:
            previous = -1
    return frozenset(found)


def owns_unknown_name(text: str, at: int, everyone: Sequence[ActorMention]) -> bool:
    """Does a capitalised word follow at ``at`` (right after a possessive ending) that opens no
    actor's mention of ``everyone`` (a place's may: a satellite taken for one) and names none of a
    state's people or arms: a thing the name before owns, not an actor of the event?

    >>> owns_unknown_name("Chile's Skynet 5B was released.", 7, [])
    True
    >>> owns_unknown_name("Chile's Navy seized a ship.", 7, []), owns_unknown_name("Chile's navy", 7, [])
    (False, False)
    """
    word = re.match(r"\s+([^\W\d_][\w.-]*)", text[at : at + 60])
    if word is None or not word.group(1)[0].isupper():
        return False
    start = at + word.start(1)
    return (not any(m.start == start and m.kind != "place" for m in everyone)
            and word.group(1).lower().rstrip(".") not in actor_words().acting_nouns)
