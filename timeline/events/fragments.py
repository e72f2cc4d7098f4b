"""Fragments a finished summary shows (issue 12 points 1 and 6): a shown event whose summary is no
clause a reader can read is hidden (``shown`` False, the ``minor`` column: out of the default
views, never lost). Read after the events are scored and merged, so no other event changes.

- a report without what it reports: "The court pointed out", "She promised", "It said, however";
- a relative clause without its subject: "Borders Afghanistan, ..." ("..., which borders
  Afghanistan, ...");
- a noun cut from its sentence: "A ban from public office" (the event's word is a noun and
  nothing else in the summary is a verb).

The words are data (``rules/en/fragments.toml``, with examples of our own run as tests); the
engine knows no English.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.candidates import Candidate
from timeline.events.clauses import Token, clause_words, tokenize
from timeline.events.eventness import _has_finite_verb
from timeline.events.language import alternation
from timeline.events.lexicon import load_lexicon
from timeline.events.openverbs import load_open_verbs
from timeline.events.summary import trimmed
from timeline.events.verbforms import past_form
from timeline.model import Event
from timeline.records import evolve

__all__ = ["FragmentWords", "fragment_kind", "hide_fragments", "load_fragment_words"]

RULES = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class FragmentWords:
    """``fragments.toml``: the words each class is read with, and the examples of every table
    (table, sentence, predicate, is it a fragment)."""

    trailing: frozenset[str]  # [report_without_content]: words that may follow the verb
    complementizers: frozenset[str]  # [report_without_content]: "that" after the verb
    passive: frozenset[str]  # [report_without_content]: "been", "was": the verb is a passive
    not_verbs: frozenset[str]  # [subjectless_relative]: -s words that are no verb ("also")
    max_words: int  # [verbless_noun]: at most this many words
    examples: tuple[tuple[str, str, str, bool], ...]


@lru_cache(maxsize=4)
def load_fragment_words(language: str = "en") -> FragmentWords:
    """The fragment words of ``language``; a missing table or word list is an error naming the file."""
    path = RULES / language / "fragments.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        report, relative, noun = data["report_without_content"], data["subjectless_relative"], data["verbless_noun"]
        words = FragmentWords(frozenset(report["trailing"]), frozenset(report["complementizers"]),
                              frozenset(report["passive"]),
                              frozenset(relative["not_verbs"]), int(noun["max_words"]),
                              tuple((table, e["text"], e["predicate"], bool(e["fragment"]))
                                    for table, entries in data.items() for e in entries.get("examples", [])))
    except KeyError as error:
        raise ValueError(f"{path}: missing {error}") from None
    return words


def hide_fragments(text: str, events: list[Event], candidates: Mapping[int, Candidate],
                   max_words: int = 30) -> list[Event]:
    """``events`` with the shown ones whose summary is a fragment (:func:`fragment_kind`) hidden;
    ``candidates``: the candidate of each event by its predicate's offset. Kept shown: an event
    dated by its own words (a dated happening; only its summary is poor), and a report unless a
    shown event of its sentence tells what it says with every actor the report names ("X pointed
    out that ..." names X): its summary then goes on with what was said (at most ``max_words``);
    and an event that names an actor no event left shown names."""
    kinds, told = [], []  # each event's fragment class; does it go on with what it reports
    starts = sorted((o.trigger_start, n) for n, o in enumerate(events))  # to find the events of a span
    for event in events:
        c = candidates.get(event.trigger_start) if event.shown and event.date_source != "explicit" else None
        kind = fragment_kind(text, event.summary, c) if c is not None else ""
        goes_on = kind == "report_without_content" and not any(
            o.shown and o is not event and set(event.actors) <= set(o.actors)
            for o in _within(events, starts, _content(text, event)))
        kinds.append("" if goes_on else kind)
        told.append(goes_on)
    named = {a for event, kind in zip(events, kinds, strict=True) if event.shown and not kind
             for a in event.actors}  # the actors the events left shown name
    out = []
    for event, kind, goes_on in zip(events, kinds, told, strict=True):
        if goes_on:
            event = evolve(event, summary=_with_content(text, event, max_words))
        elif kind and set(event.actors) <= named:
            event = evolve(event, shown=False)
        out.append(event)
    return out


def _within(events: list[Event], starts: list[tuple[int, int]], span: tuple[int, int]) -> list[Event]:
    """The events whose predicate starts inside ``span`` (``starts``: (offset, index) sorted), found
    by bisection, so that a text of many reports stays linear."""
    at = bisect_left(starts, (span[0], -1))
    found = []
    while at < len(starts) and starts[at][0] < span[1]:
        found.append(events[starts[at][1]])
        at += 1
    return found


def _with_content(text: str, event: Event, max_words: int) -> str:
    """The summary of a report without its content, with the content: the words after the ones
    the summary ends with, to the first clause joined by a comma and a coordinator or a
    semicolon, within the sentence ("The council pointed out" -> "The council pointed out that
    the bridge had been closed")."""
    found = tokenize(event.summary, 0, len(event.summary))
    last = len(found) - 1
    while last > 0 and found[last].lower != event.predicate.lower():
        last -= 1
    after = tokenize(text, event.trigger_end, event.sentence.end)
    skip = len(found) - 1 - last
    if skip >= len(after):
        return event.summary
    start = after[skip].start
    rest = text[start : _content_end(text, event)].strip().rstrip(".")
    joined = event.summary + ("" if rest[:1] in ",;:" else " ") + rest
    return trimmed(joined, max_words)


def _content(text: str, event: Event) -> tuple[int, int]:
    """Where what a report says stands: before it when the report closes its sentence after a
    comma ("..., the agency said"), else after its verb (to :func:`_content_end`)."""
    first = event.summary.split(None, 1)[0] if event.summary.strip() else ""
    lower = first[:1].lower() + first[1:]
    start = max(text.rfind(first, event.sentence.start, event.trigger_start),
                text.rfind(lower, event.sentence.start, event.trigger_start))
    if start > event.sentence.start and text[event.sentence.start : start].rstrip().endswith(","):
        return event.sentence.start, start
    return event.trigger_end, _content_end(text, event)


def _content_end(text: str, event: Event) -> int:
    """Where what a report says ends: at the next clause joined by a comma and a coordinator or a
    semicolon, else at the end of its sentence."""
    cut = _clause_break().search(text, event.trigger_end, event.sentence.end)
    return cut.start() if cut else event.sentence.end


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    """A semicolon, or a comma and a coordinator ("..., and said ..."): where the next clause opens."""
    words = clause_words()
    return re.compile(rf";|,\s+(?:{alternation(words.conjunctions)})\s", re.IGNORECASE)


def fragment_kind(text: str, summary: str, candidate: Candidate) -> str:
    """The class of fragment ``summary`` (of ``candidate`` in ``text``) is, or "" when it reads as
    a clause: "report_without_content", "subjectless_relative" or "verbless_noun".

    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.events.summary import summarize
    >>> text = "The council pointed out that the bridge had been closed since March."
    >>> [fragment_kind(text, summarize(text, c), c) for c in sentence_candidates(text, 0, len(text))
    ...  if c.predicate.text == "pointed"]
    ['report_without_content']
    """
    found = tokenize(summary, 0, len(summary))
    if not found:
        return ""
    if _report_without_content(text, found, candidate):
        return "report_without_content"
    if _subjectless_relative(text, summary, candidate):
        return "subjectless_relative"
    if _verbless_noun(text, summary, found, candidate):
        return "verbless_noun"
    return ""


def _skippable(token: Token, trailing: frozenset[str]) -> bool:
    words = clause_words()
    return (token.lower in trailing or token.lower in words.date_words or token.lower in words.particles
            or token.text.isdigit() or not token.text.isalnum())


def _report_without_content(text: str, found: list[Token], candidate: Candidate) -> bool:
    """Does the summary end with its own verb, and is what the verb says left out: a verb of
    saying, or a clause that goes on with "that"?"""
    fragment = load_fragment_words()
    pred = candidate.predicate
    if candidate.cue.pos != "verb":
        return False
    last = len(found) - 1
    while last > 0 and _skippable(found[last], fragment.trailing):
        last -= 1
    if found[last].lower != pred.lower or last == 0 or _verb_before(found[:last], pred, fragment):
        return False
    if candidate.cue.reporting is not None:
        return True
    after = tokenize(text, pred.end, min(len(text), pred.end + 200))
    at = 0
    while (at < len(after) and after[at].lower not in fragment.complementizers
           and _skippable(after[at], fragment.trailing)):
        at += 1  # "that" is a date word too ("that day")
    return at < len(after) and after[at].lower in fragment.complementizers


def _verb_before(head: list[Token], pred: Token, fragment: FragmentWords) -> bool:
    """Does the summary say more than a subject before its verb: a comma or a quote ("'...,' he
    said", "Rain fell, the agency said"), another verb ("The flood destroyed the road in X state"),
    a passive ("The results have been announced": what was said is the subject) or an infinitive's
    marker ("... to announce")?"""
    words = clause_words()
    if any(not t.text.isalnum() and t.text not in words.possessive_endings for t in head):
        return True
    if head[-1].lower in fragment.passive and not pred.lower.endswith(words.participle_endings):
        return True
    if head[-1].lower in words.infinitive_markers or head[-1].lower in words.prepositions:
        return True  # "... to announce"; "on board": a noun
    while head and (head[-1].text in words.auxiliaries or head[-1].lower.endswith(words.adverb_endings)
                    or head[-1].lower in fragment.trailing):
        head = head[:-1]  # "The militants are [now] demanding"
    return _has_finite_verb(" ".join(t.text for t in head), words) or any(_past(t.lower) for t in head)


def _past(word: str) -> bool:
    """A past form: by an inflection rule, or an irregular one of a cue or of an open verb."""
    return bool(past_form(word)) or word in load_lexicon().past_forms or word in load_open_verbs().irregular


def _subjectless_relative(text: str, summary: str, candidate: Candidate) -> bool:
    """Does the summary open with the -s verb of a relative clause ("which borders ...")?"""
    words, fragment = clause_words(), load_fragment_words()
    first = summary.split(None, 1)[0]
    start = text.find(first[:1].lower() + first[1:], max(0, candidate.clauses[0].start - 5), candidate.end)
    if start <= 0 or not first.isalpha():
        return False
    before = text[max(0, start - 40) : start].split()
    word = first.lower()
    if not (bool(before) and before[-1].lower() in words.relative and word not in fragment.not_verbs
            and word.endswith(words.third_person_endings) and not word.endswith(words.not_third_person_endings)):
        return False
    after = text[start + len(first) : start + len(first) + 40].split()
    nxt = after[0].lower().strip(",;:") if after else ""
    return not (nxt in words.auxiliaries or _past(nxt))  # "that troops be withdrawn": a noun, its subject


def _verbless_noun(text: str, summary: str, found: list[Token], candidate: Candidate) -> bool:
    """Is the event's word a noun (after a preposition, a possessive or a noun marker) and the
    summary, of at most ``max_words`` words, without any other verb?"""
    words, fragment = clause_words(), load_fragment_words()
    pred = candidate.predicate
    if len(found) > fragment.max_words:
        return False
    before = text[max(0, pred.start - 40) : pred.start].split()
    prev = before[-1].lower() if before else ""
    # "a lifetime ban", "her fourth campaign", "the low-end [model]": a determiner and a modifier
    # before it; not "a judge threw", "the others deny" (a past form, or a plural subject's verb)
    article = len(before) > 1 and _marks_noun(before[-2].lower(), words) and prev.isalpha() and not (
        _past(pred.lower) or pred.lower.endswith(words.third_person_endings)
        or prev.endswith(words.third_person_endings) or prev in words.subject_pronouns
        or prev in words.personal_pronouns)
    if not (article or _marks_noun(prev, words)) or prev in words.relative or _past(pred.lower):
        return False  # "a tremor that killed", "fighters killed": a verb
    rest = [t for t in found if t.lower != pred.lower]
    return not _has_finite_verb(" ".join(t.text for t in rest), words) and not any(_past(t.lower) for t in rest)


def _marks_noun(word: str, words) -> bool:
    """Does ``word`` make the word after it a noun: a determiner or noun marker, a possessive, a
    preposition (not an infinitive's marker)?"""
    return (word in words.noun_markers or word in words.determiners or word.endswith(("'s", "\u2019s"))
            or (word in words.prepositions and word not in words.infinitive_markers))
