"""Descriptions of an organisation by the nouns of its name, as the subject of an event.

* the head noun and another word of its name ("Japan's space agency" -> Japan Aerospace
  Exploration Agency, "the electoral commission" -> Independent Electoral and Boundaries
  Commission, "the health ministry" -> Ministry of Health and Social Services, the head being
  the name's last word or its last before a preposition): the nearest such organisation;
* one noun that is the head of only one organisation's name in the article ("the centre" -> the
  Nigeria Centre for Disease Control, "the observatory" -> the Syrian Observatory for Human
  Rights); the head is the name's last word before a preposition, so "the stock" is not the
  Nigerian Stock Exchange.

Used by :mod:`timeline.events.referents`; the words (articles, prepositions, auxiliaries) are data.
"""

from __future__ import annotations

import re
from itertools import islice

from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext
from timeline.events.lexicon import load_lexicon
from timeline.model import ActorMention

__all__ = ["SUBJECT_WORDS", "described_body"]

SUBJECT_WORDS = 4  # words of a description before its event's verb
_MODIFIER_LETTERS = 4  # a shorter word of a description names no organisation ("new", "top")
_BODY_KINDS = frozenset({"organisation", "agency"})
_WORD = re.compile(r"[\w'’-]+")  # a word of a description


def described_body(ctx: DocumentContext, start: int, stop: int) -> tuple[ActorMention, int] | None:
    """The organisation a description at ``start`` names by its head noun and another word of
    its name ("Japan's space agency" -> Japan Aerospace Exploration Agency, "the electoral
    commission" -> Independent Electoral and Boundaries Commission), the nearest one."""
    text = ctx.text
    words = [m.group() for m in islice(_WORD.finditer(text, start, stop), SUBJECT_WORDS + 1)]
    if len(words) < 2 or not (words[0].lower() in clause_words().articles or _possessive(words[0])):
        return None
    modifiers = [] if words[0].lower() in clause_words().articles else [_possessive(words[0]).lower()]
    nouns = []
    cues = load_lexicon().cues
    for word in words[1:]:
        if (not (word[:1].islower() and word.replace("-", "").isalpha()) or word in clause_words().auxiliaries
                or word in cues and cues[word].pos == "verb"):
            break  # the verb: the description ends before it
        nouns.append(word)
    if len(nouns) == 1 and not modifiers:
        return _named_by_noun(ctx, start, nouns[0])
    if len(nouns) + len(modifiers) < 2:
        return None
    head, modifiers = nouns[-1], modifiers + [n for n in nouns[:-1] if len(n) >= _MODIFIER_LETTERS]
    best = None
    for m in ctx.mentions:
        if m.kind not in _BODY_KINDS:
            continue
        name = [w.lower() for w in re.findall(r"\w+", m.name)]
        if not name or head not in (name[-1], _name_head(m.name)):
            continue  # "the health ministry": "Health Ministry", "Ministry of Health and Social Services"
        rest = list(name)
        rest.remove(head)
        if any(any(mod in w for w in rest) for mod in modifiers):
            if best is None or abs(m.start - start) < abs(best.start - start):
                best = m
    if best is None:
        return None
    return best, text.find(head, start) + len(head)


def _named_by_noun(ctx: DocumentContext, start: int, noun: str) -> tuple[ActorMention, int] | None:
    """The one organisation of the article whose name holds ``noun`` ("the centre" -> the Nigeria
    Centre for Disease Control, "the observatory" -> the Syrian Observatory for Human Rights), the
    mention nearest ``start``; none when two organisations' names hold it."""
    found = [m for m in ctx.mentions if m.kind in _BODY_KINDS and _name_head(m.name) == noun]
    if len({m.name for m in found}) != 1:
        return None
    best = min(found, key=lambda m: abs(m.start - start))
    return best, ctx.text.find(noun, start) + len(noun)


def _name_head(name: str) -> str:
    """The head noun of a body's name, lower-case: its last word before a preposition ("Centre"
    of "Nigeria Centre for Disease Control", "Exchange" of "Nigerian Stock Exchange")."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in clause_words().prepositions), len(words))
    return re.sub(r"\W", "", words[cut - 1]) if cut else ""


def _possessive(word: str) -> str:
    """``word`` without its possessive ending, or "" when it has none."""
    ending = next((e for e in clause_words().possessive_endings if word.endswith(e)), None)
    return word[: -len(ending)] if ending else ""
