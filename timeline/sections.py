"""Very long texts in sections, and the cap on events per document: memory bounded by a section.

A text longer than ``Settings.max_section_chars`` goes through the pipeline one section at a
time, each cut at a paragraph end (else a line end, a sentence end, a space) and its offsets
moved back into the whole text; once the document has more than
``Settings.max_events_per_document`` events, the rest of it is not processed and the result
says so in its ``notes``. A name shortened or a relative date ("two days later") does not
reach across a cut, so a section is large (a million characters: a book, not an article).

>>> text = "Aaaa bbbb.\\n\\nCccc dddd.\\n\\nEeee."
>>> [text[start:end] for start, end in cut_sections(text, 14)]
['Aaaa bbbb.\\n\\n', 'Cccc dddd.\\n\\n', 'Eeee.']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.settings import Settings

if TYPE_CHECKING:
    from timeline.pipeline import DocumentResult

__all__ = ["cap_events", "cut_sections", "process_in_sections"]

_CUTS = ("\n\n", "\n", ". ", " ")


def cut_sections(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections of at most ``size`` characters covering ``text``,
    each ending after the last paragraph break (else line break, sentence end, space) in its
    second half, or at ``size`` when there is none."""
    bounds = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _CUTS:
            found = text.rfind(mark, start + size // 2, end)
            if found >= 0:
                end = found + len(mark)
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def cap_events(result: DocumentResult, cap: int) -> DocumentResult:
    """The result with at most ``cap`` events, and a note when some were dropped."""
    if len(result.events) <= cap:
        return result
    note = (f"more than {cap:,} events (the limit, Settings.max_events_per_document); "
            f"the first {cap:,} are kept")
    return dataclasses.replace(result, events=result.events[:cap], notes=(*result.notes, note))


def process_in_sections(doc: Document, settings: Settings,
                        step: Callable[[Document, Settings], DocumentResult]) -> DocumentResult:
    """``step`` over each section of ``doc``, the results joined with offsets into ``doc.text``
    (event ids numbered through the document); stops once past the events cap."""
    found: dict[str, list] = {"sentences": [], "times": [], "mentions": [], "events": []}
    cap = settings.max_events_per_document
    last = None
    for start, end in cut_sections(doc.text, settings.max_section_chars):
        last = step(dataclasses.replace(doc, text=doc.text[start:end]), settings)
        found["sentences"] += [_span(s, start) for s in last.sentences]
        found["times"] += [_span(t, start) for t in last.times]
        found["mentions"] += [_span(m, start) for m in last.mentions]
        for event in last.events:
            found["events"].append(_event(event, start, len(found["events"]) + 1))
        if len(found["events"]) > cap:
            break
    joined = dataclasses.replace(last, document=doc, notes=(),
                                 **{name: tuple(items) for name, items in found.items()})
    return cap_events(joined, cap)


def _span(item: Sentence | TimeExpression | ActorMention, offset: int):
    return dataclasses.replace(item, start=item.start + offset, end=item.end + offset)


def _event(event: Event, offset: int, number: int) -> Event:
    return dataclasses.replace(
        event,
        event_id=f"{event.doc_id}-e{number:03d}",  # the numbering of timeline.events.build
        sentence=_span(event.sentence, offset),
        trigger_start=event.trigger_start + offset,
        trigger_end=event.trigger_end + offset,
        time=_span(event.time, offset) if event.time is not None else None,
        mentions=tuple(_span(m, offset) for m in event.mentions),
    )
