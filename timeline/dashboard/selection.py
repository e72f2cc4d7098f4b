"""Which event the detail view shows: the latest pick in the chart or the table.

A chart selection and a table selection both persist in Streamlit; the one that changed since
the last run wins. The choice survives filtering while the event is still shown.

>>> state = Selection()
>>> state = state.update(chart=("e1",), table=(), shown={"e1", "e2"})
>>> state.event
'e1'
>>> state = state.update(chart=("e1",), table=("e2",), shown={"e1", "e2"})
>>> state.event
'e2'
>>> state.update(chart=("e1",), table=("e2",), shown={"e1"}).event is None
True
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

__all__ = ["Selection", "chart_ids"]


@dataclass(frozen=True, slots=True)
class Selection:
    event: str | None = None
    chart: tuple[str, ...] = ()
    table: tuple[str, ...] = ()

    def update(self, chart: tuple[str, ...], table: tuple[str, ...],
               shown: Collection[str], requested: str | None = None) -> Selection:
        """The new state after a run; ``requested`` (from the URL) applies when nothing is chosen."""
        event = self.event
        if chart != self.chart and chart:
            event = chart[0]
        elif table != self.table and table:
            event = table[0]
        elif event is None and requested:
            event = requested
        if event is not None and event not in shown:
            event = None
        return replace(self, event=event, chart=chart, table=table)


def chart_ids(selection: object) -> tuple[str, ...]:
    """The event ids of a ``st.plotly_chart`` selection (``customdata`` of the points).

    >>> chart_ids({"selection": {"points": [{"customdata": "e3"}, {"customdata": ["e4", "x"]}]}})
    ('e3', 'e4')
    """
    try:
        points = selection["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return ()
    out = []
    for point in points or ():
        data = point.get("customdata") if hasattr(point, "get") else None
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if data:
            out.append(str(data))
    return tuple(dict.fromkeys(out))
