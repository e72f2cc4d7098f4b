"""Person names the model cut inside: at an initial ("Ramon R" of "Ramon R. del Rosario, Jr."),
at an abbreviation ("Amy St" of "Amy St. Eve") or at a particle ("Roelof van" of "Roelof van der
Merwe", "Rashid Al" of "Rashid Al Maktoum"). No name ends on such a word, so the name goes on
over the initials and particles that follow to the next capitalised word, and a name's suffix
after a comma ("Jr.") stays. The words are data: ``name_particles``, ``name_prefixes``,
``name_abbreviations``, ``name_suffixes`` and ``non_names`` of ``rules/<language>/words.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.language import ActorWords, alternation

__all__ = ["continued_name"]

_LETTER = re.compile(r"[A-Z]\Z")
_MORE = 3  # capitalised words a name goes on with after the first one


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The rest of a name after a word no name ends on, each further word, a suffix after a comma."""
    joined = alternation([p for p in words.name_particles if p[:1].islower()] + [
        p for p in words.name_prefixes if p[:1].isupper()]) or "(?!)"
    rest = re.compile(rf"(?:\.[ \t]*|[ \t]+)(?:[A-Z]\.[ \t]*)*(?:(?:{joined})[ \t]+)*(?P<word>[A-Z][a-z][\w'’\-]*)")
    more = re.compile(rf"[ \t]+(?:(?:{joined})[ \t]+)*(?P<word>[A-Z][a-z][\w'’\-]*)")
    suffix = re.compile(rf",[ \t]+(?:{alternation(words.name_suffixes) or '(?!)'})\b\.?")
    return rest, more, suffix


def _no_end(word: str, words: ActorWords) -> bool:
    """Whether no name ends on ``word``: an initial, an abbreviation, a particle ("van", "Al")."""
    return _LETTER.match(word) is not None or word in words.name_abbreviations or (
        word in words.name_particles if word[:1].islower() else word in words.name_prefixes)


def continued_name(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a person's name ends when the span ends on an initial, an abbreviation or a
    particle that the text's next words complete; else ``end``.

    >>> from timeline.actors.language import load_language
    >>> text = "Judge Amy St. Eve ruled, and Ramon R. del Rosario, Jr. said."
    >>> words = load_language()
    >>> text[6:continued_name(text, 6, 12, words)], text[29:continued_name(text, 29, 36, words)]
    ('Amy St. Eve', 'Ramon R. del Rosario, Jr.')
    >>> text[6:continued_name(text, 6, 17, words)]  # a whole name stays
    'Amy St. Eve'
    """
    last = text[start:end].rsplit(None, 1)[-1:] if start < end else []
    if not last or not _no_end(last[0], words):
        return end
    rest, more, suffix = _patterns(words)  # read only here: hashing the words costs
    m = rest.match(text, end)
    if m is None or m.group("word") in words.not_given_names:
        return end
    end = m.end()
    for _ in range(_MORE):  # "Y.S. Jagan Mohan Reddy": the words after the first
        m = more.match(text, end)
        if m is None or m.group("word") in words.not_given_names:
            break
        end = m.end()
    tail = suffix.match(text, end)
    return tail.end() if tail else end
