"""What the keep score reads of each event: cheap features the pipeline already has.

For the events of one document (in text order, with the candidate each came from when known),
:func:`document_features` gives one row of numbers per event, in the order of
:func:`feature_names`. The features are of four kinds:

- the event's own fields: where its date came from and how fine it is, its status, type,
  parts and actors;
- its clause: the predicate's class (a state, a saying, a noun), the clause kind, tense cues
  (past perfect, present perfect, simple present), words of expectation or rank in its clauses
  (word classes in ``rules/en/keep.toml``), whether the summary has a subject;
- its sentence: a quotation, a caption, a lower-case start, numbers, length, position in the
  article and in its paragraph;
- relations to the events before it in the article: the same date (with the same type, shared
  actors or shared content words), how many share its date, the same sentence, the same paragraph.

No English here: word classes are data. The names are stable: the weights file lists the names it
was trained on and :mod:`timeline.events.keepscore` refuses a file whose names differ.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.dating import in_past_perfect, in_present, report_of_the_day
from timeline.model import Event

__all__ = ["KeepWords", "content_words", "document_features", "feature_names", "load_keep_words"]

RULES = Path(__file__).parent / "rules"
_WORD = re.compile(r"\w+")
_MAYBE_DIGIT = re.compile(r"[0-9]|[^\x00-\x7f]")  # the characters that can be digits (str.isdigit)

_SHORT = 3  # a summary of at most this many words is a fragment ("It raised")
_RECENT = 12  # earlier events of the same date compared word by word (keeps a long article linear)


@dataclass(frozen=True, slots=True)
class KeepWords:
    """``keep.toml``: the word classes (lower case) and the quotation and caption marks."""

    classes: dict[str, frozenset[str]]  # class -> its words: state, modal, rank, background, caption
    quotes: str
    captions: str
    examples: tuple[tuple[str, tuple[str, ...]], ...]
    names: tuple[str, ...]  # the features, in order, without the types ([features] names)
    clause_classes: tuple[str, ...] = ()  # the classes looked for in the event's clauses ("<class>_words")
    sentence_classes: tuple[str, ...] = ()  # ... and in its whole sentence

    def has(self, kind: str, words: set[str]) -> bool:
        """Is one of ``words`` (lower case) in the class ``kind``?"""
        return not self.classes[kind].isdisjoint(words)


@lru_cache(maxsize=4)
def load_keep_words(language: str = "en") -> KeepWords:
    """The word classes of ``language``; a missing class is an error naming the file."""
    path = RULES / language / "keep.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        marks = data["marks"]
        return KeepWords(
            {k: frozenset(w.lower() for w in v) for k, v in data["classes"].items()},
            quotes="".join(marks["quotes"]), captions="".join(marks["captions"]),
            examples=tuple((e["text"], tuple(e["features"])) for e in data.get("examples", {}).values()),
            names=tuple(data["features"]["names"]), clause_classes=tuple(data["features"]["clause_classes"]),
            sentence_classes=tuple(data["features"]["sentence_classes"]))
    except KeyError as error:
        raise ValueError(f"{path}: missing {error}") from None


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The names of the features, in the order of :func:`document_features`' rows.

    >>> feature_names()[:3]
    ('bias', 'source=explicit', 'source=inherited')
    """
    names = load_keep_words().names
    at = max(n for n, name in enumerate(names) if name.startswith("status=")) + 1
    return (*names[:at], *(f"type={t}" for t in _types()), *names[at:])


@lru_cache(maxsize=1)
def _types() -> tuple[str, ...]:
    """The event types a reader sees (``types.toml`` ``[reader]``), in their order."""
    data = tomllib.loads((RULES / "en" / "types.toml").read_text(encoding="utf-8"))
    return tuple(data["reader"]["types"])


@lru_cache(maxsize=1)
def _index() -> dict[str, int]:
    return {name: n for n, name in enumerate(feature_names())}


def content_words(text: str) -> set[str]:
    """The content words of ``text`` (lower case, over three letters, no numbers), by which an event
    is compared with the events before it (a new set each call; the last texts' are remembered:
    the features and the keep step read each summary)."""
    found = _CONTENT.get(text)
    if found is None:
        if len(_CONTENT) >= _REMEMBERED:
            _CONTENT.clear()
        found = _CONTENT[text] = frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 3 and not w.isdigit())
    return set(found)


_CONTENT: dict[str, frozenset[str]] = {}  # text -> its content words, for the last few hundred texts
_REMEMBERED = 512


