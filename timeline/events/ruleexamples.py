"""A rule file's examples: sentences of our own, each naming the event by its predicate and the
actors it must and must not have (run as tests by ``tests/events``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RuleExample:
    """A sentence of our own: the event with ``predicate`` must have every name of ``actors``
    and none of ``not_actors``."""

    table: str
    text: str
    predicate: str
    actors: tuple[str, ...] = ()
    not_actors: tuple[str, ...] = ()
    dct: str = "2025-04-28"


def rule_examples(path: Path, data: dict) -> tuple[RuleExample, ...]:
    """The examples of every table of a rule file's ``data``; an unknown field is an error naming
    the file."""
    examples = []
    for table, entries in data.items():
        for entry in entries.get("examples", []):
            try:
                examples.append(RuleExample(table, **{k: tuple(v) if isinstance(v, list) else v
                                                      for k, v in entry.items()}))
            except TypeError as error:
                raise ValueError(f"{path}: [{table}] example {entry.get('text', '')!r}: {error}") from None
    return tuple(examples)
