"""Plural descriptions of people or countries named before, as the subject of an event: "The
two ministers said ...", "The leaders also unveiled ...", "Both men met ...", "The trio were
found guilty", "The countries have sent rescuers".

A group description is a determiner ("the", "both"), maybe a number, and a plural noun of people
or of countries; it stands for the people (or countries) named last before it: as many as its
number says ("both men": the last two named), else every one the last sentence that names two or
more of them names. The words are data (``rules/<language>/coreference.toml``, ``[descriptions]``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext
from timeline.events.language import alternation
from timeline.model import ActorMention

__all__ = ["GroupRules", "group_rules", "described_group"]

_REACH = 1200  # characters back to the people a group description stands for
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")


@dataclass(frozen=True, slots=True)
class GroupRules:
    """The group words of ``coreference.toml``, compiled."""

    pattern: re.Pattern  # determiner, number, noun: "the two ministers", "both men", "the trio"
    numbers: dict  # word -> how many ("two" -> 2, "trio" -> 3, "both" -> 2)
    country_nouns: frozenset[str]  # "countries", "nations": a group of countries, not of people


@lru_cache(maxsize=4)
def group_rules(language: str = "en") -> GroupRules | None:
    """The group description rules of ``language``; None when the data has none."""
    from timeline.events.coreference import load_coreference_rules

    data = load_coreference_rules(language).descriptions
    if not data.get("group_people"):
        return None
    numbers = {str(k).lower(): int(v) for k, v in data.get("group_numbers", {}).items()}
    determiners = alternation(frozenset([*clause_words().articles, *data.get("group_determiners", [])]))
    nouns = alternation(frozenset([*data["group_people"], *data.get("group_countries", [])]))
    counted = alternation(frozenset(numbers)) if numbers else r"(?!)"
    return GroupRules(
        re.compile(rf"(?P<det>(?i:{determiners}))\s+(?:(?P<num>(?i:{counted}))\s+)?(?P<noun>(?i:{nouns}))\b"),
        numbers, frozenset(w.lower() for w in data.get("group_countries", [])))


def described_group(ctx: DocumentContext, start: int, stop: int) -> tuple[list[ActorMention], int] | None:
    """The people (or countries) a group description opening at ``start`` (ending before
    ``stop``) stands for, and where it ends; None when it is no group description or the text
    before names fewer than two of them."""
    rules = group_rules()
    if rules is None:
        return None
    match = rules.pattern.match(ctx.text, start)
    if match is None or match.end() > stop:
        return None
    noun = match.group("noun").lower()
    kind = "country" if noun in rules.country_nouns else "person"
    count = next((rules.numbers[w.lower()] for w in (match.group("num"), noun, match.group("det"))
                  if w and w.lower() in rules.numbers), None)
    found: list[ActorMention] = []
    sentence_start = None
    for i in range(bisect_left(ctx.mention_starts, start) - 1, -1, -1):
        m = ctx.mentions[i]
        if start - m.start > _REACH or count is not None and len(found) == count:
            break
        if m.kind != kind or any(f.name == m.name for f in found):
            continue
        if count is None:
            if sentence_start is None:  # the sentence of the last one named
                ends = list(_SENTENCE_END.finditer(ctx.text, max(0, m.start - _REACH), m.start))
                sentence_start = ends[-1].end() if ends else 0
            elif m.start < sentence_start:
                break
        found.append(m)
    if len(found) < 2 or count is not None and len(found) != count:
        return None
    return found[::-1], match.end()
