"""Precision and recall of events against gold files (the format of the sample's gold).

A gold event is found by an output event with the gold sentence fragment in its sentence, a
summary matching the gold pattern, the gold actors among its actors, and a period inside the gold
window (exactly the gold period for required events); each output event is used once. An event
whose gold date is null must come out without a date. Precision counts every output event.

Actors are matched two ways (issue 11 point 3: a person's country or organisation is an
affiliation, never an actor of the event by itself):

* **with affiliations** (the default): ``actors_include`` must be among the event's actors *plus
  their affiliations* (``actor_affiliations``): what the dashboard's filter on a country finds
  with "Include affiliated actors" on. Older gold written under the previous convention lists a
  leader's country ("Putin said" -> Russia); it is found this way, without editing that gold;
* **strict**: among the event's actors only (``affiliations=False``).

``timeline evaluate FOLDER`` prints both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.export import records
from timeline.frame import events_frame
from timeline.loaders import load_documents
from timeline.pipeline import process_all

__all__ = ["EventScore", "event_actors", "format_event_scores", "matches", "run_folder", "score_document",
           "score_folder", "score_runs"]


@dataclass(frozen=True, slots=True)
class EventScore:
    """The events of one article (or several, added up) against its gold: found, gold, output,
    required."""

    found: int
    gold: int
    output: int
    required_found: int
    required: int
    missed: tuple[str, ...] = field(default=())

    @property
    def precision(self) -> float:
        """Gold events found per output event (0 without output)."""
        return self.found / self.output if self.output else 0.0

    @property
    def recall(self) -> float:
        """Gold events found per gold event (0 without gold)."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: EventScore) -> EventScore:
        return EventScore(self.found + other.found, self.gold + other.gold,
                          self.output + other.output, self.required_found + other.required_found,
                          self.required + other.required, self.missed + other.missed)


def _day(value: object) -> str:
    return str(value)[:10] if value not in (None, "") else ""


def event_actors(event: dict, affiliations: bool = True) -> set[str]:
    """The names an output ``event`` (a row as a dict) is found by: its actors, plus the
    affiliations of its actors when ``affiliations``.

    >>> row = {"actors": ["Vladimir Putin"], "actor_affiliations": [["Vladimir Putin", "Russia"]]}
    >>> sorted(event_actors(row)), sorted(event_actors(row, affiliations=False))
    (['Russia', 'Vladimir Putin'], ['Vladimir Putin'])
    """
    names = set(event.get("actors") or ())
    if affiliations:
        names |= {pair[1] for pair in event.get("actor_affiliations") or () if pair[0] in names}
    return names


def matches(gold: dict, event: dict, affiliations: bool = True) -> bool:
    """True when the output ``event`` (a row as a dict) is the ``gold`` event: sentence, summary,
    actors (with their affiliations unless ``affiliations`` is false) and period agree."""
    sentence = event.get("sentence") or ""
    if gold["sentence_contains"] not in sentence:
        return False
    if not re.search(gold["summary_matches"], event.get("summary") or "", re.I):
        return False
    if not set(gold.get("actors_include") or ()) <= event_actors(event, affiliations):
        return False
    start, end = _day(event.get("start")), _day(event.get("end"))
    if gold.get("start") is None:
        return start == ""
    if gold.get("required"):
        return (start, end) == (gold["start"], gold["end"])
    return bool(start) and gold["start"] <= start <= end <= gold["end"]


def score_document(gold: dict, events: Iterable[dict], affiliations: bool = True) -> EventScore:
    """One article's score: each gold event matched to at most one output event, in order
    (actors matched with their affiliations unless ``affiliations`` is false)."""
    pool = list(events)
    used: set[int] = set()
    found = required_found = 0
    missed = []
    for g in gold["events"]:
        hit = next((i for i, e in enumerate(pool) if i not in used and matches(g, e, affiliations)), None)
        if hit is None:
            missed.append(f"{gold.get('article', '?')}: {g['key']}")
            continue
        used.add(hit)
        found += 1
        required_found += bool(g.get("required"))
    required = sum(bool(g.get("required")) for g in gold["events"])
    return EventScore(found, len(gold["events"]), len(pool), required_found, required,
                      tuple(missed))


def run_folder(folder: Path) -> list[tuple[str, dict, list[dict]]]:
    """(article name, gold, output rows) for every ``*.txt`` beside a ``*.gold.json``: the pipeline
    runs once, to be scored both ways (:func:`score_runs`)."""
    runs = []
    for gold_path in sorted(Path(folder).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_name(gold.get("article") or gold_path.name.replace(".gold.json", ".txt"))
        loaded = load_documents([article])
        if loaded.errors:
            raise ValueError(str(loaded.errors[0]))
        runs.append((article.name, gold, records(events_frame(process_all(loaded.documents)))))
    return runs


def score_runs(runs: Iterable[tuple[str, dict, list[dict]]], affiliations: bool = True) -> dict[str, EventScore]:
    """The score of each article of :func:`run_folder`'s ``runs``."""
    return {name: score_document(gold, rows, affiliations) for name, gold, rows in runs}


def score_folder(folder: Path, affiliations: bool = True) -> dict[str, EventScore]:
    """Run the pipeline on every ``*.txt`` beside a ``*.gold.json`` and score it."""
    return score_runs(run_folder(folder), affiliations)


def format_event_scores(scores: dict[str, EventScore], strict: dict[str, EventScore] | None = None) -> str:
    """The table printed by ``timeline evaluate FOLDER``: one line per article, then the total;
    with ``strict`` (the same articles scored on the event's actors only), its total on a last
    line, labelled, so that neither figure is hidden."""
    lines = [f"{'article':44} {'found':>5} {'gold':>5} {'output':>6} {'P':>6} {'R':>6} {'req':>5}"]
    total = EventScore(0, 0, 0, 0, 0)
    for name, s in scores.items():
        total = total + s
        lines.append(f"{name[:44]:44} {s.found:5d} {s.gold:5d} {s.output:6d} "
                     f"{100 * s.precision:6.1f} {100 * s.recall:6.1f} {s.required_found:2d}/{s.required:<2d}")
    lines.append(f"{'all':44} {total.found:5d} {total.gold:5d} {total.output:6d} "
                 f"{100 * total.precision:6.1f} {100 * total.recall:6.1f} "
                 f"{total.required_found:2d}/{total.required:<2d}  F1 {100 * total.f1:.1f}")
    if strict is not None:
        lines[-1] += "  (actors with their affiliations)"
        alone = sum(strict.values(), EventScore(0, 0, 0, 0, 0))
        lines.append(f"{'all, actors strict (no affiliations)':44} {alone.found:5d} {alone.gold:5d} "
                     f"{alone.output:6d} {100 * alone.precision:6.1f} {100 * alone.recall:6.1f} "
                     f"{alone.required_found:2d}/{alone.required:<2d}  F1 {100 * alone.f1:.1f}")
    if total.missed:
        lines.append("missed: " + "; ".join(total.missed))
    return "\n".join(lines)
