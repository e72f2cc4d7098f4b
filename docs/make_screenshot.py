"""Save docs/screenshot.png: the dashboard on the sample, one event selected (run from the root).

    python docs/make_screenshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.dashboard.browser import PLOT, launch, open_app, streamlit_server  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    from timeline import events_frame, load_documents, process_all

    frame = events_frame(process_all(load_documents([ROOT / "data" / "kursk-2025-04-28.txt"]).documents))
    event = frame[frame["date_text"] != ""].iloc[-1]["event_id"]
    (ROOT / "test-output").mkdir(exist_ok=True)
    with streamlit_server() as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = open_app(browser, url, f"?event={event}")
        page.set_viewport_size({"width": 1500, "height": 2500})
        page.locator("blockquote.tl-sentence").wait_for()
        # drawn and complete (with its range slider, when it has one: added after the first paint)
        page.wait_for_function(f"() => {{ const f = ({PLOT})('chart'); return !!(f && f.el._fullLayout"
                               f" && f.el.dataset.complete && f.el.dataset.complete === f.el.dataset.view); }}")
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
        browser.close()


if __name__ == "__main__":
    main()
