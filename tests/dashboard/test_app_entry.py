"""The dashboard page lives in the package (``timeline/dashboard/app.py``, what ``timeline app``
runs); the checkout's ``app.py`` is a thin entry to the same page."""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import ROOT

TIMEOUT = 60
ARTICLE = "date 2025-04-28\nRebels seized the airport on Saturday. Russia said its troops left.\n"


@pytest.mark.parametrize("script", ["timeline/dashboard/app.py", "app.py"])
def test_app_entry_both_scripts_draw_the_same_page(tmp_path, monkeypatch, script):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    monkeypatch.setattr(sys, "argv", [script, str(article)])
    at = AppTest.from_file(str(ROOT / script), default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    # the first element is the title: no stray string of the module printed by Streamlit's magic
    assert at.main[0].type == "title" and at.main[0].value == "Timeline"
    assert any("events shown · 1 articles" in m.value for m in at.markdown)


def test_app_entry_checkout_script_is_thin():
    code = [line for line in (ROOT / "app.py").read_text().splitlines()
            if line.strip() and not line.startswith(("#", '"""'))]
    assert "main()" in code and len(code) <= 6, code
