"""Everything the dashboard decides, without Streamlit: inputs, filters, URL state, lanes, the
chart, the detail view and the exports. ``timeline.dashboard.ui`` is the Streamlit layer over it.
"""

from timeline.dashboard.chart import ChartSettings, build_figure
from timeline.dashboard.density import build_density_figure, density
from timeline.dashboard.detail import highlight_sentence
from timeline.dashboard.exports import EVENT_FORMATS, events_bytes, figure_html
from timeline.dashboard.filters import Filters, actor_counts, apply_filters, date_bounds, value_counts
from timeline.dashboard.timelinejs import to_timelinejs
from timeline.dashboard.urlstate import from_query, query_string, to_query

__all__ = [
    "EVENT_FORMATS",
    "ChartSettings",
    "Filters",
    "actor_counts",
    "apply_filters",
    "build_density_figure",
    "build_figure",
    "date_bounds",
    "density",
    "events_bytes",
    "figure_html",
    "from_query",
    "highlight_sentence",
    "query_string",
    "to_query",
    "to_timelinejs",
    "value_counts",
]
