"""One event across many articles: reports of the same happening merged, with all their sources.

Two events of different documents are the same happening when their periods overlap, they share
actors (at least half of the smaller set, and at least one), and their predicates agree (the same
lemma, or agreeing types with overlapping content words in their summaries). Types agree when
they are equal or one is ``statement``: one wire reports the claim ("Russia said its troops had
recaptured the town", a statement), another the happening itself (conflict). Only events whose
dates start in the same year are compared. The merged row is the report
with the most specific date (its wording, sentence and offsets) and lists every source; it is
minor (``minor`` column) only when every report is, and its ``keep_score`` is its best report's.

Near-linear: candidate pairs come from blocks (year of the start x actor), since two
reports of one happening always share an actor; inside a block, events sorted by start are
compared only with the earlier ones whose period is still open, never with events of their own
document, and not at all with a group of reports they have already joined. Events without a date
or without actors are never candidates.

>>> import pandas as pd
>>> rows = [
...     {"event_id": "a-e001", "doc_id": "a", "start": "2025-04-26", "end": "2025-04-26",
...      "granularity": "day", "predicate": "reclaimed", "event_type": "military_action",
...      "actors": ["Russia", "Ukraine"], "summary": "Russia reclaimed the Kursk region",
...      "sources": [{"doc_id": "a", "sentence": "Russia reclaimed Kursk."}], "n_sources": 1},
...     {"event_id": "b-e004", "doc_id": "b", "start": "2025-04-26", "end": "2025-04-26",
...      "granularity": "day", "predicate": "recaptured", "event_type": "military_action",
...      "actors": ["Russia"], "summary": "Moscow recaptured the Kursk region",
...      "sources": [{"doc_id": "b", "sentence": "Moscow recaptured Kursk."}], "n_sources": 1},
... ]
>>> frame = pd.DataFrame(rows).assign(start=lambda f: pd.to_datetime(f.start), end=lambda f: pd.to_datetime(f.end))
>>> merged = merge_events(frame)
>>> merged[["event_id", "n_sources"]].values.tolist()
[['a-e001', 2]]
>>> [s["doc_id"] for s in merged.iloc[0]["sources"]]
['a', 'b']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from timeline.events.keepscore import MINOR, SCORE
from timeline.events.lexicon import load_lexicon
from timeline.events.mergetypes import types_agree

__all__ = ["candidate_pairs", "merge_events", "same_happening"]

_WORD = re.compile(r"[a-z]{4,}")
_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
                     "year": 5, "decade": 6, "century": 7, "": 8}


def _lemma(predicate: str) -> str:
    cue = load_lexicon().cues.get(predicate.lower())
    return cue.lemma if cue else predicate.lower()


def _content_words(summary: str) -> set[str]:
    return set(_WORD.findall(summary.lower()))


def same_happening(a: pd.Series, b: pd.Series) -> bool:
    """True when rows ``a`` and ``b`` of different documents report one happening (the rule of
    this module's docstring: overlapping periods, shared actors, agreeing predicates)."""
    if a["doc_id"] == b["doc_id"]:
        return False
    if pd.isna(a["start"]) or pd.isna(b["start"]):
        return False
    return _Report.of(a).agrees(_Report.of(b))


@dataclass(frozen=True)
class _Report:
    """What the comparison needs of one row, taken out of pandas once (row access is slow)."""

    doc: str
    start: int  # seconds since 1970 (any date of years 1 to 9999)
    end: int
    actors: frozenset[str]
    lemma: str
    event_type: str
    summary: str

    @classmethod
    def of(cls, row: pd.Series) -> _Report:
        start, end = _seconds(pd.Series([row["start"], row["end"]]))
        return cls(row["doc_id"], int(start), int(end), frozenset(row["actors"]),
                   _lemma(row["predicate"]), row["event_type"], row["summary"])

    @cached_property
    def words(self) -> set[str]:
        return _content_words(self.summary)

    def agrees(self, other: _Report) -> bool:
        """Periods overlap, enough shared actors, the same predicate or type and summary words
        (the document and date checks are the caller's)."""
        if self.start > other.end or other.start > self.end:
            return False
        shared = len(self.actors & other.actors)
        if not shared or shared * 2 < min(len(self.actors), len(other.actors)):
            return False
        if self.lemma == other.lemma:
            return True
        if not types_agree(self.event_type, other.event_type):
            return False
        return len(self.words & other.words) >= 2


def _seconds(values: pd.Series):
    """Dates as whole seconds since 1970 (numpy int64; NaT becomes the smallest int64)."""
    return pd.to_datetime(values).to_numpy().astype("datetime64[s]").view("int64")


def _reports(rows: pd.DataFrame) -> list[_Report | None]:
    """One report per row; None for rows that can never merge (no date or no actors)."""
    dated = rows["start"].notna().tolist()
    starts, ends = _seconds(rows["start"]).tolist(), _seconds(rows["end"]).tolist()
    lemmas: dict[str, str] = {}
    found: list[_Report | None] = []
    for doc, ok, start, end, actors, predicate, event_type, summary in zip(
            rows["doc_id"], dated, starts, ends, rows["actors"], rows["predicate"],
            rows["event_type"], rows["summary"], strict=True):
        if not ok or not len(actors):
            found.append(None)
            continue
        if predicate not in lemmas:
            lemmas[predicate] = _lemma(predicate)
        found.append(_Report(doc, start, end, frozenset(actors), lemmas[predicate], event_type,
                             summary))
    return found


def _years(rows: pd.DataFrame) -> list[int]:
    """The year of each row's start (meaningless where there is no start)."""
    starts = pd.to_datetime(rows["start"]).to_numpy().astype("datetime64[Y]")
    return (starts.view("int64") + 1970).tolist()


def _blocks(reports: list[_Report | None], years: list[int]) -> dict[tuple, list[int]]:
    """Row numbers per (year of the start, actor); an event is in one block per actor."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, (report, year) in enumerate(zip(reports, years, strict=True)):
        if report is not None:
            for actor in report.actors:
                blocks[(year, actor)].append(i)
    return blocks


def candidate_pairs(frame: pd.DataFrame) -> list[tuple[int, int]]:
    """The pairs of row numbers (of ``frame`` in its order) that report the same happening.

    Found block by block, never by comparing all pairs; a pair sharing several actors is
    reported once."""
    rows = frame.reset_index(drop=True)
    return sorted(set(_matching(_reports(rows), _years(rows))))


def _matching(reports: list[_Report | None], years: list[int],
              skip: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of rows that agree, block by block (a pair may come once per shared
    actor); ``skip(i, j)`` true leaves a pair unchecked (the merge: already in one group)."""
    for members in _blocks(reports, years).values():
        if len(members) < 2:
            continue
        for i, j in _overlapping(reports, members):
            if skip is not None and skip(i, j):
                continue
            if reports[i].agrees(reports[j]):
                yield (i, j) if i < j else (j, i)


def _overlapping(reports: list[_Report], members: list[int]):
    """Pairs of members of different documents whose periods overlap: a sweep over the starts,
    keeping the open periods of each document apart so a long document is never compared with
    itself."""
    members = sorted(members, key=lambda i: (reports[i].start, i))
    if len({reports[i].doc for i in members}) < 2:
        return
    ends = {i: reports[i].end for i in members}
    open_by_doc: dict[str, list[int]] = {}
    earliest_end: dict[str, int] = {}  # per document, the earliest end among its open periods
    for j in members:
        now, doc = reports[j].start, reports[j].doc
        for other in [d for d in open_by_doc if d != doc]:
            if earliest_end[other] < now:  # some period closed: keep the open ones
                still = [i for i in open_by_doc[other] if ends[i] >= now]
                if not still:
                    del open_by_doc[other], earliest_end[other]
                    continue
                open_by_doc[other], earliest_end[other] = still, min(ends[i] for i in still)
            yield from ((i, j) for i in open_by_doc[other])
        open_by_doc.setdefault(doc, []).append(j)
        earliest_end[doc] = min(earliest_end.get(doc, ends[j]), ends[j])


def _connect(reports: list[_Report], members: list[int], find: Callable[[int], int],
             parent: list[int]) -> None:
    """Join the groups (``parent``, union-find) of the block's rows that report one happening.

    The sweep of :func:`_overlapping`, with the open rows kept by group: a group the new row
    already belongs to is passed over whole, and another group is joined at its first member
    that agrees, so a crowded block costs about its number of groups per row, not its pairs."""
    members = sorted(members, key=lambda i: (reports[i].start, i))
    if len({reports[i].doc for i in members}) < 2:
        return
    groups: dict[int, _Open] = {}  # group -> its open rows
    for j in members:
        report = reports[j]
        current: dict[int, _Open] = {}  # with the groups joined since (here or in other blocks)
        for key, group in groups.items():
            if group.rows:
                root = find(key)
                current[root] = current[root].joined(group) if root in current else group
        groups = current
        for root, group in groups.items():
            if find(root) == find(j):
                continue
            group.close_before(report.start, reports)
            if any(reports[i].doc != report.doc and reports[i].agrees(report) for i in group.rows):
                parent[find(j)] = root
        groups.setdefault(find(j), _Open()).add(j, report.end)


@dataclass(slots=True)
class _Open:
    """The open rows of one group in a sweep, and the earliest end among them (rows whose
    period has closed are dropped only once that end is passed). Mutable: the sweep's state."""

    rows: list[int] = field(default_factory=list)
    earliest: int | None = None

    def add(self, row: int, end: int) -> None:
        self.rows.append(row)
        self.earliest = end if self.earliest is None else min(self.earliest, end)

    def joined(self, other: _Open) -> _Open:
        """The two groups' rows in one (the smaller list copied into the larger)."""
        big, small = (self, other) if len(self.rows) >= len(other.rows) else (other, self)
        big.rows.extend(small.rows)
        big.earliest = min(e for e in (big.earliest, small.earliest) if e is not None)
        return big

    def close_before(self, now: int, reports: list[_Report]) -> None:
        if self.earliest is not None and self.earliest < now:
            self.rows = [i for i in self.rows if reports[i].end >= now]
            self.earliest = min((reports[i].end for i in self.rows), default=None)


def merge_events(frame: pd.DataFrame) -> pd.DataFrame:
    """Merge the rows of ``frame`` that report the same happening in different documents."""
    if frame.empty or frame["doc_id"].nunique() < 2:
        return frame
    rows = frame.reset_index(drop=True)
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reports = _reports(rows)
    for members in _blocks(reports, _years(rows)).values():
        if len(members) > 1:
            _connect(reports, members, find, parent)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[find(i)].append(i)
    granularity = rows["granularity"].tolist()
    best = {}
    for members in groups.values():
        best[min(members, key=lambda i: (_GRANULARITY_RANK.get(granularity[i], 8), i))] = members
    keep = sorted(best)
    merged = rows.iloc[keep].copy()
    sources, actors = rows["sources"].tolist(), rows["actors"].tolist()
    minor = rows[MINOR].tolist() if MINOR in rows.columns else None
    score = rows[SCORE].tolist() if SCORE in rows.columns else None
    for at, i in enumerate(keep):
        members = best[i]
        if len(members) == 1:
            continue
        listed = [s for m in members for s in sources[m]]
        merged.iat[at, merged.columns.get_loc("sources")] = listed
        merged.iat[at, merged.columns.get_loc("n_sources")] = len(listed)
        merged.iat[at, merged.columns.get_loc("actors")] = list(
            dict.fromkeys(a for m in members for a in actors[m]))
        if minor is not None:  # a happening one article shows is shown
            merged.iat[at, merged.columns.get_loc(MINOR)] = min(minor[m] for m in members)
        if score is not None:  # ... with the score of its best report
            merged.iat[at, merged.columns.get_loc(SCORE)] = max(score[m] for m in members)
    return merged.reset_index(drop=True)
