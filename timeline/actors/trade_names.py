"""Companies named by the trade their name ends in: "Dangote Sugar", "Ethiopian Airlines".

The small model calls such a name a person ("Dangote Sugar"), a place, or nothing, or glues a
list of them into one organisation ("Dangote Cement, Seplat Energy"). Capitalised words and then
a trade word of ``rules/<language>/trade_names.toml`` are an organisation (``ORG``) whatever the
model says; a determiner, title or date word opening the span is no part of the name, and a
capitalised word after the trade word makes it the middle of another name ("the Tarsk Power Up
speaker"). The spans
are offered before the model's entities (:func:`timeline.actors.cues.merge_spans`: they win a
tie), and a model entity holding two of them is dropped (a list the model glued).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.actors.language import RULES_DIR, ActorWords, alternation
from timeline.actors.ner import Entity

__all__ = ["TradeRules", "load_trade_rules", "trade_name", "trade_organisations", "without_glued_lists"]

_TOKEN = r"[A-Z][\w&\-]*(?:\.[\w&\-]+)*"  # a capitalised word; a period inside, never at its end ("June. Kelvo")


@dataclass(frozen=True, slots=True)
class TradeRules:
    """The trade words of ``trade_names.toml``, compiled, and its examples."""

    pattern: re.Pattern | None  # up to four capitalised words, then a trade word
    words: frozenset[str]  # the trade words
    examples: tuple[dict, ...]


@lru_cache(maxsize=4)
def load_trade_rules(language: str = "en") -> TradeRules:
    """The trade-name rules of ``language``; no pattern when the language has no file."""
    path = RULES_DIR / language / "trade_names.toml"
    if not path.exists():
        return TradeRules(None, frozenset(), ())
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    words = alternation(data.get("trade_words", ()))
    pattern = re.compile(rf"(?<![\w\-])(?:{_TOKEN}[ \t]+){{1,4}}(?:{words})(?![\w\-]|[ \t]+[A-Z])") if words else None
    return TradeRules(pattern, frozenset(data.get("trade_words", ())), tuple(data.get("examples", ())))


def trade_name(name: str, language: str = "en") -> bool:
    """Is ``name`` two words or more ending in a trade word ("Kelvo Sugar"; not "Sugar")?

    >>> trade_name("Kelvo Sugar"), trade_name("Sugar"), trade_name("Kelvo Sugar Road")
    (True, False, False)
    """
    parts = name.split()
    return len(parts) > 1 and parts[-1] in load_trade_rules(language).words


def trade_organisations(text: str, words: ActorWords, language: str = "en") -> list[Entity]:
    """Spans of names that end in a trade word (see the module doc).

    >>> from timeline.actors.language import load_language
    >>> text = "On Monday Kelvo Sugar and Tarsk Airlines said profits fell."
    >>> [text[e.start:e.end] for e in trade_organisations(text, load_language())]
    ['Kelvo Sugar', 'Tarsk Airlines']
    """
    pattern = load_trade_rules(language).pattern
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        last = text.rfind(" ", start, end)
        while start < last:  # "On Monday Kelvo Sugar": not "On", not "Monday"
            word = text[start : text.find(" ", start)]
            if not (word in words.name_determiners or word in words.not_given_names
                    or word.lower() in words.date_word_set or word.lower() in words.function_words):
                break
            start = text.find(" ", start) + 1
            while text[start] in " \t":
                start += 1
        if start < last:
            out.append(Entity(start, end, "ORG"))
    return out


def without_glued_lists(ents: list[Entity], trades: list[Entity]) -> list[Entity]:
    """``ents`` without the model's entities that hold two trade names or more ("Dangote Cement,
    Seplat Energy" holding "Dangote Cement" and another): a list the model glued into one.

    >>> without_glued_lists([Entity(0, 29, "ORG")], [Entity(0, 14, "ORG"), Entity(16, 29, "ORG")])
    []
    """
    return [e for e in ents if sum(e.start <= t.start and t.end <= e.end for t in trades) < 2]
