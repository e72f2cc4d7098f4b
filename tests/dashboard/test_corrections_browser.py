"""Corrections in Debian's Chromium (issue 14, items 5-7): the selected event's panel is beside
the chart in the first screen; a correction made in it is saved beside the articles, survives a
reload (a new session reads the file again), appears in the CSV and TimelineJS exports, and undo
restores the extraction; an upload without an article date gets a date field. Screenshots at
1440x900 go to test-output/.
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
    rerun,
    streamlit_server,
)
from timeline import events_table, load_documents
from timeline.corrections import SIDECAR, read_log

pytestmark = BROWSER_TESTS
OUTPUT = ROOT / "test-output"
SCREEN = {"width": 1440, "height": 900}
ARTICLES = {
    "raids.txt": "date 2025-03-10\nRussian troops shelled Kharkiv on Monday, the regional governor said. "
                 "Ukraine said on Tuesday that it had shot down 12 drones over Kyiv.\n",
    "talks.txt": "date 2025-03-12\nThe European Union will meet in Brussels next week to discuss new "
                 "sanctions. Germany announced on Wednesday a new aid package for Ukraine.\n",
    "floods.txt": "date 2024-11-02\nFloods hit Valencia on Tuesday, killing dozens of people. Spain "
                  "declared a state of emergency on Thursday.\n",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def extracted(folder):
    paths = sorted(str(folder / name) for name in ARTICLES)
    return events_table(load_documents(paths).documents), paths


def _open(browser, url: str, query: str = ""):
    page = open_app(browser, url, query)
    page.set_viewport_size(SCREEN)
    return page


def _download(page, key: str) -> str:
    page.wait_for_selector(IDLE)
    with page.expect_download() as started:
        page.locator(f".st-key-{key} button").first.click()
    return started.value.path().read_text()


def _exported(page, event_id: str) -> tuple[dict, dict]:
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(_download(page, "download_csv")))}
    timeline = json.loads(_download(page, "download_timelinejs"))
    return rows[event_id], {e["unique_id"]: e for e in timeline["events"]}[event_id]


def _panel_beside_chart(page) -> dict:
    chart_ids(page)  # the chart is drawn, and with the event selected still on screen (its div
    # once collapsed to 0 px when the figure with the selection replaced the first one)
    page.wait_for_function(f"() => ({PLOT})('chart').el.offsetHeight > 100")
    panel = page.locator(".st-key-detail_panel")
    panel.wait_for()
    # its style (st.html in the panel) takes effect a moment after the panel is on the page: it
    # comes with the run that adds the table, after the chart was drawn
    page.wait_for_function("() => getComputedStyle(document.querySelector('.st-key-detail_panel'))"
                           ".position === 'fixed'")
    box, chart = panel.bounding_box(), page.locator(".st-key-chart").bounding_box()
    sentence = panel.locator("blockquote.tl-sentence").bounding_box()
    assert box["y"] < SCREEN["height"] and sentence["y"] + sentence["height"] < SCREEN["height"]
    assert box["x"] >= chart["x"] + chart["width"] - 1, (box, chart)  # beside, not covering it
    assert box["y"] < chart["y"] + chart["height"] and chart["y"] < box["y"] + box["height"]
    return box


def test_browser_correction_is_saved_survives_reload_is_exported_and_undone(browser, folder, extracted):
    frame, paths = extracted
    row = frame[frame["summary"].str.contains("shelled")].iloc[0]
    event_id = row["event_id"]
    assert row["date"] != "2025-03-08" and row["status"] != "denied"
    with streamlit_server(*paths) as url:
        page = _open(browser, url, f"?event={event_id}")
        _panel_beside_chart(page)
        page.screenshot(path=str(OUTPUT / "corrections-panel.png"))
        page.locator('[class*="st-key-edit_date_"] input').fill("2025-03-08")
        status = page.locator('[class*="st-key-edit_status_"] input')
        status.click()
        status.fill("denied")  # the list shows the options matching what is typed
        page.get_by_role("option", name="denied").click()
        with rerun(page):
            page.locator('[class*="st-key-edit_save_"] button').click()
        page.wait_for_selector(IDLE)
        log = read_log(folder / SIDECAR)
        assert log.problems == () and [(c.field, c.new) for c in log.corrections] == [
            ("date", "2025-03-08"), ("status", "denied")]
        page.close()

        page = _open(browser, url, f"?event={event_id}")  # a new session: read from the file
        assert page.locator(".st-key-detail_panel").inner_text().count("edited: date, status") == 1
        assert event_id in chart_ids(page)
        csv_row, tl_event = _exported(page, event_id)
        assert (csv_row["date"], csv_row["status"], csv_row["edited"]) == ("2025-03-08", "denied", "date, status")
        assert tl_event["start_date"] == {"year": 2025, "month": 3, "day": 8}
        page.screenshot(path=str(OUTPUT / "corrections-after-reload.png"))

        page.get_by_role("tab", name="Undo (2)").click()
        with rerun(page):
            page.locator(".st-key-undo_last_panel button").click()
        page.wait_for_selector(IDLE)
        page.get_by_role("tab", name="Undo (1)").click()
        with rerun(page):
            page.locator(".st-key-detail_panel [class*='st-key-undo_panel_'] button").first.click()
        page.wait_for_selector(IDLE)
        csv_row, tl_event = _exported(page, event_id)
        assert (csv_row["date"], csv_row["status"], csv_row["edited"]) == (row["date"], row["status"], "")
        assert [c.op for c in read_log(folder / SIDECAR).corrections] == ["set", "set", "undo", "undo"]
        page.close()


def test_browser_hide_and_add_from_the_panel(browser, folder, extracted, tmp_path):
    frame, paths = extracted
    row = frame[frame["summary"].str.contains("Floods")].iloc[0]
    with streamlit_server(*paths, "--corrections", str(tmp_path / "mine.jsonl")) as url:
        page = _open(browser, url, f"?event={row['event_id']}")
        page.get_by_role("tab", name="Add an event").click()
        page.locator('[class*="st-key-add_summary_panel"] input').fill("Rescue teams reached Paiporta")
        page.locator('[class*="st-key-add_date_panel"] input').fill("2024-11-01")
        with rerun(page):
            page.locator('[class*="st-key-add_save_panel"] button').click()
        page.wait_for_selector(IDLE)
        page.get_by_role("tab", name="Hide or merge").click()
        with rerun(page):
            page.get_by_role("button", name="Hide this event").click()
        page.wait_for_selector(IDLE)
        added = f"{row['doc_id']}-u1"
        for _ in range(150):  # the component redraws after the script run ends: wait up to ~30 s
            ids = chart_ids(page)
            if added in ids and row["event_id"] not in ids:
                break
            page.wait_for_timeout(200)
        assert added in ids and row["event_id"] not in ids
        assert [c.op for c in read_log(tmp_path / "mine.jsonl").corrections] == ["add", "hide"]
        assert not (folder / "mine.jsonl").exists()
        page.close()


def test_browser_upload_without_a_date_gets_a_date_field(browser, folder):
    text = b"Troops crossed the river on Saturday. Officials said on Monday that talks would resume.\n"
    with streamlit_server(str(folder / "floods.txt")) as url:
        page = _open(browser, url)
        with rerun(page):
            page.locator(".st-key-uploads input[type=file]").set_input_files(
                [{"name": "notes.txt", "mimeType": "text/plain", "buffer": text}])
        page.wait_for_selector(IDLE)
        page.get_by_text("without a resolvable date are in the table only").click()
        assert page.get_by_text("notes.txt", exact=True).count() >= 1  # the undated events' file
        year = page.get_by_role("spinbutton", name="year, Article date of notes.txt")
        year.wait_for()
        with rerun(page):
            year.click()
            page.keyboard.type("20250428")  # year, month, day: the field moves on by itself
            page.get_by_text("Article date of notes.txt").click()  # leaving the field sets it
        page.wait_for_selector(IDLE)
        assert page.get_by_text("without a resolvable date").count() == 0
        page.screenshot(path=str(OUTPUT / "corrections-upload-date.png"), full_page=True)
        page.close()


def test_browser_panel_on_many_articles(browser, tmp_path):
    """The panel over a corpus of several stories at once (screenshot looked at by hand)."""
    articles = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    if len(articles) < 5:
        pytest.skip("the events corpus is missing")
    frame = events_table(load_documents([str(p) for p in articles]).documents)
    shown = frame[frame["minor"] == 0].dropna(subset=["start"]).sort_values("start")  # the panel's events
    event_id = shown.iloc[len(shown) // 2]["event_id"]
    with streamlit_server(*map(str, articles), "--corrections", str(tmp_path / "c.jsonl")) as url:
        page = _open(browser, url, f"?event={event_id}")
        _panel_beside_chart(page)
        page.screenshot(path=str(OUTPUT / "corrections-panel-many.png"))
        page.close()
