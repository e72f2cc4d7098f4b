"""Organisations found by rule: capitalised words ending in a head noun ("the Manhattan District
Attorney's Office", "Niger State Police", "Kenyatta National Hospital").

The head nouns (``organisation_heads``) and the joining words are in ``rules/en/words.toml``. The
spans found are offered to :func:`timeline.actors.open_world.join_entities` beside the model's
entities, as ``ORG``; where they overlap, the longer span wins (:func:`merge_spans`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.ner import Entity

__all__ = ["cue_organisations", "merge_spans", "tickers"]


@lru_cache(maxsize=4)
def _pattern(gaz: Gazetteer) -> re.Pattern:
    words = gaz.rules
    heads = "|".join(re.escape(h) for h in sorted(words.organisation_heads, key=len, reverse=True))
    joiners = "|".join(re.escape(j) for j in words.name_joiners)
    token = r"[A-Z][\w\-.&]*(?:['’]s)?"
    return re.compile(rf"\b(?:{token}[ \t]+(?:(?:{joiners})[ \t]+)?){{1,6}}(?:{heads})\b")


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
        if first in gaz.rules.not_given_names:  # "The Supreme Court": not "The" onwards
            start += len(first) + 1
        owner = max(text.rfind("'s ", start, m.end()), text.rfind("’s ", start, m.end()))
        if owner >= 0 and text.count(" ", owner + 3, m.end()) >= 1:  # "NASA's Kennedy Space ..."
            start = owner + 3
        if " " in text[start : m.end()]:
            out.append(Entity(start, m.end(), "ORG"))
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
