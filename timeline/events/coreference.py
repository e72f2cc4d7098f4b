"""Who "he", "she", "they" and "it" stand for, as the subject of an event.

* "He"/"She" opening an event (or its report) is the last person named shortly before;
* "They" is the last organisation named before it in the sentence, else the one that opened the
  sentence before;
* "it" after the start of a sentence that opens with a country, an organisation or an agency is
  that actor.

A resolved pronoun becomes a copy of the actor's mention at the pronoun's offsets. The pronouns
are data (``rules/en/words.toml``, ``[coreference]``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext, within
from timeline.model import ActorMention, Sentence

__all__ = ["resolve_pronouns"]

_PRONOUN_REACH = 400  # characters back from the sentence to the person a pronoun stands for
_SUBJECT_REACH = 12  # an organisation this close to the start of a sentence is its subject
_IT_KINDS = frozenset({"country", "organisation", "agency"})
_WORD_BEFORE = re.compile(r"\b\w+\s+\Z")


def resolve_pronouns(ctx: DocumentContext, sentence: Sentence, before: Sentence | None,
                     drafts: Sequence, mentions: Sequence[ActorMention]) -> Sequence[ActorMention]:
    """``mentions`` of ``sentence`` with its subject pronouns resolved; ``drafts`` are its
    (candidate, own time) pairs and ``before`` the sentence before it in the same paragraph."""
    person = _last_person(ctx.mentions, ctx.mention_starts, sentence.start)
    mentions = _with_pronouns(ctx.text, drafts, mentions, person)
    mentions = _with_they(ctx.text, drafts, mentions,
                          _subject_group(ctx.mentions, ctx.mention_starts, before))
    return _with_it(ctx.text, drafts, mentions,
                    _subject_group(ctx.mentions, ctx.mention_starts, sentence, _IT_KINDS))


def _last_person(mentions: Sequence[ActorMention], starts: Sequence[int], before: int) -> ActorMention | None:
    """The last person named shortly before ``before`` (for "He said ..."), if any."""
    for i in range(bisect_left(starts, before) - 1, max(-1, bisect_left(starts, before) - 40), -1):
        if before - mentions[i].start > _PRONOUN_REACH:
            return None  # too far back: a person the gazetteer missed is likelier
        if mentions[i].kind == "person":
            return mentions[i]
    return None


def _with_pronouns(text: str, drafts: list, mentions: list[ActorMention],
                   person: ActorMention | None) -> list[ActorMention]:
    """A subject "He"/"She" opening an event stands for the last person named before it."""
    if person is None:
        return mentions
    added = []
    for candidate, _ in drafts:
        starts = [candidate.subject_start]
        if candidate.report is not None:  # '"It is ours," he said, adding ...'
            starts.append(candidate.report_start)
        before = _WORD_BEFORE.search(text, max(0, candidate.predicate.start - 8), candidate.predicate.start)
        if before is not None:  # '"We will not give our land," he said': the word before the verb
            starts.append(before.start())
        for start in starts:
            word = text[start : start + 4].split(" ", 1)[0]
            if word.lower() in clause_words().personal_pronouns and not any(
                    m.kind == "person" and start <= m.start < max(candidate.predicate.start, start + 4)
                    for m in mentions):
                added.append(replace(person, start=start, end=start + len(word), text=word))
                break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _subject_group(mentions: Sequence[ActorMention], starts: Sequence[int],
                   sentence: Sentence | None, kinds: frozenset[str] = frozenset({"organisation"}),
                   ) -> ActorMention | None:
    """The actor of one of ``kinds`` that opens ``sentence`` ("The M23 seized ...", "RSF fighters
    ..."), if any."""
    if sentence is None:
        return None
    for m in within(mentions, starts, sentence.start, sentence.end):
        if m.start - sentence.start > _SUBJECT_REACH:
            break
        if m.kind in kinds:
            return m
    return None


def _with_it(text: str, drafts: list, mentions: list[ActorMention],
             opener: ActorMention | None) -> list[ActorMention]:
    """A subject "it" after the start of a sentence that opens with a country, an organisation or
    an agency stands for it ("China held drills in April, and in October it staged ...", "Russia
    said it had retaken the town")."""
    if opener is None:
        return mentions
    added = []
    for candidate, _ in drafts:
        start = candidate.subject_start
        for match in _body_pronoun().finditer(text, start, candidate.predicate.start):
            if match.start() > opener.end and not any(
                    m.start >= start and m.start < candidate.predicate.start and m is not opener
                    for m in mentions):
                added.append(replace(opener, start=match.start(), end=match.end(), text=match.group()))
            break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _with_they(text: str, drafts: list, mentions: list[ActorMention],
               group: ActorMention | None) -> list[ActorMention]:
    """A subject "They" stands for an organisation: the last one named before it in the same
    sentence ("M23 rebels entered Goma, a day after they claimed it"), else the one that opened the
    sentence before ("The RSF shelled the camp. They said ...")."""
    added = []
    for candidate, _ in drafts:
        start = candidate.subject_start
        word = text[start : start + 5].split(" ", 1)[0]
        if word.lower() not in clause_words().group_pronouns:
            continue
        earlier = [m for m in mentions if m.kind == "organisation" and m.end <= start]
        found = earlier[-1] if earlier else group
        if found is not None:
            added.append(replace(found, start=start, end=start + len(word), text=word))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


@lru_cache(maxsize=1)
def _body_pronoun() -> re.Pattern:
    """"it" (or "It") as a word: a pronoun for the country or body opening the sentence."""
    words = sorted(clause_words().body_pronouns, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) + r")\b")
