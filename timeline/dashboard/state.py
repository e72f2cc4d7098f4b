"""Every key the dashboard keeps in Streamlit's session state, named once.

Widget keys are also how tests find widgets (``AppTest.multiselect(key="actor")``) and how the
page's CSS finds elements (``.st-key-chart``); the filter widgets' keys are their URL parameters
(``urlstate.PARAMS``), so a link and the widgets agree.

>>> FILTER_KEYS["actors"], download_key("csv")
('actor', 'download_csv')
>>> len(set(ALL_KEYS)) == len(ALL_KEYS)
True
"""

from __future__ import annotations

from timeline.dashboard.urlstate import PARAMS

__all__ = [
    "AFFILIATED", "ALL_KEYS", "CHART", "CHART_SHOWN", "CLEAR_FILTERS", "CLOSE_DETAIL", "CORRECTIONS_DOWNLOAD",
    "CORRECTIONS_LOG", "CORRECTIONS_UPLOAD", "DETAIL_PANEL", "DOWNLOAD_HTML", "DRAW_ALL", "EDITOR", "FILTER_KEYS",
    "MINOR", "PASTE_DATE", "PASTE_TEXT", "SELECTION", "TABLE", "UPLOADS", "URL_SEEDED", "USE_BASE",
    "download_key", "upload_date_key",
]

# What the app remembers between runs (not widgets).
URL_SEEDED = "_url_seeded"
"""True once the widgets were set from the URL (done once per session)."""
SELECTION = "_selection"
"""The ``selection.Selection``: which event the detail shows."""
CHART_SHOWN = "_chart_shown"
"""True once the page's first chart was drawn: from then on every run draws the whole page (the
first draws the chart alone, see ``ui.controls.chart_first``)."""
CORRECTIONS_LOG = "_corrections_log"
"""The ``corrections.Log`` of a page whose corrections are kept in the session (no file)."""

# Widgets.
FILTER_KEYS: dict[str, str] = {field: PARAMS[field] for field in (
    "actors", "match_all", "date_from", "date_to", "text", "event_types", "statuses", "documents",
    "lanes")}
"""Field of ``Filters`` (and ``lanes``) -> the key of its widget, which is its URL parameter."""
CLEAR_FILTERS = "clear_filters"
"""The 'Clear filters' button."""
AFFILIATED = "filter_affiliated"
"""The checkbox 'Include affiliated actors' (``Filters.affiliated``)."""
MINOR = "filter_minor"
"""The toggle 'Minor events' (``Filters.minor``): also the events the keep score leaves out."""
USE_BASE = "use_base"
"""The checkbox that includes the sample or the command-line files."""
UPLOADS = "uploads"
"""The file uploader."""
PASTE_TEXT = "paste_text"
"""The text area of a pasted article."""
PASTE_DATE = "paste_date"
"""The article date of a pasted article."""
DRAW_ALL = "draw_all"
"""The toggle that draws every mark instead of counts per period."""
CHART = "chart"
"""The chart component."""
TABLE = "table"
"""The table of events (its selection picks an event)."""
DOWNLOAD_HTML = "download_html"
"""The button that downloads the chart as HTML."""
DETAIL_PANEL = "detail_panel"
"""The container of the selected event's panel beside the chart (its CSS class: ``.st-key-detail_panel``)."""
CLOSE_DETAIL = "close_detail"
"""The panel's close button."""
EDITOR = "editor"
"""The text field with the analyst's name, recorded with each correction."""
CORRECTIONS_DOWNLOAD = "corrections_download"
"""The button that downloads the corrections file."""
CORRECTIONS_UPLOAD = "corrections_upload"
"""The uploader of a corrections file (when they are kept in the session)."""


def upload_date_key(name: str) -> str:
    """The key of the article-date field of an uploaded file without a date.

    >>> upload_date_key("notes.txt")
    'upload_date:notes.txt'
    """
    return f"upload_date:{name}"


def download_key(fmt: str) -> str:
    """The key of the download button of one events format (csv, json, ...)."""
    return f"download_{fmt}"


ALL_KEYS: tuple[str, ...] = (URL_SEEDED, SELECTION, CHART_SHOWN, *FILTER_KEYS.values(),
                             CLEAR_FILTERS, AFFILIATED, MINOR, USE_BASE, UPLOADS, PASTE_TEXT, PASTE_DATE, DRAW_ALL,
                             CHART, TABLE, DOWNLOAD_HTML, CORRECTIONS_LOG, DETAIL_PANEL, CLOSE_DETAIL,
                             EDITOR, CORRECTIONS_DOWNLOAD, CORRECTIONS_UPLOAD)
"""The fixed keys (download buttons add one per format, see ``download_key``)."""
