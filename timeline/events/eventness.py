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

__all__ = ["describes", "is_fragment"]


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


def is_fragment(summary: str, candidate: Candidate, sentence_start: int) -> bool:
    """Is ``summary`` a clause without a subject, cut from the middle of its sentence: it opens
    with its own verb ("Allowed attackers to ...", "Said the results ...") or an infinitive ("To
    rule on Friday")? Such a clause is part of another one, not an event a reader can read.

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "Rebels said they would stay, and seized the airport."
    >>> [is_fragment("Seized the airport", c, 0) for c in sentence_candidates(text, 0, len(text))
    ...  if c.predicate.text == "seized"]
    [True]
    """
    if candidate.subject_start <= sentence_start or not summary.split():
        return False
    first = summary.split()[0].lower().strip(",;:\"'")
    if first in clause_words().infinitive_markers:
        return True
    return candidate.cue.pos == "verb" and first == candidate.predicate.lower
