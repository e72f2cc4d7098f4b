"""The timeline chart on the page: a Plotly figure drawn by a small Streamlit component.

``st.plotly_chart`` makes the browser load all of plotly.js (4.7 MB of JavaScript: over a
second of parsing on a 2-core machine) before the first chart. This component loads a plotly.js
built with only the traces the timeline draws (``component/plotly-timeline.min.js``, 1.5 MB; see
``component/build/``) and redraws only when the figure changes, not on every rerun.
A click on an event returns its id.
"""

from __future__ import annotations

from pathlib import Path

import streamlit.components.v1 as components

from timeline.dashboard.selection import chart_pick
from timeline.dashboard.state import CHART

__all__ = ["COMPONENT_DIR", "chart_view"]

COMPONENT_DIR = Path(__file__).resolve().parents[1] / "component"
_COMPONENT = components.declare_component("timeline_chart", path=str(COMPONENT_DIR))


def chart_view(figure_json: str, view: str, config: dict, alt: str, key: str = CHART,
               report_drawn: bool = False) -> tuple[str, ...]:
    """Draw the figure; return ``(event id, click token)`` of the last click, or ``()``.

    ``view`` must change whenever the figure does: the browser skips drawing the same view again.
    ``report_drawn``: once the figure is on screen, the component sets its value (which reruns
    the app) so that the app can add what it held back until then.
    """
    return chart_pick(_COMPONENT(figure=figure_json, view=view, config=config, alt=alt, key=key,
                                 report_drawn=report_drawn, default=None))
