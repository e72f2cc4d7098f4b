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


def test_app_entry_a_rerun_parses_nothing_again(tmp_path, monkeypatch):
    """The parsed corpus is kept by Streamlit's cache (per documents and settings): a filter
    change reruns the page without running the pipeline on any document."""
    import timeline.dashboard.ui.corpus as corpus

    article = tmp_path / "cached.txt"
    article.write_text(ARTICLE.replace("airport", "harbour"))
    monkeypatch.setattr(sys, "argv", ["app.py", str(article)])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    at.run()  # the rerun the chart asks for once drawn (with the filter widgets)
    shown = [m.value for m in at.markdown if "events shown" in m.value]

    def fail(*args, **kwargs):
        raise AssertionError("the pipeline ran again")

    monkeypatch.setattr(corpus, "_events", fail)
    at.multiselect(key="actor").select(at.multiselect(key="actor").options[0].rsplit(" (", 1)[0])
    at.run()
    assert not at.exception and not at.error, (at.exception, at.error)
    assert [m.value for m in at.markdown if "events shown" in m.value] != shown  # filtered
    at.multiselect(key="actor").set_value([]).run()
    assert [m.value for m in at.markdown if "events shown" in m.value] == shown


def test_app_entry_without_the_sample_opens_empty(tmp_path, monkeypatch):
    """An installed package has no sample article: the page opens with the inputs and a note."""
    import timeline.dashboard.app as page

    monkeypatch.setattr(page, "SAMPLE", tmp_path / "missing.txt")
    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception and not at.error
    assert not [c for c in at.checkbox if c.key == "use_base"]  # nothing to include
    assert any("No events found" in i.value for i in at.info)
