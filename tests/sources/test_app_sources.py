"""The dashboard over a saved web page: the event detail shows the article date with where it
came from and a link to the page's URL (Streamlit's AppTest, no browser)."""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import ROOT
from timeline.dashboard.selection import Selection
from timeline.dashboard.state import SELECTION, UPLOADS, USE_BASE

PAGE = b"""<html><head><title>Dam opens | River Post</title>
<link rel="canonical" href="https://river.example/dam-opens?from=home&amp;x=1">
<meta property="article:published_time" content="2021-05-04T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Dam opens</h1>
<p>The largest dam in the region opened on Tuesday after ten years of building work.</p>
<p>Engineers said the reservoir would take two years to fill completely.</p></article>
<footer>All rights reserved</footer></body></html>"""


@pytest.fixture(autouse=True)
def no_cli_args(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py"])


def test_app_detail_of_an_uploaded_page_links_to_it():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    at.checkbox(key=USE_BASE).uncheck()
    at.file_uploader(key=UPLOADS).set_value([("dam.html", PAGE, "text/html")]).run()
    assert not at.exception, at.exception
    details = []
    for event_id in ("dam-e001", "dam-e002", "dam-e003"):  # the first event shown (a hidden one has no detail)
        at.session_state[SELECTION] = Selection(event=event_id)  # as a click in the table does
        at.run()
        assert not at.exception, at.exception
        details = [h.value for h in at.get("html") if "tl-sentence" in h.value]
        if details:
            break
    detail = details[0]
    assert "2021-05-04 (from the article's metadata)" in detail
    assert ('<a href="https://river.example/dam-opens?from=home&amp;x=1" target="_blank" '
            'rel="noopener noreferrer">river.example</a>') in detail
    assert "Home | World" not in detail
