"""An organisation named later by the first word of its name: "the Hazm Movement ... Hazm broke
up", "Faraday Future ... Faraday filed a lawsuit".

The statistical model labels the full name once and often misses the bare word after it; the
word alone is the organisation when it is the first word of the name of one organisation of the
article the model found (an open-world one: the gazetteer's actors have their short forms as
data), and nothing else marks it as a plain word:

* it is written with a capital and the text never writes it in lower case;
* it is no gazetteer form ("Kenya", "American"), no ``non_names`` word ("The", "Monday");
* no other name of the article (a person's, another organisation's) holds it;
* it stands alone: no capitalised word right before or after it ("Faraday Future" again).

Only occurrences after the full name count, and none a mention already covers. Nothing here
knows words of a language: the lists are in ``rules/en/words.toml`` and the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer, key_text
from timeline.actors.names import lower_words
from timeline.model import ActorMention

__all__ = ["first_word_forms"]

_WORD = re.compile(r"[A-Z][\w-]+")  # a capitalised word, at least two characters ("G2", "Hazm")
_NEIGHBOUR = re.compile(r"[A-Z]")  # a capitalised word next to the form: part of another name


def first_word_forms(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` with the later bare first words of open-world organisations' names added.

    >>> from timeline.actors.gazetteer import load_gazetteer
    >>> org = ActorMention(4, 18, "Kelvo Holdings", "org:kelvo-holdings", "Kelvo Holdings", "organisation")
    >>> text = "The Kelvo Holdings deal closed. Kelvo said on Monday it would grow."
    >>> [(m.text, m.name) for m in first_word_forms(text, [org], load_gazetteer())]
    [('Kelvo Holdings', 'Kelvo Holdings'), ('Kelvo', 'Kelvo Holdings')]
    """
    owners = _owners(mentions, gaz, lower_words(text))
    if not owners:
        return mentions
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    pattern = re.compile(rf"(?<![\w\-.])(?:{'|'.join(sorted(map(re.escape, owners)))})(?![\w\-])")
    added = []
    for found in pattern.finditer(text):
        start, end = found.span()
        owner = owners[found.group()]
        if start < owner.end or 1 in taken[start:end] or _next_to_a_name(text, start, end):
            continue
        added.append(replace(owner, start=start, end=end, text=found.group()))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _owners(mentions: list[ActorMention], gaz: Gazetteer, common: frozenset[str]) -> dict[str, ActorMention]:
    """First word -> the first mention of the one open-world organisation whose name opens with it."""
    firsts: dict[str, dict[str, ActorMention]] = {}
    inner: set[str] = set()  # words of names that are not their first word of an organisation
    for m in mentions:
        words = m.name.split()
        if m.kind == "organisation" and m.actor_id.startswith("org:") and len(words) > 1:
            firsts.setdefault(words[0], {}).setdefault(m.actor_id, m)
            inner.update(words[1:])
        else:
            inner.update(words)
    keys, rules = _keys(gaz), gaz.rules
    return {w: next(iter(by_id.values())) for w, by_id in firsts.items()
            if len(by_id) == 1 and _WORD.fullmatch(w) and w not in inner and w.lower() not in common
            and w not in rules.non_name_set and f" {key_text(w).strip()} " not in keys}


def _next_to_a_name(text: str, start: int, end: int) -> bool:
    """Is a capitalised word right before or after ``text[start:end]`` (one space between)?"""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 2]
    return bool(re.search(r"[A-Z][\w-]*\s\Z", before) or (after[:1] == " " and _NEIGHBOUR.match(after[1:])))


@lru_cache(maxsize=4)
def _keys(gaz: Gazetteer) -> frozenset[str]:
    """The gazetteer's folded forms (" kenya ", " american ")."""
    return frozenset(gaz.folded_keys)
