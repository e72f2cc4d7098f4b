"""Date words in an event's clause that only bound or anchor a comparison.

:func:`in_a_comparison`: the stretch a superlative ranks over ("the biggest rise in a single day
this year": :func:`superlative_scope`) and the base of a comparative ("stronger than in Chile
last year": :func:`comparative_base`). :func:`timeline.events.otherdates.compared_with` leaves
them out of the event's own date, as it does a comparison's base figure. The words are data
(``rules/<language>/comparedates.toml``, each table with examples run as tests); the engine
knows no English.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.datewords import DateExample
from timeline.events.language import alternation
from timeline.events.lexicon import RULES_DIR
from timeline.model import TimeExpression

__all__ = ["CompareDateWords", "comparative_base", "in_a_comparison", "load_compare_date_words",
           "superlative_scope"]

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\S")  # words, and any other mark one by one


@dataclass(frozen=True, slots=True)
class CompareDateWords:
    """The words of ``comparedates.toml``, by table."""

    determiners: tuple[str, ...]  # [superlative_scopes]: "the", before the superlative
    superlatives: tuple[str, ...]  # "biggest"
    scope_dates: tuple[str, ...]  # the first words of a period of the article ("this")
    scope_chars: int  # how far before the date the superlative may stand
    links: frozenset[str]  # [comparative_bases]: "than"
    comparatives: frozenset[str]  # comparatives of no regular ending ("more")
    endings: tuple[str, ...]  # endings of a comparative ("-er")
    not_comparatives: frozenset[str]  # time comparatives ("later"): a deadline or a link
    base_words: int  # words between "than" and the date
    examples: tuple[DateExample, ...]


@lru_cache(maxsize=4)
def load_compare_date_words(language: str = "en") -> CompareDateWords:
    """The words of ``language``; a missing table or key is an error naming the file.

    >>> words = load_compare_date_words()
    >>> "biggest" in words.superlatives, "than" in words.links
    (True, True)
    """
    path = RULES_DIR / language / "comparedates.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        scopes, bases = data["superlative_scopes"], data["comparative_bases"]
        examples = tuple(DateExample(table, **entry) for table, entries in data.items()
                         for entry in entries.get("examples", ()))
        return CompareDateWords(
            tuple(scopes["determiners"]), tuple(scopes["words"]), tuple(scopes["dates"]), int(scopes["max_chars"]),
            frozenset(bases["links"]), frozenset(bases["words"]), tuple(bases["endings"]),
            frozenset(bases["not_comparatives"]), int(bases["max_words"]), examples)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: missing or malformed entry: {error}") from None


def in_a_comparison(text: str, t: TimeExpression) -> bool:
    """Does ``t`` only bound or anchor a comparison (see the module's doc)?"""
    return superlative_scope(text, t) or comparative_base(text, t)


def superlative_scope(text: str, t: TimeExpression) -> bool:
    """Is ``t`` a period of the article that a superlative before it ("the biggest") ranks over?

    >>> from timeline.temporal import tag
    >>> text = "Cases rose by 90, the biggest rise in a single day this year."
    >>> superlative_scope(text, tag(text, "2024-05-10")[0])
    True
    >>> text = "The firm doubled its staff this year."
    >>> superlative_scope(text, tag(text, "2024-05-10")[0])
    False
    """
    words = load_compare_date_words()
    if not t.text.lower().startswith(tuple(f"{d} " for d in words.scope_dates)):
        return False
    return _scope(words).search(text, max(0, t.start - words.scope_chars), t.start) is not None


def comparative_base(text: str, t: TimeExpression) -> bool:
    """Is ``t`` after "than" and a comparative ("stronger than", "more seats than"), a few words
    later with no figure between?

    >>> from timeline.temporal import tag
    >>> text = "The shaking was stronger than in Chile last year."
    >>> comparative_base(text, tag(text, "2024-05-10")[0])
    True
    >>> text = "The court must rule no later than June 30."
    >>> comparative_base(text, tag(text, "2024-05-10")[0])
    False
    """
    words = load_compare_date_words()
    before = _WORD.findall(text, max(0, t.start - 80), t.start)[::-1]
    for i, token in enumerate(before[: words.base_words + 1]):
        low = token.lower()
        if low in words.links:
            return _after_comparative([w.lower() for w in before[i + 1 : i + 5]], words)
        if not token[:1].isalpha():
            return False  # a figure or clause punctuation: another phrase
    return False


def _after_comparative(before: list[str], words: CompareDateWords) -> bool:
    """Do the words before "than" (reversed) end with a comparative ("stronger than"), or hold one
    of ``words`` a noun phrase before it ("more seats than")?"""
    if not before or before[0] in words.not_comparatives:
        return False
    if before[0] in words.comparatives or (before[0].endswith(words.endings) and before[0].isalpha()):
        return True
    return any(w in words.comparatives for w in before[1:] if w.isalpha())


@lru_cache(maxsize=4)
def _scope(words: CompareDateWords) -> re.Pattern:
    """A determiner and a superlative, then words of one clause up to the date."""
    return re.compile(rf"\b(?:{alternation(words.determiners)})\s+(?:{alternation(words.superlatives)})\b"
                      r"[^.;,:!?]*\Z", re.IGNORECASE)
