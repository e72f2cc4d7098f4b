"""The pipeline, as one visible list of steps: each a plain function over one document.

    text ──split_sentences──> sentences
         ──tag_times────────> time expressions (resolved against the article date)
         ──find_actors──────> actor mentions (normalised)
         ──build_events─────> events (date, actors, status, source sentence)

>>> from datetime import date
>>> from timeline.model import Document
>>> doc = Document("d1", "Rebels seized the airport on Saturday.", date(2025, 4, 28))
>>> result = process(doc)
>>> [(e.predicate, e.date_value, e.date_source) for e in result.events]
[('seized', '2025-04-26', 'explicit')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from timeline.actors import analyst_actors, find_actors
from timeline.events import build_events
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.settings import DEFAULT_SETTINGS, Settings
from timeline.temporal import tag
from timeline.text import split_sentences

__all__ = ["DocumentResult", "STEPS", "process", "process_all"]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the pipeline found in one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    times: tuple[TimeExpression, ...]
    mentions: tuple[ActorMention, ...]
    events: tuple[Event, ...]

    @property
    def unresolved(self) -> tuple[TimeExpression, ...]:
        """Dates that needed an anchor the document did not give (or not precisely enough)."""
        return tuple(t for t in self.times if t.anchor == "unresolved" or (
            t.anchor != "absolute" and t.period_start is None and not t.value.endswith("_REF")
            and t.type != "SET"))  # incl. "[two days] later" after a mere year


def _sentences(doc: Document, settings: Settings) -> list[Sentence]:
    return split_sentences(doc.text, settings)


def _times(doc: Document, settings: Settings) -> list[TimeExpression]:
    return tag(doc.text, doc.dct)


def _mentions(doc: Document, settings: Settings) -> list[ActorMention]:
    return find_actors(doc.text, dct=doc.dct, model=settings.actor_model)


STEPS = (
    ("sentences", _sentences),
    ("times", _times),
    ("mentions", _mentions),
)


def process(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> DocumentResult:
    """Run every step over one document."""
    found = {name: tuple(step(doc, settings)) for name, step in STEPS}
    events = build_events(doc, found["sentences"], found["times"], found["mentions"],
                          analyst_actors, settings)
    return DocumentResult(document=doc, events=tuple(events), **found)


def process_all(docs: Iterable[Document], settings: Settings = DEFAULT_SETTINGS) -> Iterator[DocumentResult]:
    for doc in docs:
        yield process(doc, settings)
