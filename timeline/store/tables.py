"""Between the events DataFrame (``timeline.events_frame``) and the store's Arrow tables.

Parquet needs one type per column, so ``mentions`` ([start, end, actor] lists) are stored as
structs and ``start``/``end`` as dates; :func:`from_store` gives back exactly the frame's shape.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pyarrow as pa

from timeline.frame import COLUMNS, KINDS, TABLE, empty_value, names
from timeline.store.layout import EVENTS, NO_YEAR

__all__ = ["DATE_DTYPE", "by_year", "from_store", "search_text", "to_store"]

DATE_DTYPE = "datetime64[s]"  # what events_frame gives for start and end


def search_text(summary: str, sentence: str) -> str:
    """What the text filter searches, prepared once at write time: the dashboard's
    ``apply_filters`` matches ``summary + " " + sentence`` ignoring case; with both sides
    lower-cased here (the needle in :mod:`timeline.store.sql`), the query is a plain
    ``contains``, 4-5 times faster than lower-casing a million sentences per query.

    >>> search_text("Troops left", "Troops left Zürich.")
    'troops left troops left zürich.'
    """
    return f"{summary} {sentence}".lower()


def to_store(frame: pd.DataFrame) -> pa.Table:
    """The events frame as an Arrow table of the store's ``EVENTS`` schema."""
    columns = {}
    for field in EVENTS:
        if field.name == "search":
            columns["search"] = pa.array(
                [search_text(a, b) for a, b in zip(frame["summary"], frame["sentence"],
                                                    strict=True)], type=field.type)
            continue
        values, kind = frame[field.name], _KIND[field.name]
        if kind == "date":
            columns[field.name] = pa.array(
                [None if pd.isna(v) else v.date() for v in values], type=field.type)
        elif kind == "spans":
            columns[field.name] = pa.array(
                [[{"start": int(m[0]), "end": int(m[1]), "actor": m[2]} for m in ms]
                 for ms in values],
                type=field.type)
        elif KINDS[kind].is_list:
            columns[field.name] = pa.array([_plain(v) for v in values], type=field.type)
        else:
            columns[field.name] = pa.array(values.tolist(), type=field.type)
    return pa.table(columns, schema=EVENTS)


def by_year(table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
    """The table split by the year of ``start`` ('none' for unresolved events)."""
    years = [NO_YEAR if d is None else f"{d.year:04d}" for d in table.column("start").to_pylist()]
    for year in sorted(set(years)):
        mask = pa.array([y == year for y in years])
        yield year, table.filter(mask)


def from_store(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows read back from the store (in ``COLUMNS`` order) in the shape of ``events_frame``;
    a column the store's files lack (written before it existed) gets its empty value."""
    missing = [c for c in COLUMNS if c not in frame]
    frame = frame.reindex(columns=list(COLUMNS))
    for column in missing:
        empty = empty_value(column)
        frame[column] = [[] for _ in range(len(frame))] if isinstance(empty, list) else empty
    for column in names("date"):
        frame[column] = pd.to_datetime(frame[column]).astype(DATE_DTYPE)
    for column in names("strings", "pairs"):
        frame[column] = frame[column].map(_plain)
    for column in names("spans"):
        frame[column] = frame[column].map(
            lambda ms: [[int(m["start"]), int(m["end"]), m["actor"]] for m in _plain(ms)])
    for column in names("sources"):
        frame[column] = frame[column].map(lambda ss: [dict(s) for s in _plain(ss)])
    for column in names("int"):
        frame[column] = frame[column].astype("int64")
    for column in names("text"):
        frame[column] = frame[column].astype("str")
    return frame.reset_index(drop=True)


_KIND = {c.name: c.kind for c in TABLE}


def _plain(value: object) -> list:
    """Nested lists as plain Python lists (Arrow and DuckDB give numpy arrays or tuples)."""
    if value is None:
        return []
    if hasattr(value, "tolist") and not isinstance(value, dict):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return [_plain(v) if isinstance(v, list | tuple) or hasattr(v, "tolist") else v
                for v in value]
    return value
