"""Which event the detail view shows: the latest pick in the chart or the table.

A chart pick (event id and click token) and a table selection both persist in Streamlit; the one
that changed since the last run wins. The choice survives filtering while the event is still shown.

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

__all__ = ["Selection", "chart_pick"]


@dataclass(frozen=True, slots=True)
class Selection:
    """The event the detail shows, and the last chart and table picks it was chosen from."""

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


def chart_pick(value: object) -> tuple[str, ...]:
    """The chart component's value as ``(event id, click token)``, or ``()`` when nothing was clicked.

    The token differs for every click, so clicking an event again after choosing another one in
    the table shows it again.

    >>> chart_pick({"event": "e3", "click": "1712:4"})
    ('e3', '1712:4')
    >>> chart_pick(None), chart_pick({"event": ""}), chart_pick("e3")
    ((), (), ())
    """
    if isinstance(value, dict) and value.get("event"):
        return str(value["event"]), str(value.get("click", ""))
    return ()
