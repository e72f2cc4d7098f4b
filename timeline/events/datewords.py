"""The words of the dating rules (``rules/<language>/dates.toml``), loaded once into typed objects.

Each table of the file is one rule of :mod:`timeline.events.dating` or
:mod:`timeline.events.anchoring`: its words and the sentences that show it at work
(:class:`DateExample`, run as tests).

>>> rules = load_date_words()
>>> "until" in rules.deadlines, rules.antecedent_max_words
(True, 4)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.lexicon import RULES_DIR

__all__ = ["DateExample", "DateWords", "load_date_words"]


@dataclass(frozen=True, slots=True)
class DateExample:
    """A sentence that shows one dating rule: the event with ``predicate``, in an article dated
    ``dct``, gets the date ``source`` and the period ``start``..``end`` (empty: undated)."""

    table: str
    text: str
    predicate: str
    dct: str
    source: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class DateWords:
    """The words of the dating rules of one language, by rule."""

    deadlines: tuple[str, ...]  # "until", "by": the date after them is a deadline
    antecedent_max_words: int  # words allowed between a noun's date and the relative word
    story_day_max_days: int  # how far before the article date a lead's day makes a story's day
    saying_gap: int  # characters allowed between a reporting verb and the date of the saying
    anchors_after: tuple[str, ...]  # "after": "two days after X" puts X two days before
    anchors_before: tuple[str, ...]  # "before": "a week before X" puts X a week after
    same_day: tuple[str, ...]  # "on the same day": the day of the last happening dated to a day
    list_joiners: tuple[str, ...]  # "and": "on Monday and Tuesday" is one period (days only)
    range_joiners: tuple[str, ...]  # "to", "-": "from 2019 to 2022" is one period
    later: tuple[str, ...]  # "[a day] later": counted forward from the happening told before
    earlier: tuple[str, ...]  # "[a day] earlier": counted back from it
    conjuncts: tuple[str, ...]  # "and": a date before it belongs to the conjunct before
    person_relatives: tuple[str, ...]  # "who": "Blake, who beat him in July, took silver": not the silver's date
    since: tuple[str, ...]  # "since": "has held the town since March" runs to the article date
    day_reports: tuple[str, ...]  # auxiliaries of news of the day: "has resigned", "is resetting"
    report_periods: tuple[str, ...]  # granularities a report's figures cover ("the latest quarter")
    period_ends: tuple[str, ...]  # "ended": "the year ended March 2018" is a period the figures cover
    future_markers: tuple[str, ...]  # "set for": "a strike set for May 17 was called off" keeps the coming May 17
    plan_verbs: tuple[str, ...]  # "set": "set sentencing for October 3" is done now, for a later day
    plan_prepositions: tuple[str, ...]  # "for": the word before the day such a verb plans
    period_units: tuple[str, ...]  # "months": "the six months to June 30" ends the figures' period
    past_periods: tuple[str, ...]  # "the past": "have killed 36 over the past month" is news of the day
    yearless_rules: tuple[str, ...]  # the tagger's rules of a month or day without its year
    year_joiners: tuple[str, ...]  # "in July of that year": words between a month and its year
    noun_introducers: tuple[str, ...]  # "a": "a briefing on Tuesday" introduces a dated happening
    noun_modifiers: int  # words allowed between the article and that noun ("a ministerial briefing")
    noun_day_links: tuple[str, ...]  # "on": the preposition between that noun and its day
    definite_articles: tuple[str, ...]  # "the": "told the briefing" names it again
    comparisons: tuple[str, ...]  # "from": "to $5bn from $4bn a year earlier" dates the base figure
    comparison_breaks: tuple[str, ...]  # "to": "rose from 10 to 12 in 2016": 2016 is the rise's
    comparison_links: tuple[str, ...]  # "in": "up from 3.1% in 2019": the word between base and date
    comparison_relatives: tuple[str, ...]  # "earlier": "up from a year earlier" is a base with no figure
    change_units: tuple[str, ...]  # "%": "rose 8% from a year earlier", the figure of a change
    comparatives: tuple[str, ...]  # "higher": "25% higher than a year earlier"
    linked_granularities: tuple[str, ...]  # "day": the dates an event passes on to the next in its paragraph
    name_documents: tuple[str, ...]  # "Act": "the Elections Act, 2018" is a name, not a date
    name_titles: tuple[str, ...]  # "champion": "the 2021 Riga Marathon champion" is a title held
    name_joiners: tuple[str, ...]  # "of": lower-case words inside such a name
    name_max_words: int  # words of the name between the year and its document noun
    naming_verbs: tuple[str, ...]  # "designated": "designated December 13 as Memorial Day" names a day
    naming_joiners: tuple[str, ...]  # "as": words between such a verb, the day and its new name
    almanac_markers: tuple[str, ...]  # "on this date": a list of this day's happenings in past years
    almanac_openers: tuple[str, ...]  # "in": "In 1666, ..." opens an almanac's item
    tally_units: tuple[str, ...]  # "seats": "won 288 seats" is a contest's result
    tally_shares: tuple[str, ...]  # "%": "54% of the vote"
    contests: tuple[str, ...]  # "election": the contest a tally is the result of
    contest_modifiers: int  # words between a possessive day and its contest ("Saturday's mayoral election")
    examples: tuple[DateExample, ...]


def _words(path, data: dict, table: str, key: str = "words") -> tuple[str, ...]:
    try:
        return tuple(data[table][key])
    except KeyError:
        raise ValueError(f"{path}: [{table}] {key} is missing") from None


def _number(path, data: dict, table: str, key: str) -> int:
    try:
        return int(data[table][key])
    except (KeyError, ValueError):
        raise ValueError(f"{path}: [{table}] {key} is missing or not a number") from None


@lru_cache(maxsize=4)
def load_date_words(language: str = "en") -> DateWords:
    """The dating rules' words of ``language``; a missing table or key is an error naming the file."""
    path = RULES_DIR / language / "dates.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    examples = []
    for table, entries in data.items():
        for entry in entries.get("examples", ()):
            try:
                examples.append(DateExample(table, **entry))
            except TypeError as error:
                raise ValueError(f"{path}: [{table}] example {entry.get('text', '')!r}: {error}") from None
    max_words = _number(path, data, "antecedent_dates", "max_words")
    return DateWords(
        deadlines=_words(path, data, "deadlines"),
        antecedent_max_words=max_words,
        story_day_max_days=_number(path, data, "story_day", "max_days"),
        saying_gap=_number(path, data, "story_day", "saying_gap"),
        anchors_after=_words(path, data, "anchored", "after"),
        anchors_before=_words(path, data, "anchored", "before"),
        same_day=_words(path, data, "same_day"),
        list_joiners=_words(path, data, "day_lists"),
        range_joiners=_words(path, data, "day_lists", "ranges"),
        later=_words(path, data, "from_previous", "later"),
        earlier=_words(path, data, "from_previous", "earlier"),
        conjuncts=_words(path, data, "conjuncts"),
        person_relatives=_words(path, data, "person_relatives"),
        since=_words(path, data, "since"),
        day_reports=_words(path, data, "report_of_the_day", "auxiliaries"),
        report_periods=_words(path, data, "report_day", "granularities"),
        period_ends=_words(path, data, "report_day", "period_ends"),
        future_markers=_words(path, data, "past_tense_dates", "future_markers"),
        plan_verbs=_words(path, data, "past_tense_dates", "plan_verbs"),
        plan_prepositions=_words(path, data, "past_tense_dates", "plan_prepositions"),
        period_units=_words(path, data, "report_day", "period_units"),
        past_periods=_words(path, data, "past_periods"),
        yearless_rules=_words(path, data, "past_tense_dates", "tagger_rules"),
        year_joiners=_words(path, data, "past_tense_dates", "year_joiners"),
        noun_introducers=_words(path, data, "dated_nouns", "introducers"),
        noun_modifiers=_number(path, data, "dated_nouns", "max_modifiers"),
        noun_day_links=_words(path, data, "dated_nouns", "day_links"),
        definite_articles=_words(path, data, "dated_nouns", "definite"),
        comparisons=_words(path, data, "comparison_bases"),
        comparison_breaks=_words(path, data, "comparison_bases", "breaks"),
        comparison_links=_words(path, data, "comparison_bases", "links"),
        comparison_relatives=_words(path, data, "comparison_bases", "relatives"),
        change_units=_words(path, data, "comparison_bases", "change_units"),
        comparatives=_words(path, data, "comparison_bases", "comparatives"),
        linked_granularities=_words(path, data, "linked_dates", "granularities"),
        name_documents=_words(path, data, "names_with_years", "documents"),
        name_titles=_words(path, data, "names_with_years", "titles"),
        name_joiners=_words(path, data, "names_with_years", "joiners"),
        name_max_words=_number(path, data, "names_with_years", "max_words"),
        naming_verbs=_words(path, data, "names_with_years", "naming_verbs"),
        naming_joiners=_words(path, data, "names_with_years", "naming_joiners"),
        almanac_markers=_words(path, data, "almanac", "markers"),
        almanac_openers=_words(path, data, "almanac", "openers"),
        tally_units=_words(path, data, "tallies", "units"),
        tally_shares=_words(path, data, "tallies", "shares"),
        contests=_words(path, data, "tallies", "contests"),
        contest_modifiers=_number(path, data, "tallies", "max_modifiers"),
        examples=tuple(examples),
    )
