"""The pipeline, as one visible list of steps: each a plain function over one document.

    text ──split_sentences──> sentences
         ──tag_times────────> time expressions (resolved against the article date)
         ──find_actors──────> actor mentions (normalised)
         ──build_events─────> events (date, actors, status, source sentence)
         ──with_document_actors> the article's actors on each event (its events' and the people it names)

>>> from datetime import date
>>> from timeline.model import Document
>>> doc = Document("d1", "Rebels seized the airport on Saturday.", date(2025, 4, 28))
>>> result = process(doc)
>>> [(e.predicate, e.date_value, e.date_source) for e in result.events]
[('seized', '2025-04-26', 'explicit')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline.actors import analyst_actors, find_actors
from timeline.actors.kin import kin_named
from timeline.actors.salience import passing_actors, without_actors
from timeline.actors.story import document_actors, story_people
from timeline.events import build_events
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.records import evolve
from timeline.sections import cap_events, process_in_sections
from timeline.settings import DEFAULT_SETTINGS, Settings
from timeline.sources.docdate import mark_date_lines
from timeline.temporal import tag
from timeline.text import split_sentences

if TYPE_CHECKING:
    import pandas as pd

    from timeline.failures import DocumentFailure

__all__ = ["DocumentResult", "STEPS", "events_table", "merged", "process", "process_all"]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the pipeline found in one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    times: tuple[TimeExpression, ...]
    mentions: tuple[ActorMention, ...]
    events: tuple[Event, ...]
    notes: tuple[str, ...] = ()
    """What a limit left out (``Settings.max_events_per_document``), one line each."""

    @property
    def unresolved(self) -> tuple[TimeExpression, ...]:
        """Dates that needed an anchor the document did not give (or not precisely enough)."""
        return tuple(t for t in self.times if t.anchor == "unresolved" or (
            t.anchor != "absolute" and t.period_start is None and not t.value.endswith("_REF")
            and t.type != "SET"))  # incl. "[two days] later" after a mere year


def _sentences(doc: Document, settings: Settings) -> list[Sentence]:
    # the date lines and datelines at the top are units of their own, never events
    return mark_date_lines(doc.text, split_sentences(doc.text, settings))


def _times(doc: Document, settings: Settings) -> list[TimeExpression]:
    return tag(doc.text, doc.dct)


def _mentions(doc: Document, settings: Settings) -> list[ActorMention]:
    return find_actors(doc.text, dct=doc.dct, model=settings.actor_model, score=settings.actor_score)


STEPS = (
    ("sentences", _sentences),
    ("times", _times),
    ("mentions", _mentions),
)


def process(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> DocumentResult:
    """Run every step over one document (a very long one in sections, with at most
    ``settings.max_events_per_document`` events: see :mod:`timeline.sections`)."""
    if len(doc.text) > settings.max_section_chars:
        return with_document_actors(process_in_sections(doc, settings, _process_whole))
    return with_document_actors(cap_events(_process_whole(doc, settings), settings.max_events_per_document))


def with_document_actors(result: DocumentResult) -> DocumentResult:
    """``result`` with the article's actors on each event (``Event.doc_actors``): its shown events'
    actors, then the people it names (:mod:`timeline.actors.story`); first, a one-off actor the
    article names only in passing leaves the events (:mod:`timeline.actors.salience`), and so
    does a person it names only as someone's relative (:mod:`timeline.actors.kin`)."""
    if not result.events:
        return result
    kin = kin_named(result.document.text, result.mentions)  # "the son of the late minister Ann Roe"
    passing = passing_actors(result.document.text, result.mentions, (e.actors for e in result.events if e.shown))
    events = [without_actors(e, passing | kin) for e in result.events]
    people = tuple(p for p in story_people(result.document.text, result.mentions, analyst_actors) if p not in kin)
    names = document_actors((e.actors for e in events if e.shown), people)
    return replace(result, events=tuple(evolve(e, doc_actors=names) for e in events))


def _process_whole(doc: Document, settings: Settings) -> DocumentResult:
    found = {name: tuple(step(doc, settings)) for name, step in STEPS}
    events = build_events(doc, found["sentences"], found["times"], found["mentions"],
                          analyst_actors, settings)
    return DocumentResult(document=doc, events=tuple(events), **found)


def process_all(docs: Iterable[Document], settings: Settings = DEFAULT_SETTINGS) -> Iterator[DocumentResult]:
    """Every document through every step, one result at a time."""
    for doc in docs:
        yield process(doc, settings)


def merged(frame: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """``frame`` with the reports of one happening in several documents merged into one event
    (with every source), when ``settings.merge_across_documents``; else ``frame`` itself."""
    from timeline.events.merge import merge_events

    return merge_events(frame) if settings.merge_across_documents else frame


def events_table(docs: Iterable[Document], settings: Settings = DEFAULT_SETTINGS, *,
                 on_result: Callable[[DocumentResult], None] | None = None,
                 document_table: Callable[[Document, Settings], pd.DataFrame] | None = None,
                 on_failure: Callable[[DocumentFailure], None] | None = None,
                 ) -> pd.DataFrame:
    """The events table of ``docs`` (columns: ``frame.TABLE``), merged across documents as
    ``settings`` say: what ``timeline events`` writes and the dashboard shows.

    ``on_result`` sees each document's result (the CLI warns of dates it could not resolve).
    ``document_table`` makes one document's rows instead (the dashboard passes one that is
    cached per document); then ``on_result`` is not called.
    ``on_failure`` gets each document the pipeline fails on (:mod:`timeline.failures`), and the
    other documents' events are still made; without it, such a failure raises.

    >>> from datetime import date
    >>> text = "Russian troops seized the airport on Saturday, Moscow said."
    >>> docs = [Document(f"d{i}", text, date(2025, 4, 28)) for i in (1, 2)]
    >>> table = events_table(docs)
    >>> len(table), int(table.loc[0, "n_sources"])
    (1, 2)
    >>> len(events_table(docs, Settings(merge_across_documents=False)))
    2
    """
    import pandas as pd

    from timeline.frame import events_frame

    if document_table is not None:
        frames = [f for f in (document_table(doc, settings) for doc in docs) if len(f)]
        frame = pd.concat(frames, ignore_index=True) if frames else events_frame([])
        return merged(frame, settings)
    from timeline.failures import DocumentFailure, process_each

    results = []
    outcomes = process_all(docs, settings) if on_failure is None else process_each(docs, settings)
    for result in outcomes:
        if isinstance(result, DocumentFailure):
            on_failure(result)
            continue
        if on_result is not None:
            on_result(result)
        results.append(result)
    return merged(events_frame(results), settings)
