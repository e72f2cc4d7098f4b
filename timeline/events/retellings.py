"""One event per real happening: a happening told again later in its article joins its first telling.

"A court convicted the former mayor on Monday. ... He was found guilty of taking money from a
builder." A report tells its main happening in the lead and again in the body, often in other
words; the second telling is no happening of its own. A shown event is a *retelling* of a shown
event before it (among the last few) when both name one happening (the same lemma of their cue,
or cues of one group: a conviction, "convict", "find guilty"), with the same type and status; when
it does not say it is a second happening of the kind ("also"); when it names only actors the first
telling names (or, for a happening of some groups, a conviction, a swearing-in, a launch, some of
them and who else took part: "Judge Ana Reis found Costa guilty"), and some (or both tellings
name a happening of a group: "She was convicted of murder"); when it is not the better dated (a
date of its own where the first has none); and when it has the same date, or a borrowed one
(inherited, the article's). The first
telling stays shown, with its words, date and actors, and lists the retelling as a part
(:func:`timeline.events.parts.fold_into_homes`).

A saying's verb names no happening here (a speaker's further sayings are
:mod:`timeline.events.statementparts`'s). The groups, the markers of a second happening, the
borrowed date sources and the examples are data (``rules/en/retellings.toml``); the engine knows
no English. It runs after the keep score: only a shown event joins, and only a shown event takes
retellings.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.lexicon import load_lexicon
from timeline.events.parts import examples, fold_into_homes
from timeline.model import Event

__all__ = ["RetellingRules", "fold_retellings", "groups_of", "load_retelling_rules"]

RULES = Path(__file__).parent / "rules"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class RetellingRules:
    """``retellings.toml``: how many shown events back to look, the date sources of a date that is
    not the event's own, the markers of a second happening of the kind, the endings of a cue word
    that tells no happening, the types of a retelling in someone's words, the groups whose
    retelling may name more, the groups (name -> cues: a lemma, or a lemma and a word its summary
    must hold) and the examples (text, events shown, parts listed)."""

    window: int
    borrowed: frozenset[str]
    new_happening: re.Pattern | None
    not_told: tuple[str, ...]
    told_as: frozenset[str]  # the types of a retelling in someone's words: any type's happening
    names_more: frozenset[str]  # the groups whose retelling may name more (a judge, a co-accused)
    groups: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...]
    examples: tuple[tuple[str, int, int], ...]

    @property
    def named(self) -> frozenset[str]:
        """The names of the groups: a happening one names ("conviction") is no mere tally."""
        return frozenset(name for name, _ in self.groups)


@lru_cache(maxsize=4)
def load_retelling_rules(language: str = "en") -> RetellingRules:
    """The retelling rules of ``language``; a bad pattern or a missing key is an error naming the
    file."""
    path = RULES / language / "retellings.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        markers = "|".join(f"(?:{p})" for p in data["new_happening"])
        pattern = re.compile(markers, re.IGNORECASE) if markers else None
        groups = tuple((g["name"], tuple(_cue(c) for c in g["cues"])) for g in data["groups"])
        return RetellingRules(int(data["window"]), frozenset(data["borrowed"]), pattern,
                              tuple(data.get("not_told", ())), frozenset(data.get("told_as", ())),
                              frozenset(data.get("names_more", ())), groups, examples(data))
    except KeyError as error:
        raise ValueError(f"{path}: missing {error}") from None
    except re.error as error:
        raise ValueError(f"{path}: new_happening: {error}") from None


def _cue(text: str) -> tuple[str, str | None]:
    """"find guilty" -> ("find", "guilty"); "convict" -> ("convict", None)."""
    lemma, _, word = text.lower().partition(" ")
    return lemma, word or None


def groups_of(event: Event, rules: RetellingRules | None = None) -> frozenset[str]:
    """The happenings ``event`` names, as groups: the lemma of its cue word (each lemma a group of
    its own; none for a saying's verb, a bare lemma, which is a noun or an infinitive, "Monday's
    launch", "to launch", or a form ending in ``rules.not_told``), the ``rules.groups`` that lemma is
    in, and those of a cue of two words its summary holds: a form of the lemma followed, at most
    :data:`_GAP` words on, by the word ("found him guilty").

    >>> from timeline.model import Event, Sentence
    >>> event = Event("d-e001", "d", Sentence(0, 24), 8, 13, "found", "A jury found him guilty", None,
    ...               "explicit", "2025-04-28", "day", None, None, "")
    >>> sorted(groups_of(event))
    ['conviction']
    """
    rules = rules or load_retelling_rules()
    word = event.predicate.lower()
    cue = load_lexicon().cues.get(word)
    lemma = cue.lemma if cue else word
    if (cue is not None and cue.reporting is not None) or word == lemma or any(
            word.endswith(e) for e in rules.not_told):
        lemma = None
    words = _WORD.findall(event.summary.lower())
    named = {name for name, cues in rules.groups
             if any(lemma == first if then is None else _holds(words, first, then) for first, then in cues)}
    return frozenset(named | ({lemma} if lemma else set()))


_GAP = 3  # how many words may come between the two words of a cue ("took their oath")


def _holds(words: list[str], lemma: str, then: str) -> bool:
    """Do ``words`` hold a form of ``lemma`` followed, within :data:`_GAP` words, by ``then``?"""
    if then not in words:  # most summaries: no walk over their words
        return False
    forms = _forms(lemma)
    return any(w in forms and then in words[i + 1 : i + 2 + _GAP] for i, w in enumerate(words))


@lru_cache(maxsize=256)
def _forms(lemma: str) -> frozenset[str]:
    """Every cue word of the lexicon whose lemma is ``lemma``, and the lemma itself."""
    return frozenset({lemma, *(w for w, cue in load_lexicon().cues.items() if cue.lemma == lemma)})


def _source(event: Event) -> str:
    return event.date_source or "none"


def _retells(event: Event, first: Event, groups: frozenset[str], first_groups: frozenset[str],
             rules: RetellingRules) -> bool:
    """Does ``event`` tell again the happening of ``first`` (told before it): one happening named,
    the same type and status, actors and only ones ``first`` names, and no better date than its own?"""
    if not groups & first_groups or event.status != first.status:
        return False
    if event.event_type != first.event_type and event.event_type not in rules.told_as:
        return False
    if not set(event.actors) <= set(first.actors) and not (
            groups & first_groups & rules.names_more and set(event.actors) & set(first.actors)):
        return False  # one that brings in someone new is news of its own (unless it retells a
        # happening of a group that may name more, beside someone the first telling names)
    if not event.actors and not groups & first_groups & rules.named:
        return False  # one that names no one may be any tally, unless both name a happening of a group

    if event.date_source == "explicit" and first.date_source != "explicit":
        return False  # ... and so is one with a date of its own where the first telling has none
    if event.date_value == first.date_value:
        return True
    return _source(event) in rules.borrowed


def fold_retellings(events: Sequence[Event], rules: RetellingRules | None = None) -> list[Event]:
    """``events`` (of one document, in text order, scored) with each shown retelling joined to the
    shown first telling it tells again, the rest renumbered in order.

    >>> from datetime import date
    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> from timeline.settings import Settings
    >>> text = ("The European Space Agency launched a weather satellite on Thursday. "
    ...         "The rocket of the European Space Agency lifted off from Kourou in clear skies.")
    >>> [(e.predicate, len(e.parts)) for e in process(Document("d", text, date(2025, 4, 28)),
    ...                                                  Settings(keep_score=False)).events]
    [('launched', 1)]
    """
    rules = rules or load_retelling_rules()
    if rules.window <= 0:
        return list(events)
    groups = {id(e): groups_of(e, rules) for e in events}

    def home_of(event: Event, kept: list[Event]) -> int | None:
        mine = groups[id(event)]
        if not event.shown or not mine:
            return None
        if rules.new_happening is not None and rules.new_happening.search(event.summary):
            return None
        seen = 0
        for at in range(len(kept) - 1, -1, -1):
            first = kept[at]
            if not first.shown:
                continue
            seen += 1
            if seen > rules.window:
                return None
            if _retells(event, first, mine, groups_of(first, rules), rules):
                return at
        return None
    return fold_into_homes(events, home_of)
