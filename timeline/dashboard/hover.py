"""The text shown when the pointer rests on an event: summary, the date as written and as resolved.

Article text is escaped: Plotly renders a subset of HTML in hover labels.

>>> import pandas as pd
>>> frame = pd.DataFrame({"summary": ["Moscow <b>reclaimed</b> Kursk"], "date_text": ["on Saturday"],
...     "date": ["2025-04-26"], "start": pd.to_datetime(["2025-04-26"]),
...     "end": pd.to_datetime(["2025-04-26"]), "status": ["claimed"],
...     "actors": [["Russia"]], "doc_id": ["kursk"], "date_source": ["explicit"]})
>>> print(hover_texts(frame)[0].replace("<br>", "\\n"))
<b>Moscow &lt;b&gt;reclaimed&lt;/b&gt; Kursk</b>
written: “on Saturday” · resolved: 2025-04-26
claimed · Russia · kursk
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["hover_texts", "resolved_text"]

_SOURCE_WORDS = {"inherited": "no date in the sentence: inherited",
                 "article_date": "no date in the sentence: the article date",
                 "none": "no date"}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def resolved_text(frame: pd.DataFrame) -> pd.Series:
    """``2024 (2024-01-01 – 2024-12-31)`` for periods, ``2025-04-26`` for days."""
    start = frame["start"].dt.strftime("%Y-%m-%d").fillna("")
    end = frame["end"].dt.strftime("%Y-%m-%d").fillna("")
    value = frame["date"].fillna("").astype(str)
    same = (start == end) & (value == start)
    period = value + " (" + start + " – " + end + ")"
    return period.where(~same, start).where(start != "", value)


def hover_texts(frame: pd.DataFrame, summary_limit: int = 160) -> list[str]:
    """One hover label per row of ``frame`` (HTML, every piece of article text escaped)."""
    if frame.empty:
        return []
    summary = frame["summary"].fillna("").map(lambda s: html.escape(_clip(s, summary_limit)))
    written = frame["date_text"].fillna("").map(lambda s: html.escape(_clip(s, 60)))
    source = frame["date_source"].fillna("none").map(lambda s: _SOURCE_WORDS.get(s, ""))
    written = ("written: “" + written + "”").where(written != "", source)
    actors = frame["actors"].map(lambda a: html.escape(_clip(", ".join(a), 80)) if len(a) else "no actor")
    status = frame["status"].fillna("").map(html.escape)
    doc = frame["doc_id"].fillna("").map(html.escape)
    lines = ("<b>" + summary + "</b><br>" + written + " · resolved: " + resolved_text(frame)
             + "<br>" + status + " · " + actors + " · " + doc)
    return lines.tolist()
