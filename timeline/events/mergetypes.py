"""Which event types two reports of one happening may carry (:mod:`timeline.events.merge`)."""

from __future__ import annotations

STATEMENT = "statement"  # the type of a report as such: it agrees with the happening it reports


def types_agree(first: str, second: str) -> bool:
    """Two reports' types may be one happening's: equal, or one of them a statement (the claim
    of the happening the other reports).

    >>> types_agree("conflict", "statement"), types_agree("conflict", "sport")
    (True, False)
    """
    return first == second or STATEMENT in (first, second)
