"""Everything the dashboard decides, without Streamlit: filters, the chart, the detail view."""

from timeline.dashboard.chart import build_figure
from timeline.dashboard.filters import Filters, actor_counts, apply_filters

__all__ = ["Filters", "actor_counts", "apply_filters", "build_figure"]
