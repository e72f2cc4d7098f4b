"""Does an event tell again a happening told before it in its article: features of the pair.

A report tells its main happening more than once (the lead, then the body; the same statement
quoted again; a toll updated; the line items of a results table beside the headline figure). The
keep score (:mod:`timeline.events.keepfeatures`) sees each event with these features of the pair
(event, its *match*): the match is the earlier event of the article, among the last
``window``, most like it: the most shared words of what happened (words cut to their first
``stem`` letters, so that "floods" and "flooded" meet), then a shared actor, then the same date;
the nearest wins a tie. The features say how alike the two are (shared words, actors, date), how
far apart (sentences), whether both are sayings of a shared speaker, whether both carry numbers,
and whether the event's date was borrowed (inherited or the article's) while its match has a date
of its own. Which of them the model reads, and how much, was learned from the judges' verdicts
(``tools/train_keep.py``; a repeat is judged not-an-event). No English here: the words compared
are the events' own.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.candidates import Candidate
from timeline.model import Event

__all__ = ["NAMES", "RepeatRules", "load_repeat_rules", "matches", "pair_features"]

RULES = Path(__file__).parent / "rules"

# the features of the pair, in order (the keep score's feature names end with them)
NAMES = ("repeat_match", "repeat_log_shared_words", "repeat_shared_actors", "repeat_same_date",
         "repeat_log_sentence_distance", "repeat_both_say", "repeat_both_numbers", "repeat_borrowed_date")
_BORROWED = ("inherited", "article_date")  # date sources of a date that is not the event's own


@dataclass(frozen=True, slots=True)
class RepeatRules:
    """``keep.toml`` ``[repeats]``: how many earlier events are compared, how many first letters
    of a word are compared, and what a shared actor and the same date weigh against a shared word
    when the match is chosen."""

    window: int
    stem: int
    actor_weight: float
    date_weight: float


@lru_cache(maxsize=4)
def load_repeat_rules(language: str = "en") -> RepeatRules:
    """The pair rules of ``language``; a missing key is an error naming the file."""
    path = RULES / language / "keep.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        rules = data["repeats"]
        return RepeatRules(int(rules["window"]), int(rules["stem"]), float(rules["actor_weight"]),
                           float(rules["date_weight"]))
    except KeyError as error:
        raise ValueError(f"{path}: [repeats] missing {error}") from None


def _stems(words: set[str], stem: int) -> frozenset[str]:
    return frozenset(w[:stem] for w in words)


def matches(events: Sequence[Event], happening: Sequence[set[str]],
            rules: RepeatRules | None = None) -> list[int | None]:
    """For each event (of one document, in text order; ``happening[i]``: the words of what
    ``events[i]`` says happened), the position of its match among the events before it, or None
    when no earlier event shares a word, an actor or the date with it."""
    rules = rules or load_repeat_rules()
    stems = [_stems(words, rules.stem) for words in happening]
    actors = [frozenset(e.actors) for e in events]
    result: list[int | None] = []
    for n, event in enumerate(events):
        best, best_score = None, 0.0
        for m in range(max(0, n - rules.window), n):
            score = (len(stems[n] & stems[m]) + rules.actor_weight * bool(actors[n] & actors[m])
                     + rules.date_weight * (bool(event.date_value) and event.date_value == events[m].date_value))
            if score > 0 and score >= best_score:
                best, best_score = m, score
        result.append(best)
    return result


def pair_features(events: Sequence[Event], candidates: Sequence[Candidate | None],
                  happening: Sequence[set[str]], sentence_ranks: Sequence[int],
                  rules: RepeatRules | None = None) -> list[tuple[float, ...]]:
    """One row of :data:`NAMES` values per event: the features of the pair (event, its match);
    all zero for an event with no match. ``sentence_ranks[i]``: the rank of ``events[i]``'s
    sentence among the article's sentences with events."""
    rules = rules or load_repeat_rules()
    rows: list[tuple[float, ...]] = []
    for n, m in enumerate(matches(events, happening, rules)):
        if m is None:
            rows.append((0.0,) * len(NAMES))
            continue
        event, match = events[n], events[m]
        shared_actors = bool(set(event.actors) & set(match.actors))
        shared = _stems(happening[n], rules.stem) & _stems(happening[m], rules.stem)
        mine, theirs = candidates[n], candidates[m]
        both_say = (mine is not None and theirs is not None and mine.cue.reporting is not None
                    and theirs.cue.reporting is not None and shared_actors)
        rows.append((
            1.0,
            math.log1p(len(shared)),
            float(shared_actors),
            float(bool(event.date_value) and event.date_value == match.date_value),
            math.log1p(sentence_ranks[n] - sentence_ranks[m]),
            float(both_say),
            float(_has_digit(event.summary) and _has_digit(match.summary)),
            float(event.date_source in _BORROWED and match.date_source == "explicit"),
        ))
    return rows


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)
