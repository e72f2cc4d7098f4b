"""The verdict matcher on made-up verdicts and hand-written events (never the tool's output)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load():
    spec = importlib.util.spec_from_file_location("gold_news_keep_rate", HERE / "keep_rate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


keep_rate = _load()


def _event(number: int, summary: str, date: str = "2021-03-02", status: str = "asserted") -> dict:
    return {"event_id": f"acme-e{number:03d}", "doc_id": "acme", "summary": summary, "date": date,
            "date_source": "explicit", "status": status, "event_type": "legal",
            "sentence": f"{summary}."}


def _verdict(verdict: str, summary: str, date: str = "2021-03-02", **extra) -> dict:
    return {"event_id": "acme-e009", "verdict": verdict, "reason": "r", "summary": summary, "date": date,
            "date_source": "explicit", "status": "asserted", "event_type": "legal", **extra}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    rows = [_verdict("keep", "The office fined Acme"), _verdict("not-an-event", "Acme makes toys"),
            _verdict("wrong", "Jo resigned", sentence="Jo resigned last year."),
            _verdict("keep", "Jo resigned", sentence="Jo resigned.")]
    (tmp_path / "acme.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return tmp_path


def test_ids_shift_but_verdicts_follow_the_judged_fields(folder: Path) -> None:
    events = [_event(1, "Acme makes toys"), _event(2, "The office fined Acme")]  # order and ids changed
    matched = keep_rate.match(events, keep_rate.load_verdicts(folder))
    assert [v["verdict"] for _, v in matched] == ["not-an-event", "keep"]


@pytest.mark.parametrize("changed", [{"date": "2021-03-03"}, {"status": "denied"},
                                     {"summary": "The office fined Acme Corp"}])
def test_an_event_changed_in_a_judged_field_is_unjudged(folder: Path, changed: dict) -> None:
    event = {**_event(1, "The office fined Acme"), **changed}
    [(_, verdict)] = keep_rate.match([event], keep_rate.load_verdicts(folder))
    assert verdict is None


def test_an_event_whose_type_changed_keeps_its_verdict(folder: Path) -> None:
    """No verdict judged the event type (the gold scores it): a new type is no new event."""
    event = {**_event(1, "The office fined Acme"), "event_type": "economy"}
    [(_, verdict)] = keep_rate.match([event], keep_rate.load_verdicts(folder))
    assert verdict is not None and verdict["verdict"] == "keep"


def test_a_verdict_is_used_once_and_its_sentence_must_match(folder: Path) -> None:
    events = [_event(1, "The office fined Acme"), _event(2, "The office fined Acme"), _event(3, "Jo resigned")]
    matched = keep_rate.match(events, keep_rate.load_verdicts(folder))
    assert [v and v["verdict"] for _, v in matched] == ["keep", None, "keep"]  # "Jo resigned." is the keep
    fig = keep_rate.figures(matched)
    assert (fig["judged"], fig["unjudged"], fig["keep_rate"], fig["keep_of_shown"]) == (2, 1, 100.0, 66.7)


def test_a_bad_verdict_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "acme.jsonl").write_text(json.dumps(_verdict("keep", "x")) + "\n{\n", encoding="utf-8")
    with pytest.raises(keep_rate.VerdictError, match=r"acme\.jsonl:2"):
        keep_rate.load_verdicts(tmp_path)


def test_cli_prints_the_rate_and_lists_the_unjudged(folder: Path, tmp_path_factory, capsys) -> None:
    out = tmp_path_factory.mktemp("run") / "events.jsonl"
    out.write_text("\n".join(json.dumps(e) for e in [_event(1, "The office fined Acme"), _event(2, "Acme sued")]),
                   encoding="utf-8")
    assert keep_rate.main([str(out), "--verdicts", str(folder), "--unjudged"]) == 0
    text = capsys.readouterr().out
    assert "keep rate 100.0% of judged; 50.0% of shown" in text and "acme-e002" in text
