"""The words of the text engine, loaded once per language into a typed :class:`TextWords`.

``rules/<language>/words.toml`` holds the abbreviations that do not end a sentence, the words a
sentence may start with after a dotted acronym, the words of photo captions and the words that
join a dateline's place name; the engine's Python knows only this layout.

>>> words = load_language()
>>> "Gen" in words.abbreviations, "Photo" in words.captions, words.place_joiners
(True, True, ('of', 'of the'))
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

__all__ = ["RULES_DIR", "TextWords", "load_language"]

RULES_DIR = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class TextWords:
    """The word lists of ``words.toml``."""

    abbreviations: frozenset[str]  # words that end with a full stop without ending the sentence
    sentence_starters: frozenset[str]  # after "U.S.", a sentence ends only before one of these
    captions: frozenset[str]  # words that make a parenthesised text a photo caption or credit
    place_joiners: tuple[str, ...]  # "Democratic Republic of the Congo" in a dateline


def word_lists(path: Path) -> dict[str, list[str]]:
    """The named word lists of the TOML file at ``path``, from every table (``[table] key = [...]``),
    keyed by list name; a list named twice, in any tables, is an error naming the file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists: dict[str, list[str]] = {}
    for table, entries in data.items():
        for key, words in entries.items():
            if key in lists:
                raise ValueError(f"{path}: [{table}] {key} is listed twice")
            lists[key] = words
    return lists


@lru_cache(maxsize=4)
def load_language(language: str = "en") -> TextWords:
    """The text words of ``language`` (``rules/<language>/words.toml``). A list named twice, a
    list the engine does not know or one it misses is an error naming the file."""
    path = RULES_DIR / language / "words.toml"
    lists = word_lists(path)
    names = [f.name for f in fields(TextWords)]
    if set(names) != set(lists):
        raise ValueError(f"{path}: missing {sorted(set(names) - set(lists))}, "
                         f"unknown {sorted(set(lists) - set(names))}")
    return TextWords(
        abbreviations=frozenset(lists["abbreviations"]),
        sentence_starters=frozenset(lists["sentence_starters"]),
        captions=frozenset(lists["captions"]),
        place_joiners=tuple(lists["place_joiners"]),
    )
