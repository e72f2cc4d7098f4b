"""Writing the events table as CSV, JSON, JSONL or Parquet (to a path or a stream).

CSV is for spreadsheets, so its text cells never start a formula (see :func:`safe_cell`); the
other formats keep the text exactly.

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

__all__ = ["FORMATS", "parquet_ready", "records", "safe_cell", "to_bytes", "to_text", "write"]

FORMATS = ("csv", "json", "jsonl", "parquet")
_DATE_COLUMNS = names("date")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain JSON-ready dicts: dates as YYYY-MM-DD, missing values as null."""
    rows = frame.to_dict(orient="records")
    for row in rows:
        for key, value in row.items():
            if hasattr(value, "tolist"):
                value = row[key] = value.tolist()
            if key in _DATE_COLUMNS:
                row[key] = value.date().isoformat() if pd.notna(value) else None  # 0001-05-28
            elif isinstance(value, float) and value != value:  # NaN
                row[key] = None
    return rows


def parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Parquet needs one type per list: mentions [start, end, actor] become {start, end, actor}."""
    return frame.assign(**{column: frame[column].map(
        lambda spans: [{"start": int(s), "end": int(e), "actor": str(a)} for s, e, a in spans])
        for column in names("spans") if column in frame})


def safe_cell(value: object) -> object:
    """A CSV cell that a spreadsheet will show as text, never run as a formula (OWASP's advice
    on CSV injection): a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return gets a leading apostrophe. Numbers and other values are left as they are.

    >>> print(safe_cell('=HYPERLINK("http://e.vil", "x")'))
    '=HYPERLINK("http://e.vil", "x")
    >>> safe_cell("-2 dead"), safe_cell("@SUM(A1)"), safe_cell("Kyiv"), safe_cell(-1)
    ("'-2 dead", "'@SUM(A1)", 'Kyiv', -1)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


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
        for column in flat.columns:
            if not pd.api.types.is_numeric_dtype(flat[column]):
                flat[column] = flat[column].map(safe_cell)
        return flat.to_csv(index=False, lineterminator="\r\n")  # RFC 4180: a CR in a cell is quoted
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
