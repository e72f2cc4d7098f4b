"""Dashboard speed in headless Chromium: page open to first chart drawn, and an actor filter
change redrawn, with 10,000 and 100,000 synthetic events (targets: 2 s and 0.5 s at 10,000).

    python benchmarks/bench_dashboard.py [--sizes 10000 100000] [--repeat 3]

The events are generated (``tests.dashboard.synthetic``) and opened with
``app.py -- --events FILE.parquet``, so the numbers measure the dashboard, not the parser.
"First chart drawn" is the moment the page's Plotly element holds the figure's data, in a new
browser profile each time ("open") and in a browser that opened the page before ("warm"); "complete"
when its range slider is drawn too (the chart adds it just after the first paint). "Filter
redrawn" runs from the user's click on an actor in the real multiselect (the pointerdown event in
the page) to the chart holding exactly that actor's events; "from the call" also counts
Playwright's own checks before it clicks. Also printed: the server-side share (building the
figure).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import plotly.io as pio

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.dashboard.browser import (  # noqa: E402
    IDLE,
    SETTLED,
    chromium_path,
    launch,
    streamlit_server,
)
from tests.dashboard.synthetic import synthetic_events  # noqa: E402
from timeline.dashboard.chart import figure_spec  # noqa: E402
from timeline.dashboard.density import build_density_figure, density  # noqa: E402
from timeline.dashboard.filters import Filters, actor_counts, apply_filters  # noqa: E402
from timeline.dashboard.ui.views import AUTO_DENSITY, drawn_rows  # noqa: E402
from timeline.export import write  # noqa: E402

ACTOR = "North Korea"
# true once the chart holds n marks: customdata entries, or the events counted in a heatmap
DRAWN = """(n) => {
    const frame = document.querySelector('.st-key-chart iframe');
    const el = (frame && frame.contentDocument)
        ? frame.contentDocument.querySelector('.js-plotly-plot')
        : document.querySelector('.st-key-chart .js-plotly-plot');  // the st.plotly_chart baseline
    if (!el || !el._fullData || !el._fullLayout) return false;
    let count = 0;
    for (const t of el._fullData) {
        if (t.customdata) count += t.customdata.length;
        if (t.type === 'heatmap') for (const row of t.z) for (const v of row) count += v || 0;
    }
    return n === null ? count > 0 : count === n;
}"""


def server_side(frame) -> dict[str, float]:
    """Seconds for filtering, and for building the figure and its JSON, in this process."""
    t0 = time.perf_counter()
    apply_filters(frame, Filters(actors=(ACTOR,)))
    t1 = time.perf_counter()
    text = pio.to_json(chart_of(frame), validate=False)
    t2 = time.perf_counter()
    return {"filter": t1 - t0, "figure": t2 - t1, "json MB": len(text) / 1e6}


def chart_of(frame, only: tuple[str, ...] = ()) -> dict:
    """The figure the dashboard draws by default (counts per period past AUTO_DENSITY marks)."""
    if drawn_rows(frame, "actor", only) > AUTO_DENSITY:
        return build_density_figure(density(frame, "actor", only=only), "actor").to_plotly_json()
    return figure_spec(frame, "actor", only=only)


def marks(frame, only: tuple[str, ...] = ()) -> int:
    """What DRAWN counts on the page for the chart of ``frame`` (``only`` those lanes)."""
    data = chart_of(frame, only)["data"]
    if data and data[0]["type"] == "heatmap":
        return int(density(frame, "actor", only=only)["count"].sum())
    return sum(len(t["customdata"]) for t in data if t.get("customdata") is not None)


# Pages that show what the machine allows: Streamlit alone, then a two-point chart drawn by
# st.plotly_chart (all of plotly.js) and by the dashboard's own chart component.
BASELINES = {
    "Streamlit, text only": """import streamlit as st
st.markdown("baseline page")
""",
    "st.plotly_chart, 2 points": """import plotly.graph_objects as go
import streamlit as st
st.markdown("baseline page")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2], y=[1, 2], customdata=["a", "b"])), key="chart")
""",
    "chart component, 2 points": """import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st
