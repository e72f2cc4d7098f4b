"""Organisations found by rule: capitalised words ending in a head noun or a company's legal form
("the Manhattan District Attorney's Office", "Niger State Police", "Kenyatta National Hospital",
"FBN Holdings Plc", "East Bengal FC").

The head nouns (``organisation_heads``) and the joining words are in ``rules/en/words.toml``. The
spans found are offered to :func:`timeline.actors.open_world.join_entities` beside the model's
entities, as ``ORG``; where they overlap, the longer span wins (:func:`merge_spans`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.actors.ner import Entity

__all__ = ["cue_organisations", "extend_organisations", "merge_spans", "tickers", "trim_cues"]

_LIST_BEFORE = re.compile(r"(?<![\w\-])(?:[A-Z][\w\-]*[ \t]+)*(?:[A-Z][\w\-]*,[ \t]+)+\Z")  # "Meteorological, "
_SURNAME = re.compile(r"[ \t]([A-Z][a-z][\w\-]*)(?=,|[ \t]+of[ \t])")  # "Kwame Ofori| Mensah of"


@lru_cache(maxsize=4)
def _pattern(gaz: Gazetteer) -> re.Pattern:
    words = gaz.rules
    heads = "|".join(re.escape(h) for h in sorted(words.organisation_heads, key=len, reverse=True))
    joiners = "|".join(re.escape(j) for j in words.name_joiners)
    token = r"[A-Z][\w\-.&]*(?:['’]s)?"
    suffixes = "|".join(re.escape(h) for h in sorted(words.company_suffixes, key=len, reverse=True))
    return re.compile(rf"\b(?:{token}[ \t]+(?:(?:{joiners})[ \t]+)?){{1,6}}(?:{heads})(?![\w\-])"
                      rf"|\b(?:{token}[ \t]+){{1,5}}(?:{suffixes})(?![\w\-])")  # no "of" before a legal form


def cue_organisations(text: str, gaz: Gazetteer) -> list[Entity]:
    """Spans of capitalised words ending in an organisation head noun.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Prosecutors from the Manhattan District Attorney's Office filed charges."
    >>> [text[e.start:e.end] for e in cue_organisations(text, load_gazetteer())]
    ["Manhattan District Attorney's Office"]
    """
    if not gaz.rules.organisation_heads:
        return []
    out = []
    for m in _pattern(gaz).finditer(text):
        start = m.start()
        first = text[start : text.find(" ", start)]
        if first in gaz.rules.name_determiners or first in gaz.rules.title_set:  # "The Supreme Court"
            start += len(first) + 1
        owner = max(text.rfind("'s ", start, m.end()), text.rfind("’s ", start, m.end()))
        if owner >= 0 and text.count(" ", owner + 3, m.end()) >= 1:  # "NASA's Kennedy Space ..."
            start = owner + 3
        if " " in text[start : m.end()]:
            listed = _LIST_BEFORE.search(text, max(0, start - 80), start)
            if listed and _first_joiner(text[start : m.end()], gaz.rules.name_joiners) in gaz.rules.coordinators:
                start = listed.start()  # "the Meteorological, Climatological and Geophysical Agency"
                while text[start : text.find(" ", start)] in gaz.rules.not_given_names:
                    start = text.find(" ", start) + 1
            out.append(Entity(start, m.end(), "ORG"))
    return out


def _first_joiner(span: str, joiners: tuple[str, ...]) -> str | None:
    return next((w for w in span.split() if w in joiners), None)


@lru_cache(maxsize=4)
def _linked(words: ActorWords) -> re.Pattern:
    """A hyphen, a linking particle, a hyphen and a capitalised word after a name ("Pakistan
    Tehreek|-e-Insaf", "Lashkar|-e-Taiba"), repeated."""
    links = alternation(words.hyphen_links) if words.hyphen_links else "(?!)"
    return re.compile(rf"(?:-(?:{links})-[A-Z][\w'’]*)+(?![\w\-])")


@lru_cache(maxsize=4)
def _coordinated(words: ActorWords) -> re.Pattern:
    """A coordinator and up to four capitalised words after a name ("... and Highways")."""
    return re.compile(rf"[ \t]+(?:{alternation(words.coordinators)}|&)[ \t]+"
                      r"((?:[A-Z][\w\-]*)(?:[ \t]+[A-Z][\w\-]*){0,3})(?![\w\-])")


def trim_cues(text: str, cues: list[Entity], ents: list[Entity], words: ActorWords) -> list[Entity]:
    """The cue spans that are one name: not those around a person the model found ("Professor
    Ama Mensah of Legon's Institute") nor those that join two names the model tells apart
    around a coordinator, the first of two words or more ("IIT Bombay and PES University"; not
    "Climatological and Geophysical Agency")."""
    out = []
    for cue in cues:
        inner = [e for e in ents if cue.start <= e.start and e.end <= cue.end]
        if any(e.label == "PERSON" for e in inner):
            continue
        starts = {e.start for e in inner}
        if any(" " in text[a.start : a.end].strip() and _gap_to(text, a.end, starts, words.coordinators)
               for a in inner):  # a name of two words or more, a coordinator, another name
            continue
        out.append(cue)
    return out


def _gap_to(text: str, end: int, starts: set[int], coordinators: tuple[str, ...]) -> bool:
    """Whether a coordinator alone lies between ``end`` and one of ``starts``."""
    return any(f" {c} " == text[end : end + len(c) + 2] and end + len(c) + 2 in starts for c in coordinators)


def extend_organisations(text: str, ents: list[Entity], words: ActorWords) -> list[Entity]:
    """The model's organisations and people with the rest of their name, where the model stopped
    early:

    * an "of" name whose object is a coordination of capitalised words no entity starts ("the
      Department of Public Works and Highways");
    * a name ending in an organisation head, then "of" ("of the") and an organisation or site of
      the model ("the High Court of the Federal Capital Territory");
    * a name ending in an organisation head right before a one-word town the model found, the end
      of the name ("Texas Health Presbyterian Hospital Dallas, the first");
    * a person's name right before one more capitalised word that no entity holds, then "of" or a
      comma ("Professor Kwame Ofori Mensah of the university": the model's "Kwame Ofori");
    * a name right before a hyphen, a linking particle (``hyphen_links``), a hyphen and a
      capitalised word ("Pakistan Tehreek-e-Insaf": the model's "Pakistan Tehreek").

    >>> from timeline.actors.language import load_language
    >>> text = "The Department of Roads and Highways said."
    >>> [text[e.start:e.end] for e in extend_organisations(text, [Entity(0, 23, "ORG")], load_language())]
    ['The Department of Roads and Highways']
    """
    starts = {e.start: e for e in ents}
    heads_set = frozenset(words.organisation_heads)
    out: list[Entity] = []
    skip: set[int] = set()
    for e in ents:
        if e.start in skip:
            continue
        linked = _linked(words).match(text, e.end) if e.label in ("ORG", "PERSON") else None
        if linked:  # "Pakistan Tehreek-e-Insaf": the model stopped at the first hyphen
            e = Entity(e.start, linked.end(), e.label)
        if e.label == "PERSON":
            more = _SURNAME.match(text, e.end)
            if more and more.start(1) not in starts and more.group(1) not in words.not_given_names \
                    and more.group(1).lower() not in words.date_word_set:
                e = Entity(e.start, more.end(1), e.label)
        if e.label != "ORG":
            out.append(e)
            continue
        span = text[e.start : e.end]
        end = e.end
        more = _coordinated(words).match(text, end)
        if " of " in span and more and more.start(1) not in starts:
            end = more.end(1)
        last = text[e.start : end].split()[-1] if end > e.start else ""
        if last in heads_set:
            of = re.match(r"[ \t]+of[ \t]+", text[end : end + 12])
            nxt = starts.get(end + of.end()) if of else None
            if nxt is not None and nxt.label in ("ORG", "FAC", "LOC"):
                end = nxt.end  # "the High Court of the Federal Capital Territory"
                skip.add(nxt.start)
            nxt = starts.get(end + 1)
            if nxt is not None and text[end] == " " and nxt.label == "GPE" and " " not in text[nxt.start : nxt.end] \
                    and re.match(r"[,.;:)]|[ \t]+[a-z]", text[nxt.end : nxt.end + 3]):
                end = nxt.end  # "Texas Health Presbyterian Hospital Dallas, ..."
                skip.add(nxt.start)
        out.append(Entity(e.start, end, e.label))
    return out


def merge_spans(first: list[Entity], second: list[Entity]) -> list[Entity]:
    """Both lists as one, sorted, without overlaps: of two overlapping spans the longer wins."""
    spans = sorted(first + second, key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Entity] = []
    for e in spans:
        if out and e.start < out[-1].end:
            if e.end - e.start > out[-1].end - out[-1].start:
                out[-1] = e
            continue
        out.append(e)
    return out


@lru_cache(maxsize=4)
def _ticker(gaz: Gazetteer) -> re.Pattern:
    exchanges = "|".join(re.escape(x) for x in sorted(gaz.rules.stock_exchanges, key=len, reverse=True))
    return re.compile(rf"([A-Z][\w&.'’\-]*(?:[ \t]+[A-Z][\w&.'’\-]*){{0,3}})[ \t]*"
                      rf"(\((?:{exchanges})[ \t]*:[ \t]*[A-Z][A-Z.]{{0,6}}\))")


def tickers(text: str, gaz: Gazetteer) -> tuple[list[Entity], list[tuple[int, int]]]:
    """Companies written with their stock ticker, "Starbucks (NASDAQ:SBUX)": the name is an
    organisation (``ORG``); the bracket (exchange and ticker) is no actor, its span is returned
    to be left out.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Shares of Starbucks (NASDAQ:SBUX) rose."
    >>> found, brackets = tickers(text, load_gazetteer())
    >>> [text[e.start:e.end] for e in found], [text[s:e] for s, e in brackets]
    (['Starbucks'], ['(NASDAQ:SBUX)'])
    """
    if not gaz.rules.stock_exchanges:
        return [], []
    found, brackets = [], []
    for m in _ticker(gaz).finditer(text):
        words = m.group(1).split()
        while words and words[0] in gaz.rules.not_given_names:  # "Shares of Starbucks": not "Shares"
            words = words[1:]
        if words:
            start = m.end(1) - len(" ".join(words))
            found.append(Entity(start, m.end(1), "ORG"))
        brackets.append(m.span(2))
    return found, brackets
