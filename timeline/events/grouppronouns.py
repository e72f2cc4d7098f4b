"""Who "it", "its" and "they" stand for, as the subject of an event (used by
:mod:`timeline.events.coreference`).

* "it"/"its" is the country, organisation or agency that opens its sentence, else the last one
  named before it in the sentence, else the one that opens the sentence before, else the body the
  sentence before names most (twice or more) or alone by a description ("..., the network said.
  It has stopped most visits"); "its" after a report ("The union said its members ...") only a
  body named before it in its sentence;
* "They" is the last organisation named before it in the sentence, else the one that opened the
  sentence before, else the people listed as the subject of the sentence before ("Ryan and Evans
  found ... They published ...").

The pronouns are data (``rules/en/words.toml``, ``[coreference]``; ``coreference.toml``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from timeline.events.accounts import account_subject
from timeline.events.antecedents import opens
from timeline.events.clauses import clause_words
from timeline.events.context import within
from timeline.model import ActorMention, Sentence

__all__ = ["after_lead", "main_body", "person_list", "with_it", "with_they"]

_BODY_KINDS = frozenset({"organisation", "agency"})
_IT_KINDS = frozenset({"country", "organisation", "agency"})
_LEAD_WORDS = 5  # words of a leading phrase before the subject ("Earlier this year,")


def main_body(mentions: Sequence[ActorMention], starts: Sequence[int],
              sentence: Sentence | None) -> ActorMention | None:
    """The organisation or agency the sentence ``sentence`` names most (twice or more, by name or
    description, more than any other; or alone, once, by a description: "the network said"), when
    no body opens it: "Fernandes said the airline was
    doing well, as the company looks forward to listing AirAsia Thailand. It is also due to ...";
    countries are left out (a place named twice is no subject)."""
    if sentence is None:
        return None
    bodies = [m for m in within(mentions, starts, sentence.start, sentence.end) if m.kind in _BODY_KINDS]
    ranked = Counter(m.name for m in bodies).most_common(2)
    if not ranked or len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]):
        return None
    found = [m for m in bodies if m.name == ranked[0][0]]
    if len(found) < 2 and not _described_so(found[0].text):
        return None  # named once by its name: "... the fiat the Court of Appeal had given him"
    return found[0]


def _described_so(words: str) -> bool:
    """Are ``words`` a description (an article and lower-case words: "the network"), not a name?"""
    parts = words.split()
    return len(parts) > 1 and parts[0].lower() in clause_words().articles and all(
        p[:1].islower() for p in parts[1:])


def after_lead(head: str) -> bool:
    """Is ``head``, the start of a sentence, a short leading phrase and its comma (and an
    article: "Earlier this year, the")?"""
    words = head.split()
    if words and words[-1].lower() in clause_words().articles:
        head = head[: head.rstrip().rfind(" ") + 1]
    head = head.rstrip()
    return head.endswith(",") and head.count(",") == 1 and len(head.split()) <= _LEAD_WORDS


def with_it(text: str, drafts: list, mentions: list[ActorMention],
            opener: ActorMention | None, before: ActorMention | None,
            possessives: frozenset[str] = frozenset()) -> list[ActorMention]:
    """A subject "it" stands for the country, organisation or agency that opens its sentence
    ("China held drills in April, and in October it staged ...", "Russia said it had retaken the
    town"), else for the last one named before it in the sentence ("... for the company, when it
    closed ..."), else for the one that opens the sentence ``before`` ("The company had estimated
    ... On Wednesday, it raised ...")."""
    added: list[ActorMention] = []
    for candidate, _ in drafts:
        start = candidate.subject_start
        accounts = account_subject(text, start, candidate.predicate.start)  # "Net income fell": its
        for match in [accounts] if accounts else _body_pronoun().finditer(text, start, candidate.predicate.start):
            if any(m.start >= start and m.start < candidate.predicate.start and m is not opener
                   for m in mentions):
                break
            if opener is not None and match.start() > opener.end:
                found = opener
            else:
                earlier = [m for m in [*mentions, *added] if m.kind in _IT_KINDS and m.end <= match.start()]
                found = earlier[-1] if earlier else before
                if (not earlier and found is not None and (accounts or match.group().lower() in possessives)
                        and not _opens_subject(text, candidate, match.start())):
                    found = None  # "The union said its members ...": the union's, not the body before
            if found is not None:
                added.append(replace(found, start=match.start(), end=match.end(), text=match.group()))
            break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def with_they(text: str, drafts: list, mentions: list[ActorMention],
              group: ActorMention | None, people: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """A subject "They" stands for an organisation: the last one named before it in the same
    sentence ("M23 rebels entered Goma, a day after they claimed it"), else the one that opened the
    sentence before ("The RSF shelled the camp. They said ..."), else the ``people`` listed as the
    subject of the sentence before ("Ada Obi and Jon Berg found ... They published ...")."""
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
        elif not any(m.kind == "person" and m.end <= start for m in mentions):
            added += [replace(p, start=start, end=start + len(word), text=word) for p in people]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _opens_subject(text: str, candidate, at: int) -> bool:
    """Does the word at ``at`` open its sentence, or the subject of ``candidate`` that no report
    before it introduces ("On Monday, its shares fell"; not "The union said its members ...")?"""
    return opens(text, at) or (at == candidate.subject_start
                                and (candidate.report is None or candidate.report.start > at))


def person_list(text: str, mentions: Sequence[ActorMention], starts: Sequence[int],
                sentence: Sentence | None) -> list[ActorMention]:
    """The people listed as the subject that opens ``sentence`` ("Ada Obi and Jon Berg found ...",
    "Ada Obi, 53, Jon Berg, 40, and Li Wei, 38, were convicted"), when they are two or more and
    nothing else is listed with them."""
    if sentence is None:
        return []
    found: list[ActorMention] = []
    for m in within(mentions, starts, sentence.start, sentence.end):
        gap = text[found[-1].end : m.start] if found else text[sentence.start : m.start]
        if m.kind != "person" or not (_LIST_GAP.fullmatch(gap) if found else
                                      (not gap.strip() or after_lead(gap))):
            break
        if all(p.name != m.name for p in found):
            found.append(m)
    if len(found) < 2:
        return []
    rest = text[found[-1].end : sentence.end]
    return [] if _LIST_GAP_END.match(rest) is None else found


_LIST_GAP = re.compile(r"(?:,\s*\d+)?,?\s+(?:and\s+)?")  # between two listed people (", 53, and ")
_LIST_GAP_END = re.compile(r"(?:,\s*\d+,)?\s+[a-z]")  # after the last one: the verb phrase


@lru_cache(maxsize=1)




@lru_cache(maxsize=1)
def _body_pronoun() -> re.Pattern:
    """"it" (or "It") as a word: a pronoun for the country or body opening the sentence."""
    words = sorted(clause_words().body_pronouns, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) + r")\b")
