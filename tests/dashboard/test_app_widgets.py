"""The dashboard's widget logic through Streamlit's AppTest (no browser): filters, URL state,
uploads with bad files among good ones, pasting, selection by URL, empty results."""

from __future__ import annotations

import json
import re
import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import ROOT
from timeline.dashboard.filters import Filters, apply_filters
from timeline.dashboard.state import AFFILIATED, CLEAR_FILTERS, FILTER_KEYS

TIMEOUT = 60  # the first run imports the pipeline and parses the sample


@pytest.fixture(autouse=True)
def no_cli_args(monkeypatch):
    """app.py reads sys.argv (``streamlit run app.py -- PATH``); under pytest it holds pytest's."""
    monkeypatch.setattr(sys, "argv", ["app.py"])


def app(whole: bool = True, **query) -> AppTest:
    """The app opened with ``query`` in its URL; ``whole``: after the rerun the chart asks for once
    drawn (the first run draws the chart alone, see ``ui.controls.chart_first``)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    if whole:
        chart_drawn(at)
        assert not at.exception, at.exception
    return at


def chart_drawn(at: AppTest) -> AppTest:
    """The rerun the chart component asks for once its first figure is on screen (AppTest has no
    browser to draw it)."""
    return at.run()


def shown_count(at: AppTest) -> tuple[int, int]:
    text = next(m.value for m in at.markdown if "events shown" in m.value)
    shown, total = re.match(r"\*\*([\d,]+)\*\* of ([\d,]+) events", text).groups()
    return int(shown.replace(",", "")), int(total.replace(",", ""))


def test_app_opens_on_the_sample(sample_frame):
    at = app()
    assert shown_count(at) == (len(sample_frame), len(sample_frame))
    assert not at.error
    labels = at.multiselect(key="actor").options
    assert any(label.startswith("North Korea (") for label in labels)  # actors with counts


def test_app_actor_filter_shows_exactly_that_actors_events_and_writes_the_url(sample_frame):
    at = app()
    at.multiselect(key="actor").select("North Korea").run()
    expected = apply_filters(sample_frame, Filters(actors=("North Korea",)))
    assert shown_count(at) == (len(expected), len(sample_frame))
    assert at.query_params["actor"] == "North Korea"
    at.multiselect(key="actor").select("Ukraine").run()
    any_of = apply_filters(sample_frame, Filters(actors=("North Korea", "Ukraine")))
    assert shown_count(at)[0] == len(any_of)
    at.radio(key="match").set_value("all").run()
    all_of = apply_filters(sample_frame, Filters(actors=("North Korea", "Ukraine"), match_all=True))
    assert shown_count(at)[0] == len(all_of)
    assert at.query_params["match"] == "all"


def test_app_url_opens_the_filtered_view(sample_frame):
    at = app(actor=["North Korea", "Russia"], match="all", lanes="type", q="troops")
    assert at.multiselect(key="actor").value == ["North Korea", "Russia"]
    assert at.radio(key="lanes").value == "type"
    assert at.text_input(key="q").value == "troops"
    expected = apply_filters(sample_frame, Filters(actors=("North Korea", "Russia"), match_all=True,
                                                   text="troops"))
    assert shown_count(at)[0] == len(expected)


def test_app_url_with_unknown_values_still_opens(sample_frame):
    at = app(actor=["Atlantis"], status="bogus", **{"from": "2025-13-45"}, lanes="weird")
    assert shown_count(at) == (len(sample_frame), len(sample_frame))
    assert at.multiselect(key="actor").value == []


def test_app_other_filters(sample_frame):
    at = app()
    at.multiselect(key="status").select("denied").run()
    expected = apply_filters(sample_frame, Filters(statuses=("denied",)))
    assert shown_count(at)[0] == len(expected)
    at.button(key="clear_filters").click().run()
    assert shown_count(at)[0] == len(sample_frame)
    at.text_input(key="q").input("no such words anywhere").run()
    assert any("No event matches" in i.value for i in at.info)


def test_app_uploads_load_good_files_and_name_the_bad_ones(sample_frame):
    at = app()
    at.file_uploader(key="uploads").set_value([
        ("extra.txt", b"date 2025-05-02 Rebels seized the airport on Thursday.", "text/plain"),
        ("broken.json", b"{not json", "application/json"),
        ("bad-date.txt", b"date 2025-02-30 Troops left.", "text/plain"),
        ("more.jsonl", b'{"id": "m1", "date": "2025-01-03", "text": "China condemned Japan on Monday."}\n',
         "application/json"),
    ]).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("broken.json" in e and "invalid JSON" in e for e in errors)
    assert any("bad-date.txt" in e and "not a real date" in e for e in errors)
    shown, total = shown_count(at)
    assert total > len(sample_frame)
    documents = {label.rsplit(" (", 1)[0] for label in at.multiselect(key="doc").options}
    assert {"extra", "m1"} <= documents


def test_app_pasted_article_with_its_date():
    at = app()
    at.checkbox(key="use_base").uncheck()
    at.text_area(key="paste_text").input("Rebels seized the airport on Saturday.")
    at.date_input(key="paste_date").set_value("2025-04-28")
    at.run()
    assert shown_count(at)[0] >= 1
    at.multiselect(key="doc").select("pasted").run()
    assert at.multiselect(key="doc").value == ["pasted"]


def test_app_no_articles_says_so():
    at = app()
    at.checkbox(key="use_base").uncheck().run()
    assert any("No events found" in i.value for i in at.info)


def test_app_event_in_url_shows_its_highlighted_sentence(sample_frame):
    row = sample_frame[sample_frame["date_text"] != ""].iloc[0]
    at = app(event=row["event_id"])
    detail = next(h.value for h in at.get("html") if "tl-sentence" in h.value)
    assert f'<mark class="tl-date" title="time expression">{row["date_text"]}</mark>' in detail
    assert 'class="tl-actor"' in detail
    assert row["resolution"].split(":")[0] in detail
    assert at.query_params["event"] == row["event_id"]


def test_app_event_in_url_is_selected_in_the_chart_first_run(sample_frame):
    from timeline.dashboard import state

    event = sample_frame["event_id"].iloc[-1]
    at = app(whole=False, event=event)
    assert at.session_state[state.SELECTION].event == event  # the figure drawn holds its ring
    assert app(whole=False, event="no-such-event").session_state[state.SELECTION].event is None


def test_app_opens_an_events_file(monkeypatch, tmp_path, sample_frame):
    from timeline.export import write

    path = tmp_path / "events.parquet"
    write(sample_frame, "parquet", path)
    monkeypatch.setattr(sys, "argv", ["app.py", "--events", str(path)])
    at = app(actor="North Korea")
    expected = apply_filters(sample_frame, Filters(actors=("North Korea",)))
    assert shown_count(at) == (len(expected), len(sample_frame))


def test_app_store_mode(monkeypatch, tmp_path, sample_frame):
    store = pytest.importorskip("timeline.store")
    store.extract_store([ROOT / "data"], tmp_path / "store", workers=0, progress=False)
    monkeypatch.setattr(sys, "argv", ["app.py", "--store", str(tmp_path / "store")])
    at = app()
    assert shown_count(at) == (len(sample_frame), len(sample_frame))
    at.multiselect(key="actor").select("North Korea").run()
    expected = apply_filters(sample_frame, Filters(actors=("North Korea",)))
    assert shown_count(at)[0] == len(expected)


def test_app_store_that_cannot_open_says_why(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", ["app.py", "--store", str(tmp_path / "nowhere")])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.error or at.info


def test_app_store_with_a_damaged_file_names_it(monkeypatch, tmp_path):
    store = pytest.importorskip("timeline.store")
    root = tmp_path / "store"
    store.extract_store([ROOT / "data"], root, workers=0, progress=False)
    damaged = sorted((root / "events").rglob("*.parquet"))[0]
    damaged.write_bytes(b"PAR1" + b"\x00" * 64 + b"PAR1")
    monkeypatch.setattr(sys, "argv", ["app.py", "--store", str(root)])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    assert any(damaged.name in e.value for e in at.error), [e.value for e in at.error]


def test_app_merges_reports_of_one_event_from_two_articles(tmp_path, monkeypatch):
    first = tmp_path / "wire-a.txt"
    first.write_text("date 2025-03-17 Russia said on Saturday that its troops had recaptured Sudzha.")
    second = tmp_path / "wire-b.txt"
    second.write_text("date 2025-03-17 Earlier on Saturday, Moscow said it had retaken Sudzha.")
    monkeypatch.setattr(sys, "argv", ["app.py", str(first), str(second)])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    table = chart_drawn(at).dataframe[0].value
    assert shown_count(at) == (1, 1)
    assert table["Sources"].tolist() == [2]


def chart_args(at: AppTest) -> dict:
    """The arguments the app gave the chart component in its last run."""
    found = []

    def walk(node):
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", None) == "component_instance":
                found.append(json.loads(child.proto.json_args))
            walk(child)

    walk(at.main)
    assert len(found) == 1
    return found[0]


def test_app_shows_the_table_once_the_chart_is_drawn(sample_frame):
    """A page opens with the chart alone (Streamlit's table would hold it back); the chart asks
    for the rerun that adds the table, and the table stays from then on."""
    at = app(whole=False)
    assert not at.dataframe
    assert any("appears once the chart is drawn" in c.value for c in at.caption)
    assert chart_args(at)["report_drawn"] is True
    chart_drawn(at)
    assert len(at.dataframe[0].value) == len(sample_frame)
    assert chart_args(at)["report_drawn"] is False
    at.multiselect(key="actor").select("North Korea").run()
    expected = apply_filters(sample_frame, Filters(actors=("North Korea",)))
    assert len(at.dataframe[0].value) == len(expected)


@pytest.mark.parametrize("query, expected", [
    ({}, Filters()),
    ({"actor": ["North Korea", "Russia"], "match": "all"}, Filters(actors=("North Korea", "Russia"), match_all=True)),
    ({"q": "troops", "lanes": "type"}, Filters(text="troops")),
])
def test_app_first_run_draws_the_chart_of_the_urls_filters_before_any_widget(sample_frame, query, expected):
    """The first run of a page draws the headline and the chart of the filters the URL names, and
    no filter widget, table or export (Streamlit's widgets held the first chart back); the rerun
    the chart asks for adds them, set to the same filters."""
    at = app(whole=False, **query)
    shown = apply_filters(sample_frame, expected)
    assert shown_count(at) == (len(shown), len(sample_frame))
    assert chart_args(at)["report_drawn"] is True
    widgets = {w.key for kind in ("multiselect", "radio", "checkbox", "date_input", "text_input", "button")
               for w in at.get(kind)}
    assert not widgets & {*FILTER_KEYS.values(), AFFILIATED, CLEAR_FILTERS}, widgets
    assert not at.dataframe and not at.get("download_button")
    chart_drawn(at)
    assert shown_count(at) == (len(shown), len(sample_frame))
    assert at.multiselect(key="actor").value == list(expected.actors)
    assert at.radio(key="match").value == ("all" if expected.match_all else "any")
    assert at.text_input(key="q").value == expected.text
    assert at.radio(key="lanes").value == query.get("lanes", "actor")
    assert len(at.dataframe[0].value) == len(shown) and at.get("download_button")


def test_app_first_run_with_nothing_matching_draws_the_filters_at_once(sample_frame):
    """No chart, no rerun to wait for: a URL whose filters match nothing opens with the widgets
    to loosen them."""
    at = app(whole=False, q="no such words anywhere")
    assert shown_count(at) == (0, len(sample_frame))
    assert at.text_input(key="q").value == "no such words anywhere"
    assert any("No event matches" in i.value for i in at.info)


def chart_places(at: AppTest) -> list[tuple[int, ...]]:
    """Where the chart component sits in the main area (child indices from the top)."""
    found = []

    def walk(node, path):
        for index, child in getattr(node, "children", {}).items():
            if getattr(child, "type", None) == "component_instance":
                found.append((*path, index))
            walk(child, (*path, index))

    walk(at.main, ())
    return found


def test_app_chart_keeps_its_place_when_the_notes_above_it_change(sample_frame):
    """Regression: a note appearing above the chart (here the one about chosen actors' lanes)
    moved the chart, so Streamlit mounted a new one, which could miss its first figure."""
    at = app()
    before = chart_places(at)
    at.multiselect(key="actor").select("North Korea").run()
    assert any("chosen actors" in c.value for c in at.caption)
    assert chart_places(at) == before and len(before) == 1
