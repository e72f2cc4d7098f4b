"""Name helpers shared by the generator and the person rules: accent folding and slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def slug(name: str) -> str:
    """``"Côte d'Ivoire"`` -> ``"cote-d-ivoire"``.

    >>> slug("Côte d'Ivoire")
    'cote-d-ivoire'
    """
    folded = ascii_fold(name).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def ascii_fold(text: str) -> str:
    """Strip accents: ``"Bogotá"`` -> ``"Bogota"``.

    >>> ascii_fold("Chișinău")
    'Chisinau'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_INITIALS = re.compile(r"(?:(?:[A-Z]\.){2,}[ \t]+|[A-Z]\.?[ \t]+)+\Z")  # "A S ", "D.J. "
_AN_INITIAL = re.compile(r"[A-Z]\.?[ \t]")
_LETTERS = re.compile(r"[A-Z]")  # the letters of a run of initials
_GIVEN = re.compile(r"(?<![\"“‘'])\b([A-Z][a-z][\w\-]*)[ \t]+\Z")  # not in quotes: "Lightning Bolt"
# what a sentence's first word follows: nothing, a line break, or a stop after a word in lower case
# or a number ("... said. Afterwards"; not a title's stop: "Gen. Abdel")
_SENTENCE_END = re.compile(r"(?:\A|\n|(?<!\S)[a-z0-9]\S*[.!?][\"”’]?)[ \t]*\Z")


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case, not in a web address (read once per text: the
    steps of one document share it).

    >>> sorted(lower_words("Then he ran. Then-Governor X."))
    ['he', 'ran']
    >>> sorted(lower_words("Kelvo runs kelvo.com"))  # a web address is no word written in lower case
    ['runs']
    """
    return frozenset(re.findall(r"(?<![\w\-])(?<!\w\.)[a-z][\w\-]*(?![\w\-]|\.[a-z])", text))  # not "salesforce.com"


def given_start(text: str, start: int, end: int, skip: frozenset[str], taken: set[int],
                common: frozenset[str]) -> int:
    """Where a person's name starts when the model left out its initials or its given name:
    "A S Kiran Kumar" for "S Kiran Kumar" (initials not at a sentence start), "Eliud Kipchoge"
    for "Kipchoge" (one capitalised word before a name of one or two words, that the article never writes
    in lower case (``common``, see :func:`lower_words`), that is no word of ``skip`` and no end
    of another mention, in ``taken``).

    >>> text = "The chairman A S Kiran Kumar spoke. Then Eliud Kipchoge won. Then he ran."
    >>> low, no = lower_words(text), frozenset()
    >>> text[given_start(text, 15, 28, no, set(), low):28], text[given_start(text, 47, 55, no, set(), low):55]
    ('A S Kiran Kumar', 'Eliud Kipchoge')
    >>> text = "He left. A B Rao said so. A Kelvo rep said. A K Das said."  # two initials open a sentence
    >>> text[given_start(text, 13, 16, no, set(), low):16], text[given_start(text, 28, 33, no, set(), low):33]
    ('A B Rao', 'Kelvo')
    >>> text[given_start(text, 46, 51, no, set(), low):51]  # the model's "K Das"
    'A K Das'

    >>> other = "Then Kipchoge won. He ran then."  # "then" is a word of the article
    >>> given_start(other, 5, 13, no, set(), lower_words(other))
    5
    """
    before = text[max(0, start - 40) : start]
    initials = _INITIALS.search(before)
    if initials and (sum(c.isupper() for c in initials.group()) > 1 or _AN_INITIAL.match(text, start)):
        lead = before[: initials.start()].rstrip(" \t")
        if (lead and lead[-1] not in ".!?:\"“\n") or len(_LETTERS.findall(initials.group())) + bool(
                _AN_INITIAL.match(text, start)) > 1:
            return start - (len(before) - initials.start())  # "A S Kiran Kumar", "A K Rao said" at a
            # sentence's start (two initials); not "A SpaceX rocket"
    if len(text[start:end].split()) > 2 or (start - 1) in taken or (start - 2) in taken:
        return start  # one or two words: "Eliud Kipchoge", "Agenor Franklin Medeiros"
    given = _GIVEN.search(before)
    if given is None or given.group(1) in skip or given.group(1).lower() in skip \
            or set(before[: given.start(1)].split()[-1:]) & skip:
        return start  # not after a determiner: "The Lightning Bolt strikes"
    if given.group(1).lower() in common:
        return start
    first = start - (len(before) - given.start(1))
    if " " in text[start:end].strip() and _opens_sentence(text, first) \
            and text.count(f"{given.group(1)} {text[start:end]}") < 2:
        return start  # "Starring Lee Hye-young": a sentence's first word before a full name, met once
    return first


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence or line (only the 40 characters
    before it are read).

    >>> text = "He said. Afterwards Hegarty left. Gen. Abdel Fattah spoke."
    >>> _opens_sentence(text, 0), _opens_sentence(text, 9), _opens_sentence(text, 39)
    (True, True, False)
    """
    return _SENTENCE_END.search(("" if pos <= 40 else "x") + text[max(0, pos - 40) : pos]) is not None
