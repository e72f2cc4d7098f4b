"""The document boundary: whatever fails while one document is processed is that document's error.

``timeline events``, ``timeline extract`` and the dashboard all go through here (or, for the
store's worker batches, through the same rule), so a RecursionError, an OverflowError, a
MemoryError or a date past the calendar in one article is reported with the article's file (and
line) while the other articles' events are still written.

>>> from datetime import date
>>> from timeline.model import Document
>>> good = Document("good", "Rebels seized the airport on Saturday.", date(2025, 4, 28), "good.txt")
>>> def fragile(doc, settings):
...     if doc.doc_id == "bad":
...         raise OverflowError("date value out of range")
...     return process(doc, settings)
>>> bad = Document("bad", "Text.", date(1, 1, 1), "feed.jsonl")
>>> [type(r).__name__ for r in process_each([bad, good], step=fragile)]
['DocumentFailure', 'DocumentResult']
>>> print(next(process_each([bad], step=fragile)))
feed.jsonl (bad): could not be processed (OverflowError: date value out of range)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from timeline.model import Document
    from timeline.pipeline import DocumentResult

__all__ = ["DocumentFailure", "failure_reason", "process", "process_each"]

_LONGEST = 300  # characters of an exception's message kept in a report
_PLAIN = {
    RecursionError: "nested too deeply to process",
    MemoryError: "ran out of memory",
}


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document the pipeline could not process, and why (one line)."""

    document: Document
    reason: str

    def __str__(self) -> str:
        doc = self.document
        where = f"{doc.source} ({doc.doc_id})" if doc.source and doc.source != doc.doc_id else doc.doc_id
        return f"{where}: could not be processed ({self.reason})"


def failure_reason(exc: BaseException) -> str:
    """One line saying what went wrong, with the exception's type.

    >>> failure_reason(ValueError("year 0 is out of range"))
    'ValueError: year 0 is out of range'
    >>> failure_reason(RecursionError("maximum recursion depth exceeded"))
    'RecursionError: nested too deeply to process'
    """
    message = next((text for kind, text in _PLAIN.items() if isinstance(exc, kind)), None)
    if message is None:
        lines = str(exc).strip().splitlines()
        message = lines[0] if lines else ""
    if len(message) > _LONGEST:
        message = message[: _LONGEST - 1] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def process(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> DocumentResult:
    """The pipeline over one document (:func:`timeline.pipeline.process`)."""
    from timeline.pipeline import process as pipeline_process

    return pipeline_process(doc, settings)


def process_each(docs: Iterable[Document], settings: Settings = DEFAULT_SETTINGS,
                 step: Callable[[Document, Settings], DocumentResult] = process,
                 ) -> Iterator[DocumentResult | DocumentFailure]:
    """Each document's result, or its :class:`DocumentFailure`; never raises for one document.

    Any ``Exception`` (and MemoryError, RecursionError) stops only its own document.
    KeyboardInterrupt and SystemExit still stop the run.
    """
    for doc in docs:
        try:
            result = step(doc, settings)
        except Exception as exc:  # noqa: BLE001 - the document boundary: one document, one error
            yield DocumentFailure(doc, failure_reason(exc))
            continue
        yield result
