import csv
import io
import json

import pytest

from timeline.dashboard.chart import build_figure
from timeline.dashboard.exports import EVENT_FORMATS, events_bytes, figure_html


def test_exports_csv_has_every_event(sample_frame):
    rows = list(csv.DictReader(io.StringIO(events_bytes(sample_frame, "csv").decode())))
    assert [r["event_id"] for r in rows] == sample_frame["event_id"].tolist()
    assert json.loads(rows[0]["actors"]) == list(sample_frame["actors"].iloc[0])


def test_exports_json_is_a_list_of_events(sample_frame):
    data = json.loads(events_bytes(sample_frame, "json"))
    assert len(data) == len(sample_frame)
    assert {"start", "end", "date", "actors", "summary"} <= set(data[0])


def test_exports_timelinejs(sample_frame):
    data = json.loads(events_bytes(sample_frame, "timelinejs"))
    assert len(data["events"]) == sample_frame["start"].notna().sum()
    assert {"start_date", "text", "group"} <= set(data["events"][0])


def test_exports_unknown_format():
    with pytest.raises(ValueError, match="unknown export format"):
        events_bytes(None, "xml")
    assert set(EVENT_FORMATS) == {"csv", "json", "timelinejs"}


def test_exports_chart_html_is_standalone(sample_frame):
    page = figure_html(build_figure(sample_frame)).decode()
    assert "<html>" in page and "Plotly.newPlot" in page
    assert 'src="https://cdn' not in page  # plotly.js inlined: works offline


def test_exports_chart_html_from_the_json_the_dashboard_keeps(sample_frame):
    """The dashboard keeps only the figure's JSON; the HTML export is made from it."""
    import plotly.io as pio

    from timeline.dashboard.chart import figure_spec

    text = pio.to_json(figure_spec(sample_frame), validate=False)
    page = figure_html(text).decode()
    assert "Plotly.newPlot" in page and 'src="https://cdn' not in page
    first_id = sample_frame.loc[sample_frame["start"].notna(), "event_id"].iloc[0]
    assert first_id in page
