"""The language data of the events engine, loaded once per language into typed objects.

``rules/<language>/cues.toml`` holds the cue words (see :mod:`timeline.events.lexicon`),
``rules/<language>/inflection.toml`` how they inflect and the endings clauses test, and
``rules/<language>/words.toml`` the function words (pronouns, determiners, conjunctions,
prepositions ...) that clauses, subjects, dates and summaries are read with. The engine's Python
knows only this layout; every word is data.

>>> lang = load_language()
>>> "he" in lang.words.personal_pronouns, lang.lexicon.cues["said"].lemma
(True, 'say')
>>> alternation(frozenset({"a", "an", "the"}))
'the|an|a'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from timeline.events.lexicon import RULES_DIR, Inflection, Lexicon, load_inflection, load_lexicon

__all__ = ["Language", "Words", "WordsExample", "alternation", "any_of", "load_language"]


@dataclass(frozen=True, slots=True)
class Words:
    """The function words of one language (``words.toml``), by the role the engine gives them,
    and the word endings it tests (``inflection.toml``, ``[endings]``)."""

    relative: frozenset[str]
    coordinating: frozenset[str]
    subordinators: frozenset[str]
    leading_adverbials: frozenset[str]
    prepositions: frozenset[str]
    finite_auxiliaries: frozenset[str]
    auxiliaries: frozenset[str]
    name_joiners: frozenset[str]
    that_nouns: frozenset[str]
    noun_markers: frozenset[str]
    agent_markers: frozenset[str]  # "by": a past form before it is a participle ("led by X")
    fractions: frozenset[str]  # "half": "fell by half" measures, it names no agent
    copulas: frozenset[str]  # "was": a past form after it, before "that", is an adjective
    date_words: frozenset[str]
    np_openers: frozenset[str]
    superlatives: frozenset[str]
    time_nouns: frozenset[str]
    measured_subordinators: frozenset[str]
    amounts: frozenset[str]
    time_units: frozenset[str]
    approximations: frozenset[str]  # "about", "nearly": before a measure of time
    planned_before_to: frozenset[str]
    not_reporting_before: frozenset[str]
    not_reporting_phrases: frozenset[str]  # "report to": a reporting verb's lemma and the next word
    not_reporting_types: frozenset[str]  # the one cue type such a phrase gets (cues.toml)
    determiners: frozenset[str]
    conjunctions: frozenset[str]
    verb_coordinators: frozenset[str]
    determiner_relatives: frozenset[str]
    loose_subordinators: frozenset[str]
    adverb_phrases: frozenset[str]  # "at once": a subordinator in a fixed adverb opens no clause
    subject_pronouns: frozenset[str]
    indefinite_articles: frozenset[str]
    person_relatives: frozenset[str]
    place_relatives: frozenset[str]
    infinitive_markers: frozenset[str]
    contrast_openers: frozenset[str]
    personal_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    body_pronouns: frozenset[str]
    date_noun_markers: frozenset[str]
    not_nouns: frozenset[str]
    attribution_date_words: frozenset[str]
    links: frozenset[str]
    within_event: frozenset[str]
    past_perfect_auxiliaries: frozenset[str]
    perfect_adverbs: frozenset[str]
    background_adverbs: frozenset[str]
    background_breaks: frozenset[str]  # "than": "later than planned" is a comparison, not background
    articles: frozenset[str]
    leading_coordinators: frozenset[str]
    singular_auxiliaries: frozenset[str]  # "was": after "A and B, who" the noun is B alone
    fixed_openers: frozenset[str]  # "so far": a leading coordinator that is part of an adverb stays
    particles: frozenset[str]  # "set off", "called up": the particle stays with its verb
    subordinating_comparisons: frozenset[str]  # "as soon as": a comparison that opens a clause
    purpose_openers: frozenset[str]  # "so [that]": opens an adverbial clause with "that"
    interjected_adverbs: frozenset[str]  # "said, however, that ...": the reporter's content all the same
    not_participles: frozenset[str]  # "According to X, ...": an -ing word that opens no participle phrase
    # built from the lists above
    markers: frozenset[str]  # every word that can open or close a clause, to skip all others quickly
    measures: frozenset[str]  # amounts and time units: ", two days [after]", ", hours"
    verb_stops: frozenset[str]  # punctuation and conjunctions: no verb of this clause after them
    # endings (tuples, for str.endswith)
    participle_endings: tuple[str, ...]
    past_endings: tuple[str, ...]
    adverb_endings: tuple[str, ...]
    third_person_endings: tuple[str, ...]
    not_third_person_endings: tuple[str, ...]
    not_past_endings: tuple[str, ...]
    possessive_endings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WordsExample:
    """A sentence that shows the words of one table of ``words.toml`` at work: the event with
    ``predicate`` must get each of the fields given (None: not checked)."""

    table: str
    text: str
    predicate: str
    dct: str = "2025-04-28"
    summary: str | None = None
    date: str | None = None
    actors: tuple[str, ...] = ()  # names the event's actors must include
    attribution: str | None = None


@dataclass(frozen=True, slots=True)
class Language:
    """Everything the events engine knows of one language."""

    code: str
    lexicon: Lexicon
    inflection: Inflection
    words: Words
    examples: tuple[WordsExample, ...] = ()  # of words.toml


def alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first (so that no word shadows a longer one)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_BOUNDARY = "\\b"  # a word boundary, as a pattern writes it


def any_of(patterns: list[str] | tuple[str, ...], flags: int = 0) -> re.Pattern | None:
    r"""One regex that finds a match where one of ``patterns`` does (None for none). Use it for
    whether a text matches, not for what: the patterns that start at a word boundary share one
    test of it, so the regex tries their words only where a word starts (three times as fast as
    trying each pattern at every character on the eventness patterns; with ``re.IGNORECASE`` it
    was slower on the part markers, which therefore keep a plain alternation).

    >>> any_of([r"\bonce @", r"\botherwise\b", r"^no one\b"]).pattern
    '\\b(?:(?:once @)|(?:otherwise\\b))|(?:^no one\\b)'
    >>> bool(any_of([r"\bonce @"]).search("the deal closes once @signed")), any_of([]) is None
    (True, True)

    The other patterns are tried where they can match, not at every character: those that start
    the text ("^") together, once at its start; those whose first character is one of a few (after
    any lookbehind: "@", ", ") together, only where one of those characters is (on the eventness
    patterns, a fifth of the time of the plain alternation).

    >>> any_of([r"^no one\b", r"^nobody\b", r"(?<!\bthe )@fear", r", @said"]).pattern
    '^(?:(?:^no one\\b)|(?:^nobody\\b))|(?=[,@])(?:(?:(?<!\\bthe )@fear)|(?:, @said))'
    """
    bounded = [p.removeprefix(_BOUNDARY) for p in patterns if _bounded(p)]
    rest = _guarded([p for p in patterns if not _bounded(p)], flags)
    if bounded:
        rest.insert(0, _BOUNDARY + "(?:" + "|".join(f"(?:{p})" for p in bounded) + ")")
    return re.compile("|".join(rest), flags) if rest else None


def _guarded(patterns: list[str], flags: int) -> list[str]:
    """``patterns`` as alternatives of one regex: those anchored at the start of the text in one
    group after "^", those whose first character is known in one group after a lookahead for
    those characters, the others each on its own (a group of one pattern is that pattern)."""
    from re import _parser  # noqa: PLC0415 - the standard library's regex parser

    parsed = [(p, _parser.parse(p, flags).data) for p in patterns]
    at_start = [p for p, data in parsed if data and data[0] == (_parser.AT, _parser.AT_BEGINNING)]
    firsts = {p: _first_chars(data) for p, data in parsed if p not in at_start}
    known = [p for p in patterns if firsts.get(p)]
    out = []
    for lead, group in (("^", at_start), ("(?=[{}])", known)):
        if len(group) > 1:
            chars = "".join(re.escape(chr(c)) for c in sorted(set().union(*(firsts.get(p, ()) for p in group))))
            out.append(lead.format(chars) + "(?:" + "|".join(f"(?:{p})" for p in group) + ")")
        else:
            out += [f"(?:{p})" for p in group]
    return [*out, *(f"(?:{p})" for p in patterns if p not in at_start and not firsts.get(p))]


def _first_chars(data: list, limit: int = 16) -> frozenset[int] | None:
    """The characters (code points) a match of the parsed pattern ``data`` must start with, when
    there are at most ``limit`` of them and no match is empty; else None. Lookarounds and anchors
    before the first character take none."""
    from re import _parser  # noqa: PLC0415 - the standard library's regex parser

    for op, av in data:
        if op in (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT):
            continue  # zero width: the match still starts with the next item's character
        if op is _parser.LITERAL:
            return frozenset({av})
        if op is _parser.IN and all(o is _parser.LITERAL for o, _ in av) and len(av) <= limit:
            return frozenset(a for _, a in av)
        if op is _parser.SUBPATTERN and not av[1] and not av[2] and av[3].getwidth()[0] > 0:
            return _first_chars(av[3].data, limit)
        if op is _parser.BRANCH and all(alt.getwidth()[0] > 0 for alt in av[1]):
            each = [_first_chars(alt.data, limit) for alt in av[1]]
            union = frozenset().union(*each) if all(each) else None
            return union if union is not None and len(union) <= limit else None
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] > 0:
            return _first_chars(av[2].data, limit)
        return None
    return None


def _bounded(pattern: str) -> bool:
    r"""Does ``pattern`` start with a word boundary that all of it follows ("\bonce @", not
    "\bonce|twice")?"""
    from re import _parser  # noqa: PLC0415 - the standard library's regex parser

    if not pattern.startswith(_BOUNDARY):
        return False
    data = _parser.parse(pattern).data
    return bool(data) and data[0] == (_parser.AT, _parser.AT_BOUNDARY)


def _example(path: Path, table: str, entry: dict) -> WordsExample:
    """One example of ``[table]``; a field it does not know is an error naming the file."""
    try:
        return WordsExample(table, **{k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()})
    except TypeError as error:
        raise ValueError(f"{path}: [{table}] example {entry.get('text', '')!r}: {error}") from None


@lru_cache(maxsize=4)
def load_language(language: str = "en") -> Language:
    """The cue lexicon, inflection rules and function words of ``language``.

    A missing or unknown list in ``words.toml`` is an error naming the file and the key.
    """
    path = RULES_DIR / language / "words.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists: dict[str, frozenset[str]] = {}
    examples: list[WordsExample] = []
    for table, entries in data.items():
        for key, words in entries.items():
            if key == "examples":
                examples += [_example(path, table, e) for e in words]
                continue
            if key in lists:
                raise ValueError(f"{path}: [{table}] {key} is listed twice")
            lists[key] = frozenset(words)
    inflection = load_inflection(language)
    endings = {f"{key}_endings": words for key, words in inflection.endings.items()}
    derived = {
        "markers": (lists["relative"] | lists["coordinating"] | lists["subordinators"]
                    | {",", ";"} | lists["verb_coordinators"]),
        "measures": lists["amounts"] | lists["time_units"],
        "verb_stops": frozenset({",", ";", ":"}) | lists["conjunctions"],
    }
    given = {**lists, **derived, **endings}
    names = {f.name for f in fields(Words)}
    if names - given.keys() or given.keys() - names:
        raise ValueError(f"{path}: missing {sorted(names - given.keys())}, "
                         f"unknown {sorted(given.keys() - names)}")
    return Language(language, load_lexicon(language), inflection, Words(**given), tuple(examples))
