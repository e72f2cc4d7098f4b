"""The detail of one event: its source sentence with the date words and the actors highlighted.

Built as HTML from escaped pieces: every piece of article text goes through ``html.escape``,
so an article containing ``<script>`` shows those characters and runs nothing.

>>> text = "Moscow said on Saturday that <b>troops</b> left."
>>> row = {"sentence_start": 0, "sentence_end": len(text), "date_start": 12, "date_end": 23,
...        "mentions": [[0, 6, "Russia"]], "trigger_start": 7, "trigger_end": 11}
>>> for piece in highlight_sentence(text, row).split("</"):
...     print(piece)
<mark class="tl-actor" title="Russia">Moscow
mark> <b class="tl-trigger">said
b> <mark class="tl-date" title="time expression">on Saturday
mark> that &lt;b&gt;troops&lt;/b&gt; left.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from urllib.parse import urlsplit

import pandas as pd

from timeline.dashboard.certainty import LEGEND, certainty
from timeline.dashboard.hover import resolved_text
from timeline.model import Document

__all__ = ["CSS", "article_date", "article_html", "detail_html", "highlight_sentence", "source_link",
           "source_sentences"]

CSS = """<style>
.tl-sentence { font-size: 1.05rem; line-height: 1.7; }
mark.tl-date { background: #F0E442; color: #000; padding: 0 .15em; border-radius: .2em; }
mark.tl-actor { background: #56B4E9; color: #000; padding: 0 .15em; border-radius: .2em; }
b.tl-trigger { text-decoration: underline; }
</style>"""


def _spans(row: Mapping, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, title) relative to the sentence, clipped to it, without overlaps."""
    spans = []
    date_start, date_end = int(row.get("date_start", -1)), int(row.get("date_end", -1))
    if 0 <= date_start < date_end:
        spans.append((date_start, date_end, "date", "time expression"))
    for mention in row.get("mentions") or []:
        m_start, m_end, name = int(mention[0]), int(mention[1]), str(mention[2])
        spans.append((m_start, m_end, "actor", name))
    t_start, t_end = int(row.get("trigger_start", -1)), int(row.get("trigger_end", -1))
    if 0 <= t_start < t_end:
        spans.append((t_start, t_end, "trigger", ""))
    out: list[tuple[int, int, str, str]] = []
    taken = -1
    priority = {"date": 0, "actor": 1, "trigger": 2}
    for s, e, kind, title in sorted(spans, key=lambda x: (x[0], priority[x[2]], -x[1])):
        s, e = max(s, start), min(e, end)
        if s >= e or s < taken:
            continue  # outside the sentence, or overlapping an earlier highlight
        out.append((s - start, e - start, kind, title))
        taken = e
    return out


def _tag(kind: str, title: str, inner: str) -> str:
    if kind == "trigger":
        return f'<b class="tl-trigger">{inner}</b>'
    label = html.escape(title, quote=True)
    return f'<mark class="tl-{kind}" title="{label}">{inner}</mark>'


def highlight_sentence(doc_text: str | None, row: Mapping) -> str:
    """The event's sentence as HTML with ``<mark>``s; from ``row['sentence']`` when no document."""
    start, end = int(row["sentence_start"]), int(row["sentence_end"])
    if doc_text is not None and 0 <= start < end <= len(doc_text):
        sentence = doc_text[start:end]
    else:
        sentence = str(row.get("sentence", ""))
        end = start + len(sentence)
    pieces, at = [], 0
    for s, e, kind, title in _spans(row, start, end):
        pieces.append(html.escape(sentence[at:s]))
        pieces.append(_tag(kind, title, html.escape(sentence[s:e])))
        at = e
    pieces.append(html.escape(sentence[at:]))
    return "".join(pieces)


def source_sentences(row: Mapping) -> list[tuple[str, str]]:
    """(document, escaped sentence) for every source other than the event's own document."""
    own = (row.get("doc_id"), row.get("sentence"))
    out = []
    for source in row.get("sources") or []:
        pair = (source.get("doc_id"), source.get("sentence"))
        if pair != own:
            out.append((html.escape(str(pair[0])), html.escape(str(pair[1]))))
    return out


# Where the article date came from (column doc_date_source), as the detail says it.
DATE_SOURCES = {
    "header": "from the date line of the file",
    "metadata": "from the article's metadata",
    "dateline": "from the dateline",
    "byline": "from the date line at the top",
    "user": "given by you",
}


def _text(row: Mapping, column: str) -> str:
    value = row.get(column)
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def article_date(row: Mapping) -> str:
    """The article date and where it came from, escaped (older tables without the columns:
    the date alone).

    >>> article_date({"doc_date": "2023-02-06", "doc_date_source": "dateline"})
    '2023-02-06 (from the dateline)'
    >>> article_date({"doc_date": ""})
    'no article date'
    """
    value, source = _text(row, "doc_date"), _text(row, "doc_date_source")
    if not value:
        return "no article date"
    said = DATE_SOURCES.get(source)
    return html.escape(value) + (f" ({said})" if said else "")


def source_link(row: Mapping) -> str:
    """A link to the article's URL (``doc_url``), opened in a new tab; only http(s) addresses
    become links, anything else is shown as escaped text; "" when there is none.

    >>> source_link({"doc_url": "https://news.example/a?b=1&c=2"})
    '<a href="https://news.example/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">news.example</a>'
    >>> source_link({"doc_url": "javascript:alert(1)"})
    'javascript:alert(1)'
    """
    url = _text(row, "doc_url").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return html.escape(url)
    return (f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
            f"{html.escape(parts.netloc)}</a>")


def _field(label: str, value: str) -> str:
    return f"<tr><th>{html.escape(label)}</th><td>{value}</td></tr>"


def _document_line(row: Mapping, doc: Document | None) -> str:
    line = html.escape(str(row["doc_id"]))
    if doc is not None:
        line += " · " + html.escape(doc.title or "") + " · " + (
            html.escape(doc.dct.isoformat()) if doc.dct else "no article date")
        if doc.source:
            line += " · " + html.escape(doc.source)
    return line


def detail_html(row: Mapping, doc: Document | None) -> str:
    """The detail of one event (a row of the events table) as HTML: summary, the sentence with
    its highlights, how the date was found, status, type, actors, document, the parts of the
    happening (``parts``: its steps and repeats) and other sources. Every piece of text is escaped.

    >>> row = {"doc_id": "d", "summary": "<i>x</i>", "sentence": "Troops left.", "sentence_start": 0,
    ...        "sentence_end": 12, "start": None, "granularity": "", "date_source": "none",
    ...        "date_text": "", "resolution": "", "status": "asserted", "attribution": "",
    ...        "event_type": "other", "actor_roles": [], "actors": [], "sources": []}
    >>> page = detail_html(row, None)
    >>> "<h4>&lt;i&gt;x&lt;/i&gt;</h4>" in page, "not resolved" in page, "Parts" in page
    (True, True, False)
    >>> "<li>The flags &lt;were&gt; lowered</li>" in detail_html(
    ...     {**row, "parts": [[0, 12, "The flags <were> lowered"]]}, None)
    True
    """
    sentence = highlight_sentence(doc.text if doc else None, row)
    level = certainty(pd.DataFrame([{"granularity": row["granularity"],
                                     "date_source": row["date_source"]}])).iloc[0]
    resolved = resolved_text(pd.DataFrame([row])).iloc[0] if pd.notna(row["start"]) else "not resolved"
    written = html.escape(row["date_text"]) if row["date_text"] else "<i>no date words in the sentence</i>"
    roles = ", ".join(f"{html.escape(a)} ({html.escape(r)})" for a, r in row["actor_roles"]) \
        or html.escape(", ".join(row["actors"])) or "none found"
    status = row["status"] + (f" ({row['attribution']})" if row["attribution"] else "")
    table = "".join([
        _field("Date as written", written),
        _field("Resolved", html.escape(resolved)),
        _field("How", html.escape(row["resolution"] or row["date_source"])),
        _field("Certainty", html.escape("set by hand" if row.get("date_source") == "corrected" else LEGEND[level])),
        _field("Status", html.escape(status)),
        _field("Type", html.escape(row["event_type"])),
        _field("Actors", roles),
        _field("Document", _document_line(row, doc)),
        _field("Article date", article_date(row)),
    ] + ([_field("Source", source_link(row))] if source_link(row) else []))
    others = "".join(f"<li><b>{d}</b>: {s}</li>" for d, s in source_sentences(row))
    parts = "".join(f"<li>{html.escape(str(p[2]))}</li>" for p in (row.get("parts") or []) if len(p) > 2)
    return (f'{CSS}<div class="tl-detail"><h4>{html.escape(row["summary"])}</h4>'
            f'<blockquote class="tl-sentence">{sentence}</blockquote>'
            f'<p><mark class="tl-date">date words</mark> <mark class="tl-actor">actors</mark> '
            f'<b class="tl-trigger">what happened</b></p>'
            f'<table class="tl-fields">{table}</table>'
            + (f"<p>Parts of this happening:</p><ul>{parts}</ul>" if parts else "")
            + (f"<p>Also reported in:</p><ul>{others}</ul>" if others else "") + "</div>")


def article_html(text: str, row: Mapping) -> str:
    r"""The whole article as escaped HTML, the event's sentence marked, line breaks kept.

    >>> article_html("A <b>.\nB.", {"sentence_start": 0, "sentence_end": 5})
    '<div class="tl-article"><mark class="tl-date">A &lt;b&gt;</mark>.<br>B.</div>'
    """
    start, end = int(row["sentence_start"]), int(row["sentence_end"])
    return ('<div class="tl-article">' + html.escape(text[:start]).replace("\n", "<br>")
            + '<mark class="tl-date">' + html.escape(text[start:end]) + "</mark>"
            + html.escape(text[end:]).replace("\n", "<br>") + "</div>")
