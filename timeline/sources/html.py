"""Saved web pages (``.html``/``.htm``): the article's main text, title, canonical URL and date.

The main text comes from ``trafilatura`` (the field's standard for boilerplate removal: no
navigation, cookie banners, promotions, "most read" lists, comments or footer); the page's own
publication date from ``htmldate`` over its markup (Open Graph, JSON-LD, ``<time>``, Dublin
Core, the URL ...), without its "extensive" search of the visible text, which takes any date it
sees (a "most read" headline, a footer year) rather than none. When the markup gives no date,
the date written at the top of the main text is looked for (:mod:`timeline.sources.docdate`).

>>> page = '''<html><head><title>Dam opens | River Post</title>
... <link rel="canonical" href="https://river.example/dam-opens">
... <meta property="article:published_time" content="2021-05-04T08:00:00Z"></head>
... <body><nav>Home | World | Sport</nav><article><h1>Dam opens</h1>
... <p>The largest dam in the region opened on Tuesday after ten years of building work.</p>
... <p>Engineers said the reservoir would take two years to fill completely.</p></article>
... <footer>All rights reserved</footer></body></html>'''
>>> doc = next(read_html(page, "dam", "dam.html"))
>>> doc.dct, doc.dct_source, doc.url, doc.title
(datetime.date(2021, 5, 4), 'metadata', 'https://river.example/dam-opens', 'Dam opens')
>>> "Home" in doc.text or "rights" in doc.text
False
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from timeline.model import Document
from timeline.rawfile import NotText, decode_text

from .docdate import find_doc_date

if TYPE_CHECKING:
    from timeline.loaders import LoadError

__all__ = ["HTML_SUFFIXES", "decode_html", "read_html"]

HTML_SUFFIXES = (".html", ".htm")
# htmldate checks dates against a latest possible date, today by default; a fixed bound keeps
# the result independent of the day it runs (no hidden clock).
LATEST = "2100-12-31"


def decode_html(raw: bytes) -> str:
    """A page's bytes as text: UTF-8 (or UTF-16/32 with a byte-order mark), else the charset the
    page declares or trafilatura guesses; NotText for a binary file."""
    try:
        return decode_text(raw)
    except NotText as exc:
        if exc.line is None:  # binary, not text in another charset
            raise
        from trafilatura.utils import decode_file

        return decode_file(raw)


_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d",
                "max_date": LATEST}


def _page_date(tree) -> date | None:
    import htmldate

    found = htmldate.find_date(tree, **_DATE_PARAMS)
    return date.fromisoformat(found) if found else None


def read_html(text: str, stem: str, name: str, settings: object = None) -> Iterator[Document | LoadError]:
    """The one article of a saved page, or a load error naming the file when it holds none
    (``settings``: the loaders' reader signature; the file's size was checked before)."""
    from trafilatura import bare_extraction, load_html

    from timeline.loaders import LoadError  # the loaders import this module

    for library in ("trafilatura", "htmldate"):  # their warnings about odd markup are not ours
        logging.getLogger(library).setLevel(logging.ERROR)
    tree = load_html(text)
    if tree is None:
        yield LoadError(name, "not an HTML page (no markup could be parsed)")
        return
    dct = _page_date(tree)
    page = bare_extraction(load_html(text), with_metadata=True, include_comments=False,
                           include_images=False, include_links=False,
                           date_extraction_params=_DATE_PARAMS)  # its date is not used
    body = (page.text or "").strip() if page is not None else ""
    if not body:
        yield LoadError(name, "no article text found in the page (only markup, menus or lists)")
        return
    source = "metadata"
    if dct is None:
        found = find_doc_date(body)
        dct, source = found.value, found.source
    title = (page.title or "").strip() or body.split("\n", 1)[0][:90]
    yield Document(doc_id=stem, text=body, dct=dct, source=name, title=title,
                   dct_source=source, url=(page.url or "").strip())
