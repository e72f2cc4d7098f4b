"""Where one actor mention of an event's sentence stands against the event's predicate: the
features of :mod:`timeline.events.participantfeatures` read from the text around the mention
(subject, after the predicate, a prepositional phrase, a possessive, quoted, another clause, an
item of a list). No English here: the words are data (``rules/<language>/participants.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events.candidates import Candidate
from timeline.model import ActorMention, Sentence

__all__ = ["mention_features", "nearest_names", "passive", "possessive_of_actor"]

_OPENS = 12  # a mention this close to the start of its sentence opens it
_POSSESSIVE_REACH = 30  # characters between a possessive and the name it owns ("Britain's new X")
_POSSESSIVE_WORDS = 3  # ... and words, none a preposition or conjunction ("Pyongyang's troops to Russia": no)
_WORD = re.compile(r"\w+")


def _quoted(text: str, start: int, at: int, words) -> bool:
    """Is offset ``at`` inside quotation marks opened after ``start`` (its sentence's start)?"""
    piece = text[start:at]
    opened = sum(piece.count(q) for q in words.quotes_open) - sum(piece.count(q) for q in words.quotes_close)
    return opened > 0 or sum(piece.count(q) for q in words.quotes_both) % 2 == 1


def possessive_of_actor(text: str, m: ActorMention, mentions: Sequence[ActorMention], cw) -> bool:
    """Is ``m`` in the possessive right before another actor's name ("Britain's National Crime
    Agency"; not "South Korea's ministry", whose body has no name of its own)?"""
    ending = next((e for e in cw.possessive_endings if text.startswith(e, m.end)), None)
    if ending is None:
        return False
    after = next((o for o in mentions if o.start >= m.end + len(ending)), None)
    if (after is None or after.name == m.name or not after.text[:1].isupper()  # a name, not "troops"
            or after.start - m.end - len(ending) > _POSSESSIVE_REACH):
        return False
    between = text[m.end + len(ending) : after.start].split()
    return len(between) <= _POSSESSIVE_WORDS and all(
        w.isalpha() and w.lower() not in cw.prepositions and w.lower() not in cw.conjunctions for w in between)


def _listed(text: str, m: ActorMention, mentions: Sequence[ActorMention], cw) -> bool:
    """Is ``m`` an item of a list of names: another mention right before or after it, with only a
    comma or a conjunction between?"""
    for other in mentions:
        if other is m:
            continue
        gap = text[other.end : m.start] if other.end <= m.start else text[m.end : other.start]
        word = gap.strip(" ,").lower()
        if len(gap) <= 6 and (word in cw.conjunctions or not word and "," in gap):
            return True
    return False


def nearest_names(by_name: dict[str, list[tuple[ActorMention, str]]], verb: int) -> tuple[str, str]:
    """The names of the candidates named closest before and closest after the predicate."""
    before = max(((m.end, n) for n, found in by_name.items() for m, _ in found if m.end <= verb), default=(0, ""))
    after = min(((m.start, n) for n, found in by_name.items() for m, _ in found if m.start > verb),
                default=(0, ""))
    return before[1], after[1]


def passive(text: str, start: int, verb: int, words) -> bool:
    """Is the word right before the predicate a passive's auxiliary ("was arrested")?"""
    before = _WORD.findall(text[max(start, verb - 20) : verb])
    return bool(before) and before[-1].lower() in words.passive


def mention_features(text: str, candidate: Candidate, sentence: Sentence, m: ActorMention,
                     spans: Sequence[tuple[int, int]], clause, verb, words, cw, put,
                     mentions: Sequence[ActorMention] = ()) -> None:
    """The features of one mention against the event's predicate and clauses."""
    inside = any(s <= m.start and m.end <= e for s, e in spans)
    if inside:
        put("in_clauses")
    if clause.start <= m.start <= clause.end:
        put("in_predicate_clause")
    if candidate.report is not None and m.start < candidate.report.start and m.start < verb.start:
        put("source")
    elif inside and m.start < verb.start:
        put("subject")
    if m.start > verb.start:
        put("after_predicate")
    between = text[min(m.end, verb.start) : max(m.start, verb.end)]
    put("closeness", 1.0 / (1.0 + len(_WORD.findall(between))))  # the closest mention counts
    if _quoted(text, sentence.start, m.start, words):
        put("quoted")
    before = _WORD.findall(text[max(sentence.start, m.start - 30) : m.start].lower())
    if len(before) > 1 and before[-1] in cw.articles:
        before.pop()  # "by the court": the word before the article
    if before and before[-1] in words.agent:
        put("by_agent")
    elif before and before[-1] in words.locative:
        put("in_place_phrase")  # "in London", "at the ministry": where, mostly
    elif before and before[-1] in cw.prepositions:
        put("in_phrase")
    if any(text.startswith(e, m.end) for e in cw.possessive_endings):
        put("possessive")
    if m.start - sentence.start <= _OPENS:
        put("opens_sentence")
    if m.start > verb.end and any(w.lower() in cw.subordinators for w in _WORD.findall(text[verb.end : m.start])):
        put("after_subordinator")  # "took over after Martin Vasquez left": another clause's actor
    if _listed(text, m, mentions, cw):
        put("in_list")  # "Australia, Sri Lanka and the Philippines"
    if m.text[:1].islower() is False and m.kind == "country" and m.text != m.name:
        put("place_word")  # a country named by another word (a city, a demonym)
