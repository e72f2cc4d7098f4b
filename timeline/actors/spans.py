"""Span repair of the model's names: the words at the edges of an entity that are no part of
the name it gives.

The small model's spans carry what a reader leaves out of a name: a hyphenated descriptor
("State-run Canara Bank", "Kochi-based Federal Bank", "BJP-led National Democratic Alliance"),
the letters after a person's name ("Donna McColgan KC") and a period's code ("Federal Bank Q2").
The words are data (``descriptor_suffixes``, ``post_nominals``, ``period_codes`` in
``rules/<language>/words.toml``); :func:`timeline.actors.open_world.clean_span` calls these with
the other edge rules (determiners, titles, possessives). A name the model labelled an
organisation that opens with initials and has no organisation word is a person's
(:func:`initialled_person`: "K. Narayana Swamy").
"""

from __future__ import annotations

import re

from timeline.actors.language import ActorWords

__all__ = ["initialled_person", "undescribed", "without_period_code", "without_post_nominals"]

_LONE_LETTER = re.compile(r"[ \t]+([A-Z])\Z")


def undescribed(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where the name starts after a hyphenated descriptor ("State-run", "Kochi-based") that opens
    a span of two words or more.

    >>> from timeline.actors.language import load_language
    >>> text = "Shares of Kochi-based Federal Bank"
    >>> text[undescribed(text, 0, len(text), load_language()):]
    'Federal Bank'
    """
    out = start
    for m in re.finditer(r"(\S+)[ \t]+(?=\S)", text[start:end]):
        if m.group(1).lower().endswith(tuple(words.descriptor_suffixes)):
            out = start + m.end()  # "Shares of Kochi-based Federal Bank": the name is after it
    return out


def without_post_nominals(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a person's name ends without the letters after it ("KC", "MP"), when two words stay.

    >>> from timeline.actors.language import load_language
    >>> text = "Donna McColgan KC said"
    >>> text[:without_post_nominals(text, 0, 17, load_language())]
    'Donna McColgan'
    """
    parts = text[start:end].rsplit(None, 1)
    while len(parts) == 2 and parts[1].rstrip(",") in words.post_nominals and " " in parts[0].strip():
        end = start + len(parts[0].rstrip(" \t,"))
        parts = text[start:end].rsplit(None, 1)
    return end


def without_period_code(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a name ends without the lone letter of a period's code whose number was cut off
    before ("Federal Bank Q" of "Federal Bank Q2"); a product's code stays ("Star One C").

    >>> from timeline.actors.language import load_language
    >>> text = "Federal Bank Q2 profit"
    >>> text[:without_period_code(text, 0, 14, load_language())]
    'Federal Bank'
    """
    lone = _LONE_LETTER.search(text, start, end)
    return lone.start() if lone and lone.group(1) in words.period_codes else end


_OPENING_INITIAL = re.compile(r"(?:[A-Z]\.[ \t]*)+[A-Z][a-z]")  # "K. Narayana Swamy", "R.K. Roja"


def initialled_person(name: str, words: ActorWords) -> bool:
    """Whether an organisation's name is a person's: it opens with initials with their stops, has
    two to four words, none of them an organisation's head word or a company suffix.

    >>> from timeline.actors.language import load_language
    >>> words = load_language()
    >>> initialled_person("K. Narayana Swamy", words), initialled_person("H.J. Heinz Company", words)
    (True, False)
    """
    parts = name.split()
    if _OPENING_INITIAL.match(name) is None or not 2 <= len(parts) <= 4:
        return False
    heads = {w for head in words.organisation_heads for w in head.split()} | set(words.company_suffixes)
    return not any(p in heads or p in words.media_words for p in parts)
