"""Make any events table (from a file, the store, an older version) safe for the dashboard.

Missing columns get their empty value, dates become datetimes, list columns become lists.

>>> import pandas as pd
>>> frame = conform(pd.DataFrame({"event_id": ["a"], "start": ["2024-01-01"], "actors": [("X",)]}))
>>> frame.loc[0, "end"], frame.loc[0, "actors"], frame.loc[0, "summary"]
(NaT, ['X'], '')
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from timeline.frame import empty_value, list_columns, names

__all__ = ["LIST_COLUMNS", "conform", "read_events"]

LIST_COLUMNS = list_columns()
"""The columns holding a list per event (CSV files store them as JSON)."""


def _as_list(value: object) -> list:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [value] if value else []
    if hasattr(value, "tolist"):
        value = value.tolist()
    return [_as_list(v) if hasattr(v, "tolist") else v for v in value]  # type: ignore[union-attr]


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every column of the events table (``frame.TABLE``), in the right
    types; a column the frame lacks (an older file) gets its empty value."""
    out = frame.copy()
    for column in names():
        if column not in out:
            empty = empty_value(column)
            out[column] = [[] for _ in range(len(out))] if isinstance(empty, list) else empty
    if "event_id" in frame and out["event_id"].eq("").all():
        out["event_id"] = [f"event-{i}" for i in range(len(out))]
    for column in names("date"):
        out[column] = pd.to_datetime(out[column], errors="coerce")
    for column in LIST_COLUMNS:
        if len(out) and not isinstance(out[column].iloc[0], list):
            out[column] = out[column].map(_as_list)
    text_columns = list(names("text"))
    out[text_columns] = out[text_columns].fillna("").astype(str)
    for column in names("int"):
        out[column] = pd.to_numeric(out[column], errors="coerce").fillna(
            empty_value(column)).astype("int64")
    return out.reset_index(drop=True)


def read_events(path: str | Path) -> pd.DataFrame:
    """An events table written by ``timeline events`` (parquet, jsonl, json or csv)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame = pd.read_parquet(path)
    elif suffix == ".jsonl":
        frame = pd.read_json(path, lines=True, dtype=False)
    elif suffix == ".json":
        frame = pd.read_json(path, dtype=False)
    elif suffix == ".csv":
        import json

        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in LIST_COLUMNS:
            if column in frame:
                frame[column] = frame[column].map(lambda v: json.loads(v) if v else [])
    else:
        raise ValueError(f"{path.name}: not an events table (.parquet, .jsonl, .json or .csv)")
    return conform(frame)
