"""A company's accounts opening the subject of an event, with no possessive: "Net income fell 12
percent", "First-quarter revenue rose", "Group turnover nevertheless rose". They are the accounts
of the body the sentence before opened (or named most), as "Its net income fell" would be: read by
:func:`timeline.events.grouppronouns.with_it` like the possessive "its". The nouns and their
modifiers are data (``rules/<language>/coreference.toml``, ``[descriptions]``, ``account_nouns``
and ``account_modifiers``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.language import alternation

__all__ = ["account_subject"]


def account_subject(text: str, start: int, stop: int) -> re.Match | None:
    """The accounts that open the subject at ``start`` (before the verb at ``stop``), if any.

    >>> text = "First-quarter revenue rose 4%."
    >>> account_subject(text, 0, 22).group()
    'First-quarter revenue'
    >>> account_subject("Ticket sales rose.", 0, 13) is None
    True
    """
    pattern = _pattern()
    match = pattern.match(text, start) if pattern is not None else None
    return match if match is not None and match.end() <= stop else None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    from timeline.events.coreference import load_coreference_rules

    rules = load_coreference_rules().descriptions
    nouns, modifiers = rules.get("account_nouns", ()), rules.get("account_modifiers", ())
    if not nouns:
        return None
    modifier = rf"(?:(?i:{alternation(frozenset(modifiers))})\s+){{0,2}}" if modifiers else ""
    return re.compile(rf"{modifier}(?i:{alternation(frozenset(nouns))})\b(?![-’'])")
