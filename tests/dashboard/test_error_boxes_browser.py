"""Issue 15 in a real browser: a file name or a JSON value shown in an error box is text. A
Markdown image there used to make the browser fetch an outside URL; now nothing is fetched and
the words are shown as they are."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.dashboard.browser import BROWSER_TESTS, launch, open_app, streamlit_server

pytestmark = BROWSER_TESTS


class _Beacon(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        _Beacon.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def beacon():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Beacon)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Beacon.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_browser_error_box_shows_markdown_from_a_file_as_text(tmp_path, beacon):
    from playwright.sync_api import sync_playwright

    image = f"![x]({beacon}/beacon.png)"
    link = f"[click]({beacon}/link)"
    bad = tmp_path / "dated.json"
    bad.write_text(json.dumps({"text": "Rebels left.", "date": f"{image} {link} **bold**"}))
    good = tmp_path / "good.txt"
    good.write_text("date 2025-04-28 Rebels seized the airport on Saturday.")
    with streamlit_server(str(bad), str(good)) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = open_app(browser, url)
        box = page.locator('[data-testid="stAlertContentError"]', has_text="dated.json")
        box.wait_for()
        assert image in box.inner_text() and link in box.inner_text() and "**bold**" in box.inner_text()
        assert box.locator("img, a, strong").count() == 0
        page.wait_for_load_state("networkidle")
        page.close()
        browser.close()
    assert _Beacon.hits == []
