"""Corrections an analyst makes to the extracted events: change a date, the actors, the status or
the type; hide an event; merge two; add a missing one; undo any of these.

They are an append-only log (:mod:`~timeline.corrections.log`, a JSON Lines file beside the
articles or in the event store), applied again to the events every time they are extracted
(:func:`apply_corrections`). The dashboard and the ``timeline events --corrections`` command
only call this package.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["d-e1"], "doc_id": ["d"], "sentence_start": [0],
...     "sentence_end": [12], "event_type": ["other"], "edited": [""]})
>>> row = frame.iloc[0].to_dict()
>>> done = apply_corrections(frame, [change(1, row, "event_type", "protest")])
>>> done.frame[["event_type", "edited"]].values.tolist()
[['protest', 'event_type']]
"""

from __future__ import annotations

from timeline.corrections.apply import Applied, active, apply_corrections
from timeline.corrections.dates import date_value, parse_date
from timeline.corrections.log import SIDECAR, STORE_FILE, Log, append, next_id, read_log, sidecar_for, to_line
from timeline.corrections.make import add, change, hide, merge, undo
from timeline.corrections.model import FIELDS, OPS, Anchor, Correction, Problem

__all__ = ["FIELDS", "OPS", "SIDECAR", "STORE_FILE", "Anchor", "Applied", "Correction", "Log", "Problem",
           "active", "add", "append", "apply_corrections", "change", "date_value", "hide", "merge",
           "next_id", "parse_date", "read_log", "sidecar_for", "to_line", "undo"]
