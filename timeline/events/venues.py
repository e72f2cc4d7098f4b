"""Actors named in an event's sentence where they do not act: venues, who was told, and countries
in a quoted statement.

* an organisation after a venue preposition and "the" ("in the House of Commons", "at the Museum
  of the Revolution", "shares ended higher on the BSE", "listed on the Nigerian Exchange") is
  the venue, not a participant, unless people of it are meant ("a research team at the Institute
  of Paleontology", "analysts at the bank": a members word before the preposition);
* an organisation or outlet right after a telling verb ("told the Nine Network", "told Belfast
  Crown Court") is who heard it, not a participant (but "told the company's shareholders" tells
  the shareholders: a possessive after the name keeps it);
* a country inside the quotation of a report whose verb is outside it ('"It is a sad day for
  Kenya," the minister said') is what the speaker talks about, not a participant of the report;
* a country inside a pair phrase ("between Britain and France") before the event's verb, which
  does not follow it as its subject ("a truce between Israel and Hamas took effect"), names what
  lies between others, not who acts: "divided between Britain and France after the war, Cameroon
  became independent"; a pair after the verb is what it tells of ("mediated between Israel and
  Hamas", "discussed relations between Ireland and Britain").

The words are data (``rules/<language>/participants.toml``, ``[venue]``, ``[addressee]``, ``[quote]``,
``[pair]``);
used by :mod:`timeline.events.participants`.

>>> rules = venue_rules()
>>> text = "Shares of Acme closed higher on the NGX on Monday."
>>> is_venue(text, text.index("NGX"), 0, rules)
True
>>> text = "A research team at the Institute of Physics found a new particle."
>>> is_venue(text, text.index("Institute"), 0, rules)
False
>>> text = "The minister told the Daily Star that she would resign."
>>> is_addressee(text, text.index("Daily"), text.index("Daily") + 10, 0, rules)
True
>>> text = '"It is a sad day for Kenya," the minister said.'
>>> quoted_apart(text, 0, text.index("Kenya"), text.index("said"), rules)
True
>>> text = "Once split between Britain and France, Cameroon became independent in 1960."
>>> paired_apart(text, 0, text.index("France"), text.index("became"), rules)
True
>>> text = "A truce between Israel and Hamas took effect on Monday."
>>> paired_apart(text, 0, text.index("Israel"), text.index("took"), rules)
False
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.clauses import clause_words
from timeline.events.language import alternation
from timeline.events.lexicon import RULES_DIR

__all__ = ["VenueRules", "is_addressee", "is_venue", "paired_apart", "quoted_apart", "venue_rules"]

_REACH = 60  # characters looked back from a mention for its preposition and members word
_PAIR_REACH = 120  # characters looked back from a mention for the opener of its pair phrase
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class VenueRules:
    """The ``[venue]`` and ``[addressee]`` words of ``participants.toml``, compiled."""

    venue_before: re.Pattern  # "<preposition> the " right before an organisation
    members_before: re.Pattern  # "team at the ": people of the organisation, who may act
    telling_before: re.Pattern  # "told (the) " right before an organisation
    quotes_open: str  # opening quotation marks
    quotes_close: str  # closing ones
    quotes_both: str  # marks that open and close
    pair_before: re.Pattern  # "between " (and the names of the pair before the mention) right before a name
    pair_words: int  # words at most between a pair's name and the verb it is the subject of


@lru_cache(maxsize=4)
def venue_rules(language: str = "en") -> VenueRules:
    """The venue and addressee words of ``language``."""
    data = tomllib.loads((RULES_DIR / language / "participants.toml").read_text(encoding="utf-8"))
    venue, addressee, quote, pair = data["venue"], data["addressee"], data["quote"], data["pair"]
    prepositions = alternation(frozenset(venue["prepositions"]))
    articles = alternation(frozenset(venue["articles"]))
    return VenueRules(
        venue_before=re.compile(rf"\b(?i:{prepositions})\s+(?i:{articles})\s+\Z"),
        members_before=re.compile(rf"\b(?i:{alternation(frozenset(venue['members']))})\s+"
                                  rf"(?i:{prepositions})\s+(?i:{articles})\s+\Z"),
        telling_before=re.compile(rf"\b(?:{alternation(frozenset(addressee['verbs']))})\s+"
                                  rf"(?:(?i:{articles})\s+)?\Z"),
        quotes_open=quote["open"], quotes_close=quote["close"], quotes_both=quote["both"],
        pair_before=re.compile(rf"\b(?i:{alternation(frozenset(pair['openers']))})\s+"
                               rf"(?:[^\s,.;:()]+(?:,?\s+(?i:{alternation(frozenset(pair['joiners']))})\s+|,\s+|\s+))*\Z"),
        pair_words=int(pair["words"]),
    )


def is_venue(text: str, start: int, sentence_start: int, rules: VenueRules) -> bool:
    """Is the organisation named at ``start`` after a venue preposition and an article, with no
    members word before them?"""
    lo = max(sentence_start, start - _REACH)
    return (rules.venue_before.search(text, lo, start) is not None
            and rules.members_before.search(text, lo, start) is None)


def is_addressee(text: str, start: int, end: int, sentence_start: int, rules: VenueRules) -> bool:
    """Is the organisation named at ``start``..``end`` right after a telling verb, and not in the
    possessive?"""
    if any(text.startswith(e, end) for e in clause_words().possessive_endings):
        return False
    return rules.telling_before.search(text, max(sentence_start, start - _REACH), start) is not None


def _inside(piece: str, rules: VenueRules) -> bool:
    """Does ``piece`` (a sentence up to some point) leave a quotation open?"""
    opened = sum(piece.count(q) for q in rules.quotes_open) - sum(piece.count(q) for q in rules.quotes_close)
    return opened > 0 or sum(piece.count(q) for q in rules.quotes_both) % 2 == 1


def quoted_apart(text: str, sentence_start: int, start: int, verb: int, rules: VenueRules) -> bool:
    """Is the mention at ``start`` inside a quotation of its sentence while the event's verb at
    ``verb`` is outside every quotation?"""
    return _inside(text[sentence_start:start], rules) and not _inside(text[sentence_start:verb], rules)


def paired_apart(text: str, sentence_start: int, start: int, verb: int, rules: VenueRules) -> bool:
    """Is the name at ``start`` inside a pair phrase ("between Britain and France") before the
    event's verb (at ``verb``) that the verb does not follow as its subject (more than
    ``pair_words`` words after the name, or a comma between)?"""
    if verb < start or rules.pair_before.search(text, max(sentence_start, start - _PAIR_REACH), start) is None:
        return False  # after the verb: what it tells of ("talks between", "relations between Ireland and Britain")
    between = text[start:verb]
    return "," in between or len(_WORD.findall(between)) > rules.pair_words  # not "Israel and Hamas took"
