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
  actors or shared content words), how many share its date, the same sentence, the same paragraph;
  and (when ``keep.toml`` turns them on) the features of the pair (event, the earlier event most
  like it) of :mod:`timeline.events.repeats`: does it tell again a happening told before.

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
from timeline.events.keepclause import clause_features, own_features, summary_features
from timeline.events.lexicon import load_lexicon
from timeline.events.openverbs import is_open_verb
from timeline.events.repeats import NAMES as REPEAT_NAMES
from timeline.events.repeats import pair_features
from timeline.model import Event

__all__ = ["KeepWords", "content_words", "document_features", "feature_names", "happening_words",
           "load_keep_words", "paragraph_numbers"]

RULES = Path(__file__).parent / "rules"
_WORD = re.compile(r"\w+")

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
    cue_types: bool = False  # the predicate's cue type (rules/en/cues.toml) ("cue=<type>")
    repeats: bool = False  # the features of the pair (event, its match) (events/repeats.py), last

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
            sentence_classes=tuple(data["features"]["sentence_classes"]),
            cue_types=bool(data["features"].get("cue_types", False)),
            repeats=bool(data["features"].get("repeats", False)))
    except KeyError as error:
        raise ValueError(f"{path}: missing {error}") from None


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The names of the features, in the order of :func:`document_features`' rows.

    >>> feature_names()[:3]
    ('bias', 'source=explicit', 'source=inherited')
    """
    keep = load_keep_words()
    names = keep.names
    at = max(n for n, name in enumerate(names) if name.startswith("status=")) + 1
    extra: list[str] = []
    if keep.cue_types:
        extra += [f"cue={t}" for t in sorted({c.event_type for c in load_lexicon().cues.values()})]
    return (*names[:at], *(f"type={t}" for t in _types()), *extra, *names[at:],
            *(REPEAT_NAMES if keep.repeats else ()))


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


def happening_words(event: Event) -> set[str]:
    """The content words of ``event``'s summary that are not words of its actors' names nor of
    its date: what it says happened, by which two events are told to be one happening."""
    told = " ".join((*event.actors, event.time.text if event.time is not None else ""))
    return content_words(event.summary) - content_words(told)


def paragraph_numbers(text: str, events: Sequence[Event]) -> list[int]:
    """The paragraph number of each event (``events`` of one document, in text order): a line
    break between two sentences starts a new paragraph."""
    result, paragraph, last = [], 0, 0
    for event in events:
        start = event.sentence.start
        if start > last:
            paragraph += bool(text.count("\n", last, start))
            last = start
        result.append(paragraph)
    return result


def document_features(text: str, dct: date | None, events: Sequence[Event],
                      candidates: Sequence[Candidate | None]) -> list[list[float]]:
    """One row of :func:`feature_names` values per event of one document (``events`` in text
    order; ``candidates[i]`` is the candidate of ``events[i]``, None when unknown)."""
    index = _index()
    keep = load_keep_words()
    rows: list[list[float]] = []
    by_date: dict[str, list[tuple[Event, set[str], int]]] = {}  # the events before, by date
    last: tuple[Event, set[str], int] | None = None  # the event before: (event, content words, paragraph)
    paragraphs = paragraph_numbers(text, events)
    sentences = sorted({e.sentence.start for e in events})
    sentence_rank = {start: n for n, start in enumerate(sentences)}
    paragraph_start: dict[int, int] = {}
    by_sentence: dict[int, list[Event]] = {}
    for event, paragraph in zip(events, paragraphs, strict=True):
        by_sentence.setdefault(event.sentence.start, []).append(event)
        paragraph_start.setdefault(paragraph, event.sentence.start)
    first_date = next((e.date_value for e in events if e.date_value), "")
    lemmas: set[str] = set()
    recent: list[set[str]] = []  # the content words of the last events
    pairs = (pair_features(events, candidates, [happening_words(e) for e in events],
                           [sentence_rank[e.sentence.start] for e in events]) if keep.repeats else None)
    at = len(index) - len(REPEAT_NAMES)
    for n, (event, candidate, paragraph) in enumerate(zip(events, candidates, paragraphs, strict=True)):
        row = [0.0] * len(index)

        def put(name: str, value: float = 1.0, row: list[float] = row) -> None:
            row[index[name]] = value

        start = event.sentence.start
        sentence = text[start : event.sentence.end]
        words = content_words(event.summary)
        put("bias")
        own_features(event, index, put)
        clause_features(text, event, candidate, sentence, keep, index, put)
        summary_features(event, by_sentence[start], keep, put)
        put("log_words", math.log1p(len(sentence.split())))
        put("log_actors", math.log1p(len(event.actors)))
        put("no_actors", float(not event.actors))
        put("has_parts", float(bool(event.parts)))
        put("first_sentence", float(sentence_rank[start] == 0))
        put("paragraph_first", float(start == paragraph_start[paragraph]))
        put("log_sentence_rank", math.log1p(sentence_rank[start]))
        put("log_paragraph", math.log1p(paragraph))
        put("position", start / max(len(text), 1))
        same_date = by_date.setdefault(event.date_value, []) if event.date_value else []
        _relations(event, words, paragraph, last, same_date, put)
        if candidate is not None:
            if is_open_verb(candidate.predicate, candidate.cue):
                put("open_verb")  # a verb no cue names (Settings.open_verbs)
            if candidate.cue.lemma in lemmas:
                put("same_lemma_before")
            lemmas.add(candidate.cue.lemma)
        if any(len(words & other) >= 2 for other in recent):
            put("words_before")
        recent = [*recent[-(_RECENT - 1):], words]
        put("log_sentence_events", math.log1p(len(by_sentence[start]) - 1))
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
        if pairs is not None:
            row[at:] = pairs[n]
        rows.append(row)
    return rows


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