def document_features(text: str, dct: date | None, events: Sequence[Event],
                      candidates: Sequence[Candidate | None]) -> list[list[float]]:
    """One row of :func:`feature_names` values per event of one document (``events`` in text
    order; ``candidates[i]`` is the candidate of ``events[i]``, None when unknown)."""
    index = _index()
    width = len(index)
    rows: list[list[float]] = []
    by_date: dict[str, list[tuple[Event, set[str], int]]] = {}  # the events before, by date
    last: tuple[Event, set[str], int] | None = None  # the event before: (event, content words, paragraph)
    paragraph = 0
    last_start = 0
    sentence_rank = -1
    last_sentence = -1
    paragraph_start = 0
    total = max(len(text), 1)
    per_sentence: dict[int, int] = {}
    for event in events:
        per_sentence[event.sentence.start] = per_sentence.get(event.sentence.start, 0) + 1
    first_date = next((e.date_value for e in events if e.date_value), "")
    lemmas: set[str] = set()
    recent: list[set[str]] = []  # the content words of the last events
    for n, (event, candidate) in enumerate(zip(events, candidates, strict=True)):
        row = [0.0] * width

        def put(name: str, value: float = 1.0, row: list[float] = row) -> None:
            row[index[name]] = value

        start = event.sentence.start
        if start != last_sentence:
            sentence_rank += 1
            breaks = text.count("\n", last_start, start) if start > last_start else 0
            if breaks:
                paragraph += 1
                paragraph_start = start
            last_start, last_sentence = max(start, last_start), start
        sentence = text[start : event.sentence.end]
        words = content_words(event.summary)
        put("bias")
        _own(event, put)
        _clause(text, event, candidate, sentence, put)
        put("log_words", math.log1p(len(sentence.split())))
        put("log_actors", math.log1p(len(event.actors)))
        put("no_actors", float(not event.actors))
        put("has_parts", float(bool(event.parts)))
        put("first_sentence", float(sentence_rank == 0))
        put("paragraph_first", float(start == paragraph_start))
        put("log_sentence_rank", math.log1p(sentence_rank))
        put("log_paragraph", math.log1p(paragraph))
        put("position", start / total)
        same_date = by_date.setdefault(event.date_value, []) if event.date_value else []
        _relations(event, words, paragraph, last, same_date, put)
        if candidate is not None:
            if candidate.cue.lemma in lemmas:
                put("same_lemma_before")
            lemmas.add(candidate.cue.lemma)
        if any(len(words & other) >= 2 for other in recent):
            put("words_before")
        recent = [*recent[-(_RECENT - 1):], words]
        put("log_sentence_events", math.log1p(per_sentence[start] - 1))
        if event.date_value and event.date_value == first_date:
            put("on_first_date")
        if dct is not None and event.period_start is not None:
            days = (dct - event.period_start).days
            put("log_years_before_article", math.log1p(max(days, 0) / 365))
            put("after_article", float(days < 0))
        put("short_summary", float(len(event.summary.split()) <= _SHORT))
        put("log_summary_words", math.log1p(len(event.summary.split())))
        if n + 1 < len(events) and events[n + 1].sentence.start == start:
            put("same_sentence_after")
        last = (event, words, paragraph)
        if event.date_value:
            same_date.append(last)
        rows.append(row)
    return rows


def _own(event: Event, put) -> None:
    """The event's own fields: date source and granularity, status, type."""
    index = _index()
    for name in (f"source={event.date_source}", f"status={event.status}", f"type={event.event_type}"):
        if name in index:
            put(name)
    if event.granularity:
        fine = f"granularity={event.granularity}"
        put(fine if fine in index else "granularity=coarse")


def _clause(text: str, event: Event, candidate: Candidate | None, sentence: str, put) -> None:
    """The event's clause and sentence: predicate class, clause kind, tense, word classes, marks."""
    keep = load_keep_words()
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
    kind = f"clause={candidate.predicate_clause.kind}"
    if kind in _index():
        put(kind)
    if candidate.report is not None:
        put("reported")
    if in_past_perfect(text, candidate, whole_clause=True):
        put("past_perfect")
    if in_present(text, candidate):
        put("present_perfect")
    words = clause_words()
    pred = candidate.predicate.lower
    if (cue.pos == "verb" and pred.endswith(words.third_person_endings)
            and not pred.endswith(words.not_third_person_endings)):
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


def _lower_words(text: str) -> set[str]:
    """The words of ``text``, lower case (ASCII text is lowered whole: the same words, faster)."""
    if text.isascii():
        return set(_WORD.findall(text.lower()))
    return {w.lower() for w in _WORD.findall(text)}


def _relations(event: Event, words: set[str], paragraph: int, last: tuple[Event, set[str], int] | None,
               same_date: list[tuple[Event, set[str], int]], put) -> None:
    """How the event relates to the event just before it and to the earlier events of its date."""
    if last is not None:
        if last[0].sentence.start == event.sentence.start:
            put("same_sentence_before")
        if last[2] == paragraph:
            put("same_paragraph_before")
        if not last[0].date_value:
            put("after_undated")
    if not same_date:
        return
    put("same_date_before")
    put("log_same_date_count", math.log1p(len(same_date)))
    actors = set(event.actors)
    for other, other_words, other_paragraph in same_date[-_RECENT:]:
        if other.event_type == event.event_type:
            put("same_date_type_before")
        if actors & set(other.actors):
            put("same_date_actors_before")
        if len(words & other_words) >= 2:
            put("same_date_words_before")
        if other_paragraph == paragraph:
            put("same_paragraph_date_before")
