"""What a reader of the events table can ask for: the types shared by the dashboard (which
filters a DataFrame) and the store (which filters in SQL), below both of them.

>>> Filters(actors=("Russia",)).active, Filters().active
(True, False)
>>> NO_ACTOR, NO_VALUE
('(no actor)', '(none)')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["NO_ACTOR", "NO_VALUE", "Filters"]

NO_ACTOR = "(no actor)"
"""The lane of events without an actor (in the chart's lanes and the store's density)."""
NO_VALUE = "(none)"
"""The lane of events whose lane column (type, document ...) is empty."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What the user asked to see; an empty field filters nothing."""

    actors: tuple[str, ...] = ()
    match_all: bool = False  # all of the actors rather than any of them
    affiliated: bool = False  # an actor also matches the events of the actors affiliated with it
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    event_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    minor: bool = False  # also the minor events (under the keep score's threshold: ``minor`` column)

    @property
    def active(self) -> bool:
        """True when any field narrows the events."""
        return bool(self.actors or self.date_from or self.date_to or self.text.strip()
                    or self.event_types or self.statuses or self.documents)
