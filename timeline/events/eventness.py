"""Is a candidate an event at all? A description is not: a verb in a compound adjective ("a
laser-firing laboratory") or an undated verb in the simple present ("the handset runs on", "it
supports NFC") describes, it does not report a happening.

The endings and auxiliaries are data (``rules/en/inflection.toml`` ``[endings]``,
``words.toml`` ``[clauses]``); the engine knows no English.
"""

from __future__ import annotations

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.model import TimeExpression

__all__ = ["describes"]


def describes(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Does ``candidate`` describe rather than report a happening?

    >>> from timeline.events.candidates import sentence_candidates
    >>> def d(text): return describes(text, sentence_candidates(text, 0, len(text))[0], None)
    >>> d("The handset runs on a fast chip."), d("The rebels seized the town.")
    (True, False)
    """
    words = clause_words()
    pred = candidate.predicate
    word = pred.lower
    if (candidate.cue.pos != "verb" or candidate.cue.reporting is not None or candidate.report is not None
            or word == candidate.cue.lemma):
        return False
    before = text[max(0, pred.start - 30) : pred.start]
    if before.endswith("-"):
        return True  # "a laser-firing laboratory"
    previous = before.split()[-1:] if before.strip() else []
    after_auxiliary = bool(previous) and previous[0].lower() in words.auxiliaries
    if own is None and word.endswith(words.third_person_endings) and not word.endswith(
            words.not_third_person_endings) and not after_auxiliary:
        return candidate.status != "planned"
    return False
