"""Issue 14 on real articles in Debian's Chromium: the 46 articles of the repository at once (the
14 of ``tests/corpus/articles`` and the 32 of ``tests/gold/news/articles``: 46 stories from 1947
to 2038, about 570 events on about 190 days). At 1440x900 the first view meets the floors of
``../shared/tools/readability_check.py`` (measured the same way, without the lane names); the
labels drawn do not cover each other; the '(other)' lane opens into lanes whose names do not
overlap, and folds back.

The app runs the pipeline on the articles itself (as ``timeline app ARTICLE...`` does).
"""

from __future__ import annotations

import pytest

from tests.dashboard.browser import BROWSER_TESTS, IDLE, ROOT, open_app, streamlit_server
from tests.dashboard.test_chart_browser import MEASURE as STORIES_MEASURE

pytestmark = BROWSER_TESTS

ARTICLES = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt")) + sorted(
    (ROOT / "tests" / "gold" / "news" / "articles").glob("*.txt"))
# labels of marks only: lane names, the '(other)' lane's and the folding lane's are not
MEASURE = STORIES_MEASURE.replace("a.name !== 'lane'", "!['lane', 'other', 'fold'].includes(a.name)")
assert MEASURE != STORIES_MEASURE

# The boxes of the drawn labels of the marks, in the chart frame's pixels.
LABEL_BOXES = """() => {
  const gd = document.querySelector('.st-key-chart iframe').contentDocument.querySelector('.js-plotly-plot');
  const out = [];
  for (const t of gd.querySelectorAll('.textpoint text')) {
    if (!t.textContent.trim()) continue;
    const b = t.getBoundingClientRect();
    out.push([b.left, b.top, b.right, b.bottom, t.textContent]);
  }
  const notes = gd.layout.annotations || [];
  gd.querySelectorAll('.annotation').forEach((el) => {
    const note = notes[Number(el.getAttribute('data-index'))];
    if (!note || ['lane', 'other', 'fold'].includes(note.name)) return;
    const b = el.querySelector('.annotation-text').getBoundingClientRect();
    out.push([b.left, b.top, b.right, b.bottom, note.text]);
  });
  return out;
}"""

# The boxes of the lane names (lanes, '(other)', the folding lane), and the figure's state.
LANE_BOXES = """() => {
  const gd = document.querySelector('.st-key-chart iframe').contentDocument.querySelector('.js-plotly-plot');
  const notes = gd.layout.annotations || [];
  const out = [];
  gd.querySelectorAll('.annotation').forEach((el) => {
    const note = notes[Number(el.getAttribute('data-index'))];
    if (!note || !['lane', 'other', 'fold'].includes(note.name)) return;
    const b = el.querySelector('.annotation-text').getBoundingClientRect();
    out.push([b.left, b.top, b.right, b.bottom, note.text, note.name]);
  });
  return {lanes: out, state: gd.getAttribute('data-lanes')};
}"""


def overlapping(boxes: list, slack: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of boxes that cover each other by more than ``slack`` pixels both ways."""
    out = []
    ordered = sorted(boxes)
    for i, (l1, t1, r1, b1, text1, *_) in enumerate(ordered):
        for l2, t2, r2, b2, text2, *_ in ordered[i + 1:]:
            if l2 >= r1 - slack:
                break
            if min(b1, b2) - max(t1, t2) > slack and min(r1, r2) - max(l1, l2) > slack:
                out.append((text1, text2))
    return out


@pytest.fixture(scope="module")
def server():
    if len(ARTICLES) < 20:
        pytest.skip("the repository's article corpora are missing")
    (ROOT / "test-output").mkdir(exist_ok=True)
    with streamlit_server(*map(str, ARTICLES), timeout=120) as url:
        yield url


@pytest.fixture
def page(browser, server):
    # opened at its size: a resize redraws the chart, and its labels are fitted again (a label
    # found before could be gone after)
    page = open_app(browser, server, timeout=180_000, viewport={"width": 1440, "height": 900})
    page.wait_for_function(f"(() => {{ const m = ({MEASURE})('chart'); return m && m.marks > 0; }})()")
    page.wait_for_selector(IDLE)
    yield page
    page.close()


def test_chart_first_view_of_46_real_articles_meets_the_floors(page):
    m = page.evaluate(MEASURE, "chart")
    page.screenshot(path=str(ROOT / "test-output" / "chart-46-articles.png"))
    assert m["days"] >= 20 and m["marks"] >= 100, m  # many stories: the floors mean something
    assert m["inside"] / m["marks"] >= 0.9, m
    assert min(1.0, m["columns"] / m["days"]) >= 0.8, m
    assert min(1.0, m["labels"] / m["inside"]) >= 0.5, m


def test_chart_labels_of_46_real_articles_do_not_cover_each_other(page):
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 100
    assert overlapping(boxes) == []


def test_chart_other_lane_opens_into_lanes_and_folds_back(page):
    before = page.evaluate(LANE_BOXES)
    (other,) = [b for b in before["lanes"] if b[5] == "other"]
    frame = page.frame_locator(".st-key-chart iframe")
    frame.locator(".annotation-text", has_text=other[4][:12]).first.click()
    page.wait_for_function(f"({LANE_BOXES})().state === 'opened'")
    opened = page.evaluate(LANE_BOXES)["lanes"]
    assert len(opened) > len(before["lanes"]) + 20
    assert [b for b in opened if b[5] == "fold"]
    assert overlapping(opened, slack=0.5) == []
    names = [b[4] for b in before["lanes"] if b[5] == "lane"]
    assert [b[4] for b in opened[: len(names)]] == names  # the lanes shown before stay first
    frame.locator(".annotation-text", has_text="▴").first.click()
    page.wait_for_function(f"({LANE_BOXES})().state === 'folded'")
    assert [b[4] for b in page.evaluate(LANE_BOXES)["lanes"]] == [b[4] for b in before["lanes"]]


def test_chart_cluster_of_a_column_lists_its_events_with_their_own_dates(page):
    frame = page.frame_locator(".st-key-chart iframe")
    mark = frame.locator(".textpoint text", has_text=" events: ").first
    mark.wait_for()
    mark.scroll_into_view_if_needed()
    box = mark.bounding_box()  # in the page's coordinates
    after = mark.get_attribute("text-anchor") != "end"  # the label after its circle, or before it
    page.mouse.click(box["x"] - 9 if after else box["x"] + box["width"] + 9, box["y"] + box["height"] / 2)
    panel = frame.locator("#cluster")
    panel.wait_for()
    count = int(mark.text_content().split()[0])
    assert panel.locator("button.member").count() == count
    title = panel.locator(".head").text_content()
    assert title.startswith(f"{count} events, ") and " to " in title
    days = {panel.locator("button.member").nth(i).text_content()[:10] for i in range(count)}
    assert len(days) > 1 and all(d[:4].isdigit() and d[4] == "-" for d in days)
