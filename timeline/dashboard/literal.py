"""Text from files shown in Streamlit's Markdown (error boxes, captions) exactly as text.

Streamlit renders the body of ``st.error``, ``st.caption`` and the like as Markdown: a file name
or a JSON ``date`` value such as ``![x](https://e.vil/p.png)`` would become an image the browser
fetches. :func:`literal` wraps such text in a code span, inside which Markdown (CommonMark and
Streamlit's extensions: links, images, HTML, emphasis, LaTeX, colour directives) means nothing.

>>> literal("broken.json:1: bad date: '![x](https://e.vil/p.png)'")
"` broken.json:1: bad date: '![x](https://e.vil/p.png)' `"
>>> literal("a `tick` and ``two``")
'``` a `tick` and ``two`` ```'
"""

from __future__ import annotations

import re

__all__ = ["literal"]

_TICKS = re.compile(r"`+")


def literal(text: object) -> str:
    """``text`` as one Markdown code span (line breaks become spaces); "" for empty text."""
    value = str(text).replace("\r", " ").replace("\n", " ")
    if not value.strip():
        return ""
    fence = "`" * (max((len(run) for run in _TICKS.findall(value)), default=0) + 1)
    return f"{fence} {value} {fence}"
