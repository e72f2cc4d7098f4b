"""The chart component's files: the plotly.js it loads draws every trace the dashboard makes."""

import re

import pytest

from timeline.dashboard.chart import ChartSettings, figure_spec
from timeline.dashboard.density import build_density_figure, density
from timeline.dashboard.ui.chart_view import COMPONENT_DIR

BUNDLE = COMPONENT_DIR / "plotly-timeline.min.js"


def bundled_traces() -> set[str]:
    return set(re.findall(r'moduleType:"trace",name:"(\w+)"', BUNDLE.read_text()))


def test_component_files_are_shipped():
    page = (COMPONENT_DIR / "index.html").read_text()
    assert 'src="plotly-timeline.min.js"' in page and 'src="timeline_chart.js"' in page
    assert (COMPONENT_DIR / "LICENSE-plotly.js.txt").read_text().startswith("MIT License")
    assert BUNDLE.stat().st_size < 2_500_000  # the point of it: well under the full 4.7 MB


def test_component_build_lists_the_bundled_traces():
    build = (COMPONENT_DIR / "build" / "build.js").read_text()
    listed = set(re.findall(r"'(\w+)'", re.search(r"const TRACES = \[(.*?)\]", build).group(1)))
    assert bundled_traces() == listed | {"scatter"}  # scatter is in plotly.js's core


@pytest.mark.parametrize("gl_threshold", [10**9, 0])
def test_component_bundle_draws_every_trace_of_the_chart(synthetic, gl_threshold):
    frame, _ = synthetic
    spec = figure_spec(frame, selected=frame["event_id"].iloc[0],
                       settings=ChartSettings(gl_threshold=gl_threshold))
    counts = build_density_figure(density(frame)).to_plotly_json()
    used = {t["type"] for t in spec["data"]} | {t["type"] for t in counts["data"]}
    assert used <= bundled_traces()
