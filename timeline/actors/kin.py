"""People named only as someone's relative or aide: not actors of the story.

"Michael Roe, the son of the late trade minister Ann Roe, was charged" names Ann Roe to say who
Michael Roe is; she takes no part in the story. A person every mention of which follows a kin
noun and its joiner ("son of", "widow of", "aide of", with up to a few words of title between:
"the son of the country's founding president Bo Park"), or is written as an owner ("Ann Roe's
party"), with at least one such kin mention, is such a person: the pipeline drops the name
from the events' actors and from the article's actors. A relative who acts elsewhere in the
article ("Ann Roe said") stays. The words are data (``kin_nouns``, ``kin_joiners`` in
``rules/<language>/words.toml``).

>>> from timeline.model import ActorMention
>>> text = "Bo Roe, the son of the late minister Ann Roe, was charged. Bo Roe denied it."
>>> def person(name, start):
...     return ActorMention(start, start + len(name), name, "person:" + name, name, "person")
>>> mentions = [person("Bo Roe", 0), person("Ann Roe", 37), person("Bo Roe", 59)]
>>> kin_named(text, mentions)
frozenset({'Ann Roe'})
>>> kin_named(text + " Ann Roe said so.", mentions + [person("Ann Roe", len(text) + 1)])
frozenset()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.actors.language import ActorWords, alternation, load_language
from timeline.model import ActorMention

__all__ = ["kin_named"]

_REACH = 90  # characters read before a mention for its kin noun
_GAP = 8  # words of title between the joiner and the name ("the late U.S. Commerce Secretary ")
# a word of that title: no stop but an abbreviation's ("U.S.", "Gen."), so never a sentence end
_TOKEN = r"(?:[\w'’\-]+|(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.)"


@lru_cache(maxsize=4)
def _kin_before(words: ActorWords) -> re.Pattern[str] | None:
    if not words.kin_nouns or not words.kin_joiners:
        return None
    return re.compile(rf"(?<![\w\-])(?:{alternation(words.kin_nouns)})[ \t]+(?:{alternation(words.kin_joiners)})"
                      rf"[ \t]+(?:{_TOKEN}[ \t]+){{0,{_GAP}}}\Z")


def kin_named(text: str, mentions: Sequence[ActorMention], words: ActorWords | None = None) -> frozenset[str]:
    """The names of the people ``text`` names only as someone's relative or aide (or as an owner
    besides)."""
    pattern = _kin_before(words or load_language())
    if pattern is None:
        return frozenset()
    kin: set[str] = set()
    other: set[str] = set()
    for m in mentions:
        if m.kind != "person":
            continue
        if pattern.search(text, max(0, m.start - _REACH), m.start):
            kin.add(m.name)
        elif not text.startswith(("'s", "’s"), m.end):
            other.add(m.name)
    return frozenset(kin - other)
