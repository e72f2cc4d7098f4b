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

__all__ = ["FORMATS", "records", "to_bytes", "to_text", "write"]

FORMATS = ("csv", "json", "jsonl", "parquet")
_DATE_COLUMNS = ("start", "end")


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain JSON-ready dicts: dates as YYYY-MM-DD, missing dates as null."""
    out = frame.copy()
    for column in _DATE_COLUMNS:
        if column in out:
            out[column] = out[column].map(lambda v: v.strftime("%Y-%m-%d") if pd.notna(v) else None)
    rows = out.to_dict(orient="records")
    for row in rows:
        for key, value in row.items():
            if hasattr(value, "tolist"):
                row[key] = value.tolist()
    return rows


def to_text(frame: pd.DataFrame, fmt: str) -> str:
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
    if fmt == "parquet":
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
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
