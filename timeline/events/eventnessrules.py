"""The event-ness rules (``rules/<language>/eventness.toml``) as regexes, and the view of a clause
they read: the clause's text with its predicate marked ``@`` (:mod:`timeline.events.eventness`
applies them)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.language import any_of

__all__ = ["MARK", "RULES", "EventnessRules", "clause_view", "load_eventness"]

RULES = Path(__file__).parent / "rules"
MARK = "@"  # how a pattern writes the event's predicate: "are still @searching"


@dataclass(frozen=True, slots=True)
class EventnessRules:
    """``eventness.toml``: one regex for the clauses that report no happening, one for those that
    report none unless a reporting verb carries them, one for those that report none unless they
    have a date of their own, one for those read from the clause's subject on, and each table's
    examples (sentence, predicate, is it an event)."""

    never: re.Pattern | None
    unreported: re.Pattern | None
    examples: tuple[tuple[str, str, bool], ...]
    declining: frozenset[str] = frozenset()  # [not_said]: "declined", "refused" (to say)
    declining_before: frozenset[str] = frozenset()  # [not_said]: the word between ("to")
    not_said_status: str = ""  # [not_said]: the status of the verbs of saying ("claimed")
    anchor_words: int = 0  # [anchor]: at most this many words make a bare adverbial clause
    anchor_subordinators: frozenset[str] = frozenset()  # [anchor]: the subordinators it opens with
    undated: re.Pattern | None = None  # the clauses that report no happening unless they have a date of their own
    from_subject: re.Pattern | None = None  # the `patterns` of the tables read from the clause's subject on
    plural_subjects: frozenset[str] = frozenset()  # [plural_present]: "they", "we" (a base form after them)
    plural_endings: tuple[str, ...] = ()  # [plural_present]: a plural noun's ending ("workers")
    not_plural_endings: tuple[str, ...] = ()  # [plural_present]: not a plural ("business", "status")
    past_too: frozenset[str] = frozenset()  # [plural_present]: base forms that are their past too ("read")


@lru_cache(maxsize=4)
def load_eventness(language: str = "en") -> EventnessRules:
    """The event-ness rules of ``language``; a bad pattern is an error naming the file and table."""
    path = RULES / language / "eventness.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    never: list[str] = []
    unreported: list[str] = []
    undated: list[str] = []
    from_subject: list[str] = []
    examples: list[tuple[str, str, bool]] = []
    for name, table in data.items():
        for key, into in (("patterns", from_subject if table.get("from_subject") else never),
                          ("unless_reported", unreported), ("unless_dated", undated)):
            for pattern in table.get(key, []):
                try:
                    re.compile(pattern)
                except re.error as error:
                    raise ValueError(f"{path}: [{name}] {pattern!r}: {error}") from None
                into.append(pattern)
        examples += [(e["text"], e["predicate"], bool(e["event"])) for e in table.get("examples", [])]

    said, plural = data.get("not_said", {}), data.get("plural_present", {})
    return EventnessRules(any_of(never), any_of(unreported), tuple(examples),
                          frozenset(said.get("declining", [])), frozenset(said.get("declining_before", [])),
                          str(said.get("status", "")),
                          int(data.get("anchor", {}).get("max_words", 0)),
                          frozenset(data.get("anchor", {}).get("subordinators", [])), any_of(undated),
                          any_of(from_subject), frozenset(plural.get("subjects", [])),
                          tuple(plural.get("endings", [])), tuple(plural.get("not_endings", [])),
                          frozenset(plural.get("past_too", [])))


def clause_view(text: str, start: int, pred: int, end: int) -> str:
    """The text from ``start`` to ``end`` with the predicate at ``pred`` marked, runs of spaces made
    one, its first letter lower-cased (a name inside keeps its case: "May")."""
    view = " ".join(f"{text[start : pred]}{MARK}{text[pred : end]}".split())
    return view[:1].lower() + view[1:]
