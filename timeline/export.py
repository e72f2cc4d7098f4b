"""Writing the events table as CSV, JSON, JSONL or Parquet (to a path or a stream).

>>> import io, pandas as pd
>>> frame = pd.DataFrame({"date": ["2024"], "start": pd.to_datetime(["2024-01-01"]), "actors": [["Ukraine"]]})
>>> print(to_text(frame, "jsonl"), end="")
{"date": "2024", "start": "2024-01-01", "actors": ["Ukraine"]}
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from timeline.frame import names

__all__ = ["FORMATS", "parquet_ready", "records", "to_bytes", "to_text", "write"]

FORMATS = ("csv", "json", "jsonl", "parquet")
_DATE_COLUMNS = names("date")


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain JSON-ready dicts: dates as YYYY-MM-DD, missing values as null."""
    rows = frame.to_dict(orient="records")
    for row in rows:
        for key, value in row.items():
            if hasattr(value, "tolist"):
                value = row[key] = value.tolist()
            if key in _DATE_COLUMNS:
                row[key] = value.strftime("%Y-%m-%d") if pd.notna(value) else None
            elif isinstance(value, float) and value != value:  # NaN
                row[key] = None
    return rows


def parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Parquet needs one type per list: mentions [start, end, actor] become {start, end, actor}."""
    return frame.assign(**{column: frame[column].map(
        lambda spans: [{"start": int(s), "end": int(e), "actor": str(a)} for s, e, a in spans])
        for column in names("spans") if column in frame})


def to_text(frame: pd.DataFrame, fmt: str) -> str:
    """The frame as JSONL, JSON or CSV text (lists as JSON in CSV cells)."""
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(frame))
    if fmt == "json":
        return json.dumps(records(frame), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        flat = pd.DataFrame(records(frame), columns=frame.columns)
        for column in flat.columns:
            if flat[column].map(lambda v: isinstance(v, list | dict)).any():
                flat[column] = flat[column].map(lambda v: json.dumps(v, ensure_ascii=False)
                                                if isinstance(v, list | dict) else v)
        return flat.to_csv(index=False)
    raise ValueError(f"unknown text format '{fmt}' (one of: csv, json, jsonl)")


def to_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The frame in ``fmt`` (csv, json, jsonl, parquet) as bytes."""
    if fmt == "parquet":
        buffer = io.BytesIO()
        parquet_ready(frame).to_parquet(buffer, index=False)
        return buffer.getvalue()
    return to_text(frame, fmt).encode("utf-8")


def write(frame: pd.DataFrame, fmt: str, path: Path | None) -> bytes | None:
    """Write to ``path``; with no path, return the bytes (for stdout)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}' (one of: {', '.join(FORMATS)})")
    data = to_bytes(frame, fmt)
    if path is None:
        return data
    Path(path).write_bytes(data)
    return None
