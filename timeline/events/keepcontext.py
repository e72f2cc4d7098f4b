"""The keep score's features of an event in its article's flow: is it a further part of what the
events just before it told.

A report tells one happening in several sentences: a second sentence of the same statement ("He
said ..."), the happening named again by a definite head with no date of its own ("The attack
..."), a toll given again, a clause whose actors are some of the previous event's (same date and
type), a pronoun subject carrying on the paragraph; and its later paragraphs are more often
background. None of these alone tells a part from news (the rules could not use them); the keep
score (:mod:`timeline.events.keepfeatures`) learns how much each weighs. Word classes are data
(``rules/en/keep.toml`` ``[classes]``: ``definite``, ``pronoun``, ``toll``); no English here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from timeline.events.candidates import Candidate
from timeline.model import Event

__all__ = ["NAMES", "context_features"]

# the features, in order (keep.toml [features] context = true appends them to the keep score's)
NAMES = ("log_doc_events", "event_fraction", "paragraph_fraction", "say_after_say_paragraph",
         "say_again", "definite_start", "definite_seen", "toll_again", "actors_subset_before",
         "pronoun_same_paragraph")
_WORD = re.compile(r"\w+")
_STEM = 5  # words compared on their first letters ("attack", "attacks")


def _is_saying(candidate: Candidate | None) -> bool:
    return candidate is not None and candidate.cue.reporting is not None


def context_features(text: str, events: Sequence[Event], candidates: Sequence[Candidate | None],
                     paragraphs: Sequence[int], happening: Sequence[set[str]], keep) -> list[tuple[float, ...]]:
    """One row of :data:`NAMES` values per event of one document (in text order; ``paragraphs[i]``
    the paragraph number of ``events[i]``, ``happening[i]`` the words of what it says happened;
    ``keep`` the :class:`~timeline.events.keepfeatures.KeepWords`). Linear in the events."""
    ranks = {start: n for n, start in enumerate(sorted({e.sentence.start for e in events}))}
    count = max(len(events), 1)
    last_paragraph = max(paragraphs, default=0) + 1
    seen: set[str] = set()  # the first letters of the happening words of the events before
    toll_before = False
    last_say: tuple[int, set[str]] | None = None  # (sentence rank, actors) of the last saying
    rows: list[tuple[float, ...]] = []
    for n, (event, candidate) in enumerate(zip(events, candidates, strict=True)):
        rank, actors = ranks[event.sentence.start], set(event.actors)
        say = _is_saying(candidate)
        before = events[n - 1] if n else None
        same_paragraph = before is not None and paragraphs[n - 1] == paragraphs[n]
        say_again = (say and last_say is not None and rank - last_say[0] <= 1
                     and (not actors or bool(actors & last_say[1])))
        words = [w.lower() for w in _WORD.findall(event.summary)]
        definite = len(words) > 1 and keep.has("definite", {words[0]}) and event.date_source != "explicit"
        sentence = text[event.sentence.start : event.sentence.end]
        toll = any(ch.isdigit() for ch in sentence) and keep.has("toll", {w.lower() for w in _WORD.findall(sentence)})
        subset = (before is not None and bool(actors) and actors <= set(before.actors) and bool(event.date_value)
                  and event.date_value == before.date_value and event.event_type == before.event_type)
        rows.append((
            math.log1p(len(events)),
            n / count,
            paragraphs[n] / last_paragraph,
            float(say and same_paragraph and _is_saying(candidates[n - 1])),
            float(say_again),
            float(definite),
            float(definite and words[1][:_STEM] in seen),
            float(toll and toll_before),
            float(subset),
            float(bool(words) and keep.has("pronoun", {words[0]}) and same_paragraph),
        ))
        if say:
            last_say = (rank, actors)
        toll_before = toll_before or toll
        seen |= {w[:_STEM] for w in happening[n]}
    return rows
