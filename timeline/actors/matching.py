"""One pass of Aho-Corasick over the whole document, then cheap checks and longest-match selection.

Folded patterns (most aliases) are matched on a *key text*: the document lower-cased, every
character that is not a letter or digit turned into a space, and padded with one space on each
side; the keys are built the same way with a space at both ends (``" north korea "``). A match
therefore starts and ends at word boundaries by construction ("Oman" never fires inside
"woman"), "Kim Jong-un" matches "Kim Jong Un", and offsets map one to one onto the original
text. A capital in the pattern must be a capital in the text ("China", not "fine china"; "Kim
Jong UN" still matches "Kim Jong Un"). Exact patterns (codes, acronyms: "US", "UN", "DPRK") run
on the original text with a boundary check.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import NamedTuple

from timeline.actors.context import in_title_case_line
from timeline.actors.gazetteer import Gazetteer, Pattern, key_text

_WORD_AFTER = re.compile(r"\s+(\w+)")


class Hit(NamedTuple):
    """A span of the text and the patterns (one or several actors) whose alias it matches.

    A NamedTuple rather than a frozen dataclass: tens of thousands are made per megabyte.
    """

    start: int
    end: int
    patterns: tuple[Pattern, ...]


_START = itemgetter(0)


def _case_ok(text: str, start: int, pat: Pattern) -> bool:
    upper = pat.upper_positions
    if len(upper) == 1:
        return text[start + upper[0]].isupper()
    return all(text[start + i].isupper() for i in upper)


def _one_per_actor(pats: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
    """Several patterns of one actor on one span: keep the strongest (not attach-only)."""
    best: dict[str, Pattern] = {}
    for p in pats:
        if p.actor_id not in best or best[p.actor_id].attach_only:
            best[p.actor_id] = p
    return tuple(best.values())


def _all_caps_context(text: str, start: int, end: int) -> bool:
    """True when a neighbouring word is an all-caps word of 4+ letters (a shouted headline)."""
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    for word in before[-1:] + after[:1]:
        letters = "".join(c for c in word if c.isalpha())
        if len(letters) >= 4 and letters.isupper():
            return True
    return False


def _name_like_blocked(text: str, end: int, titles: frozenset[str]) -> bool:
    """ "Jordan Bardella", "Chad Smith": a capitalised non-title word follows (not in a headline)."""
    m = _WORD_AFTER.match(text, end)
    if not (m and m.group(1)[:1].isupper() and m.group(1) not in titles):
        return False
    return not in_title_case_line(text, end)


def scan(text: str, gaz: Gazetteer, keyed: str | None = None) -> list[Hit]:
    """All valid alias hits, longest first and non-overlapping, sorted by start.

    ``keyed`` is ``key_text(text)`` when the caller already has it.
    """
    candidates: list[Hit] = []
    keyed = keyed if keyed is not None else key_text(text)
    folded_patterns = gaz.folded_patterns
    titles = gaz.rules.title_set
    for idx, kstart, kend in gaz.folded.find_matches_as_indexes(keyed, overlapping=True):
        pats = folded_patterns[idx]
        if len(pats) == 1:
            pat = pats[0]
            upper = pat.upper_positions
            if len(upper) == 1:
                if not text[kstart + upper[0]].isupper():
                    continue
            elif not _case_ok(text, kstart, pat):
                continue
            if pat.name_like and _name_like_blocked(text, kend - 2, titles):
                continue
        else:
            pats = _one_per_actor(tuple(p for p in pats if _case_ok(text, kstart, p)))
            if not pats:
                continue
        candidates.append(Hit(kstart, kend - 2, pats))
    exact_patterns = gaz.exact_patterns
    n = len(text)
    for idx, start, end in gaz.exact.find_matches_as_indexes(text, overlapping=True):
        if start > 0 and text[start - 1].isalnum():
            continue
        if end < n and text[end].isalnum() and text[end - 1].isalnum():
            continue
        if end - start <= 3 and _all_caps_context(text, start, end):
            continue
        candidates.append(Hit(start, end, exact_patterns[idx]))
    return _longest_non_overlapping(candidates)


def _longest_non_overlapping(hits: list[Hit]) -> list[Hit]:
    """Sweep clusters of overlapping hits; inside a cluster the longest hits win."""
    hits.sort(key=_START)
    chosen: list[Hit] = []
    cluster: list[Hit] = []
    cluster_end = -1
    for h in hits:
        if h.start >= cluster_end:
            _flush(cluster, chosen)
            cluster = [h]
        else:
            cluster.append(h)
        cluster_end = max(cluster_end, h.end) if cluster_end > h.start else h.end
    _flush(cluster, chosen)
    return chosen


def _flush(cluster: list[Hit], chosen: list[Hit]) -> None:
    if len(cluster) == 1:
        chosen.append(cluster[0])
        return
    kept: list[Hit] = []
    for h in sorted(cluster, key=lambda h: (h.start - h.end, h.start)):
        if all(h.end <= k.start or k.end <= h.start for k in kept):
            kept.append(h)
    chosen.extend(sorted(kept, key=_START))
