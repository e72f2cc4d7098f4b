"""What the model's part-of-speech tags and dependency labels mean to the events step.

``rules/<language>/parse.toml`` sorts the tags (Penn Treebank) and labels (ClearNLP) the parser
gives by the role :mod:`timeline.events.parsed` gives them: finite verb forms, relative words,
subjects, clauses of their own, coordinators ... and holds example sentences with the summary the
parse gives (``tests/events/test_parsed.py`` runs them).

>>> rules = load_parse_rules()
>>> "VBD" in rules.finite, "relcl" in rules.clauses
(True, True)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.lexicon import RULES_DIR

__all__ = ["ParseRules", "load_parse_rules"]


@dataclass(frozen=True, slots=True)
class ParseRules:
    """``parse.toml``: the model's tags and labels by the role the events step gives them."""

    finite: frozenset[str]
    verbs: frozenset[str]
    relatives: frozenset[str]
    cut_punctuation: frozenset[str]
    gap_punctuation: frozenset[str]
    quotes: frozenset[str]
    relative_determiners: frozenset[str]
    subjects: frozenset[str]
    complements: frozenset[str]
    auxiliaries: frozenset[str]
    clauses: frozenset[str]
    relative_clause: frozenset[str]
    coordinated: frozenset[str]
    joiners: frozenset[str]
    coordinators: frozenset[str]
    marks: frozenset[str]
    adverbial: frozenset[str]
    objects: frozenset[str]
    particles: frozenset[str]
    prepositions: frozenset[str]
    examples: tuple[tuple[str, str, str], ...]
    components: tuple[str, ...] = ()
    """The components of the model's pipeline a parse needs (``[model]``)."""


@lru_cache(maxsize=4)
def load_parse_rules(language: str = "en") -> ParseRules:
    """The rules of ``rules/<language>/parse.toml``, loaded once."""
    path = RULES_DIR / language / "parse.toml"
    with path.open("rb") as f:
        data = tomllib.load(f)
    model = data.pop("model", {})
    sets = {k: frozenset(v) for values in data.values() if isinstance(values, dict) for k, v in values.items()}
    examples = tuple((e["text"], e["predicate"], e["summary"]) for e in data.get("examples", ()))
    return ParseRules(**sets, examples=examples, components=tuple(model.get("components", ())))
