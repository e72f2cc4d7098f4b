"""The whole path in Debian's Chromium through Playwright: open, filter by an actor with the real
widget and read the Plotly figure from the page, select an event in the chart and see its
highlighted sentence, share a view by URL, upload files, export, and prove article HTML runs
nothing. Waits are on Streamlit's own run state (see ``browser.py``), never fixed sleeps.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.dashboard.browser import (
    BROWSER_TESTS,
    IDLE,
    PLOT,
    ROOT,
    chart_ids,
    open_app,
    pick_option,
    rerun,
    streamlit_server,
)
from timeline import extract_events
from timeline.dashboard.filters import Filters, apply_filters

pytestmark = BROWSER_TESTS
OUTPUT = ROOT / "test-output"
EVIL = ("date 2025-04-28 Rebels <script>window.__pwned = 'script'</script> seized the airport "
        "on Saturday. <img src=x onerror=\"window.__pwned = 'img'\"> Moscow said on Monday that "
        "<b onmouseover=\"window.__pwned = 'b'\">troops</b> left.\n")


@pytest.fixture(scope="module")
def evil_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("articles") / "evil.txt"
    path.write_text(EVIL)
    return path


@pytest.fixture(scope="module")
def server(evil_file):
    OUTPUT.mkdir(exist_ok=True)
    with streamlit_server() as url:
        yield url


@pytest.fixture
def page(browser, server):
    page = open_app(browser, server)
    yield page
    page.close()


def dated_ids(frame) -> set[str]:
    return set(frame.loc[frame["start"].notna(), "event_id"])


def download(page, key: str) -> str:
    """Click a download button and return the file's text."""
    page.wait_for_selector(IDLE)
    with page.expect_download() as started:
        page.locator(f".st-key-{key} button").first.click()
    return started.value.path().read_text()


def test_browser_filter_select_and_export(page, sample_frame):
    """The main path: all events, North Korea's through the real widget, one selected, exported."""
    assert chart_ids(page, dated_ids(sample_frame)) == dated_ids(sample_frame)
    # the chart is complete: with its range slider (added after the first paint), or, on an axis
    # fitted to the events (issue 14), with its 'linear time' button instead
    page.wait_for_function(f"() => {{ const f = ({PLOT})('chart'); return !!(f && f.el.dataset.complete"
                           " && (f.el._fullLayout.xaxis.rangeslider.visible"
                           " || (f.el.layout.updatemenus || []).length)); }")
    assert page.locator(".st-key-table").count() == 1  # the table follows the chart
    count = int((sample_frame["actors"].map(lambda a: "North Korea" in a)).sum())
    with rerun(page):
        pick_option(page, "actor", f"North Korea ({count})")
    expected = apply_filters(sample_frame, Filters(actors=("North Korea",)))
    assert chart_ids(page, dated_ids(expected)) == dated_ids(expected)
    assert "actor=North+Korea" in page.url
    page.screenshot(path=str(OUTPUT / "dashboard-north-korea.png"), full_page=True)

    with_date = expected[expected["date_text"] != ""]
    # North Korea's events of the article's day are one cluster mark (issue 14): open it, and
    # select an event from its list
    event_id, x, y = point_on_screen(page, set(with_date["event_id"]), clusters=True)
    row = sample_frame.set_index("event_id").loc[event_id]
    page.mouse.move(x, y)
    # Plotly clicks the point it hovers: wait until it hovers one (slow machines lag behind)
    page.wait_for_function(f"() => {{ const f = ({PLOT})('chart'); "
                           "return !!(f && f.el._hoverdata && f.el._hoverdata.length); }")
    page.mouse.click(x, y)
    with rerun(page):
        page.frame_locator(".st-key-chart iframe").locator(f'#cluster button[data-event="{event_id}"]').click()
    mark = page.locator("blockquote.tl-sentence mark.tl-date").first
    mark.wait_for()
    assert mark.inner_text() == row["date_text"]
    assert page.locator("blockquote.tl-sentence mark.tl-actor").count() >= 1
    assert f"event={event_id}" in page.url
    page.screenshot(path=str(OUTPUT / "dashboard-selected-event.png"), full_page=True)

    rows = list(csv.DictReader(io.StringIO(download(page, "download_csv"))))
    assert {r["event_id"] for r in rows} == set(expected["event_id"])
    timeline = json.loads(download(page, "download_timelinejs"))
    assert {e["unique_id"] for e in timeline["events"]} == dated_ids(expected)
    assert "Plotly.newPlot" in download(page, "download_html")


