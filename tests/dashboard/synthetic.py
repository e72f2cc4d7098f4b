"""Synthetic events with every column of the events table, for tests, demos and benchmarks.

Sentences are built from their parts, so every offset (date words, actor mentions, trigger)
points at the right characters of the synthetic document text.

>>> frame, texts = synthetic_events(20, seed=1)
>>> len(frame), sorted(texts)[:1]
(20, ['syn-0000'])
>>> row = frame.iloc[0]
>>> texts[row.doc_id][row.date_start:row.date_end] == row.date_text
True
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

__all__ = ["ACTORS", "synthetic_events"]

ACTORS = (
    "Russia", "Ukraine", "North Korea", "South Korea", "United States", "China", "NATO",
    "United Nations", "European Union", "Kim Jong Un", "Vladimir Putin", "Volodymyr Zelensky",
    "Japan", "India", "Turkey", "Iran", "Israel", "France", "Germany", "United Kingdom",
    "Poland", "Belarus", "Syria", "Egypt", "Brazil", "Mexico", "Canada", "Australia",
    "Saudi Arabia", "Qatar",
)
_PREDICATES = {
    "statement": ("said", "announced", "confirmed"),
    "military_action": ("attacked", "seized", "shelled"),
    "deployment": ("deployed", "sent"),
    "diplomacy": ("met", "thanked", "signed a treaty with"),
    "accusation": ("accused", "condemned"),
}
_STATUSES = ("asserted", "asserted", "asserted", "claimed", "denied", "planned")
_GRANULARITY = (("day", 0.7), ("month", 0.12), ("year", 0.1), ("week", 0.04),
                ("season", 0.02), ("quarter", 0.01), ("decade", 0.01))


def _period(kind: str, day: date) -> tuple[date, date, str, str]:
    """(start, end, TIMEX3 value, words) of the period of granularity ``kind`` holding ``day``."""
    if kind == "day":
        return day, day, day.isoformat(), f"on {day:%d %B %Y}"
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        year, week, _ = monday.isocalendar()
        return monday, monday + timedelta(days=6), f"{year}-W{week:02d}", f"in the week of {monday:%d %B}"
    if kind == "month":
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last, f"{day:%Y-%m}", f"in {day:%B %Y}"
    if kind in ("quarter", "season"):
        q = (day.month - 1) // 3
        first = date(day.year, 3 * q + 1, 1)
        last = (date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1)) - timedelta(days=1)
        if kind == "quarter":
            nth = ("first", "second", "third", "fourth")[q]
            return first, last, f"{day.year}-Q{q + 1}", f"in the {nth} quarter of {day.year}"
        season = ("winter", "spring", "summer", "autumn")[q]
        return first, last, f"{day.year}-{season[:2].upper()}", f"in the {season} of {day.year}"
    if kind == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), str(day.year), f"in {day.year}"
    decade = day.year // 10 * 10
    return date(decade, 1, 1), date(decade + 9, 12, 31), str(decade // 10), f"in the {decade}s"


def synthetic_events(n: int, seed: int = 0, per_doc: int = 10,
                     first: date = date(2023, 1, 1), days: int = 900) -> tuple[pd.DataFrame, dict[str, str]]:
    """``n`` events in ``ceil(n / per_doc)`` documents: the events table and each document's text."""
    rng = random.Random(seed)
    rows: list[dict] = []
    texts: dict[str, str] = {}
    kinds = [k for k, _ in _GRANULARITY]
    weights = [w for _, w in _GRANULARITY]
    for number in range(n):
        doc_id = f"syn-{number // per_doc:04d}"
        doc_date = first + timedelta(days=(number // per_doc) * days // max(1, n // per_doc))
        text = texts.get(doc_id, "")
        actors = rng.sample(ACTORS, k=rng.choice((1, 1, 2, 2, 3)))
        event_type = rng.choice(tuple(_PREDICATES))
        predicate = rng.choice(_PREDICATES[event_type])
        kind = rng.choices(kinds, weights)[0]
        source = rng.choices(("explicit", "inherited", "article_date"), (0.75, 0.15, 0.1))[0]
        day = doc_date - timedelta(days=rng.randrange(0, 60))
        start, end, value, words = _period(kind, day)
        if source == "article_date":
            start = end = doc_date
            value, kind, words = doc_date.isoformat(), "day", ""
        head = f"{actors[0]} {predicate} "
        rest = " and ".join(actors[1:]) or "the region"
        sentence = f"{head}{rest}" + (f" {words}" if source == "explicit" else "") + "."
        offset = len(text) + (1 if text else 0)
        text = (text + " " if text else "") + sentence
        texts[doc_id] = text
        mentions = [[offset, offset + len(actors[0]), actors[0]]]
        at = offset + len(head)
        for other in actors[1:]:
            mentions.append([at, at + len(other), other])
            at += len(other) + len(" and ")
        if source == "explicit":
            date_start = offset + sentence.rindex(words)
            date_end, date_text = date_start + len(words), words
        else:
            date_start = date_end = -1
            date_text = ""
        resolution = {"explicit": f"'{words}': {value}, written in the sentence",
                      "inherited": f"{value}: inherited from the date of the previous event",
                      "article_date": f"{value}: no date in the sentence; the article date"}[source]
        rows.append({
            "event_id": f"{doc_id}-e{number % per_doc + 1}",
            "doc_id": doc_id,
            "start": pd.Timestamp(start), "end": pd.Timestamp(end),
            "date": value, "granularity": kind, "date_text": date_text, "date_source": source,
            "resolution": resolution, "summary": sentence.rstrip("."),
            "predicate": predicate, "event_type": event_type,
            "status": rng.choice(_STATUSES), "attribution": "",
            "actors": actors,
            "actor_roles": [[actors[0], "agent"]] + [[a, "patient"] for a in actors[1:]],
            "sentence": sentence, "sentence_start": offset, "sentence_end": offset + len(sentence),
            "date_start": date_start, "date_end": date_end,
            "trigger_start": offset + len(actors[0]) + 1,
            "trigger_end": offset + len(actors[0]) + 1 + len(predicate),
            "mentions": mentions,
            "sources": [{"doc_id": doc_id, "sentence": sentence}], "n_sources": 1,
            "doc_date": doc_date.isoformat(),
        })
    frame = pd.DataFrame(rows)
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame, texts
