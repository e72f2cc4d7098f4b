"""The chart's legends: the fixed colour of each event type present, and what the styles mean.

Legend entries are dummy traces (no data). Names are escaped: Plotly renders a subset of HTML.

>>> [k["name"] for k in type_keys(["military_action", "statement", "accusation"])]
['conflict', 'statement']
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.dashboard.hover import plotly_text
from timeline.dashboard.palette import TYPE_COLOURS, rgba, type_group

__all__ = ["style_keys", "type_keys"]


def type_keys(types: Iterable[str]) -> list[dict]:
    """One key per taxonomy type among ``types``, in the fixed order of the colour table."""
    present = {type_group(t) for t in types}
    return [{"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": plotly_text(name),
             "marker": {"symbol": "square", "color": colour, "size": 10}, "hoverinfo": "skip",
             "showlegend": True} for name, colour in TYPE_COLOURS.items() if name in present]


def style_keys() -> list[dict]:
    """The second legend: what solid, hatched and outlined marks and the cluster mark mean."""
    grey = "#555555"
    keys = [
        ("day, exact", {"symbol": "diamond", "color": grey, "size": 10}),
        ("period, exact", {"symbol": "square", "color": rgba(grey, 0.85), "size": 10}),
        ("light, hatched: coarse date (week, month, season, year, decade)",
         {"symbol": "square", "color": rgba(grey, 0.3), "size": 10,
          "line": {"color": grey, "width": 1}}),
        ("outlined: inferred date (earlier sentence or article date)",
         {"symbol": "diamond-open", "color": grey, "size": 10}),
        ("circle: a lane's events of one day or column (click to list them)",
         {"symbol": "circle", "color": "#ffffff", "size": 11, "line": {"color": grey, "width": 2}}),
    ]
    return [{"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": name,
             "marker": marker, "legend": "legend2", "hoverinfo": "skip", "showlegend": True}
            for name, marker in keys]
