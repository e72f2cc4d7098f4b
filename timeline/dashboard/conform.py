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

__all__ = ["LIST_COLUMNS", "conform", "read_events"]

LIST_COLUMNS = ("actors", "actor_roles", "actor_kinds", "actor_affiliations", "mentions", "sources")
_INT_COLUMNS = {"sentence_start": 0, "sentence_end": 0, "date_start": -1, "date_end": -1,
                "trigger_start": -1, "trigger_end": -1, "n_sources": 1}
_COLUMNS = ("event_id", "doc_id", "start", "end", "date", "granularity", "date_text",
            "date_source", "resolution", "summary", "predicate", "event_type", "status",
            "attribution", "actors", "actor_roles", "actor_kinds", "actor_affiliations", "location",
            "location_country", "sentence", "sentence_start", "sentence_end",
            "date_start", "date_end", "trigger_start", "trigger_end", "mentions", "sources",
            "n_sources", "doc_date")


def _as_list(value: object) -> list:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        return [value] if value else []
    if hasattr(value, "tolist"):
        value = value.tolist()
    return [_as_list(v) if hasattr(v, "tolist") else v for v in value]  # type: ignore[union-attr]


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every column of the events table, in the right types."""
    out = frame.copy()
    for column in _COLUMNS:
        if column in out:
            continue
        if column in LIST_COLUMNS:
            out[column] = [[] for _ in range(len(out))]
        elif column in _INT_COLUMNS:
            out[column] = _INT_COLUMNS[column]
        elif column in ("start", "end"):
            out[column] = pd.NaT
        else:
            out[column] = ""
    if "event_id" in frame and out["event_id"].eq("").all():
        out["event_id"] = [f"event-{i}" for i in range(len(out))]
    for column in ("start", "end"):
        out[column] = pd.to_datetime(out[column], errors="coerce")
    for column in LIST_COLUMNS:
        if len(out) and not isinstance(out[column].iloc[0], list):
            out[column] = out[column].map(_as_list)
    text_columns = [c for c in _COLUMNS if c not in LIST_COLUMNS and c not in _INT_COLUMNS
                    and c not in ("start", "end")]
    out[text_columns] = out[text_columns].fillna("").astype(str)
    for column, default in _INT_COLUMNS.items():
        out[column] = pd.to_numeric(out[column], errors="coerce").fillna(default).astype("int64")
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