from timeline.dashboard.ui.chart_view import chart_view
st.markdown("baseline page")
chart_view(pio.to_json(go.Figure(go.Scatter(x=[1, 2], y=[1, 2], customdata=["a", "b"]))), "v", {}, "2 points")
""",
}
TEXT = "() => document.body.innerText.includes('baseline page')"
# milliseconds the component's Plotly.react took for the figure on screen
DRAW_MS = """() => {
    const frame = document.querySelector('.st-key-chart iframe');
    const el = frame && frame.contentDocument && frame.contentDocument.querySelector('#chart');
    return el ? Number(el.dataset.drawMs) : null;
}"""


# true once the chart on screen has its range slider (or needs none)
COMPLETE = """() => {
    const frame = document.querySelector('.st-key-chart iframe');
    const el = frame && frame.contentDocument && frame.contentDocument.querySelector('#chart');
    return !!el && !!el.dataset.view && el.dataset.complete === el.dataset.view;
}"""
# the time of the user's next pointerdown anywhere in the page (Date.now(), the system clock)
CLICK_CLOCK = """() => { window.__down = null; document.addEventListener('pointerdown',
    () => { window.__down = window.__down || Date.now(); }, {capture: true}); }"""


def baselines(browser, folder: str, repeat: int) -> dict[str, list[float]]:
    """Page open to text shown or chart drawn, for each of ``BASELINES``."""
    out = {}
    for name, code in BASELINES.items():
        app = Path(folder) / f"baseline_{len(out)}.py"
        app.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n" + code)
        times = []
        with streamlit_server(app=app) as url:
            for _ in range(repeat):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                start = time.perf_counter()
                page.goto(url + "/")
                if "chart" in code:
                    page.wait_for_function(DRAWN, arg=2, timeout=180_000, polling="raf")
                else:
                    page.wait_for_function(TEXT, timeout=180_000, polling="raf")
                times.append(time.perf_counter() - start)
                page.close()
        out[name] = times
    out["Streamlit multiselect -> text (filter)"] = multiselect_baseline(browser, folder, repeat)
    return out


# The least a filter can take in Streamlit here: a page with one multiselect and a line of text
# that repeats the choice; timed like the dashboard's filter, from the click to the new text.
MULTISELECT_PAGE = """import streamlit as st
chosen = st.multiselect("Actors", ["Russia", "North Korea", "Ukraine"], key="actor")
st.markdown("chosen: " + ", ".join(chosen))
"""


def actor_option(page, label: str):
    """Open the actor multiselect, type the actor, and return its option, ready to click; the
    page's click clock is set, so the next pointerdown is timed."""
    box = page.locator(".st-key-actor input")
    box.click()
    box.fill(ACTOR)
    option = page.get_by_role("option", name=label).first
    option.wait_for()
    page.evaluate(CLICK_CLOCK)
    return option


def multiselect_baseline(browser, folder: str, repeat: int) -> list[float]:
    app = Path(folder) / "baseline_multiselect.py"
    app.write_text(MULTISELECT_PAGE)
    times = []
    with streamlit_server(app=app) as url:
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url + "/")
            page.wait_for_selector(IDLE, timeout=180_000)
            actor_option(page, ACTOR).click()
            page.wait_for_function(f"() => document.body.innerText.includes('chosen: {ACTOR}')",
                                   timeout=180_000, polling="raf")
            times.append(time.time() - page.evaluate("window.__down") / 1000)
            page.close()
    return times


