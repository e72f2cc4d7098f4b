"""Date words in an event's clauses that tell of another happening, not of the event.

:func:`compared_with`: the date of a comparison's base ("to $5bn from $4bn a year earlier",
"climbed 8% from a year earlier", "the first time since 1993"); :func:`in_a_name`: a year written
in a name ("the Elections Act, 2018", "the 2021 Riga Marathon champion").
:func:`timeline.events.owntime.own_time` leaves both out of the event's own date;
:func:`names_an_edition` ("the 2017 Africa Cup of Nations") it takes last. The words are
``rules/<language>/dates.toml`` (``[comparison_bases]``, ``[names_with_years]``); the engine knows
no English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.antecedents import opens
from timeline.events.clauses import clause_words
from timeline.events.comparedates import in_a_comparison
from timeline.events.datewords import load_date_words
from timeline.events.language import alternation
from timeline.model import TimeExpression

__all__ = ["compared_with", "counts_back", "in_a_name", "names_an_edition"]

_FIGURE = re.compile(r"[^\w\s]\d|(?!(?:1[5-9]|20)\d\d\b)\d")  # a figure after "to": "$6.82", "12", not "2023"
_WORD = re.compile(r"[^\W\d_][\w&'\u2019.-]*|\d+|,")  # words, numbers and commas of a name


def compared_with(text: str, t: TimeExpression) -> bool:
    """Is ``t`` a date only compared with ("the first time since 1993", "its highest level since
    2008", the period of a comparison's base figure: "to $5bn from $4bn a year earlier",
    "up 8% from a year earlier", ``dates.toml`` ``[comparison_bases]``, or the last day of the
    period figures cover: "net profit for the six months to June 30", ``[report_day]``
    ``period_units``)? A day is a base only when it counts back from another date ("a year
    earlier" after "March 31"): "evacuated from 12 villages on Sunday" is the day of the event.

    >>> from timeline.temporal import tag
    >>> text = "Profit climbed to $5bn from $4bn a year earlier."
    >>> compared_with(text, tag(text, "2025-04-24")[0])
    True
    >>> text = "Revenue climbed 8% from a year earlier."
    >>> compared_with(text, tag(text, "2025-04-24")[0])
    True
    >>> text = "The rate fell from 7% to 5% in 2016."
    >>> compared_with(text, tag(text, "2025-04-24")[0])
    False
    >>> text = "He withdrew the country from the 2015 deal in 2018."
    >>> compared_with(text, tag(text, "2025-04-24")[1])
    False
    """
    before = max(0, t.start - 60)
    base = (t.granularity not in ("day", "time") or counts_back(t)) and not _range_start(text, t)
    return (_baseline().search(text, before, t.start) is not None or in_a_comparison(text, t)
            or (base and (_comparison_base().search(text, before, t.start) is not None
                          or _change_base().search(text, before, t.start) is not None
                          or (counts_back(t) and _bare_base().search(text, before, t.start) is not None)))
            or (t.granularity == "day" and _period_end().search(text, before, t.start) is not None))


def counts_back(t: TimeExpression) -> bool:
    """Do the date's words count back from another date ("a year earlier", "the previous
    quarter", "the same period": ``[comparison_bases]`` ``relatives``)?"""
    return any(w.strip(".,") in load_date_words().comparison_relatives for w in t.text.lower().split())


def _range_start(text: str, t: TimeExpression) -> bool:
    """"rose 6% from 2021 to 2023": a date that opens a range is the change's period, not a base;
    "climbed 8% from a year earlier to $6.82 billion" goes on to a figure, not to a date."""
    after = text[t.end : t.end + 24].split()
    return (bool(after) and after[0].lower() in load_date_words().range_joiners
            and not (len(after) > 1 and _FIGURE.match(after[1])))


def in_a_name(text: str, t: TimeExpression) -> bool:
    """Is ``t`` a year written in a name ("the Elections Act, 2018", "the Drugs Act of 2002", "the
    1982 Convention on the Law of the Sea", "the 2021 Riga Marathon champion"; ``dates.toml``
    ``[names_with_years]``), or a day a verb names ("designated May 9 as Victory Day", ``naming_verbs``)?

    >>> from timeline.temporal import tag
    >>> text = "He was charged under the Arms Act of 1998 on Monday."
    >>> [in_a_name(text, t) for t in tag(text, "2024-05-10")]
    [True, False]
    """
    words = load_date_words()
    if _named_by_a_verb(_WORD.findall(text, max(0, t.start - 80), t.start)[::-1], words):
        return True  # "designated December 13 as Memorial Day": the day named, not the time
    if t.granularity != "year" or not t.text.strip().isdigit():
        return False
    after = _WORD.findall(text, t.end, t.end + 120)
    before = _WORD.findall(text, max(0, t.start - 120), t.start)[::-1]
    if before and before[0] in (",", *words.name_joiners):
        before = before[1:]  # "the Elections Act, 2018", "the Drugs Act of 2002"
    return _name_holds(after, words, titles=True) or _name_holds(before, words, titles=False)


def names_an_edition(text: str, t: TimeExpression) -> bool:
    """Is ``t`` a year that names the edition of a named happening, between a determiner and a
    capitalised name ("earn a place at the 2016 Olympics", "open their campaign for the 2017
    Africa Cup of Nations on 13 June") or right after a capitalised name ("the preparations for
    EXPO 2017", "the trading window for IPL 2024"; not a sentence's first word: "Around 2014")?
    Such a year dates its clause only when no other date of the clause does
    (:func:`timeline.events.owntime.own_time`): "won silver at the 2012 London Olympics" is of
    2012, "open their campaign for the 2017 Cup on 13 June" of 13 June.

    >>> from timeline.temporal import tag
    >>> text = "They open their campaign for the 2017 Cup at home on 13 June."
    >>> [names_an_edition(text, t) for t in tag(text, "2015-05-20")]
    [True, False]
    >>> text = "In 2014, scandals hit the preparations for EXPO 2017."
    >>> [names_an_edition(text, t) for t in tag(text, "2015-05-20")]
    [False, True]
    >>> [names_an_edition(s, tag(s, "2015-05-20")[0]) for s in ("Around 2014 the firm grew.", "EXPO 2017 opened.")]
    [False, True]
    """
    if t.granularity != "year" or not t.text.strip().isdigit():
        return False
    window = text[max(0, t.start - 30) : t.start]
    before = window.split()
    if not before:
        return False
    after = _WORD.findall(text, t.end, t.end + 40)
    words, name = clause_words(), before[-1]
    if name.lower() in words.date_noun_markers:
        return bool(after) and after[0][:1].isupper() and after[0].isalpha()
    return (name.isalpha() and name[:1].isupper()  # "for EXPO 2017", "at Wimbledon 2014"
            and not {name.lower()} & (words.prepositions | words.determiners | words.subordinators)
            and (name.isupper() or not opens(text, t.start - len(window) + len(window.rstrip()) - len(name))))
    # a capitalised first word of a sentence is no name ("Around 2014 the firm grew"), unless in capitals


def _named_by_a_verb(before: list[str], words) -> bool:
    """Do the words before a date (reversed) reach a naming verb through nothing but the day it
    names and its new name ("designated [December 13 as the National Memorial Day]")?"""
    for token in before[: words.name_max_words + 2]:
        if token.lower() in words.naming_verbs:
            return True
        if not (token[:1].isupper() or token.isdigit() or token.lower() in words.naming_joiners):
            return False
    return False


def _name_holds(tokens: list[str], words, titles: bool) -> bool:
    """Do capitalised ``tokens`` next to a year (in reading order after it, reversed before it)
    name a document, or (after it) a title held?"""
    if not tokens or not tokens[0][:1].isupper():
        return False
    capitals = 0
    for token in tokens[: words.name_max_words + 1]:
        if token in words.name_documents:
            return True
        if token[:1].isupper():
            capitals += 1
        elif token not in words.name_joiners:
            return titles and capitals > 0 and token in words.name_titles
    return False


def _free(breaks: str) -> str:
    """Words of one clause: no clause punctuation ("4.8" aside), none of ``breaks``."""
    return rf"(?:(?!\b(?:{breaks})\b)(?:[^.;,:\n]|(?<=\d)[.,](?=\d)))"


@lru_cache(maxsize=1)
def _period_end() -> re.Pattern:
    """"the six months to June 30": a unit of time and a period end right before the day."""
    words = load_date_words()
    return re.compile(rf"\b(?:{alternation(words.period_units)})\s+(?:{alternation(words.period_ends)})\s+\Z",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _comparison_base() -> re.Pattern:
    """"from $4bn a year earlier": a comparison word, a figure, and the date right after it."""
    words = load_date_words()
    free = _free(alternation(words.comparison_breaks))
    figure = r"(?<![\d.,])(?!(?:1[5-9]|20)\d\d\b)\d"  # a number, not a year ("from the 2015 deal in 2018")
    return re.compile(rf"\b(?:{alternation(words.comparisons)})\s+{free}{{0,30}}?{figure}{free}{{0,25}}?\s+"
                      rf"(?:{alternation(words.comparison_links)})?\s*\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _change_base() -> re.Pattern:
    """"climbed 8% from a year earlier", "25% higher than in 2016": a change's figure, maybe a
    comparative, the comparison word, and the date within a few words of one clause."""
    words = load_date_words()
    free = _free(alternation(words.comparison_breaks))
    units = alternation(words.change_units)
    return re.compile(rf"\d\s*(?:{units})(?!\w)\s+(?:(?:{alternation(words.comparatives)})\s+)?"
                      rf"(?:{alternation(words.comparisons)})\s+{free}{{0,40}}?\s*\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bare_base() -> re.Pattern:
    """"improved from the previous quarter": a comparison word right before a date that counts back."""
    words = load_date_words()
    return re.compile(rf"\b(?:{alternation(words.comparisons)})\s+(?:(?:{alternation(words.comparison_links)})\s+)?\Z",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _baseline() -> re.Pattern:
    """"the first time since 1993", "its highest level since 2008": a date only compared with."""
    words = alternation(clause_words().superlatives)
    return re.compile(rf"\b(?:{words})\b[^.;]{{0,40}}\bsince\s+\Z", re.IGNORECASE)
