"""Plural descriptions of people, countries or organisations named before, as the subject of an
event: "The two ministers said ...", "The leaders also unveiled ...", "Both men met ...", "The
trio were found guilty", "The countries have sent rescuers", "The two companies agreed ...", "The
lenders said ...".

A group description is a determiner ("the", "both"), maybe a number, and a plural noun of people,
of countries or of organisations; it stands for those of its kinds named last before it: as many
as its number says ("both men": the last two named), else every person the sentence of the last
one named names, every country or organisation the last sentence that names two or more of them
names ("AbbVie will buy Shire. The deal gives AbbVie ... The companies expect ..."). The words
are data (``rules/<language>/coreference.toml``, ``[descriptions]``).
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

# the lists of group nouns that are not of people, and the kinds of actor each groups
_GROUP_KINDS = {"group_countries": ("country",), "group_organisations": ("organisation", "agency")}
_REACH = 1200  # characters back to the people a group description stands for
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")


@dataclass(frozen=True, slots=True)
class GroupRules:
    """The group words of ``coreference.toml``, compiled."""

    pattern: re.Pattern  # determiner, number, noun: "the two ministers", "both men", "the trio"
    numbers: dict  # word -> how many ("two" -> 2, "trio" -> 3, "both" -> 2)
    kinds: dict  # noun -> the kinds of actor it groups ("countries" -> country; else person)


@lru_cache(maxsize=4)
def group_rules(language: str = "en") -> GroupRules | None:
    """The group description rules of ``language``; None when the data has none."""
    from timeline.events.coreference import load_coreference_rules

    data = load_coreference_rules(language).descriptions
    if not data.get("group_people"):
        return None
    numbers = {str(k).lower(): int(v) for k, v in data.get("group_numbers", {}).items()}
    determiners = alternation(frozenset([*clause_words().articles, *data.get("group_determiners", [])]))
    kinds = {str(w).lower(): frozenset(k) for table, k in _GROUP_KINDS.items() for w in data.get(table, [])}
    nouns = alternation(frozenset([*data["group_people"], *(w for t in _GROUP_KINDS for w in data.get(t, []))]))
    counted = alternation(frozenset(numbers)) if numbers else r"(?!)"
    return GroupRules(
        re.compile(rf"(?P<det>(?i:{determiners}))\s+(?:(?P<num>(?i:{counted}))\s+)?(?P<noun>(?i:{nouns}))\b"),
        numbers, kinds)


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
    kinds = rules.kinds.get(noun, frozenset({"person"}))
    count = next((rules.numbers[w.lower()] for w in (match.group("num"), noun, match.group("det"))
                  if w and w.lower() in rules.numbers), None)
    found: list[ActorMention] = []
    sentence_start = None
    for i in range(bisect_left(ctx.mention_starts, start) - 1, -1, -1):
        m = ctx.mentions[i]
        if start - m.start > _REACH or count is not None and len(found) == count:
            break
        if m.kind not in kinds:
            continue
        if count is None and (sentence_start is None or m.start < sentence_start):
            if len(found) >= 2 or found and "person" in kinds:  # people: the sentence of the last one
                break  # named; others: the last sentence that names two or more
            found = []  # the sentence of the one named before them
            ends = list(_SENTENCE_END.finditer(ctx.text, max(0, m.start - _REACH), m.start))
            sentence_start = ends[-1].end() if ends else 0
        if all(f.name != m.name for f in found):
            found.append(m)
    if len(found) < 2 or count is not None and len(found) != count:
        return None
    return found[::-1], match.end()
