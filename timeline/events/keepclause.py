"""The keep score's features of one event by itself: its own fields, its clause, its summary.

Called by :func:`timeline.events.keepfeatures.document_features` for each event with ``put(name,
value)`` (sets one feature of the event's row) and ``known`` (the feature names of the model, so
that a value with no feature of its own, such as a new event type, is simply not set). The word
classes are data (``rules/en/keep.toml``, :class:`~timeline.events.keepfeatures.KeepWords`); no
English here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Sequence

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.dating import in_past_perfect, in_present, report_of_the_day
from timeline.events.lexicon import load_lexicon
from timeline.model import Event

__all__ = ["clause_features", "own_features", "summary_features"]

_WORD = re.compile(r"\w+")
_MAYBE_DIGIT = re.compile(r"[0-9]|[^\x00-\x7f]")  # the characters that can be digits (str.isdigit)

Put = Callable[..., None]


def own_features(event: Event, known: Container[str], put: Put) -> None:
    """The event's own fields: date source and granularity, status, type, and what its own date
    words were resolved against (the text itself, the article date, the story's last date)."""
    anchor = f"anchor={event.time.anchor}" if event.time is not None else ""
    for name in (f"source={event.date_source}", f"status={event.status}", f"type={event.event_type}", anchor):
        if name in known:
            put(name)
    if event.granularity:
        fine = f"granularity={event.granularity}"
        put(fine if fine in known else "granularity=coarse")


def clause_features(text: str, event: Event, candidate: Candidate | None, sentence: str, keep,
                    known: Container[str], put: Put) -> None:
    """The event's clause and sentence: predicate class, clause kind, tense, word classes, marks,
    where its date words stand."""
    stripped = sentence.strip()
    if stripped[:1] in keep.quotes or sentence.count(keep.quotes[0]) >= 2:
        put("quoted")
    if stripped[:1] in keep.captions:
        put("caption")
    if stripped[:1].islower():
        put("lower_start")
    if not stripped.rstrip("".join(keep.quotes) + ")").endswith((".", "!", "?")):
        put("no_full_stop")
    if any(map(str.isdigit, _MAYBE_DIGIT.findall(sentence))):
        put("numbers")
    words = _lower_words(sentence)
    for kind in keep.sentence_classes:
        if keep.has(kind, words):
            put(f"{kind}_words")
    if event.summary.endswith("\u2026"):
        put("summary_cut")
    if candidate is None:
        return
    cue = candidate.cue
    if cue.pos == "noun":
        put("class=noun")
    elif cue.reporting is not None:
        put("class=say")
    elif keep.has("state", {cue.lemma}):
        put("class=state")
    for name in (f"clause={candidate.predicate_clause.kind}", f"cue={cue.event_type}"):
        if name in known:
            put(name)
    if candidate.report is not None:
        put("reported")
    if in_past_perfect(text, candidate, whole_clause=True):
        put("past_perfect")
    if in_present(text, candidate):
        put("present_perfect")
    endings = clause_words()
    pred = candidate.predicate.lower
    if (cue.pos == "verb" and pred.endswith(endings.third_person_endings)
            and not pred.endswith(endings.not_third_person_endings)):
        put("simple_present")
        if event.date_source == "explicit" and event.granularity == "day":
            put("present_on_own_day")
    if report_of_the_day(text, candidate):
        put("report_of_the_day")
    clause = _lower_words(text[candidate.start : candidate.end])
    for kind in keep.clause_classes:
        if keep.has(kind, clause):
            put(f"{kind}_words")
    if candidate.subject_start >= candidate.predicate.start:
        put("no_subject")
    if candidate.subject_start > event.sentence.start + len(sentence) - len(sentence.lstrip()) + 1:
        put("summary_inside")
    if event.date_source == "explicit" and event.time is not None:
        gap = event.time.start - candidate.predicate.start
        put("log_date_gap", math.log1p(abs(gap) / 10))
        if not candidate.start <= event.time.start < candidate.end:
            put("date_outside_clause")


def _lower_words(text: str) -> set[str]:
    """The words of ``text``, lower case (ASCII text is lowered whole: the same words, faster)."""
    if text.isascii():
        return set(_WORD.findall(text.lower()))
    return {w.lower() for w in _WORD.findall(text)}


def summary_features(event: Event, others: Sequence[Event], keep, put: Put) -> None:
    """The summary's shape: a pronoun or a lower-case word first, figures, an unclosed quotation,
    other verb cues in it, another event of its sentence glued into it (``others``)."""
    words = event.summary.split()
    first = words[0].lower().strip("".join(keep.quotes)) if words else ""
    if keep.has("pronoun", {first}):
        put("summary_pronoun_start")
    if not event.summary[:1].isupper():
        put("summary_lower_start")
    if any(ch.isdigit() for ch in event.summary):
        put("summary_numbers")
    if sum(event.summary.count(q) for q in keep.quotes[:3]) % 2:
        put("summary_open_quote")
    cues = load_lexicon().cues
    lower = [w.lower().strip(",.;:") for w in words]
    verbs = sum(1 for w in lower if (c := cues.get(w)) is not None and c.pos == "verb")
    put("log_summary_cues", math.log1p(max(verbs - 1, 0)))
    if any(o.predicate.lower() in lower for o in others if o.predicate.lower() != event.predicate.lower()):
        put("summary_glued")
