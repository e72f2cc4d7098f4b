"""The merge as it was before blocking (quadratic, pandas row by row), kept to check that the
blocked merge gives the same tables. Copied unchanged from timeline/events/merge.py at 267b99a, but
for two rules added since, to both: a merged row is minor (keep score) only when every report is,
and its keep score is its best report's; and for speed alone, the pair loop reads each row once as
a dict instead of building a pandas row per pair (same values, same decisions: the 2,500-event
test ran 3-6 minutes on pandas rows)."""
from __future__ import annotations

import re

import pandas as pd

from timeline.events.lexicon import load_lexicon

__all__ = ["merge_events", "same_happening"]

_WORD = re.compile(r"[a-z]{4,}")
_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
                     "year": 5, "decade": 6, "century": 7, "": 8}


def _lemma(predicate: str) -> str:
    cue = load_lexicon().cues.get(predicate.lower())
    return cue.lemma if cue else predicate.lower()


def _content_words(summary: str) -> set[str]:
    return set(_WORD.findall(summary.lower()))


def same_happening(a, b) -> bool:
    """``a`` and ``b``: rows of the events table (a pandas row or a dict of one)."""
    if a["doc_id"] == b["doc_id"]:
        return False
    if pd.isna(a["start"]) or pd.isna(b["start"]):
        return False
    if a["start"] > b["end"] or b["start"] > a["end"]:
        return False
    actors_a, actors_b = set(a["actors"]), set(b["actors"])
    shared = actors_a & actors_b
    if not shared or len(shared) * 2 < min(len(actors_a), len(actors_b)):
        return False
    if _lemma(a["predicate"]) == _lemma(b["predicate"]):
        return True
    if a["event_type"] != b["event_type"] and "statement" not in (a["event_type"], b["event_type"]):
        return False
    words_a, words_b = _content_words(a["summary"]), _content_words(b["summary"])
    return len(words_a & words_b) >= 2


def merge_events(frame: pd.DataFrame) -> pd.DataFrame:
    """Merge the rows of ``frame`` that report the same happening in different documents."""
    if frame.empty or frame["doc_id"].nunique() < 2:
        return frame
    parent = list(range(len(frame)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows = frame.reset_index(drop=True)
    dated = rows[rows["start"].notna()]
    # Block by year so that only plausible pairs are compared (a statement and the happening it
    # reports may carry different types, so the type is no part of the block).
    keys = dated["start"].dt.strftime("%Y")
    records = rows.to_dict("records")  # the rows read once (the same values as rows.loc[i])
    for _, block in dated.groupby(keys, sort=False):
        index = list(block.index)
        for n, i in enumerate(index):
            for j in index[n + 1 :]:
                if find(i) != find(j) and same_happening(records[i], records[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    keep = []
    for members in groups.values():
        if len(members) == 1:
            keep.append(rows.loc[members[0]])
            continue
        best = min(members, key=lambda i: (_GRANULARITY_RANK.get(rows.loc[i, "granularity"], 8), i))
        row = rows.loc[best].copy()
        sources = [s for i in members for s in rows.loc[i, "sources"]]
        actors = list(dict.fromkeys(a for i in members for a in rows.loc[i, "actors"]))
        row["sources"], row["n_sources"], row["actors"] = sources, len(sources), actors
        if "minor" in rows.columns:
            row["minor"] = min(rows.loc[i, "minor"] for i in members)
        if "keep_score" in rows.columns:
            row["keep_score"] = max(rows.loc[i, "keep_score"] for i in members)
        keep.append(row)
    order = sorted(range(len(keep)), key=lambda k: keep[k].name)
    return pd.DataFrame([keep[k] for k in order]).reset_index(drop=True)
