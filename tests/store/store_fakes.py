"""A small stand-in for ``timeline.process`` with exactly predictable events, for the store tests.

One event per sentence: its date is the ISO date written in it (``2024-03-05``) or, failing that,
unresolved; its actors are the known names it contains; a sentence holding ``BOOM`` makes the
whole document fail. Module-level functions, so worker processes and Dask can import them.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.pipeline import DocumentResult

ACTORS = ("Russia", "Ukraine", "North Korea", "NATO", "Zelensky")
TYPES = {"talks": "diplomacy", "shelled": "military_action", "said": "statement"}
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")


def fake_process(doc: Document) -> DocumentResult:
    if "BOOM" in doc.text:
        raise RuntimeError(f"cannot process {doc.doc_id}")
    sentences, events = [], []
    for match in re.finditer(r"[^.]+\.", doc.text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        sentence = Sentence(start, match.end())
        sentences.append(sentence)
        text = doc.text[start:match.end()]
        found = _ISO.search(text)
        when = None
        if found:
            day = date(int(found["y"]), int(found["m"]), int(found["d"]))
            when = TimeExpression(start + found.start(), start + found.end(), found.group(),
                                  "DATE", day.isoformat(), "day", day, day)
        mentions = tuple(ActorMention(start + text.index(a), start + text.index(a) + len(a), a,
                                      a.lower(), a, "country") for a in ACTORS if a in text)
        words = text.split()
        kind = next((t for w, t in TYPES.items() if w in text), "other")
        events.append(Event(
            event_id=f"{doc.doc_id}-e{len(events) + 1:03d}", doc_id=doc.doc_id, sentence=sentence,
            trigger_start=start, trigger_end=start + len(words[0]), predicate=words[0],
            summary=text.rstrip("."), time=when, date_source="explicit" if when else "none",
            date_value=when.value if when else "", granularity="day" if when else None,
            period_start=when.period_start if when else None,
            period_end=when.period_end if when else None,
            resolution="written in the sentence" if when else "no date",
            actors=tuple(m.name for m in mentions),
            actor_roles=tuple((m.name, "agent" if i == 0 else "patient")
                              for i, m in enumerate(mentions)),
            mentions=mentions, event_type=kind,
            status="claimed" if "said" in text else "asserted",
            shown="(minor)" not in text))  # a minor event of the keep score, when marked so
    return DocumentResult(doc, tuple(sentences), (), (), tuple(events))


def killing_process(doc: Document) -> DocumentResult:
    """Like :func:`fake_process`, but the worker process dies (as if killed) on ``KILL``."""
    if doc.text.startswith("KILL"):
        import os

        os._exit(9)
    return fake_process(doc)


def slow_process(doc: Document) -> DocumentResult:
    """Like :func:`fake_process`, a quarter of a second per document: a writer that lasts."""
    import time

    time.sleep(0.25)
    return fake_process(doc)
