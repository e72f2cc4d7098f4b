"""Descriptions of an organisation by its class ("the company", "the lender", "the 100-person
start-up", "the club"), as the subject of an event.

Such a description stands for an organisation the article names: the one that opens the nearest
sentence before its own, within :data:`REACH` characters ("Acme cut 500 jobs. The company also
..."); not the article's most named organisation, for the company an article is about is often
one the names missed or took for a person. A name right after the description is its own ("the
music group Swedish House Mafia"), and so is one apposed to a name ("Vodafone Idea, the third
operator, has ..."). The description is an article, at most :data:`MODIFIERS` lower-case
or hyphenated words ("the Lagos-based lender") and a class noun; a capitalised modifier ("the
American carrier") may name another country's organisation and is left alone. A noun that is
part of the name of a body of the article ("the bank" beside "Bank of Valletta") is left to
:mod:`timeline.events.bodies`, which reads it by that name. The nouns are data
(``rules/<language>/coreference.toml``, ``[descriptions]``, ``company_nouns``); used by
:mod:`timeline.events.referents`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from timeline.events.antecedents import last_opener, opens
from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext
from timeline.events.language import alternation
from timeline.model import ActorMention

__all__ = ["MODIFIERS", "REACH", "described_company"]

REACH = 1200  # characters back to the sentence an organisation's description continues
MODIFIERS = 2  # words between the article and the class noun ("the 100-person start-up")
_KINDS = frozenset({"organisation"})


def described_company(ctx: DocumentContext, start: int, stop: int) -> tuple[ActorMention, int] | None:
    """The organisation a class description opening at ``start`` (before ``stop``) stands for,
    and the description's end; None when no organisation opens a sentence shortly before."""
    pattern = _pattern()
    match = pattern.match(ctx.text, start) if pattern is not None else None
    if match is None or match.end() > stop:
        return None
    noun = match.group("noun").lower()
    if any(m.kind in _BODIES and noun in m.name.lower().split() for m in ctx.mentions):
        return None  # "the bank" of an article naming a Bank of Valletta: read by its name
    if _NAME_AFTER.match(ctx.text, match.end()) or _apposed(ctx, start):
        return None  # "the music group Swedish House Mafia", "Vodafone, the operator,": a name's own
    found = _opener(ctx, start)
    return (found, match.end()) if found is not None else None


_BODIES = frozenset({"organisation", "agency"})
_NAME_AFTER = re.compile(r"\s+[A-Z]")  # a capitalised word right after the description
_APPOSED = re.compile(r"[)\"'’]?,\s*")  # between a name and a description apposed to it


def _apposed(ctx: DocumentContext, start: int) -> bool:
    """Is the description at ``start`` apposed to a name right before it ("Vodafone Idea, the
    operator,"), not after a leading phrase ("After the results, the company said")?"""
    i = bisect_left(ctx.mention_starts, start) - 1
    if i < 0:
        return False
    m = ctx.mentions[i]
    return m.end <= start and _APPOSED.fullmatch(ctx.text, m.end, start) is not None


def _opener(ctx: DocumentContext, start: int) -> ActorMention | None:
    """The organisation that opens the nearest sentence before the one of ``start`` (after an
    article: "The Irish Times has ..."), within :data:`REACH`; not one opening the description's
    own sentence ("M-Pesa, which the company launched ...")."""
    return last_opener(ctx.text, ctx.mentions, ctx.mention_starts, _sentence_start(ctx.text, start), start,
                       REACH, _KINDS, _opens)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins."""
    ends = list(_SENTENCE_END.finditer(text, max(0, at - REACH), at))
    return ends[-1].end() if ends else max(0, at - REACH)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")


def _opens(text: str, at: int) -> bool:
    """Does the name at ``at`` open its sentence, maybe after an article ("The Irish Times")?"""
    if opens(text, at):
        return True
    before = re.search(r"(\w+)\s+\Z", text[max(0, at - 8) : at])
    return before is not None and before.group(1).lower() in clause_words().articles and opens(
        text, at - len(before.group(0)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    """An article, lower-case or hyphenated modifiers and a class noun ("the Lagos-based
    lender"), not a possessive ("the company's")."""
    from timeline.events.coreference import load_coreference_rules

    nouns = load_coreference_rules().descriptions.get("company_nouns", ())
    if not nouns:
        return None
    words = clause_words()
    modifier = r"(?:[a-z0-9][\w'’-]*|[A-Z]\w*-[\w-]+)"
    return re.compile(rf"(?i:{alternation(words.articles)})\s+(?:{modifier}\s+){{0,{MODIFIERS}}}?"
                      rf"(?P<noun>(?i:{alternation(frozenset(nouns))}))\b"
                      rf"(?![-’']|{alternation(frozenset(words.possessive_endings))})")