def test_browser_shared_link_opens_the_filtered_view(browser, server, sample_frame):
    page = open_app(browser, server, "?actor=Ukraine&lanes=type")
    expected = apply_filters(sample_frame, Filters(actors=("Ukraine",)))
    assert chart_ids(page, dated_ids(expected)) == dated_ids(expected)
    ticks = page.evaluate(f"({PLOT})('chart').el.layout.yaxis.ticktext")
    assert set(ticks) == set(expected["event_type"])
    page.close()


def point_on_screen(page, wanted: set[str], clusters: bool = False) -> tuple[str, float, float]:
    """A marker drawn alone at its position, among ``wanted`` events, and its pixel position;
    with ``clusters``, a cluster mark holding one of them (and that event's id)."""
    return page.evaluate(
        """([wanted, clusters]) => {
            const found = (""" + PLOT + """)('chart');
            const el = found.el, L = el._fullLayout, frame = found.box, inner = el.getBoundingClientRect();
            const box = {left: frame.left + inner.left, top: frame.top + inner.top};
            const seen = new Map();
            for (const t of el._fullData) {
                if (clusters && t.meta && t.meta.clusters) {
                    for (let i = 0; i < t.meta.clusters.length; i++) {
                        const member = t.meta.clusters[i].find((m) => wanted.includes(m[0]));
                        if (!member) continue;
                        const x = L.xaxis.l2p(L.xaxis.d2l(t.x[i])) + L.xaxis._offset + box.left;
                        const y = L.yaxis.l2p(L.yaxis.d2l(t.y[i])) + L.yaxis._offset + box.top;
                        return [member[0], x, y];
                    }
                }
                if (clusters || t.type !== 'scatter' || !t.customdata || t.name === 'selected'
                    || t.visible !== true) continue;
                for (let i = 0; i < t.customdata.length; i++) {
                    const x = L.xaxis.l2p(L.xaxis.d2l(t.x[i])) + L.xaxis._offset + box.left;
                    const y = L.yaxis.l2p(L.yaxis.d2l(t.y[i])) + L.yaxis._offset + box.top;
                    const at = `${Math.round(x / 6)},${Math.round(y / 6)}`;
                    seen.set(at, seen.has(at) ? null : [String(t.customdata[i]), x, y]);
                }
            }
            for (const hit of seen.values()) if (hit && wanted.includes(hit[0])) return hit;
            return null;
        }""", [sorted(wanted), clusters])


def test_browser_upload_files_good_and_bad(page):
    upload = page.locator(".st-key-uploads input[type=file]")
    with rerun(page):
        upload.set_input_files([
            {"name": "extra.txt", "mimeType": "text/plain",
             "buffer": b"date 2025-05-02 China condemned Japan on Thursday."},
            {"name": "broken.json", "mimeType": "application/json", "buffer": b"{oops"},
        ])
    error = page.locator('[data-testid="stAlertContentError"]', has_text="broken.json")
    error.wait_for()
    assert "invalid JSON" in error.inner_text()
    extra = extract_events("China condemned Japan on Thursday.", "2025-05-02", "extra")
    assert set(extra["event_id"]) <= chart_ids(page)
    page.screenshot(path=str(OUTPUT / "dashboard-upload.png"), full_page=True)


def test_browser_article_html_runs_nothing(browser, evil_file):
    events = extract_events(EVIL.split(" ", 2)[2], "2025-04-28", "evil")
    assert len(events), "the payload article should give events to select"
    with streamlit_server(str(evil_file)) as url:
        dialogs: list[str] = []
        page = open_app(browser, url, f"?event={events['event_id'].iloc[0]}")
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.locator("blockquote.tl-sentence").wait_for()
        page.get_by_text("The whole article").click()
        page.locator(".tl-article").wait_for()
        page.mouse.move(10, 10)
        page.locator(".tl-article").hover()
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
        assert "<script>" in page.locator(".tl-article").inner_text()
        assert page.locator(".tl-article script, .tl-article img, .tl-sentence img").count() == 0
        page.screenshot(path=str(OUTPUT / "dashboard-html-payload.png"), full_page=True)
        page.close()
