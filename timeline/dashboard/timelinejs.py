"""The events in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html).

Each event: ``start_date`` (and ``end_date`` for periods) as ``{year, month, day}`` to the
precision the article gives, ``text`` with ``headline`` and ``text`` (HTML, so article text is
escaped, saying what an analyst's correction changed), ``group`` (TimelineJS's rows: the first
actor) and ``unique_id``.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["k-e1"], "doc_id": ["k"], "date": ["2024"],
...     "granularity": ["year"], "start": pd.to_datetime(["2024-01-01"]),
...     "end": pd.to_datetime(["2024-12-31"]), "summary": ["Troops <crossed> the border"],
...     "sentence": ["Troops crossed the border last year."], "date_text": ["last year"],
...     "actors": [["Ukraine"]], "status": ["asserted"], "event_type": ["military_action"]})
>>> event = to_timelinejs(frame)["events"][0]
>>> event["start_date"], event["end_date"], event["text"]["headline"], event["group"]
({'year': 2024}, {'year': 2024}, 'Troops &lt;crossed&gt; the border', 'Ukraine')
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["to_timelinejs"]

_PRECISION = {"day": 3, "time": 3, "week": 3, "month": 2, "season": 2, "quarter": 2, "half": 2,
              "year": 1, "decade": 1, "century": 1}


def _date(value: pd.Timestamp, precision: int) -> dict[str, int]:
    parts = {"year": value.year, "month": value.month, "day": value.day}
    return dict(list(parts.items())[:precision])


def to_timelinejs(frame: pd.DataFrame, title: str = "Timeline") -> dict:
    """A TimelineJS document (a dict ready for ``json.dumps``); undated events are left out."""
    events = []
    for row in frame[frame["start"].notna()].itertuples(index=False):
        edited = getattr(row, "edited", "") or ""
        written = ("corrected by hand" if getattr(row, "date_source", "") == "corrected"
                   else row.date_text or "no date words")
        precision = _PRECISION.get(row.granularity or "day", 3)
        event = {
            "unique_id": str(row.event_id),
            "start_date": _date(row.start, precision),
            "text": {
                "headline": html.escape(row.summary or ""),
                "text": "<p>" + html.escape(row.sentence or "") + "</p><p><small>"
                        + html.escape(f"{written} → {row.date}; {row.status}; source: {row.doc_id}"
                                      + (f"; edited: {edited}" if edited else "")) + "</small></p>",
            },
            "group": row.actors[0] if len(row.actors) else "(no actor)",
            "display_date": str(row.date),
        }
        if pd.notna(row.end) and row.end != row.start:
            event["end_date"] = _date(row.end, precision)
        events.append(event)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}
