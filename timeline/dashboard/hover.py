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

import pandas as pd

from timeline.dashboard.readable import readable_date

__all__ = ["hover_texts", "plotly_text", "resolved_text"]

_SOURCE_WORDS = {"inherited": "no date in the sentence: inherited",
                 "article_date": "no date in the sentence: the article date",
                 "none": "no date"}


def plotly_text(text: str) -> str:
    """``text`` as Plotly shows it literally: ``&``, ``<`` and ``>`` as entities (Plotly renders
    a subset of HTML, links included, in every text it draws); quotes stay as they are (Plotly
    knows no ``&quot;``).

    >>> plotly_text('<a href="//e.vil/">src</a> & co')
    '&lt;a href="//e.vil/"&gt;src&lt;/a&gt; &amp; co'
    """
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _resolved(start, end, value: str) -> str:
    if start is None or start != start:  # None or NaT
        return readable_date(value)
    first, last = f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}" if end == end and end is not None else ""
    return first if first == last and value == first else f"{readable_date(value)} ({first} – {last})"


def resolved_text(frame: pd.DataFrame) -> pd.Series:
    """``2024 (2024-01-01 – 2024-12-31)`` for periods, ``2025-04-26`` for days, and
    ``2020s (2020-01-01 – 2029-12-31)`` for the value ``202`` (``readable_date``)."""
    values = [_resolved(s, e, str(v or "")) for s, e, v in
              zip(frame["start"].tolist(), frame["end"].tolist(), frame["date"].tolist(), strict=True)]
    return pd.Series(values, index=frame.index, dtype=object)


def hover_texts(frame: pd.DataFrame, summary_limit: int = 160) -> list[str]:
    """One hover label per row of ``frame`` (HTML, every piece of article text escaped)."""
    if frame.empty:
        return []
    escape = plotly_text
    out = []
    for summary, written, source, actors, status, doc, resolved in zip(
            frame["summary"].tolist(), frame["date_text"].tolist(), frame["date_source"].tolist(),
            frame["actors"].tolist(), frame["status"].tolist(), frame["doc_id"].tolist(),
            resolved_text(frame).tolist(), strict=True):
        words = (f"written: “{escape(_clip(written, 60))}”" if written
                 else _SOURCE_WORDS.get(source or "none", ""))
        who = escape(_clip(", ".join(actors), 80)) if len(actors) else "no actor"
        out.append(f"<b>{escape(_clip(summary or '', summary_limit))}</b><br>{words} · resolved: "
                   f"{resolved}<br>{escape(status or '')} · {who} · {escape(str(doc or ''))}")
    return out
