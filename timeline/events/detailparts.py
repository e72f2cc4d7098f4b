"""One happening is one event: a detail of the happening just shown (its hour, place, toll) joins it.

"A strong earthquake shook the coast on Sunday. It struck at 11:35 local time." A report goes on
with the details of a happening it has just told: the hour or the depth at which it struck, the
injured beside the dead. Each would be an event of its own, dated by the article; it is a part of the
happening shown just before it. Two kinds, each with a narrow signal (a wider rule, measured on the
training sets, swallowed key events of the gold: a later saying, a figure of the results, a result
line are often news of their own):

- the *time* of a happening: a later sentence whose verb tells the happening again ("struck",
  "lifted off", "came") and that gives its clock time or a measure ("at 9.58 am", "at a depth of
  10 km"), joins the latest shown event of a day of its own among the last few shown (the
  happening, not whatever was told in between: "Police closed the coast road");
- the *place* of a happening: a sentence that opens by saying where the happening it names took
  place ("The ceremony took place at the stadium", "The fighting took place overnight in a
  village") joins the shown event just before it, of the same date;
- a *toll's breakdown*: a casualty ("injured", "died", "missing"), or a sentence giving a count of
  the dead whatever its verb ("Nine deaths were reported in the north"), joins the casualty of the
  same status shown just before it ("six died and 40 were injured"; "The two latest deaths were in
  Dhaka");
- a *step of a ceremony*: a sentence telling a rite of the ceremony shown before it (the last post
  played, doves released, a bell rung) joins the latest shown event of a date of its own, that
  date, among the last few shown (whoever performed the rite: a bugler is no news).

Each joins, as a part (:func:`timeline.events.parts.with_part`), a happening in its paragraph or
the one before (a wire's lead is often a paragraph of its own), when it has no date of its own and
names no actor the happening does not. It runs after the keep score
(:mod:`timeline.events.keepscore`): only a shown event takes parts, and only a shown event becomes
one. How far back to look, the verbs, measures, places and casualty words, and the examples are data
(``rules/en/parts.toml`` ``[happening_detail]``); the engine knows no English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.parts import compiled, examples, fold_into_homes, part_data
from timeline.model import Event

__all__ = ["DetailRules", "join_details", "load_detail_rules"]

_BREAK = re.compile(r"\n\s*")  # a paragraph break (blank lines and all)
_NEVER = re.compile(r"(?!)")  # a pattern no text matches (a kind left out of the rules)


@dataclass(frozen=True, slots=True)
class DetailRules:
    """``parts.toml`` ``[happening_detail]``: how far back a detail looks for its happening, the verbs
    that tell a happening again, the measures of its time (a clock time, a depth), the openings of a
    sentence telling where it took place, the casualty words of a toll, the counts of the dead, the
    rites of a ceremony, and the examples (text,
    events, parts)."""

    window: int  # how many shown events back the dated happening of a time may be (0: off)
    paragraphs: int  # how many paragraph breaks back the happening may be (1: a lead told alone)
    retold: re.Pattern  # a verb telling the happening again, matched against the whole predicate
    measures: re.Pattern  # the clock time or a measure of a happening, searched in the sentence
    places: re.Pattern  # where the happening took place, matched at the start of the sentence
    casualties: re.Pattern  # a casualty of a toll, matched against the whole predicate
    tolls: re.Pattern  # a count of the dead, searched in the sentence (a toll told with another verb)
    steps: re.Pattern  # a rite of a ceremony, searched in the sentence
    examples: tuple[tuple[str, int, int], ...]


def _either(path, where: str, patterns: Sequence[str]) -> re.Pattern:
    """``patterns`` as one alternation, compiled ignoring case (none: a pattern matching nothing)."""
    return compiled(path, where, "|".join(f"(?:{p})" for p in patterns)) if patterns else _NEVER


@lru_cache(maxsize=4)
def load_detail_rules(language: str = "en") -> DetailRules:
    """The happening-detail rules of ``language``; a bad pattern is an error naming the file."""
    path, data = part_data(language)
    table = data.get("happening_detail", {})
    return DetailRules(int(table.get("window", 0)), int(table.get("paragraphs", 0)),
                       _either(path, "happening_detail.retold", table.get("retold", ())),
                       _either(path, "happening_detail.measures", table.get("measures", ())),
                       _either(path, "happening_detail.places", table.get("places", ())),
                       _either(path, "happening_detail.casualties", table.get("casualties", ())),
                       _either(path, "happening_detail.tolls", table.get("tolls", ())),
                       _either(path, "happening_detail.steps", table.get("steps", ())),
                       examples(table))


def _near(text: str, event: Event, home: Event, rules: DetailRules) -> bool:
    """Is ``home`` at most ``rules.paragraphs`` paragraph breaks before ``event``, and does
    ``event`` name no one ``home`` does not (someone new is news of its own)?"""
    breaks = len(_BREAK.findall(text, home.sentence.end, max(home.sentence.end, event.sentence.start)))
    return breaks <= rules.paragraphs and set(event.actors) <= set(home.actors)


def _time_of(text: str, event: Event, kept: Sequence[Event], rules: DetailRules) -> int | None:
    """The happening ``event`` gives the time of (a verb telling it again, a clock time or a
    measure in its sentence): the latest shown event of a day of its own among the last
    ``rules.window`` shown, in an earlier sentence."""
    if (rules.retold.fullmatch(event.predicate) is None
            or rules.measures.search(text, event.sentence.start, event.sentence.end) is None):
        return None
    for at, home in _shown_back(kept, rules.window):
        if not _near(text, event, home, rules):
            return None
        if home.date_source == "explicit" and home.granularity == "day" and home.sentence.start < event.sentence.start:
            return at
    return None


def _shown_back(kept: Sequence[Event], window: int) -> Iterator[tuple[int, Event]]:
    """The last ``window`` shown events of ``kept``, latest first, each with its index."""
    seen = 0
    for at in range(len(kept) - 1, -1, -1):
        if kept[at].shown:
            seen += 1
            if seen > window:
                return
            yield at, kept[at]


def _just_before(kept: Sequence[Event]) -> int | None:
    """The index of the last shown event of ``kept`` (none: None)."""
    return next((at for at in range(len(kept) - 1, -1, -1) if kept[at].shown), None)


def _place_of(text: str, event: Event, kept: Sequence[Event], rules: DetailRules) -> int | None:
    """The happening whose place ``event`` tells (its sentence opens with where a happening took
    place): the shown event just before it, of the same date."""
    if rules.places.match(text, event.sentence.start, event.sentence.end) is None:
        return None
    at = _just_before(kept)
    if at is None or kept[at].date_value != event.date_value:
        return None
    return at if _near(text, event, kept[at], rules) else None


def _toll_of(text: str, event: Event, kept: Sequence[Event], rules: DetailRules) -> int | None:
    """The toll ``event`` (a casualty, or a sentence counting the dead) breaks down: the shown event
    just before it, a casualty of the same status."""
    at = _just_before(kept)
    if at is None or (rules.casualties.fullmatch(event.predicate) is None
                      and rules.tolls.search(text, event.sentence.start, event.sentence.end) is None):
        return None
    home = kept[at]
    if home.status != event.status or rules.casualties.fullmatch(home.predicate) is None:
        return None
    return at if _near(text, event, home, rules) else None


def _step_of(text: str, event: Event, kept: Sequence[Event], rules: DetailRules) -> int | None:
    """The ceremony whose rite ``event`` tells: the latest shown event of a date of its own, the
    date of ``event``, among the last ``rules.window`` shown and at most ``rules.paragraphs``
    paragraph breaks back (the rite's performers may be new: no actor check)."""
    if rules.steps.search(text, event.sentence.start, event.sentence.end) is None:
        return None
    for at, home in _shown_back(kept, rules.window):
        breaks = len(_BREAK.findall(text, home.sentence.end, max(home.sentence.end, event.sentence.start)))
        if breaks > rules.paragraphs:
            return None
        if home.date_source == "explicit" and (home.date_value or "")[:10] == (event.date_value or "-")[:10]:
            return at
    return None


def join_details(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` (of one document, in text order, scored) with each shown event of no date of its
    own that is a detail of a happening shown just before it (its time, its place, its toll's breakdown,
    a rite of its ceremony) joined
    to that event, the rest renumbered in order.

    >>> from datetime import date
    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> from timeline.settings import Settings
    >>> text = "The storm killed six people on Monday and injured 40 others."
    >>> found = process(Document("d", text, date(2025, 4, 28)), Settings(keep_score=False)).events
    >>> [(e.predicate, len(e.parts)) for e in found]
    [('killed', 1)]
    """
    rules = load_detail_rules()

    def home_of(event: Event, kept: list[Event]) -> int | None:
        if not event.shown or event.date_source == "explicit":
            return None
        for kind in (_time_of, _place_of, _toll_of, _step_of):
            home = kind(text, event, kept, rules)
            if home is not None:
                return home
        return None
    return fold_into_homes(events, home_of)
