"""One event per happening (issue 12, item 2): the points, minutes and laps of a match or a race join
it as its parts. Sentences of our own (the examples of rules/en/parts.toml, and more here)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.parts import RULES, load_part_rules
from timeline.frame import events_frame
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import DEFAULT_SETTINGS, Settings

DCT = date(2023, 3, 15)  # a Wednesday
EXAMPLES = load_part_rules().examples


def _events(text: str, settings: Settings = DEFAULT_SETTINGS):
    return process(Document("t", text, DCT), settings).events


@pytest.mark.parametrize("text, shown, parts", EXAMPLES, ids=[e[0][:50] for e in EXAMPLES])
def test_parts_examples(text, shown, parts):
    # the marker rules of parts.toml alone: the keep score (tests/events/test_keepscore.py) may
    # list more parts, of events it hides
    events = _events(text, Settings(keep_score=False))
    assert (len(events), sum(len(e.parts) for e in events)) == (shown, parts)


@pytest.mark.parametrize("text, happening, part_words", [
    ("The Owls won the cup final 3-2 on Sunday. Their rivals led 2-0 at the break. "
     "The Owls took the lead in the 81st minute.", "won", ["led 2-0", "took the lead"]),
    ("The Kenyan won the Berlin marathon on Sunday. She dropped her rivals after about 35 kilometres.",
     "won", ["dropped her rivals"]),
])
def test_parts_are_listed_in_text_order_on_their_happening(text, happening, part_words):
    events = _events(text)
    assert [e.predicate for e in events] == [happening]
    listed = [summary for _, _, summary in events[0].parts]
    assert len(listed) == len(part_words)
    for summary, words in zip(listed, part_words, strict=True):
        assert words in summary
    for start, end, _ in events[0].parts:
        assert text[start:end].endswith(".")  # the part's own sentence


def test_a_part_joins_the_latest_dated_happening_not_an_older_one():
    text = ("The Owls won the league game on Sunday. They had lost the cup tie on March 4. "
            "The Owls led 1-0 in the 30th minute.")
    events = _events(text)
    home = {e.date_value: len(e.parts) for e in events}
    assert home == {"2023-03-12": 1, "2023-03-04": 0}


def test_ids_stay_sequential_after_merging():
    text = "The Owls won the cup final 3-2 on Sunday. Their rivals led 2-0 at the break. The coach resigned on Monday."
    assert [e.event_id for e in _events(text)] == ["t-e001", "t-e002"]


def test_parts_column_in_the_events_table():
    text = "The Falcons won the final 2-1 on Saturday. The Rovers led 1-0 at half-time."
    frame = events_frame([process(Document("t", text, DCT))])
    [parts] = frame["parts"].tolist()
    assert [p[2] for p in parts] == ["The Rovers led 1-0 at half-time"]


def test_bad_marker_names_the_file(tmp_path, monkeypatch):
    import timeline.events.parts as module
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "parts.toml").write_text('window = 3\nmarkers = ["(open"]\n', encoding="utf-8")
    monkeypatch.setattr(module, "RULES", tmp_path)
    with pytest.raises(ValueError, match=r"parts\.toml: markers"):
        module.load_part_rules("xx")
    assert RULES.name == "rules"
