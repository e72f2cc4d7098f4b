"""Issue 14 in Debian's Chromium: the marks' labels fit the plot as it is really drawn. The server
places them for an assumed width (``ChartSettings.plot_px``); with the detail panel open beside
the chart, or in a smaller window, the plot is narrower, and the component (``label_fit.js``)
removes each label that would overlap another, cover a lane name or run out of the chart.

On the 14 articles of ``tests/corpus/articles`` (real labels, several stories and years), at
1440x900 and 1024x768, with the panel closed and open: the label boxes read from the DOM do not
overlap each other nor the lane names, stay inside the chart, and the marks keep labels (at
least a third of the visible ones: the floor of half is for the first view at 1440x900, which
``test_chart_corpus_browser`` asserts on 46 articles).
"""

from __future__ import annotations

import pytest

from tests.dashboard.browser import BROWSER_TESTS, IDLE, ROOT, RUN_COUNTER, SETTLED, streamlit_server
from tests.dashboard.test_chart_corpus_browser import overlapping

pytestmark = BROWSER_TESTS

ARTICLES = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
SCREENS = [(1440, 900), (1024, 768)]

# After the last draw has been fitted: every label box and lane name in the chart frame's
# pixels, the frame's width, the visible marks and the chart's first event id.
BOXES = """() => {
  const frame = document.querySelector('.st-key-chart iframe');
  const gd = frame && frame.contentDocument.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd.dataset.labelsFitted) return null;
  if (gd.getAttribute('data-complete') !== gd.getAttribute('data-view')) return null;
  // the last fit was made at the width on screen, and Plotly has drawn at that width
  const width = Math.round(gd.getBoundingClientRect().width);
  if (gd.dataset.labelsFitWidth !== String(width) || Math.round(gd._fullLayout.width) !== width) return null;
  const labels = [], lanes = [];
  for (const t of gd.querySelectorAll('.textpoint text')) {
    if (!t.textContent.trim()) continue;
    const b = t.getBoundingClientRect();
    labels.push([b.left, b.top, b.right, b.bottom, t.textContent]);
  }
  const notes = gd._fullLayout.annotations || [];
  gd.querySelectorAll('g.annotation').forEach((el) => {
    const note = notes[Number(el.getAttribute('data-index'))] || {};
    const b = el.querySelector('.annotation-text').getBoundingClientRect();
    (note.name === 'label' ? labels : lanes).push([b.left, b.top, b.right, b.bottom, note.text || '']);
  });
  const marks = [...gd.querySelectorAll('.scatterlayer .points path.point')].map((p) => {
    const b = p.getBoundingClientRect();
    return [b.left + 1.5, b.top + 1.5, b.right - 1.5, b.bottom - 1.5, 'mark'];  // its outline aside
  }).filter((b) => b[2] > b[0]);
  const ax = gd._fullLayout.xaxis;
  let visible = 0;
  for (const t of gd.data) {
    if (t.visible === 'legendonly' || t.visible === false || !t.customdata) continue;
    for (const x of t.type === 'bar' ? t.base : t.x) {
      const p = ax.l2p(ax.d2l(x));
      if (p >= 0 && p <= ax._length) visible += 1;
    }
  }
  const first = gd.data.find((t) => t.customdata && t.customdata.length && t.visible !== 'legendonly');
  return {labels, lanes, marks, width: frame.contentDocument.documentElement.clientWidth, plot: ax._length,
          visible, fitted: gd.dataset.labelsFitted, ms: gd.dataset.labelsFitMs,
          event: first ? String(first.customdata[0]) : null};
}"""


@pytest.fixture(scope="module")
def server():
    if len(ARTICLES) < 5:
        pytest.skip("the events corpus tests/corpus/articles is missing")
    (ROOT / "test-output").mkdir(exist_ok=True)
    with streamlit_server(*map(str, ARTICLES), timeout=120) as url:
        yield url


def open_app(browser, url: str, query: str = "", screen: tuple[int, int] = SCREENS[0]):
    """A page of ``screen``'s size on the app (``browser.open_app`` at another size), once whole."""
    page = browser.new_page(viewport={"width": screen[0], "height": screen[1]})
    page.add_init_script(RUN_COUNTER)
    page.goto(url + "/" + query)
    for ready in (IDLE, "window.__runs >= 1", SETTLED, IDLE):
        if ready.startswith("["):
            page.wait_for_selector(ready, timeout=180_000)
        else:
            page.wait_for_function(ready, timeout=180_000)
    return page


def _fitted(page) -> dict:
    page.wait_for_selector(IDLE)
    page.wait_for_function(f"({BOXES})() !== null", timeout=60_000)
    page.wait_for_selector(IDLE)
    page.wait_for_function(f"({BOXES})() !== null", timeout=60_000)
    return page.evaluate(BOXES)


@pytest.mark.parametrize("panel", ["closed", "open"])
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_chart_labels_fit_the_plot_as_drawn(browser, server, width, height, panel):
    page = open_app(browser, server, screen=(width, height))
    shown = _fitted(page)
    if panel == "open":
        event, closed = shown["event"], shown["plot"]
        page.close()
        page = open_app(browser, server, f"?event={event}", screen=(width, height))
        page.locator(".st-key-detail_panel").wait_for()
        # the panel beside the chart: the plot narrows, and its labels are fitted again
        page.wait_for_function(f"(() => {{ const m = ({BOXES})(); return m && m.plot < {closed} - 100; }})()",
                               timeout=60_000)
        shown = _fitted(page)
    page.screenshot(path=str(ROOT / "test-output" / f"chart-labels-{width}x{height}-{panel}.png"))
    page.close()
    labels = shown["labels"]
    assert shown["visible"] >= 50, shown["fitted"]  # many marks: the measure means something
    assert overlapping(labels) == []
    assert overlapping(labels + shown["lanes"]) == []  # no label covers a lane name
    assert [box for box in labels if box[0] < 0 or box[2] > shown["width"]] == []
    assert [pair for pair in overlapping(labels + shown["marks"]) if "mark" in pair and pair != ("mark", "mark")] \
        == []  # nor another event's mark
    print(f"{width}x{height} panel {panel}: {len(labels)} labels, {shown['visible']} visible marks, "
          f"plot {shown['plot']} px, fitted {shown['fitted']} in {shown['ms']} ms")
    assert len(labels) >= shown["visible"] / 3, (len(labels), shown["visible"], shown["fitted"])


def test_chart_labels_narrower_plot_keeps_fewer_but_still_fitted(browser, server):
    """The same figure drawn in a narrower window: the component removes labels (it never lets
    them overlap), and gives them back when the window widens again."""
    page = open_app(browser, server)
    wide = _fitted(page)
    page.set_viewport_size({"width": 900, "height": 900})
    page.wait_for_function(f"(() => {{ const m = ({BOXES})(); return m && m.plot < {wide['plot']} - 100; }})()")
    narrow = page.evaluate(BOXES)
    page.set_viewport_size({"width": 1440, "height": 900})
    page.wait_for_function(f"(() => {{ const m = ({BOXES})(); return m && m.plot === {wide['plot']}; }})()")
    again = page.evaluate(BOXES)
    page.close()
    assert overlapping(narrow["labels"]) == [] and overlapping(again["labels"]) == []
    assert len(narrow["labels"]) < len(wide["labels"])
    assert len(again["labels"]) == len(wide["labels"])
