"""A long quotation cut so that who said it stays in the summary (issue 12: who did what).

A summary over its word limit is cut at the limit; when it is a quotation followed by its reporter
('"We will rebuild every school in the valley ...," the mayor said'), that cut loses the reporter.
:func:`cut_quotation` cuts inside the quotation instead, so the reporter stays.

>>> cut_quotation('"We will rebuild every school and every bridge in the valley before the rains," the mayor said', 8)
'"We will rebuild every school …," the mayor said'
>>> cut_quotation('The mayor said the bridge would reopen', 3) is None
True
"""

from __future__ import annotations

import re

__all__ = ["cut_quotation"]

# a quotation from the first character, then its reporter: no quotation mark in it
# (one quotation only, closed by its punctuation: '"...," he said', not '"..." of R$30bn fired up X, said Y')
_QUOTED = re.compile(r'\A(?P<open>["“])(?P<quote>[^"“”]+)(?P<close>[,.!?]["”])\s+(?P<reporter>[^"“”]+)\Z')
_MIN_QUOTE_WORDS = 5  # fewer words of the quotation than this say too little: no cut


def cut_quotation(body: str, max_words: int) -> str | None:
    """``body`` cut to ``max_words`` inside its quotation with its reporter kept whole, or None when
    ``body`` is no quotation before its reporter or too little of the quotation would be left."""
    found = _QUOTED.match(body)
    if found is None:
        return None
    reporter = found["reporter"].split()
    room = max_words - len(reporter)
    if room < _MIN_QUOTE_WORDS:
        return None
    quote = found["quote"].split()[:room]
    return f'{found["open"]}{" ".join(quote).rstrip(",;:.")} …,{found["close"][-1]} {" ".join(reporter).rstrip(".")}'
