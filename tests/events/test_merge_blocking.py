"""The blocked merge gives the same tables as the quadratic merge it replaced (issue 15).

The old code is kept in ``merge_reference.py``; both run on the corpus articles (with reworded
copies, so that there is something to merge) and on a few thousand generated events crowded on
few days, actors and predicates, with every corner: no date, no actors, long periods, events of
one document.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pandas as pd
import pytest

from timeline import Document, events_frame, load_documents, process_all
from timeline.events.merge import candidate_pairs, merge_events, same_happening

HERE = Path(__file__).parent
CORPUS = HERE.parent / "corpus" / "articles"
SAMPLE = HERE.parent.parent / "data" / "kursk-2025-04-28.txt"


def _reference():
    spec = importlib.util.spec_from_file_location("merge_reference", HERE / "merge_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


old = _reference()

ACTORS = ["Russia", "Ukraine", "NATO", "China", "Iran", "Israel", "Hamas", "Turkey"]
VERBS = [("seized", "military_action"), ("captured", "military_action"),
         ("shelled", "military_action"), ("said", "statement"), ("announced", "statement"),
         ("met", "diplomacy"), ("held", "diplomacy"), ("accused", "accusation")]
PLACES = ["Kursk region", "Gaza border", "Black Sea", "Sudzha town", "Tehran talks"]
SPANS = [("day", 0), ("day", 0), ("day", 0), ("week", 6), ("month", 30), ("year", 364), ("", 0)]


def synthetic(count: int, seed: int) -> pd.DataFrame:
    """``count`` events of about count/4 documents, crowded so that many pairs merge."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        doc = f"d{rng.randrange(count // 4):04d}"
        verb, kind = rng.choice(VERBS)
        granularity, span = rng.choice(SPANS)
        start = pd.Timestamp("2024-12-20") + pd.Timedelta(days=rng.randrange(60))
        if granularity == "":
            start = pd.NaT
        actors = rng.sample(ACTORS, rng.choice([0, 1, 1, 2, 2, 3]))
        place = rng.choice(PLACES)
        summary = f"{actors[0] if actors else 'Officials'} {verb} the {place}"
        rows.append({
            "event_id": f"{doc}-e{n:05d}", "doc_id": doc, "start": start,
            "end": start + pd.Timedelta(days=span) if granularity else pd.NaT,
            "granularity": granularity, "predicate": verb, "event_type": kind, "actors": actors,
            "summary": summary, "sources": [{"doc_id": doc, "sentence": summary + "."}],
            "n_sources": 1, "sentence": summary + ".",
        })
    frame = pd.DataFrame(rows)
    for column in ("start", "end"):
        frame[column] = frame[column].astype("datetime64[s]")
    return frame


def reworded(path: Path, number: int) -> Document:
    """A second report of an article: another id, the same date, its sentences in another order."""
    (doc,) = load_documents([path]).documents
    sentences = doc.text.split(". ")
    random.Random(number).shuffle(sentences)
    return Document(f"{doc.doc_id}-copy{number}", ". ".join(sentences), doc.dct)


@pytest.fixture(scope="module")
def corpus_frame() -> pd.DataFrame:
    paths = sorted(CORPUS.glob("*.txt"))
    docs = list(load_documents([*paths, SAMPLE]).documents)
    docs += [reworded(p, n) for n, p in enumerate(paths[:6])]
    docs += [reworded(SAMPLE, 1), reworded(SAMPLE, 2)]
    return events_frame(process_all(docs))


def test_merge_corpus_same_table_as_before(corpus_frame):
    new, before = merge_events(corpus_frame), old.merge_events(corpus_frame)
    assert (new["n_sources"] > 1).sum() >= 10  # the copies did merge: the comparison means something
    pd.testing.assert_frame_equal(new, before)


@pytest.mark.parametrize("count,seed", [(400, 1), (2500, 2)])
def test_merge_synthetic_same_table_as_before(count, seed):
    frame = synthetic(count, seed)
    new, before = merge_events(frame), old.merge_events(frame)
    assert len(new) < len(frame) * 0.9  # many merges
    pd.testing.assert_frame_equal(new, before, check_dtype=False)
    assert new["n_sources"].sum() == len(frame)  # every source kept


def test_merge_candidate_pairs_are_exactly_the_matching_pairs():
    """On a small crowded table, every pair is checked the slow way: the blocks miss none."""
    frame = synthetic(160, 4)
    table = frame.reset_index(drop=True)
    rows = [table.loc[i] for i in range(len(table))]  # each pandas row built once, not once per pair
    expected = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            a, b = rows[i], rows[j]
            same_block = (pd.notna(a["start"]) and pd.notna(b["start"])
                          and a["start"].year == b["start"].year)
            if same_block and same_happening(a, b):
                expected.append((i, j))
    assert expected  # the table is crowded enough to have matches
    assert candidate_pairs(frame) == expected


@pytest.mark.parametrize("events", [3000])
def test_merge_one_long_document_beside_others_is_never_compared_with_itself(events):
    """One article with thousands of events on one day, beside a short one: its events stay
    apart (same document) and the short article's event merges with them."""
    long = pd.DataFrame({
        "event_id": [f"long-e{n:05d}" for n in range(events)], "doc_id": "long",
        "start": pd.Timestamp("2025-01-01"), "end": pd.Timestamp("2025-01-01"),
        "granularity": "day", "predicate": "seized", "event_type": "military_action",
        "actors": [["Russia"]] * events, "summary": "Russia seized the town",
        "sources": [[{"doc_id": "long", "sentence": "s"}]] * events, "n_sources": 1})
    short = long.iloc[:1].assign(event_id="short-e001", doc_id="short",
                                 sources=[[{"doc_id": "short", "sentence": "t"}]])
    frame = pd.concat([long, short], ignore_index=True)
    pairs = candidate_pairs(frame)
    assert len(pairs) == events and all(j == events for _, j in pairs)
    merged = merge_events(frame)
    assert len(merged) == 1 and merged.iloc[0]["n_sources"] == events + 1


@pytest.mark.parametrize("days,documents", [(1, 40), (3, 100), (40, 300)])
def test_merge_one_crowded_block_same_table_as_before(days, documents):
    """One actor, one type, one year: every report in one block, from crowded (one day, many
    reports per document) to sparse; periods of a day, a week or a month."""
    rng = random.Random(days)
    rows = []
    for n in range(300):
        doc = f"d{rng.randrange(documents):03d}"
        verb = rng.choice(["seized", "shelled", "captured", "struck"])
        start = pd.Timestamp("2025-02-01") + pd.Timedelta(days=rng.randrange(days))
        span = rng.choice([0, 0, 0, 6, 27])
        actors = ["Russia", *rng.sample(["Ukraine", "NATO", "Iran"], rng.choice([0, 0, 1, 2]))]
        summary = f"Russia {verb} the {rng.choice(PLACES)}"
        rows.append({"event_id": f"{doc}-e{n:03d}", "doc_id": doc, "start": start,
                     "end": start + pd.Timedelta(days=span), "granularity": "day" if not span
                     else "week" if span == 6 else "month", "predicate": verb,
                     "event_type": "military_action", "actors": actors, "summary": summary,
                     "sources": [{"doc_id": doc, "sentence": summary}], "n_sources": 1})
    frame = pd.DataFrame(rows)
    new, before = merge_events(frame), old.merge_events(frame)
    assert len(new) < len(frame)
    pd.testing.assert_frame_equal(new, before, check_dtype=False)
