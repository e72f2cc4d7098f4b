"""Text on the marks: a short label per event (who did what, cut at a word: made by the library,
``timeline.events.label``), and the packing of
marks with their labels into sub-rows so that no two labels overlap.

A mark with its label takes ``[x - 6, x + 8 + label width]`` pixels of its sub-row (a period
at least its own extent). Within a lane the marks go, in time order, into the first sub-row free
there; when ``max_subrows`` are full, the mark goes without its label over the sub-row that
frees up first (its label then stays for hover).

>>> short_label("Russia's defence ministry said its forces had reclaimed Kursk", limit=31)
"Russia's defence ministry said…"
>>> short_label("Kim met Putin", limit=30)
'Kim met Putin'
>>> event_labels(pd.DataFrame({"summary": ["Russian President Vladimir Putin thanked Kim Jong Un on Friday"],
...     "predicate": ["thanked"], "actor_roles": [[["Vladimir Putin", "agent"], ["Kim Jong Un", "patient"]]],
...     "actor_kinds": [[["Vladimir Putin", "person"]]], "date_text": ["Friday"]}))
['Putin thanked Kim Jong Un']
>>> rows, labelled, before = pack([0, 50, 300], [0, 50, 300], ["a long label here", "b", "c"], 3)
>>> rows.tolist(), labelled.tolist()
([0, 1, 0], [True, True, True])
>>> pack([0, 300], [0, 300], ["a", "a long label here"], 3, limit=320)[2].tolist()  # no room after
[False, True]
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from timeline.events.label import event_label

__all__ = ["event_labels", "label_px", "pack", "short_label"]

# the events' columns a "who did what" label is made from (``timeline.events.label``)
_LABEL_FIELDS = ("summary", "predicate", "actor_roles", "actor_kinds", "date_text", "sentence",
                 "sentence_start", "mentions")

# 10 px Open Sans: generous average widths of capitals, other characters and spaces.
_UPPER_PX, _CHAR_PX, _SPACE_PX = 7.0, 5.6, 2.9
_BEFORE, _AFTER = 6.0, 10.0  # the marker's half width; the gap after a label


def short_label(text: str, limit: int = 28) -> str:
    """``text`` cut at the last word boundary within ``limit`` characters (then '…')."""
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and text[limit - 1] != " ":
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def event_labels(rows: pd.DataFrame, limit: int = 30) -> list[str]:
    """Each row's "who did what" label (``timeline.events.label.event_label``), at most ``limit``
    characters; the summary cut at a word where none can be made. Columns a frame lacks count
    as empty."""
    present = [c for c in _LABEL_FIELDS if c in rows.columns]
    out = []
    for values in zip(*(rows[c].tolist() for c in present), strict=True):
        event = dict(zip(present, values, strict=True))
        summary = event.get("summary")
        out.append(event_label(event, limit=limit) or short_label(summary if isinstance(summary, str) else "", limit))
    return out


def label_px(text: str) -> float:
    """An estimate of ``text``'s width in pixels as a 10 px label (escaped text is measured as
    the reader sees it)."""
    shown = html.unescape(text) if "&" in text else text
    upper, spaces = sum(map(str.isupper, shown)), shown.count(" ")
    return (len(shown) - upper - spaces) * _CHAR_PX + upper * _UPPER_PX + spaces * _SPACE_PX


def pack(lefts, rights, labels, max_subrows: int, limit: float = np.inf,
         beyond=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(subrow, labelled, before)`` for marks of one lane given in time order: ``lefts``/
    ``rights`` the pixels the mark itself spans, ``labels`` their texts ("" for none). A label
    starts at its mark's left (over a period's bar), or past its right end where ``beyond``
    (a bar marked as continuing there). A label that would run past ``limit`` (the plot's right
    edge) goes before its mark (``before``) where there is room, else it is left for the hover."""
    n = len(lefts)
    beyond = np.zeros(n, dtype=bool) if beyond is None else np.asarray(beyond, dtype=bool)
    rows = np.zeros(n, dtype="int64")
    labelled = np.zeros(n, dtype=bool)
    before = np.zeros(n, dtype=bool)
    free: list[float] = []  # the pixel from which each sub-row is free

    def slot_from(start: float) -> int | None:
        slot = next((r for r, at in enumerate(free) if at <= start), None)
        if slot is None and len(free) < max_subrows:
            free.append(-1e18)
            slot = len(free) - 1
        return slot

    for i in range(n):
        start = lefts[i] - _BEFORE
        alone = max(rights[i], lefts[i] + _BEFORE) + 2
        wide = label_px(labels[i]) if labels[i] else 0.0
        opens = rights[i] + _BEFORE if beyond[i] else lefts[i]  # where the label starts
        with_label = max(rights[i], opens + _BEFORE + wide) + _AFTER if labels[i] else None
        slot = None
        if with_label is not None and with_label - _AFTER > limit:
            with_label = None
            if start - wide - 4 >= 0:  # the label before the mark
                slot = slot_from(start - wide - 4)
                if slot is not None:
                    labelled[i] = before[i] = True
                    free[slot] = alone + _AFTER
        if slot is None:
            slot = slot_from(start)
            if slot is not None:
                labelled[i] = with_label is not None
                free[slot] = with_label if with_label is not None else alone
            else:  # every sub-row taken: the mark alone, over the row that frees up first
                slot = int(np.argmin(free))
                free[slot] = max(free[slot], alone)
        rows[i] = slot
    return rows, labelled, before
