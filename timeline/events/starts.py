"""Where a summary begins: never in the middle of a phrase.

:attr:`Candidate.subject_start <timeline.events.candidates.Candidate>` is where the clause's
subject begins as the clause rules read it (the keep score, types and coreference read it too, so
it stays as it is); a summary may begin further on or further back:

- past the rest of a leading adverbial that runs over a comma: a date ("On June 6, 1944, troops
  landed", not "1944, troops landed") or a list ("After talks between Moscow, Ankara and Tehran,
  Putin announced", not "Ankara and Tehran, Putin announced");
- back at its clause's start when the event is only a reporter after what it says, which no cue
  names ("Five units were closed, the network said", not "The network said");
- past a leading participle phrase, to the subject after its comma ("Smith said ...", not
  "Speaking after the match, Smith said ...");
- back at its clause's subject when the subordinator before the subject opened no clause for the
  verb, a coordinated verb right after a conjunction with no finite verb between ("The party kept
  X as chief minister and formed a government": "as" is a preposition there, the summary is not
  "Chief minister and formed a government").

The words are data (``rules/en/words.toml``); the engine knows no English.

>>> from timeline.events.candidates import sentence_candidates
>>> text = "On June 6, 1944, about 150,000 troops landed on the beaches."
>>> text[readable_start(text, sentence_candidates(text, 0, len(text))[0]):]
'about 150,000 troops landed on the beaches.'
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.events.clauses import clause_words, is_finite_verb, tokenize
from timeline.events.lexicon import load_lexicon

if TYPE_CHECKING:
    from timeline.events.candidates import Candidate

__all__ = ["past_forms", "readable_start"]

_ADVERBIAL_COMMAS = 2  # at most this many more commas of a leading adverbial are passed


@lru_cache(maxsize=1)
def past_forms() -> frozenset[str]:
    """The irregular past forms of the lexicon (``cues.toml`` ``[irregular]``, ``[past_forms]``)."""
    return load_lexicon().past_forms


def readable_start(text: str, candidate: Candidate) -> int:
    """Where the summary of ``candidate`` begins (see the module's docstring)."""
    start = candidate.subject_start
    clause = candidate.clauses[0]
    if clause.kind == "main" and start == clause.start and (after := _after_participle(text, candidate)):
        return after  # "Speaking after the match, Smith said ...": Smith's clause
    if not clause.start < start < candidate.predicate.start:
        return start
    words = clause_words()
    tokens = tokenize(text, clause.start, candidate.predicate.end)
    at = next((n for n, t in enumerate(tokens) if t.start >= start), None)
    verb = len(tokens) - 1
    if at is None or at == 0 or at >= verb:
        return start
    before = tokens[at - 1]
    if (before.lower == "," and candidate.report is None and candidate.cue.reporting is not None
            and len(candidate.clauses) == 1 and _finite_between(tokens, 0, at - 1)
            and not _coordinated(tokens[:verb], words)):
        return clause.start  # "Five units were closed, the network said": what was said, then who said it
    if before.lower == "," and tokens[0].lower in words.leading_adverbials and clause.kind == "main":
        for _ in range(_ADVERBIAL_COMMAS):
            comma = next((k for k in range(at, verb) if tokens[k].lower == ","), None)
            if comma is None or comma + 1 >= verb or not _adverbial_goes_on(tokens[at:comma], words):
                break
            at = comma + 1
        return tokens[at].start
    if (before.lower in words.subordinators and tokens[verb - 1].lower in words.conjunctions
            and not _finite_between(tokens, at, verb - 1)):
        return _clause_subject(tokens, clause.kind, words)
    return start


def _coordinated(tokens, words) -> bool:
    """Does a conjunction follow a comma among ``tokens`` (", and rockfalls were recorded"): two
    clauses, not one said by the reporter after them?"""
    return any(t.lower in words.conjunctions and tokens[n - 1].lower == "," for n, t in enumerate(tokens) if n)


def _adverbial_goes_on(segment, words) -> bool:
    """Is ``segment`` (the words up to the next comma) more of the leading adverbial: a number (the
    year of "June 6, 1944") or the end of a list ("Ankara and Tehran")?"""
    if not segment:
        return False
    if all(t.text.isdigit() for t in segment):
        return True
    return any(t.lower in words.conjunctions for t in segment) and not _finite_between(segment, 0, len(segment))


def _finite_between(tokens, first: int, stop: int) -> bool:
    """A finite verb among ``tokens[first:stop]``: a cue used as a verb, an auxiliary or a past form."""
    cues = load_lexicon().cues
    words = clause_words()
    return any(is_finite_verb(tokens, j, cues) or tokens[j].text in words.finite_auxiliaries
               or (tokens[j].text.islower() and (tokens[j].lower.endswith(words.past_endings)
                                                 or tokens[j].lower in past_forms()))
               for j in range(first, stop))


def _clause_subject(tokens, kind: str, words) -> int:
    """Where the clause's own subject begins: after its opener ("and", "who") and a leading
    adverbial's comma ("In 2019, the party ...")."""
    first = 1 if kind in ("coord", "rel", "sub") else 0
    if tokens[first].lower in words.leading_adverbials:
        comma = next((k for k in range(first, min(len(tokens) - 1, first + 6)) if tokens[k].lower == ","), None)
        first = first if comma is None else comma + 1
    return tokens[first].start


def _after_participle(text: str, candidate: Candidate) -> int | None:
    """Where the subject begins after a leading participle phrase ("Speaking at a briefing on
    Tuesday, where he ..., the head of the agency, Dr Jo Smith, said"), or None when the clause
    opens with none (a lower-case -ing word, not one of ``not_participles``, then a lower-case
    word). The phrase ends at the first comma after which no finite verb comes before the event's
    verb, nor a relative word; a finite verb with no relative word before it there means the main
    clause had begun ("Addressing the court, Lee gave a long, rambling statement": no cut)."""
    words = clause_words()
    verb = min(t.start for t in (candidate.predicate, candidate.report) if t is not None)
    tokens = tokenize(text, candidate.clauses[0].start, verb)
    if len(tokens) < 4 or not (tokens[0].text[:1].isupper() and tokens[0].lower.endswith(words.participle_endings)
                               and tokens[0].lower not in words.not_participles
                               and tokens[1].text.isalpha() and tokens[1].text.islower()
                               and not any(t.quoted for t in tokens)):  # not inside a quotation
        return None
    for comma in (k for k, t in enumerate(tokens) if t.text == "," and k + 1 < len(tokens)):
        relative = any(t.lower in words.relative or t.lower in words.subordinators for t in tokens[comma + 1 :])
        if not relative and not _finite_between(tokens, comma + 1, len(tokens)):
            after = tokens[comma + 1].lower  # "Beijing on Monday, however, said", "..., now Bangladesh, X said"
            if not (after in words.interjected_adverbs or after in words.leading_adverbials
                    or after.endswith(words.adverb_endings)):
                return tokens[comma + 1].start
            continue  # no phrase ends before an adverb
        if not relative:
            return None
    return None
