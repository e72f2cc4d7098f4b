"""Bodies named by a place and common nouns: "the Kerala health department", "the Taraba State
government", "the Bangladesh weather office".

A state, province or city's government or department is an organisation of its own (issue 11:
every organisation of the story), written in lower case after the place's name. The rule:

* a determiner, a place the article names (a place mention, or a name the place data knows, with
  or without a region word: "Taraba State"), at most three lower-case words and a
  ``local_body_nouns`` noun ("government", "department", "office") is that organisation, named
  as written without the determiner; its country is the place's;
* after a country, only an office or department with a word of its own ("the Bangladesh weather
  office") is a body of its own: "the Bangladesh government" stands for the country (the
  gazetteer's attached bodies);
* the noun followed by a role word ("the Kerala government spokesman") is a person's title,
  not the body.

The words are the ``[local_bodies]`` lists of ``rules/<language>/words.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.actors.names import slug
from timeline.actors.places import region_country
from timeline.model import ActorMention

__all__ = ["local_bodies"]

_KINDS = frozenset({"place", "organisation", "country"})


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> tuple[re.Pattern, re.Pattern] | None:
    if not words.local_body_nouns:
        return None
    nouns = alternation(words.local_body_nouns)
    body = re.compile(rf"[ \t]+((?:[a-z][a-z\-]*[ \t]+){{0,3}}?)({nouns})\b(?![\-'’])(?:[ \t]+([a-z]+))?")
    det = re.compile(rf"(?:^|[\s(])(?:{alternation(words.name_determiners)})[ \t]+\Z")
    return body, det


def local_bodies(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` (sorted) with each place that opens a lower-case body name replaced by that
    body, an organisation (see the module doc).

    >>> from timeline.actors.gazetteer import load_gazetteer
    >>> text = "The Kerala health department said two people died."
    >>> kerala = ActorMention(4, 10, "Kerala", "place:kerala", "Kerala", "place", "India")
    >>> [(m.name, m.kind, m.country) for m in local_bodies(text, [kerala], load_gazetteer())]
    [('Kerala health department', 'organisation', 'India')]
    """
    words = gaz.rules
    pats = _patterns(words)
    if pats is None:
        return mentions
    body, det = pats
    out: list[ActorMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # inside a body found before
        found = body.match(text, m.end) if m.kind in _KINDS else None
        if found is None or not det.search(text, max(0, m.start - 8), m.start):
            out.append(m)
            continue
        qualifiers, noun, after = found.group(1).split(), found.group(2), found.group(3)
        if m.kind == "country":
            country = m.name if qualifiers and noun in words.office_nouns else None
        else:
            country = region_country(m.name, words.region_words)
            if country is None and m.kind == "place" and m.country:
                country = m.country
        if country is None or (after and after in words.role_word_set):
            out.append(m)
            continue
        end = found.end(2)
        name = " ".join(text[m.start : end].split())
        out.append(ActorMention(m.start, end, text[m.start : end], f"org:{slug(name)}", name,
                                "organisation", country))
    return out
