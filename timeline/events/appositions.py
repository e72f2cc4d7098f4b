"""Descriptions of a person or organisation: apposed to it ("Maria Ortiz, a senior Chile official,
said"; "Ada Obi, head of the Health Agency, said"; "Tom Eze, CEO of Zenith Foods, said": a role
word opens one in any case; "Zenith Foods, which counts Jon Berg as an adviser, said": a relative
clause with no past form, which describes rather than tells): an actor inside one describes that
actor (an affiliation), it does not take part in the event; so does a country in the role a person
takes ("was sworn in as the new President of Guatemala") (used by
:mod:`timeline.events.participants`).

The words are data: the openers (``participants.toml``, ``[apposition]``) and the actor rules' role
nouns (``timeline/actors/rules/<language>/words.toml``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache

from timeline.actors.language import load_language as actor_words
from timeline.events.clauses import clause_words
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.events.verbforms import past_form
from timeline.model import ActorMention

__all__ = ["appositions", "taken_role"]

_APPOSITION_HOSTS = frozenset({"person", "organisation"})  # the kinds a description is apposed to
_RELATIVE_WORDS = 3  # words of a relative clause where its verb is looked for ("whose government signed")
_APPOSITION_END = re.compile(r"[,;()\u2013\u2014]|\s-\s|[.!?](?:\s|\Z)")  # where the description stops


@lru_cache(maxsize=1)
def _relatives() -> tuple[frozenset[str], frozenset[str]]:
    """(the relative pronouns that open a description, the past forms equal to their base form)
    of ``participants.toml`` ``[apposition]``."""
    data = tomllib.loads((RULES_DIR / "en" / "participants.toml").read_text(encoding="utf-8"))["apposition"]
    return frozenset(data.get("relatives", ())), frozenset(data.get("past_as_base", ())) | load_lexicon().unchanged_past


def _happening(text: str, start: int, end: int) -> bool:
    """Does the relative clause ``text[start:end]`` tell a happening (a past form among its first
    words: "who beat him in July") rather than describe ("which counts X as an adviser")?"""
    past = _relatives()[1]
    return any(past_form(w) or w in past for w in re.findall(r"[a-z]+", text[start:end].lower())[:_RELATIVE_WORDS])


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The first words of the roles a person holds (the actor rules' role nouns: "head",
    "spokesman", "deputy"): one opens a description apposed to a person's name."""
    words = actor_words()
    return frozenset(r.split()[0] for r in (*words.role_nouns, *words.affiliation_role_words))


def appositions(text: str, verb_start: int, everyone: Sequence[ActorMention],
                openers: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the descriptions apposed to a person or organisation: from the comma
    after its name, opened by one of the rule's words, to the next comma, bracket, dash or the
    sentence's end; never one that holds the event's own predicate, nor a name alone after an
    article (the next item of a list)."""
    spans = []
    for host in everyone:
        if host.kind not in _APPOSITION_HOSTS or not text.startswith(",", host.end):
            continue
        opener = re.match(r",\s+(\w+)\s", text[host.end : host.end + 40])
        relative = opener is not None and opener.group(1) in _relatives()[0]
        if opener is None or not (opener.group(1) in openers or relative
                                  or host.kind == "person" and opener.group(1).lower() in _role_words()):
            continue
        start = host.end + opener.end()
        stop = _APPOSITION_END.search(text, start)
        end = stop.start() if stop else len(text)
        if start <= verb_start < end or relative and _happening(text, start, end):
            continue  # its own event's words; "Tom Eze, who hired Jon Berg in 2019,": a happening told
        inner = [m for m in everyone if start <= m.start and m.end <= end]
        if opener.group(1)[0].isupper() and any(m.kind == "person" for m in inner):
            continue  # "Ada Obi, President Tom Eze and ...": a titled name, the next item of a list
        if (len(inner) == 1 and opener.group(1) in clause_words().articles
                and not text[start : inner[0].start].strip() and not text[inner[0].end : end].strip()):
            continue  # "Brazil, the United States and Chile": a list, not a description
        spans.append((start, end))
    return spans


_ROLE_WORDS = 4  # words between "as" and "of" in a role ("as the new Prime Minister of")


def taken_role(text: str, start: int, sentence_start: int, openers: frozenset[str],
               links: frozenset[str]) -> bool:
    """Is the name at ``start`` the end of a role a person takes: an opener ("as"), a few words
    with a role noun among them, then a link word ("of") and an article ("sworn in as the new
    President of Guatemala")?

    >>> text = "Ana Ruiz was sworn in as the new President of Chile on Tuesday."
    >>> taken_role(text, text.index("Chile"), 0, frozenset({"as"}), frozenset({"of"}))
    True
    >>> text = "Troops withdrew as part of a deal with Chile."
    >>> taken_role(text, text.index("Chile"), 0, frozenset({"as"}), frozenset({"of"}))
    False
    """
    words = re.findall(r"[\w.'-]+|[^\w\s]", text[max(sentence_start, start - 80) : start])
    if words and words[-1].lower() in clause_words().articles:
        words.pop()
    if len(words) < 3 or words[-1].lower() not in links:
        return False
    inner = words[-2 : -2 - _ROLE_WORDS - 1 : -1]  # the words before "of", nearest first
    opener = next((i for i, w in enumerate(inner) if w.lower() in openers), None)
    return opener is not None and opener > 0 and all(w[0].isalnum() for w in inner[:opener]) and any(
        w.lower() in _role_words() for w in inner[:opener])
