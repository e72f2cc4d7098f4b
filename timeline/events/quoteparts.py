"""A statement that goes on in a quote is one event: the quote joins the statement as a part.

"The mayor said on Monday that the bridge would reopen. "We have the money," she said." The
second sentence is only a quote and its speaker, a pronoun: no happening of its own, a further
sentence of the statement before it. It joins, as a part (:func:`timeline.events.parts.with_part`),
the event of the sentence before it in its paragraph that is a saying (its verb a reporting verb,
or the content of one) and shares an actor with it, when it has no date of its own. A quote that
opens its paragraph, or follows what is no saying ("He had been assigned to the inquiry."), stays
an event. The shape of such a sentence and how far back to look are data (``rules/en/parts.toml``
``[continued_quote]``); the engine knows no English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.parts import compiled, examples, part_data, renumbered, with_part
from timeline.model import Event, TimeExpression

__all__ = ["QuoteRules", "join_quotes", "load_quote_rules"]


@dataclass(frozen=True, slots=True)
class QuoteRules:
    """``parts.toml`` ``[continued_quote]``: the shape of a quote-only sentence, how many events back
    to look, and the examples (text, events, parts)."""

    sentence: re.Pattern
    window: int
    examples: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=4)
def load_quote_rules(language: str = "en") -> QuoteRules:
    """The continued-quote rules of ``language``; a bad pattern is an error naming the file."""
    path, data = part_data(language)
    table = data.get("continued_quote", {})
    sentence = compiled(path, "[continued_quote] sentence", table.get("sentence", "(?!)"))
    return QuoteRules(sentence, int(table.get("window", 0)), examples(table))


def _saying(candidate: Candidate | None) -> bool:
    """Is ``candidate`` a saying: its verb a reporting verb, or the content of one?"""
    return candidate is not None and (candidate.report is not None or candidate.cue.reporting is not None)


def _home(text: str, event: Event, kept: Sequence[Event], rules: QuoteRules,
          candidates: Mapping[int, Candidate]) -> int | None:
    """The position in ``kept`` of the saying ``event`` (a quote-only sentence) goes on: an event of
    the sentence just before it, in its paragraph, a saying, sharing an actor."""
    for at in range(len(kept) - 1, max(-1, len(kept) - 1 - rules.window), -1):
        other = kept[at]
        if other.sentence.start >= event.sentence.start:
            continue
        between = text[other.sentence.end : event.sentence.start]
        if "\n" in between or between.strip():
            return None  # another paragraph, or a sentence between: not the statement it goes on
        if _saying(candidates.get(other.trigger_start)) and set(other.actors) & set(event.actors):
            return at
    return None


def join_quotes(text: str, events: Sequence[Event], candidates: Mapping[int, Candidate],
                times: Sequence[TimeExpression] = ()) -> list[Event]:
    """``events`` (of one document, in text order) with each quote-only sentence of no date of its
    own (none of ``times``, the document's time expressions, in it) joined to the saying it goes
    on, the rest renumbered in order. ``candidates`` maps an event's ``trigger_start`` to the
    candidate it came from.

    >>> from datetime import date
    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> text = 'Mayor Anna Berg said on Monday that the bridge would reopen. "We have the money," she said.'
    >>> [(e.predicate, len(e.parts)) for e in process(Document("d", text, date(2025, 4, 28))).events]
    [('reopen', 1)]
    """
    rules = load_quote_rules()
    kept: list[Event] = []
    for event in events:
        sentence = text[event.sentence.start : event.sentence.end].strip()
        if (event.date_source != "explicit" and event.actors and rules.sentence.search(sentence)
                and not any(event.sentence.start <= t.start < event.sentence.end for t in times)):
            home = _home(text, event, kept, rules, candidates)
            if home is not None:
                kept[home] = with_part(kept[home], event, (event.sentence.start, event.sentence.end, event.summary))
                continue
        kept.append(event)
    return renumbered(events, kept)
