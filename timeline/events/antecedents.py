"""Which person a subject "he"/"she" may stand for, beyond the person who opens a sentence.

* the last person named shortly before, but not one who only closes a sentence as its reporter
  ("He left Liberia on Friday, Frieden said."): the story's "he" is the one the reporter told of;
* none when the sentence before names nobody and opens with a description that is no role ("The
  patient began to feel ill ...") or with a pronoun left unresolved: the "he" is that unnamed one;
* the pronoun may stand before the event's auxiliaries ("Following the verdict he was taken");
* the person an article is about (:func:`protagonist`): the first it names twice or more;
* a person opens a sentence also behind a title ("Earlier in the day, Opposition Leader Tim
  Nicholls rang ..."): :func:`untitled`.

Used by :mod:`timeline.events.coreference`; the words (articles, pronouns, auxiliaries, role
nouns, reporting verbs) are data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from timeline.actors.language import load_language as actor_words
from timeline.events.clauses import clause_words
from timeline.events.lexicon import load_lexicon
from timeline.model import ActorMention, Sentence

__all__ = ["PRONOUN_REACH", "SENTENCE_OPEN", "WORD_BEFORE", "before_auxiliaries", "last_opener", "last_person", "opens",
           "opens_unnamed", "protagonist", "reporting_aside", "untitled"]

PRONOUN_REACH = 400  # characters back from the sentence to the person a pronoun stands for
WORD_BEFORE = re.compile(r"\b\w+\s+\Z")  # the word right before an offset
SENTENCE_OPEN = re.compile(r"(?:\A|[.!?][\"'\u201d\u2019]?\s+|\n\s*)\Z")  # where a sentence opens


def last_person(mentions: Sequence[ActorMention], starts: Sequence[int], before: int,
                 text: str = "") -> ActorMention | None:
    """The last person named shortly before ``before`` (for "He said ..."), if any; not one who
    only closes a sentence as its reporter ("He left Liberia on Friday, Frieden said."): the "he"
    of the story is the one the reporter told about."""
    for i in range(bisect_left(starts, before) - 1, max(-1, bisect_left(starts, before) - 40), -1):
        m = mentions[i]
        if before - m.start > PRONOUN_REACH:
            return None  # too far back: a person the gazetteer missed is likelier
        if m.kind == "person" and not (text and _closing_reporter(text, m)):
            return m
    return None


def protagonist(mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The person the article is about: the first of ``mentions`` (in text order) it names twice or
    more (its first mention); read once per document (:attr:`DocumentContext.protagonist`)."""
    counts = Counter(m.name for m in mentions if m.kind == "person")
    return next((m for m in mentions if m.kind == "person" and counts[m.name] >= 2), None)


def opens_unnamed(text: str, before: Sentence | None, mentions: Sequence[ActorMention]) -> bool:
    """Does the sentence ``before`` name no person and open with a subject that names nobody: a
    description that is no role ("The patient began to feel ill ..."; not "The chairman said") or
    a pronoun left unresolved? Then a "He" that follows is that unnamed one, not the last person
    named."""
    if before is None or any(m.kind == "person" and before.start <= m.start < before.end for m in mentions):
        return False
    words = clause_words()
    first = re.match(r"[\s\"'(]*(\w+)\s+(\w+)", text[before.start : before.end])
    if first is None:
        return False
    lead, nxt = first.group(1).lower(), first.group(2)
    return (lead in words.articles - words.indefinite_articles and nxt.islower()
            and nxt not in _role_nouns()) or lead in words.personal_pronouns


def untitled(head: str) -> str:
    """``head``, the words of a sentence before a person's name, without the title right before
    the name ("Earlier in the day, Opposition Leader " -> "Earlier in the day, "): capitalised
    words of the roles a named person holds.

    >>> untitled("Earlier in the day, Opposition Leader ")
    'Earlier in the day, '
    >>> untitled("In Paris ")
    'In Paris '
    """
    words = head.split(" ")
    while len(words) > 1 and words[-1] == "" and words[-2][:1].isupper() and words[-2].lower() in _role_nouns():
        words = words[:-2] + [""]
    return " ".join(words)


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The roles a named person holds ("the chairman said"): a description of someone the article
    may name (the actor rules' role words)."""
    words = actor_words()
    return frozenset(w for r in (*words.role_nouns, *words.affiliation_role_words) for w in r.split())


def _closing_reporter(text: str, m: ActorMention) -> bool:
    """Does ``m`` close its sentence as its reporter: after a comma, before a reporting verb and
    the sentence's end ("..., Frieden said.")?"""
    if not text[max(0, m.start - 3) : m.start].rstrip().endswith(","):
        return False
    rest = text[m.end : m.end + 30].split(".", 1)
    words = rest[0].split()
    cue = load_lexicon().cues.get(words[0].lower()) if len(rest) == 2 and 1 <= len(words) <= 2 else None
    return cue is not None and bool(cue.reporting)


def reporting_aside(text: str, at: int) -> bool:
    """Does the word at ``at`` open an aside that reports ("Its aim, he said, was ...")? Its
    pronoun is who says it, not the subject of what follows.

    >>> reporting_aside("Its aim, he said, was clear.", 8), reporting_aside("In 2019, he won.", 8)
    (True, False)
    """
    aside = _ASIDE.match(text, at)
    cue = load_lexicon().cues.get(aside.group("verb").lower()) if aside is not None else None
    return cue is not None and bool(cue.reporting)


_ASIDE = re.compile(r"\s*\w+\s+(?P<verb>\w+)\s*,")  # "he said," after a comma


def before_auxiliaries(text: str, at: int) -> list[int]:
    """Where the word before the auxiliaries ending at ``at`` begins ("he" of "he was taken", "he
    had been"), when the word at ``at`` is an auxiliary; else nothing."""
    auxiliaries = clause_words().auxiliaries
    found = []
    while text[at : at + 12].split(" ", 1)[0].lower() in auxiliaries:
        before = WORD_BEFORE.search(text, max(0, at - 12), at)
        if before is None:
            break
        at = before.start()
        found = [at]
    return found


def opens(text: str, at: int) -> bool:
    """Does the word at ``at`` open its sentence (after quotes or brackets)?"""
    return SENTENCE_OPEN.search(text, max(0, at - 4), at) is not None


def last_opener(text: str, mentions: Sequence[ActorMention], starts: Sequence[int], before: int, origin: int,
                reach: int, kinds: frozenset[str], opens_at: Callable[[str, int], bool] = opens) -> ActorMention | None:
    """The last mention of one of ``kinds`` that begins before ``before`` and opens its sentence
    (``opens_at``), at most ``reach`` characters before ``origin``: the actor a description at
    ``origin`` continues ("Acme cut 500 jobs. The company ...", "Kenya won. The tourists ...")."""
    for i in range(bisect_left(starts, before) - 1, -1, -1):
        m = mentions[i]
        if origin - m.start > reach:
            return None
        if m.kind in kinds and opens_at(text, m.start):
            return m
    return None
