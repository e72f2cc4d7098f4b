"""How a "who did what" label names its actors (:mod:`timeline.events.label`): the label words of
a language (``rules/<language>/labels.toml``), a person's or a body's short name as a headline
writes it, and where the summary names an actor (in full, by the words its mentions span, or by a
person's last name).

>>> short_name("Unification Ministry of South Korea", "organisation", load_label_words())
'Unification Ministry'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["EDGE", "LONG_NAME", "POSSESSIVE", "LabelWords", "bare", "find_name", "load_label_words", "occurrence",
           "short_name", "surfaces"]

RULES = Path(__file__).parent / "rules"
EDGE = "\"'\u2018\u2019\u201c\u201d()[],;:.!?"
POSSESSIVE = re.compile(r"['\u2019]s?$")
LONG_NAME = 20  # a body's name longer than this is cut to its head; an actor the summary does not
# name, with a longer name: the label keeps the summary's own words
SHORT_NAME = 13  # a person's full name up to this length, else the last word of it


@dataclass(frozen=True, slots=True)
class LabelWords:
    """The word lists of ``labels.toml``."""

    dropped: frozenset[str]
    """Words headlines leave out (articles)."""
    prepositions: frozenset[str]
    """Prepositions: go with a dropped date, and stay before the object's head."""
    weak_ends: frozenset[str]
    """Words a label cut short does not end on."""
    auxiliaries: frozenset[str]
    """Words of a verb group kept before the predicate."""
    titles: frozenset[str]
    """Person titles left out of a short name."""
    pronouns: frozenset[str]
    """Subject pronouns an actor's name stands in for."""
    examples: tuple[dict, ...]
    """Events with their expected labels (run by the tests)."""


@lru_cache(maxsize=4)
def load_label_words(language: str = "en") -> LabelWords:
    """The label words of ``language``; a missing list is an error naming the file."""
    path = RULES / language / "labels.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    words = data.get("words", {})
    lists = [f.name for f in fields(LabelWords) if f.name != "examples"]
    try:
        return LabelWords(*(frozenset(words[n]) for n in lists), examples=tuple(data.get("examples", ())))
    except KeyError as missing:
        raise ValueError(f"{path}: [words] lacks {missing}") from None


def bare(token: str) -> str:
    """``token`` without the punctuation and quotes around it."""
    return token.strip(EDGE)


def find_name(tokens: list[str], name: str) -> tuple[int, int] | None:
    """The token span of ``name`` in ``tokens`` (punctuation and a possessive aside), or None."""
    want = [bare(w) for w in name.split()]
    n = len(want)
    for i in range(len(tokens) - n + 1):
        got = [bare(t) for t in tokens[i:i + n]]
        got[-1] = POSSESSIVE.sub("", got[-1])
        if got == want:
            return i, i + n
    return None


def short_name(name: str, kind: str, words: LabelWords) -> str:
    """A person's name as a headline writes it: in full when short, else the last word; a long
    name of a body by its head ("Unification Ministry of South Korea" -> "Unification Ministry")."""
    parts = [p for p in name.split() if p not in words.titles]
    joint = next((i for i, p in enumerate(parts) if p in words.prepositions), 0)
    if kind != "person" and len(name) > LONG_NAME and joint >= 2:
        return " ".join(parts[:joint])
    if kind == "person" and len(name) > SHORT_NAME and len(parts) > 1:
        last = len(parts) - 1
        while last > 1 and parts[last - 1][:1].islower():  # "da Silva", "van der Berg"
            last -= 1
        return " ".join(parts[last:])
    return " ".join(parts) or name


def occurrence(tokens: list[str], name: str, kind: str, words: LabelWords,
                surfaces: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """Where the summary names ``name``: in full, as the sentence's mentions of it do when they
    use the name's own words or an acronym ("ISRO"; not "Indian", which qualifies a noun), or (a
    person) by the last word of the name."""
    found = find_name(tokens, name)
    own = {w.lower() for w in name.split()}
    for surface in surfaces:
        parts = [bare(w) for w in surface.split() if bare(w).lower() not in words.dropped]
        if parts and (all(p.lower() in own for p in parts) or (len(parts) == 1 and parts[0].isupper())):
            found = found or find_name(tokens, surface)
    parts = [p for p in name.split() if p not in words.titles]
    if found is None and kind == "person" and len(parts) > 1:
        found = find_name(tokens, parts[-1])
    return found


def surfaces(event: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Actor -> the words its mentions span in the event's sentence (``mentions`` are offsets in
    the document, ``sentence_start`` the sentence's)."""
    sentence, at = str(event.get("sentence") or ""), event.get("sentence_start")
    mentions = event.get("mentions")
    if not sentence or at is None or mentions is None or isinstance(mentions, float):
        return {}
    out: dict[str, list[str]] = {}
    for mention in mentions:
        try:
            start, end, name = int(mention[0]) - int(at), int(mention[1]) - int(at), str(mention[2])
        except (TypeError, ValueError, IndexError, KeyError):
            continue  # not a span: nothing to learn from it
        text = sentence[start:end].strip() if 0 <= start < end else ""
        if text and text not in out.setdefault(name, []):
            out[name].append(text)
    return {name: tuple(sorted(texts, key=len)) for name, texts in out.items()}
