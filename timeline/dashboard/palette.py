"""One colour per event type, fixed for the whole app (``data/event_types.toml``).

A type keeps its colour whatever the filters leave in view: the colour comes from the type, never
from its rank. Today's extractor types (``military_action``, ``accusation`` ...) are drawn in
the colour of the taxonomy type they belong to (the table's ``[legacy]`` part).

>>> type_group("military_action"), type_group("conflict"), type_group("no such type")
('conflict', 'conflict', 'other')
>>> colours_for(["statement", "deployment"])
{'statement': '#000000', 'deployment': '#D55E00'}
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

__all__ = ["LEGACY", "OKABE_ITO", "OTHER", "TYPE_COLOURS", "colours_for", "rgba", "type_group"]

# Okabe & Ito (2008), "Color Universal Design": the base of the table's colours.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")

_TABLE = tomllib.loads((Path(__file__).with_name("data") / "event_types.toml").read_text("utf-8"))
TYPE_COLOURS: dict[str, str] = dict(_TABLE["colours"])
"""Taxonomy type -> colour, in the order the legend lists them."""
LEGACY: dict[str, str] = dict(_TABLE["legacy"])
"""Extractor type of today -> taxonomy type."""
OTHER = TYPE_COLOURS["other"]


def type_group(name: str) -> str:
    """The taxonomy type an event type is drawn as: itself, its legacy mapping, or ``other``."""
    if name in TYPE_COLOURS:
        return name
    return LEGACY.get(name, "other")


def colours_for(names: Iterable[str]) -> dict[str, str]:
    """The fixed colour of each event type (the same whatever else is in ``names``).

    >>> colours_for(["diplomacy"]) == {"diplomacy": colours_for(["statement", "diplomacy"])["diplomacy"]}
    True
    """
    return {name: TYPE_COLOURS[type_group(name)] for name in dict.fromkeys(names)}


def rgba(colour: str, alpha: float) -> str:
    """``#RRGGBB`` with an opacity, as Plotly's ``rgba(r, g, b, a)``.

    >>> rgba("#0072B2", 0.3)
    'rgba(0, 114, 178, 0.3)'
    """
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha:g})"
