"""Reading a store: the dashboard's questions as DuckDB queries over the Parquet files.

Every filter goes into the SQL (see :mod:`timeline.store.sql`), so DuckDB reads only the columns
and row groups it needs; a query over a million events takes a fraction of a second. The store
can be read while ``timeline extract`` adds to it: each query reads the files the store's manifest
lists when it runs (whole batches, each once). A file that cannot be read gives a
:class:`StoreFileError` naming it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd

from timeline.frame import COLUMNS
from timeline.query import NO_ACTOR, NO_VALUE, Filters
from timeline.store.check import StoreFileError
from timeline.store.layout import MARKER, committed_files, is_store
from timeline.store.sql import where_clause
from timeline.store.tables import DATE_DTYPE, from_store

__all__ = ["LANES", "UNITS", "EventStore", "StoreFileError", "open_store"]

#: What density lanes can be made of: each event's actors (one lane each, as the dashboard's
#: ``lanes.lane_rows`` does), or one column: the dashboard's names, then plain column names.
LANES = {"actor": "actors", "type": "event_type", "document": "doc_id",
         "event_type": "event_type", "doc_id": "doc_id", "status": "status",
         "date_source": "date_source", "granularity": "granularity"}
#: Period units for density, finest first (weeks start on Monday).
UNITS = ("day", "week", "month", "quarter", "year", "decade", "century")
_SELECT = ", ".join(f'"{c}"' for c in COLUMNS)


def open_store(path: str | Path) -> EventStore:
    """The store made by ``timeline extract`` (or :func:`timeline.store.extract_store`)."""
    root = Path(path)
    if not is_store(root):
        raise ValueError(f"{root} is not a Timeline store (no {MARKER}; make one with "
                         "'timeline extract INPUT... -o STORE')")
    return EventStore(root)


class EventStore:
    """Queries over one store. Safe to share between threads (one DuckDB cursor per call)."""

    def __init__(self, root: Path) -> None:
        import duckdb

        self.root = Path(root)
        self._db = duckdb.connect()
        self._lock = threading.Lock()
        self._has_minor = False  # once True it stays: files only gain the column

    def __repr__(self) -> str:
        return f"EventStore({str(self.root)!r})"

    def _where(self, filters: Filters | None) -> tuple[str, list]:
        """:func:`where_clause` for this store: the ``minor`` test only when its events have the
        column (a store written before the keep score existed has no minor events)."""
        if not self._has_minor and filters is not None and not filters.minor:
            frame = self._frame("SELECT * FROM {events} LIMIT 0", [])
            self._has_minor = frame is not None and "minor" in frame.columns
        return where_clause(filters, self._has_minor)

    def query(self, filters: Filters | None = None, limit: int = 10_000) -> pd.DataFrame:
        """The matching events (at most ``limit``, earliest first) in the shape of
        ``timeline.events_frame``."""
        import duckdb

        where, params = self._where(filters)
        sql = "SELECT {columns} FROM {{events}} {where} ORDER BY start NULLS LAST, event_id LIMIT ?"
        try:
            frame = self._frame(sql.format(columns=_SELECT, where=where), [*params, int(limit)])
        except duckdb.BinderException:  # files written before a column existed: read the others
            present = set(self._frame("SELECT * FROM {events} LIMIT 0", []).columns)
            columns = ", ".join(f'"{c}"' for c in COLUMNS if c in present)
            frame = self._frame(sql.format(columns=columns, where=where), [*params, int(limit)])
        return from_store(frame) if frame is not None else _empty()

    def count(self, filters: Filters | None = None) -> int:
        """How many events match ``filters`` (every event without filters)."""
        where, params = self._where(filters)
        frame = self._frame(f"SELECT count(*) AS n FROM {{events}} {where}", params)
        return 0 if frame is None else int(frame["n"].iloc[0])

    def actor_counts(self, filters: Filters | None = None) -> dict[str, int]:
        """Each actor of the matching events with its number of events, most frequent first."""
        where, params = self._where(filters)
        frame = self._frame(
            f"SELECT actor, count(*) AS n FROM (SELECT unnest(actors) AS actor FROM {{events}} "
            f"{where}) GROUP BY actor ORDER BY n DESC, actor", params)
        return {} if frame is None else dict(zip(frame["actor"], frame["n"].astype(int),
                                                 strict=True))

    def density(self, filters: Filters | None = None, lanes_by: str = "actor",
                bins: int | str = 150) -> pd.DataFrame:
        """How many matching events fall in each lane and period: (lane, period_start,
        period_end, count), the table of ``timeline.dashboard.density.density``. Periods are
        calendar units: ``bins`` names one (day, week, month, quarter, year, decade, century)
        or is a number, and the finest unit giving at most that many periods over the
        matching events is used. An event counts in the period of its ``start``, once in each
        of its lanes; events without a date are left out."""
        if lanes_by not in LANES:
            raise ValueError(f"lanes_by must be one of {', '.join(LANES)}, not {lanes_by!r}")
        if isinstance(bins, str) and bins not in UNITS:
            raise ValueError(f"bins must be a number or one of {', '.join(UNITS)}, not {bins!r}")
        where, params = self._where(filters)
        dated = f"{where} AND start IS NOT NULL" if where else "WHERE start IS NOT NULL"
        column = LANES[lanes_by]  # a name from LANES, never the caller's text
        lane = (f"unnest(CASE WHEN len(actors) = 0 THEN ['{NO_ACTOR}'] ELSE actors END)"
                if column == "actors" else f"coalesce(nullif(\"{column}\", ''), '{NO_VALUE}')")
        # One scan: the matching events are kept, their span picks the unit, then counted.
        if isinstance(bins, str):
            choose, choice = "?", [bins]
        else:
            choose = ("CASE " + " ".join(f"WHEN days <= {_DAYS[u]} * ? THEN '{u}'"
                                         for u in UNITS[:-1]) + f" ELSE '{UNITS[-1]}' END")
            choice = [max(1, int(bins)) - 1] * (len(UNITS) - 1)
        step = "CASE unit " + " ".join(f"WHEN '{u}' THEN INTERVAL {_STEP[u]}" for u in UNITS) + " END"
        frame = self._frame(
            f"WITH matching AS MATERIALIZED (SELECT start, {lane} AS lane FROM {{events}} {dated}),"
            " span AS (SELECT date_diff('day', min(start), max(start)) + 1 AS days FROM matching),"
            f" chosen AS (SELECT {choose} AS unit FROM span),"
            " periods AS (SELECT lane, unit, CAST(date_trunc(unit, start) AS DATE) AS period_start"
            " FROM matching, chosen)"
            f" SELECT lane, period_start, CAST(period_start + {step} - INTERVAL 1 day AS DATE)"
            " AS period_end, count(*) AS count FROM periods GROUP BY ALL ORDER BY lane, period_start",
            [*params, *choice])
        columns = ["lane", "period_start", "period_end", "count"]
        if frame is None or frame.empty:
            return pd.DataFrame(columns=columns)
        for column in ("period_start", "period_end"):
            frame[column] = pd.to_datetime(frame[column]).astype(DATE_DTYPE)
        frame["count"] = frame["count"].astype("int64")
        return frame[columns]

    def documents(self) -> pd.DataFrame:
        """The documents table: one row per document done (status ok) or failed."""
        return self._table("documents")

    def errors(self) -> pd.DataFrame:
        """The errors table: unreadable files or records, and documents whose extraction failed."""
        return self._table("errors")

    def _table(self, name: str) -> pd.DataFrame:
        frame = self._run(name, "SELECT * FROM read_parquet(?) ORDER BY ALL", [])
        if frame is None:
            from timeline.store.layout import DOCUMENTS, ERRORS

            return (DOCUMENTS if name == "documents" else ERRORS).empty_table().to_pandas()
        return frame

    def _frame(self, sql: str, params: list) -> pd.DataFrame | None:
        """Run ``sql`` with ``{events}`` standing for the events files; None when there are none."""
        source = ("read_parquet(?, hive_partitioning = true, hive_types = {'year': VARCHAR}, "
                  "union_by_name = true)")
        return self._run("events", sql.format(events=source), params)

    def _run(self, table: str, sql: str, params: list) -> pd.DataFrame | None:
        """Run a query whose first parameter is the committed files of ``table`` (None when there
        are none). When a file cannot be read, the query runs again if a writer changed the
        manifest meanwhile (a compaction deleting the files it replaced); else the error names
        the file."""
        import duckdb

        files = [str(p) for p in committed_files(self.root, table)]
        for _ in range(3):
            if not files:
                return None
            with self._lock:
                cursor = self._db.cursor()
            try:
                return cursor.execute(sql, [files, *params]).df()
            except duckdb.BinderException:
                raise  # a column older files lack: the caller's question, not a damaged file
            except duckdb.Error as exc:
                now = [str(p) for p in committed_files(self.root, table)]
                if now == files:
                    raise StoreFileError.find(self.root, files, exc) from exc
                files = now
        raise StoreFileError(f"{self.root}: the store changed during every attempt to read it")


_DAYS = {"day": 1, "week": 7, "month": 30.44, "quarter": 91.3, "year": 365.25,
         "decade": 3652.5, "century": 36525}
_STEP = {"day": "1 day", "week": "7 day", "month": "1 month", "quarter": "3 month",
         "year": "1 year", "decade": "10 year", "century": "100 year"}


def _empty() -> pd.DataFrame:
    return from_store(pd.DataFrame(columns=list(COLUMNS)))
