"""Colours readers with any kind of colour blindness can tell apart: the Okabe-Ito palette.

>>> colours_for(["statement", "deployment"])
{'statement': '#E69F00', 'deployment': '#56B4E9'}
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["OKABE_ITO", "OTHER", "colours_for", "rgba"]

# Okabe & Ito (2008), "Color Universal Design"; black last, kept for the 8th category.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
OTHER = "#999999"  # every name past the palette: one grey, never a colour that means two things


def colours_for(names: Iterable[str]) -> dict[str, str]:
    """One colour per name, in order (most frequent first); past eight names, grey.

    >>> sorted(set(colours_for(f"type {i}" for i in range(12)).values())) == sorted(OKABE_ITO + (OTHER,))
    True
    """
    return {name: OKABE_ITO[i] if i < len(OKABE_ITO) else OTHER
            for i, name in enumerate(dict.fromkeys(names))}


def rgba(colour: str, alpha: float) -> str:
    """``#RRGGBB`` with an opacity, as Plotly's ``rgba(r, g, b, a)``.

    >>> rgba("#0072B2", 0.3)
    'rgba(0, 114, 178, 0.3)'
    """
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha:g})"
