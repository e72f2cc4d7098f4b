"""Driving the dashboard in Debian's Chromium: start ``streamlit run``, wait on Streamlit's own
run state (never on fixed sleeps), read the Plotly figure from the page.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Counts the script runs the page has seen finish: window.__runs goes up by one each time the
# app's script state attribute turns to notRunning.
RUN_COUNTER = """
window.__runs = 0;
const watch = () => {
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.target.getAttribute('data-test-script-state') === 'notRunning') window.__runs += 1;
    }
  }).observe(document, {subtree: true, attributes: true,
                        attributeFilter: ['data-test-script-state']});
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
else watch();
"""
IDLE = ('[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
        '[data-test-script-state="notRunning"]')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


# The marks of every browser test module: ``pytestmark = BROWSER_TESTS``, in a module named
# ``*_browser.py``. Under pytest-xdist (``make test``: ``-n auto``) those modules run on one worker,
# one after the other, as in a serial run: one Chromium and one server at a time, beside the other
# worker's unit tests (tests/conftest.py's scheduler; the xdist_group mark says the same to an
# xdist that reads it, and tests/structure/test_browser_modules.py checks the names).
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is not installed "
                       "(make test installs it)"),
]


@contextmanager
def streamlit_server(*app_args: str, timeout: float = 60, app: Path = APP):
    """``streamlit run app.py -- app_args`` on a free port; yields the URL; stops it after."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    if app_args:
        command += ["--", *app_args]
    (ROOT / "test-output").mkdir(exist_ok=True)  # whichever test of a worker comes first
    log = open(ROOT / "test-output" / f"streamlit-{port}.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start; see {log.name}")
            time.sleep(0.1)  # polling the health endpoint, not waiting on the page
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                      args=CHROMIUM_ARGS)


# The page is whole: the table follows the chart (the chart reruns the app once it is drawn).
SETTLED = """() => !document.querySelector('.st-key-chart') || !!document.querySelector('.st-key-table')"""


def open_app(browser, url: str, query: str = "", timeout: float = 60_000, viewport: dict | None = None):
    """A new page on the app (``viewport``: its size, 1400x1000 by default), returned once it is
    whole and no script run is going on."""
    page = browser.new_page(viewport=viewport or {"width": 1400, "height": 1000})
    page.add_init_script(RUN_COUNTER)
    page.goto(url + "/" + query)
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_function("window.__runs >= 1", timeout=timeout)
    page.wait_for_function(SETTLED, timeout=timeout)
    page.wait_for_selector(IDLE, timeout=timeout)
    return page


@contextmanager
def rerun(page, timeout: float = 60_000):
    """Wrap an action that makes the app run again; return once that run has finished."""
    before = page.evaluate("window.__runs")
    yield
    page.wait_for_function(f"window.__runs > {before}", timeout=timeout)
    page.wait_for_selector(IDLE, timeout=timeout)


# The Plotly element of the chart component (inside its iframe) and the iframe's box, in page JS.
PLOT = """(key) => {
    const frame = document.querySelector(`.st-key-${key} iframe`);
    const doc = frame && frame.contentDocument;
    const el = doc && doc.querySelector('.js-plotly-plot');
    return el ? {el, box: frame.getBoundingClientRect()} : null;
}"""

_CHART_IDS = f"""(key) => {{
    const found = ({PLOT})(key);
    const el = found && found.el;
    if (!el || !el.data) return null;
    const ids = new Set();
    for (const trace of el.data) for (const id of (trace.customdata || [])) ids.add(String(id));
    return [...ids].sort();
}}"""


def chart_ids(page, expected: set[str] | None = None, key: str = "chart",
              timeout: float = 60_000) -> set[str]:
    """The event ids in the Plotly figure on the page (``customdata`` of every trace).

    Plotly draws after the script run ends; this waits until a figure is there, and with
    ``expected`` until it holds those ids (or the timeout: then the caller's assert shows the diff).
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.wait_for_function(f"({_CHART_IDS})('{key}') !== null", timeout=timeout)
    if expected is not None:
        want = json.dumps(sorted(expected), separators=(",", ":"))
        try:
            page.wait_for_function(f"JSON.stringify(({_CHART_IDS})('{key}')) === {want!r}",
                                   timeout=timeout)
        except PlaywrightTimeout:
            pass
    return set(page.evaluate(_CHART_IDS, key))


def pick_option(page, widget_key: str, option_text: str) -> None:
    """Choose an option of a multiselect by typing into it, as a user would."""
    box = page.locator(f".st-key-{widget_key} input")
    box.click()
    box.fill(option_text)
    page.get_by_role("option", name=option_text).first.click()
    page.keyboard.press("Escape")
