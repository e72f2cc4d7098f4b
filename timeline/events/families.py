"""One kind of happening in several wordings: does an event belong to the happening of an earlier one.

A report tells one happening in several wordings (the launch, then "lifted off" and "the second
stage separated"; the swearing-in, then "took the oath"; the results, then "revenue rose"), and
shared words cannot see it. ``rules/en/families.toml`` names families of wordings of one kind of
happening (regexes over the summary). :func:`family_features` gives, for each event of one
document, whether an earlier event (among the last ``window``) shares a family with it, is on
the same date or the event has no date of its own (inherited, the article's, none), and shares an
actor with it or one of the two has none: a part or a repeat of a happening already told. The keep
score reads it (``keep.toml`` ``[features] families``). No English here: the families are data.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.model import Event

__all__ = ["NAMES", "FamilyRules", "event_families", "family_features", "load_family_rules"]

RULES = Path(__file__).parent / "rules"

# the features, in order (the keep score's feature names end with them when turned on)
NAMES = ("family_before", "family_before_same_date", "family_before_borrowed")
_BORROWED = ("inherited", "article_date", "none", "")  # date sources of a date that is not the event's own


@dataclass(frozen=True, slots=True)
class FamilyRules:
    """``families.toml``: one pattern per family, how many earlier events are compared, and the
    examples (text, its families)."""

    patterns: tuple[tuple[str, re.Pattern], ...]
    window: int
    examples: tuple[tuple[str, tuple[str, ...]], ...]


@lru_cache(maxsize=4)
def load_family_rules(language: str = "en") -> FamilyRules:
    """The families of ``language``; a bad pattern or a missing key is an error naming the file."""
    path = RULES / language / "families.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        patterns = tuple((name, re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in words) + ")"))
                         for name, words in data["families"].items())
        return FamilyRules(patterns, int(data["window"]),
                           tuple((e["text"], tuple(e["families"])) for e in data.get("examples", {}).values()))
    except re.error as error:
        raise ValueError(f"{path}: families: {error}") from None
    except KeyError as error:
        raise ValueError(f"{path}: missing {error}") from None


def event_families(summary: str, rules: FamilyRules | None = None) -> frozenset[str]:
    """The families whose wordings ``summary`` holds.

    >>> sorted(event_families("The rocket lifted off at dawn"))
    ['launch']
    """
    rules = rules or load_family_rules()
    text = summary.lower()
    return frozenset(name for name, pattern in rules.patterns if pattern.search(text))


def family_features(events: Sequence[Event], rules: FamilyRules | None = None) -> list[tuple[float, ...]]:
    """One row of :data:`NAMES` values per event (``events`` of one document, in text order)."""
    rules = rules or load_family_rules()
    families = [event_families(e.summary, rules) for e in events]
    rows: list[tuple[float, ...]] = []
    for n, event in enumerate(events):
        before = same_date = borrowed = False
        mine = families[n]
        if mine:
            actors = set(event.actors)
            own = event.date_source not in _BORROWED
            for m in range(max(0, n - rules.window), n):
                other = events[m]
                if not (mine & families[m]) or (actors and other.actors and not actors & set(other.actors)):
                    continue
                same = bool(event.date_value) and event.date_value == other.date_value
                if same or not own:
                    before = True
                    same_date |= same
                    borrowed |= not own
        rows.append((float(before), float(same_date), float(borrowed)))
    return rows