def measure(browser, url: str, frame, repeat: int) -> dict[str, list[float]]:
    shown = apply_filters(frame, Filters(actors=(ACTOR,)))
    want = marks(shown, (ACTOR,))
    label = f"{ACTOR} ({actor_counts(frame)[ACTOR]})"
    out: dict[str, list[float]] = {"open": [], "complete": [], "filter": [], "filter call": [],
                                   "draw": []}
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        start = time.perf_counter()
        page.goto(url + "/")
        page.wait_for_function(DRAWN, arg=None, timeout=180_000, polling="raf")
        out["open"].append(time.perf_counter() - start)
        page.wait_for_function(COMPLETE, timeout=180_000, polling="raf")
        out["complete"].append(time.perf_counter() - start)
        page.wait_for_function(SETTLED, timeout=180_000)  # the table, added after the chart
        page.wait_for_selector(IDLE, timeout=180_000)
        option = actor_option(page, label)
        start = time.perf_counter()
        option.click()
        page.wait_for_function(DRAWN, arg=want, timeout=180_000, polling="raf")
        drawn_at = time.time()
        out["filter call"].append(time.perf_counter() - start)
        out["filter"].append(drawn_at - page.evaluate("window.__down") / 1000)
        out["draw"].append((page.evaluate(DRAW_MS) or 0) / 1000)
        page.close()
    # a browser that has opened the dashboard before: its cache holds Streamlit and plotly.js
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    out["warm"] = []
    for n in range(repeat + 1):
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url + "/")
        page.wait_for_function(DRAWN, arg=None, timeout=180_000, polling="raf")
        if n:  # the first visit fills the cache
            out["warm"].append(time.perf_counter() - start)
        page.wait_for_function(SETTLED, timeout=180_000)
        page.wait_for_selector(IDLE, timeout=180_000)
        page.close()
    context.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if chromium_path() is None:
        print("chromium is not installed (apt-get install chromium)")
        return 1
    from playwright.sync_api import sync_playwright

    (ROOT / "test-output").mkdir(exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = launch(playwright)
        base = baselines(browser, folder, args.repeat)
        for size in args.sizes:
            frame, _ = synthetic_events(size, seed=1)
            path = Path(folder) / f"events-{size}.parquet"
            write(frame, "parquet", path)
            side = server_side(frame)
            with streamlit_server("--events", str(path), timeout=120) as url:
                times = measure(browser, url, frame, args.repeat)
            shown = apply_filters(frame, Filters(actors=(ACTOR,)))
            mode = "/".join("counts" if drawn_rows(f, "actor", only) > AUTO_DENSITY else "events"
                            for f, only in ((frame, ()), (shown, (ACTOR,))))
            rows.append((size, mode, times, side))
        browser.close()
    load = os.getloadavg()[0]
    print(f"\nheadless Chromium, {os.cpu_count()} CPUs, load average {load:.1f}; "
          f"first: the first open after the server started; seconds")
    header = (f"{'events':>8} {'drawn':>13} {'open first':>10} {'open med':>9} {'warm med':>8} "
              f"{'complete med':>12} "
              f"{'filter first':>12} {'filter med':>10} {'from call':>9} {'of it, draw':>11} "
              f"{'server fig':>10} {'fig MB':>7}")
    print(header)
    print("-" * len(header))
    for size, mode, times, side in rows:
        print(f"{size:>8,} {mode:>13} {times['open'][0]:>10.2f} {statistics.median(times['open']):>9.2f} "
              f"{statistics.median(times['warm']):>8.2f} {statistics.median(times['complete']):>12.2f} "
              f"{times['filter'][0]:>12.2f} {statistics.median(times['filter']):>10.2f} "
              f"{statistics.median(times['filter call']):>9.2f} "
              f"{statistics.median(times['draw']):>11.2f} {side['figure']:>10.2f} {side['json MB']:>7.1f}")
    for name, times in base.items():
        print(f"{'baseline':>8} {name:>27} {times[0]:>5.2f} first, {statistics.median(times):.2f} median")
    print("drawn: what the chart shows unfiltered / filtered to one actor (counts per period "
          f"past {AUTO_DENSITY:,} marks); open: a new browser profile each time; warm: a browser that "
          "opened the page before (cached); complete: with the range slider, added after the first paint; "
          "filter: from the click in the page, from call: from Playwright's click call; of it, draw: "
          "Plotly.react of the filtered figure in the browser (before its slider); server fig: "
          "seconds to build the unfiltered figure")
    print("targets at 10,000 events: chart drawn <= 2 s after opening, filter redrawn <= 0.5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
