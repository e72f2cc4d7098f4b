"""Date words in an event's clauses that fill a slot of another phrase: they date that phrase.

Issue 12, "a date comes from the event's own clause". A date can stand inside the event's clause
and still not be its own: a year that names a noun behind its modifiers ("his unsuccessful 2007
bid": :func:`modified_year`), the date of a reduced relative clause ("a car built in 1964":
:func:`in_reduced_relative`), the start of a post held by a noun in apposition ("Ruiz, a senator
since 2009, voted ...": :func:`in_apposed_since`). :func:`timeline.events.owntime.own_time`
leaves them out of the event's own date. The slots' words are data
(``rules/<language>/nesteddates.toml``, each table with examples run as tests); the engine knows
no English.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.datewords import DateExample, load_date_words
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.model import TimeExpression

__all__ = ["NestedDateWords", "in_apposed_since", "in_reduced_relative", "load_nested_date_words",
           "modified_year", "nested_date"]

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\w.]*|[,;:()]")  # words, numbers and clause punctuation


@dataclass(frozen=True, slots=True)
class NestedDateWords:
    """The words of the slots of ``nesteddates.toml``, by table."""

    max_modifiers: int  # [modified_years]: modifiers between the determiner and the year
    not_modifiers: frozenset[str]  # words that end a noun phrase rather than modify its noun
    endings: tuple[str, ...]  # [reduced_relatives]: endings of a past participle ("-ed")
    plural_endings: tuple[str, ...]  # endings of a plural noun ("-s")
    irregular: frozenset[str]  # past participles of other forms ("built", "held")
    prepositions: frozenset[str]  # the word right before the participle's date ("in", "on")
    adverbs: frozenset[str]  # words allowed between participle and preposition ("only")
    not_nouns: frozenset[str]  # words before a participle that make it a verb of its own ("they")
    verbs: frozenset[str]  # [apposed_since]: words that make a stretch between commas a clause
    verb_endings: tuple[str, ...]  # endings of verb forms ("-ed", "-ing")
    max_words: int  # words of an apposition
    examples: tuple[DateExample, ...]


@lru_cache(maxsize=4)
def load_nested_date_words(language: str = "en") -> NestedDateWords:
    """The slots' words of ``language``; a missing table or key is an error naming the file.

    >>> words = load_nested_date_words()
    >>> "built" in words.irregular, words.max_modifiers
    (True, 2)
    """
    path = RULES_DIR / language / "nesteddates.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        years, relatives, since = data["modified_years"], data["reduced_relatives"], data["apposed_since"]
        examples = tuple(DateExample(table, **entry) for table, entries in data.items()
                         for entry in entries.get("examples", ()))
        return NestedDateWords(
            int(years["max_modifiers"]), frozenset(years["not_modifiers"]), tuple(relatives["endings"]),
            tuple(relatives["plural_endings"]),
            frozenset(relatives["irregular"]), frozenset(relatives["prepositions"]),
            frozenset(relatives["adverbs"]), frozenset(relatives["not_nouns"]), frozenset(since["verbs"]),
            tuple(since["verb_endings"]), int(since["max_words"]), examples)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: missing or malformed entry: {error}") from None


def nested_date(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """Does ``t`` fill a slot of a phrase that is not the event's (see the module's doc)?"""
    return in_reduced_relative(text, candidate, t) or in_apposed_since(text, candidate, t)


def modified_year(text: str, t: TimeExpression) -> bool:
    """Is ``t`` a year between a determiner and its noun, behind modifiers ("his failed 2004
    campaign")? (Right after the determiner it is :func:`timeline.events.owntime.modifies_noun`'s.)

    >>> from timeline.temporal import tag
    >>> text = "He lost his unsuccessful 2007 bid for a seat in 2008."
    >>> [modified_year(text, t) for t in tag(text, "2013-06-10")]
    [True, False]
    """
    if t.granularity != "year" or not t.text.strip().isdigit():
        return False
    words = load_nested_date_words()
    before = _WORD.findall(text, max(0, t.start - 60), t.start)
    after = _WORD.findall(text, t.end, t.end + 30)
    if not after or not after[0].isalpha() or not after[0].islower() or after[0] in clause_words().not_nouns:
        return False
    markers = clause_words().date_noun_markers
    for count in range(1, words.max_modifiers + 1):
        if len(before) <= count:
            return False
        modifier = before[-count]
        if not modifier.replace("-", "").isalpha() or not modifier.islower() or modifier in words.not_modifiers:
            return False
        if before[-count - 1].lower() in markers:
            return True
    return False


def in_reduced_relative(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """Does ``t`` date a past participle that describes a noun after the event's word ("sold a car
    built in 1964", "closed the runway, laid in 1982, on Monday")?

    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.temporal import tag
    >>> text = "The collector sold a car built in 1964."
    >>> in_reduced_relative(text, sentence_candidates(text, 0, len(text))[0], tag(text, "2014-04-25")[0])
    True
    """
    if t.start <= candidate.predicate.end or candidate.cue.pos != "verb":
        return False
    words = load_nested_date_words()
    tokens = [w.lower() for w in _WORD.findall(text, candidate.predicate.end, t.start)]
    if not tokens or tokens[-1] not in words.prepositions:
        return False
    tokens.pop()
    while tokens and tokens[-1] in words.adverbs:
        tokens.pop()
    if not tokens or not (tokens[-1] in words.irregular or tokens[-1].endswith(words.endings)):
        return False
    tokens.pop()
    if tokens and tokens[-1] == ",":
        tokens.pop()
    noun = tokens[-1] if tokens else ""
    return noun[:1].isalnum() and noun not in words.not_nouns and not _names_a_happening(noun)


def _names_a_happening(noun: str) -> bool:
    """Is ``noun`` (maybe plural) an event cue ("meetings", "vote")?"""
    cues = load_lexicon().cues
    return noun in cues or any(noun.endswith(e) and noun[: -len(e)] in cues
                               for e in load_nested_date_words().plural_endings)


def in_apposed_since(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """Is ``t`` the start of a post told in an apposition ("Ruiz, a senator since 2009, voted")?

    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.temporal import tag
    >>> text = "Ruiz, a senator since 2009, voted against the bill."
    >>> in_apposed_since(text, sentence_candidates(text, 0, len(text))[0], tag(text, "2023-03-15")[0])
    True
    """
    words = load_nested_date_words()
    opening = text.rfind(",", candidate.start, t.start)
    closing = text.find(",", t.end, candidate.end)
    if opening < 0 or closing < 0 or opening < candidate.predicate.end <= closing:
        return False
    inside = [w.lower() for w in _WORD.findall(text, opening + 1, t.start)]
    after = _WORD.findall(text, t.end, closing)
    since = {w.split()[-1] for w in load_date_words().since}
    if not inside or inside[-1] not in since or after or len(inside) > words.max_words:
        return False
    return not any(w in words.verbs or w.endswith(words.verb_endings) for w in inside)
