"""Save docs/screenshot.png: the dashboard on the sample, one event selected; with ``--many``,
docs/screenshot-many.png: the first view of the repository's 46 articles at once (the 14 of
tests/corpus/articles and the 32 of tests/gold/news/articles) in a 1440x900 window; with
``--panel``, docs/screenshot-panel.png: the same with one event's detail panel open beside the
chart. Run from the root.

    python docs/make_screenshot.py [--many | --panel]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.dashboard.browser import IDLE, PLOT, RUN_COUNTER, SETTLED, launch, streamlit_server  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    from timeline import events_frame, load_documents, process_all

    frame = events_frame(process_all(load_documents([ROOT / "data" / "kursk-2025-04-28.txt"]).documents))
    event = frame[frame["date_text"] != ""].iloc[-1]["event_id"]
    (ROOT / "test-output").mkdir(exist_ok=True)
    with streamlit_server() as url, sync_playwright() as playwright:
        browser = launch(playwright)
        # opened at its size: the page is not resized after the chart is drawn
        page = browser.new_page(viewport={"width": 1500, "height": 2500})
        page.add_init_script(RUN_COUNTER)
        page.goto(f"{url}/?event={event}")
        page.wait_for_selector(IDLE, timeout=60_000)
        page.wait_for_function(SETTLED, timeout=60_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.locator("blockquote.tl-sentence").wait_for()
        # drawn and complete (with its range slider, when it has one: added after the first paint)
        page.wait_for_function(f"() => {{ const f = ({PLOT})('chart'); return !!(f && f.el._fullLayout"
                               f" && f.el.dataset.complete && f.el.dataset.complete === f.el.dataset.view); }}")
        page.locator(".st-key-table canvas").first.wait_for()  # the table paints a moment later
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
        browser.close()


def many(panel: bool = False) -> None:
    """The first view of 46 articles of different stories and years, as a reader opens it (with
    ``panel``, the window with an event of the middle of the timeline selected)."""
    from playwright.sync_api import sync_playwright

    articles = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "gold" / "news" / "articles").glob("*.txt"))
    (ROOT / "test-output").mkdir(exist_ok=True)
    with streamlit_server(*map(str, articles), timeout=120) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.add_init_script(RUN_COUNTER)
        query = ""
        if panel:
            from timeline import events_frame, load_documents, process_all

            frame = events_frame(process_all(load_documents(articles).documents)).dropna(subset=["start"])
            query = "?event=" + frame.sort_values("start").iloc[len(frame) // 2]["event_id"]
        page.goto(url + "/" + query)
        page.wait_for_selector(IDLE, timeout=180_000)
        page.wait_for_function(SETTLED, timeout=180_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.wait_for_function(f"() => {{ const f = ({PLOT})('chart'); return !!(f && f.el._fullLayout"
                               f" && f.el.dataset.complete && f.el.dataset.complete === f.el.dataset.view); }}")
        page.wait_for_timeout(1000)
        if panel:  # the whole window, the panel beside the chart
            page.screenshot(path=str(ROOT / "docs" / "screenshot-panel.png"))
            browser.close()
            return
        # the chart's first screen: from its legend down, as far as a 1440x900 window shows
        box = page.locator(".st-key-chart").bounding_box()
        page.screenshot(path=str(ROOT / "docs" / "screenshot-many.png"), full_page=True,
                        clip={"x": box["x"] - 10, "y": box["y"] - 10, "width": box["width"] + 20, "height": 900})
        browser.close()


if __name__ == "__main__":
    if "--many" in sys.argv[1:] or "--panel" in sys.argv[1:]:
        many(panel="--panel" in sys.argv[1:])
    else:
        main()
