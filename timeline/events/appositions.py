"""Descriptions apposed to a person or organisation ("Maria Ortiz, a senior Chile official,
said"; "Ada Obi, head of the Health Agency, said"; "Tom Eze, CEO of Zenith Foods, said": a role
word opens one in any case): an actor inside one describes that actor (an affiliation), it does
not take part in the event (used by :mod:`timeline.events.participants`).

The words are data: the openers (``participants.toml``, ``[apposition]``) and the actor rules' role
nouns (``timeline/actors/rules/<language>/words.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.actors.language import load_language as actor_words
from timeline.events.clauses import clause_words
from timeline.model import ActorMention

__all__ = ["appositions"]

_APPOSITION_HOSTS = frozenset({"person", "organisation"})  # the kinds a description is apposed to
_APPOSITION_END = re.compile(r"[,;()\u2013\u2014]|\s-\s|[.!?](?:\s|\Z)")  # where the description stops


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The first words of the roles a person holds (the actor rules' role nouns: "head",
    "spokesman", "deputy"): one opens a description apposed to a person's name."""
    words = actor_words()
    return frozenset(r.split()[0] for r in (*words.role_nouns, *words.affiliation_role_words))


def appositions(text: str, verb_start: int, everyone: Sequence[ActorMention],
                openers: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the descriptions apposed to a person or organisation: from the comma
    after its name, opened by one of the rule's words, to the next comma, bracket, dash or the
    sentence's end; never one that holds the event's own predicate, nor a name alone after an
    article (the next item of a list)."""
    spans = []
    for host in everyone:
        if host.kind not in _APPOSITION_HOSTS or not text.startswith(",", host.end):
            continue
        opener = re.match(r",\s+(\w+)\s", text[host.end : host.end + 40])
        if opener is None or not (opener.group(1) in openers
                                  or host.kind == "person" and opener.group(1).lower() in _role_words()):
            continue
        start = host.end + opener.end()
        stop = _APPOSITION_END.search(text, start)
        end = stop.start() if stop else len(text)
        if start <= verb_start < end:
            continue
        inner = [m for m in everyone if start <= m.start and m.end <= end]
        if opener.group(1)[0].isupper() and any(m.kind == "person" for m in inner):
            continue  # "Ada Obi, President Tom Eze and ...": a titled name, the next item of a list
        if (len(inner) == 1 and opener.group(1) in clause_words().articles
                and not text[start : inner[0].start].strip() and not text[inner[0].end : end].strip()):
            continue  # "Brazil, the United States and Chile": a list, not a description
        spans.append((start, end))
    return spans
