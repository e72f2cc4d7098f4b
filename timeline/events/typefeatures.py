"""What the type model reads of each event: named features the pipeline already has.

For the events of one document (in text order, with the candidate each came from when known),
:func:`document_features` gives one mapping of feature name -> value per event. Two sorts of name:

- **fixed** names (:func:`fixed_names`, the same for every model): ``bias``; the rules' type
  (``rule=<type>``, :func:`timeline.events.types.event_type`) and the cue's fine type
  (``cue=<fine type>``); the kinds of the event's actors (``kind=``) and of the one named before
  its verb (``subject=``); numbers with a unit class of ``types.toml`` ``[model]`` (``unit=money``,
  ``unit=percent`` ...); a report, a saying verb, a quotation; the article's prior: the share of
  its other events the rules give each type (``article=<type>``) and its domain (``domain=``);
- **vocabulary** names, built from the words of the text: the predicate's lemma (``lemma=``),
  the reporting verb's (``report=``), the words of the event's clauses (``clause=``), the other
  words of its sentence (``sentence=``) and the words of its organisations' names (``actor=``:
  "court", "ministry", "club"). Which of them a model uses is learned: the vocabulary is the
  weights file's list (chosen on the training articles), never a list in code.

No English here: the unit words and marks are data (``rules/en/types.toml`` ``[model]``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.actors.kinds import KINDS
from timeline.events.candidates import Candidate
from timeline.model import Event

__all__ = ["TEMPLATES", "TypeWords", "document_features", "fixed_names", "load_type_words", "words_of"]

RULES = Path(__file__).parent / "rules"
TEMPLATES = ("lemma=", "report=", "clause=", "sentence=", "actor=")  # the vocabulary names' prefixes
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # a word of letters (inner hyphens, apostrophes)
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class TypeWords:
    """``types.toml``: the taxonomy, the cues' fine types, and ``[model]``: the unit classes (words
    or marks next to a number), the quotation marks and the shortest word the model reads."""

    types: tuple[str, ...]
    fine: tuple[str, ...]
    units: dict[str, frozenset[str]]
    quotes: str
    min_letters: int
    unit_gap: int  # words between a number and its unit ("$2.5 billion", "40 people dead")
    flags: tuple[str, ...] = ()  # the features of one name: bias, a report, a saying verb ...


@lru_cache(maxsize=4)
def load_type_words(language: str = "en") -> TypeWords:
    """The model's word classes of ``language``; a missing entry is an error naming the file."""
    path = RULES / language / "types.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        model = data["model"]
        return TypeWords(tuple(data["reader"]["types"]), tuple(data["taxonomy"]),
                         {k: frozenset(w.lower() for w in v) for k, v in model["units"].items()},
                         "".join(model["quotes"]), int(model["min_letters"]), int(model["unit_gap"]),
                         tuple(model["flags"]))
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: [model] missing or bad: {error}") from None


@lru_cache(maxsize=1)
def fixed_names() -> tuple[str, ...]:
    """The names every type model has, in order (the vocabulary names come after them).

    >>> fixed_names()[:2]
    ('bias', 'reported')
    """
    words = load_type_words()
    return (*words.flags, *(f"unit={u}" for u in words.units), *(f"rule={t}" for t in words.types),
            *(f"cue={t}" for t in words.fine), *(f"kind={k}" for k in KINDS),
            *(f"subject={k}" for k in KINDS), *(f"article={t}" for t in words.types),
            *(f"domain={t}" for t in words.types))


def words_of(text: str) -> list[str]:
    """The words of ``text`` the model reads: lower case, letters only, at least ``min_letters``."""
    least = load_type_words().min_letters
    return [w for w in _WORD.findall(text.lower()) if len(w) >= least]


@lru_cache(maxsize=256)
def _word_set(text: str) -> frozenset[str]:
    """The set of :func:`words_of` ``text``, kept: the events of one sentence read it each."""
    return frozenset(words_of(text))


def _units(text: str, words: TypeWords) -> set[str]:
    """The unit classes next to a number in ``text`` ("$2 billion": money; "12%": percent)."""
    found: set[str] = set()
    tokens = re.findall(r"\d[\d.,]*|[^\W\d_]+|[^\w\s]", text.lower())
    for i, token in enumerate(tokens):
        if not token[0].isdigit():
            continue
        near = tokens[max(0, i - 1) : i + 2 + words.unit_gap]
        for unit, members in words.units.items():
            if any(t in members for t in near):
                found.add(unit)
    return found


def _own(text: str, event: Event, candidate: Candidate | None, words: TypeWords) -> dict[str, float]:
    """The features of one event without the article's prior."""
    out: dict[str, float] = {"bias": 1.0, f"rule={event.event_type}": 1.0}
    sentence = text[event.sentence.start : event.sentence.end]
    if candidate is not None:
        clause_text = text[candidate.start : candidate.end]
        out[f"cue={candidate.cue.event_type}"] = 1.0
        out[f"lemma={candidate.cue.lemma}"] = 1.0
        if candidate.report is not None:
            out["reported"] = 1.0
            if candidate.report_cue is not None:
                out[f"report={candidate.report_cue.lemma}"] = 1.0
        if candidate.cue.reporting is not None:
            out["saying"] = 1.0
        verb = candidate.predicate.start
        before = [m for m in event.mentions if m.end <= verb and m.start >= candidate.subject_start]
        if before:
            kinds = dict(event.actor_kinds)
            out[f"subject={kinds.get(before[-1].name, _kind(before[-1].kind))}"] = 1.0
    else:
        clause_text = event.summary
        out[f"lemma={event.predicate.lower()}"] = 1.0
    clause = _word_set(clause_text)
    for w in clause:
        out[f"clause={w}"] = 1.0
    for w in _word_set(sentence) - clause:
        out[f"sentence={w}"] = 1.0
    if any(q in sentence for q in words.quotes):
        out["quoted"] = 1.0
    if _NUMBER.search(clause_text):
        out["number"] = 1.0
    for unit in _units(clause_text, words):
        out[f"unit={unit}"] = 1.0
    for _, kind in event.actor_kinds:
        out[f"kind={kind}"] = 1.0
    if not event.actor_kinds:
        out["no_actors"] = 1.0
    for mention in event.mentions:
        if mention.kind not in ("person", "country", "place"):
            for w in set(words_of(f"{mention.text} {mention.name}")):
                out[f"actor={w}"] = 1.0
    return out


def _kind(kind: str) -> str:
    """A mention's kind as a contract kind (an agency acts for its country)."""
    return {"outlet": "media", "agency": "organisation"}.get(kind, kind)


def document_features(text: str, domain: str | None, events: Sequence[Event],
                      candidates: Sequence[Candidate | None]) -> list[dict[str, float]]:
    """One mapping of feature name -> value per event of one document (``events`` in text order,
    typed by the rules; ``candidates[i]`` the candidate of ``events[i]``, None when unknown), in
    an article whose domain (:func:`timeline.events.types.article_domain`) is ``domain``."""
    words = load_type_words()
    rows = [_own(text, e, c, words) for e, c in zip(events, candidates, strict=True)]
    counts = Counter(e.event_type for e in events)
    others = len(events) - 1
    for event, row in zip(events, rows, strict=True):
        if others > 0:
            for kind, n in counts.items():
                share = (n - (kind == event.event_type)) / others
                if share:
                    row[f"article={kind}"] = share
        if domain is not None:
            row[f"domain={domain}"] = 1.0
    return rows
