import pandas as pd

from timeline.dashboard.conform import conform, read_events
from timeline.export import write


def test_conform_fills_missing_columns():
    frame = conform(pd.DataFrame({"event_id": ["a"], "start": ["2024-01-01"]}))
    assert frame.loc[0, "actors"] == [] and frame.loc[0, "date_start"] == -1
    assert pd.isna(frame.loc[0, "end"])


def test_conform_events_file_round_trips(sample_frame, tmp_path):
    for fmt in ("parquet", "jsonl", "json", "csv"):
        path = tmp_path / f"events.{fmt}"
        write(sample_frame, fmt, path)
        back = read_events(path)
        assert back["event_id"].tolist() == sample_frame["event_id"].tolist(), fmt
        assert back["actors"].tolist() == sample_frame["actors"].tolist(), fmt
        assert back["start"].tolist() == sample_frame["start"].tolist(), fmt
