import json

import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.timelinejs import to_timelinejs


@pytest.mark.parametrize(("granularity", "start", "end", "start_date", "end_date"), [
    ("day", "2025-04-26", None, {"year": 2025, "month": 4, "day": 26}, None),
    ("month", "2025-04-01", "2025-04-30", {"year": 2025, "month": 4}, {"year": 2025, "month": 4}),
    ("year", "2024-01-01", "2024-12-31", {"year": 2024}, {"year": 2024}),
    ("week", "2025-04-21", "2025-04-27", {"year": 2025, "month": 4, "day": 21},
     {"year": 2025, "month": 4, "day": 27}),
])
def test_timelinejs_dates_to_the_precision_given(granularity, start, end, start_date, end_date):
    (out,) = to_timelinejs(frame_of(event("e", start, end, granularity=granularity)))["events"]
    assert out["start_date"] == start_date
    assert out.get("end_date") == end_date


def test_timelinejs_text_group_and_id():
    frame = frame_of(event("e1", "2025-04-26", summary="Moscow <i>reclaimed</i> Kursk",
                           sentence="Moscow said <script>x</script>.", actors=["Russia", "Ukraine"]),
                     event("e2", "2025-04-27", actors=[]), event("e3", None))
    doc = to_timelinejs(frame, title="Kursk")
    json.dumps(doc)
    first, second = doc["events"]
    assert first["unique_id"] == "e1" and first["group"] == "Russia"
    assert first["text"]["headline"] == "Moscow &lt;i&gt;reclaimed&lt;/i&gt; Kursk"
    assert "<script>" not in first["text"]["text"]
    assert second["group"] == "(no actor)"
    assert doc["title"]["text"]["headline"] == "Kursk"
