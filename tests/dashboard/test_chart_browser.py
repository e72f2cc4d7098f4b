"""Issue 14 in Debian's Chromium: the first view of a multi-story corpus is readable in a
1440x900 window (the floors of ``../shared/tools/readability_check.py``, measured the same way),
labels are drawn, a cluster opens into the list of its events, and a type keeps its colour when
the filters change.

The corpus is built here: stories of different years, each a few weeks of dated events around
its article date plus a year-long period before it (the shape that stretched the axis).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.dashboard.browser import (
    BROWSER_TESTS,
    IDLE,
    PLOT,
    ROOT,
    open_app,
    pick_option,
    rerun,
    streamlit_server,
)
from tests.dashboard.conftest import event, frame_of
from timeline.export import write

pytestmark = BROWSER_TESTS

# (story, article date, actors, event type): ten stories over ten years
STORIES = [
    ("kursk", "2025-04-28", ["Russia", "North Korea"], "military_action"),
    ("brexit", "2016-06-24", ["United Kingdom", "European Union"], "politics"),
    ("quake", "2023-02-07", ["Turkey", "Syria"], "disaster"),
    ("ecb", "2025-06-05", ["European Central Bank"], "economy"),
    ("verdict", "2025-09-12", ["Brazil", "Jair Bolsonaro"], "legal"),
    ("summit", "2019-02-28", ["United States", "North Korea"], "diplomacy"),
    ("sahel", "2021-05-25", ["Mali", "France"], "military_action"),
    ("ceasefire", "2025-01-20", ["Israel", "Hamas"], "diplomacy"),
    ("balloons", "2024-06-10", ["North Korea", "South Korea"], "statement"),
    ("red-sea", "2024-01-12", ["Houthis", "United States"], "military_action"),
]
OFFSETS = (0, 0, -1, -1, -2, -3, -5, -8, -9, -13)  # days before the article date
# the same measure as ../shared/tools/readability_check.py
MEASURE = """(key) => {
  const found = (PLOT)(key);
  const gd = found && found.el;
  if (!gd || !gd._fullLayout) return null;
  const ax = gd._fullLayout.xaxis;
  const marks = [];
  for (const t of gd.data) {
    if (t.visible === false || t.visible === 'legendonly') continue;
    const xs = t.x || [];
    if (t.type === 'scatter' || t.type === 'scattergl' || t.type === undefined) {
      for (const x of xs) if (x !== null && x !== undefined) { const l = ax.d2l(x); marks.push([l, l]); }
    } else if (t.type === 'bar' && t.orientation === 'h') {
      for (let i = 0; i < xs.length; i++) {
        const b = Array.isArray(t.base) ? t.base[i] : t.base;
        if (b === null || b === undefined) continue;
        const l = ax.d2l(b);
        marks.push([l, l + Number(xs[i] || 0)]);
      }
    }
  }
  const w = ax._length;
  let inside = 0; const cols = new Set(); const days = new Set();
  for (const [s, e] of marks) {
    days.add(new Date(s).toISOString().slice(0, 10));
    const ps = ax.l2p(s), pe = ax.l2p(e);
    if (pe >= 0 && ps <= w) { inside += 1; cols.add(Math.floor(Math.max(0, Math.min(w, ps)) / 12)); }
  }
  // labels of marks only: text on points, and the annotations that label bars (not lane names)
  const texts = [...gd.querySelectorAll('.textpoint text')].filter((t) => t.textContent.trim()).length;
  const bars = (gd.layout.annotations || []).filter((a) => a.name !== 'lane').length;
  return {marks: marks.length, inside, columns: cols.size, days: days.size, labels: texts + bars, width: w};
}""".replace("PLOT", PLOT)


def story_events() -> pd.DataFrame:
    rows = []
    for story, day, actors, kind in STORIES:
        year = str(int(day[:4]) - 1)
        rows.append(event(f"{story}-background", f"{year}-01-01", f"{year}-12-31", granularity="year",
                          actors=actors[:1], event_type=kind, doc_id=story, date=year,
                          summary=f"In {year} {actors[0]} prepared the ground for what followed"))
        for n, back in enumerate(OFFSETS):
            start = (pd.Timestamp(day) + pd.Timedelta(days=back)).strftime("%Y-%m-%d")
            who = actors[n % len(actors)]
            rows.append(event(f"{story}-{n}", start, actors=[who], event_type=kind if n % 3 else "statement",
                              doc_id=story, summary=f"{who} acted in the {story} story, step {n}"))
    for n in range(5):  # five events of one lane on one day: a cluster
        rows.append(event(f"cluster-{n}", "2025-04-28", actors=["Russia"], doc_id="kursk",
                          summary=f"Russia reported gain number {n}"))
    return frame_of(*rows)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "stories.parquet"
    write(story_events(), "parquet", path)
    (ROOT / "test-output").mkdir(exist_ok=True)
    with streamlit_server("--events", str(path)) as url:
        yield url


@pytest.fixture
def page(browser, server):
    page = open_app(browser, server)
    page.set_viewport_size({"width": 1440, "height": 900})
    page.wait_for_function(f"(() => {{ const m = ({MEASURE})('chart'); return m && m.marks > 0; }})()")
    page.wait_for_selector(IDLE)
    yield page
    page.close()


def measure(page) -> dict:
    page.wait_for_function(f"(() => {{ const m = ({MEASURE})('chart'); return m && m.marks > 0; }})()")
    return page.evaluate(MEASURE, "chart")


def test_chart_first_view_of_many_stories_is_readable(page):
    m = measure(page)
    page.screenshot(path=str(ROOT / "test-output" / "chart-stories.png"))
    assert m["inside"] / m["marks"] >= 0.9, m
    assert min(1.0, m["columns"] / m["days"]) >= 0.8, (m["width"], m)
    assert min(1.0, m["labels"] / m["inside"]) >= 0.5, m


def test_chart_labels_are_visible_text(page):
    frame = page.frame_locator(".st-key-chart iframe")
    # "who did what": the summary "Russia acted in the kursk story, step 1" without its article
    label = frame.locator(".textpoint text", has_text="acted in kursk").first
    label.wait_for()
    assert label.is_visible()
    box = label.bounding_box()
    assert box and box["width"] > 20


def test_chart_cluster_opens_into_its_events(page):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    frame = page.frame_locator(".st-key-chart iframe")
    mark = frame.locator(".textpoint text", has_text="6 events").first
    panel = frame.locator("#cluster")
    for _ in range(3):  # the labels are fitted after the first draw and may move the mark: aim again
        mark.wait_for()
        box = mark.bounding_box()  # in the page's coordinates
        page.mouse.click(box["x"] - 9, box["y"] + box["height"] / 2)  # its circle, left of its label
        try:
            panel.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    panel.wait_for()
    items = panel.locator("button.member")
    assert items.count() == 6  # five reported gains and the story's own event of that day
    texts = {items.nth(i).text_content() for i in range(6)}
    assert {f"Russia reported gain number {n}" for n in range(5)} < texts
    with rerun(page):
        items.first.click()
    assert page.locator("blockquote.tl-sentence").count() >= 1  # the event is selected: its detail


def test_chart_type_keeps_its_colour_across_filters(page):
    colours = """() => {
      const gd = document.querySelector('.st-key-chart iframe').contentDocument.querySelector('.js-plotly-plot');
      const out = {};
      for (const t of gd.data) {
        // events drawn alone, and the members of cluster marks (each carries its own colour)
        const shown = t.visible === undefined || t.visible === true || t.name === 'cluster members';
        if (!t.customdata || !shown || !t.marker) continue;
        const c = t.type === 'bar' ? t.marker.line.color : t.marker.color;
        t.customdata.forEach((id, i) => { out[id] = Array.isArray(c) ? c[i] : c; });
      }
      return out;
    }"""
    before = page.evaluate(colours)
    count = sum("Mali" in actors for actors in story_events()["actors"])
    with rerun(page):
        pick_option(page, "actor", f"Mali ({count})")
    page.wait_for_function(f"(() => {{ const c = ({colours})(); return Object.keys(c).length > 0"
                           f" && Object.keys(c).every((id) => id.startsWith('sahel')); }})()")
    after = page.evaluate(colours)
    assert after and all(before[i] == c for i, c in after.items())
