"""The actors of a story as a whole: its events' actors and the people it names.

A reader lists among an article's actors the people it names, also where the sentence shows no
event ("The film stars Lee Hye-young", "Goalkeeper Jane Roe made five saves"). The document
actors (the column ``doc_actors``, the same on every event of the article) are the actors of
the article's shown events, then every person the article names by a full name (two words or
more) at least once outside a credit. A credit names who wrote or photographed the story, not
who takes part in it: a byline ("By Jane Roe", "Reporting by Jane Roe; Editing by John Doe"), a
photo credit ("AP Photo/John Doe", "Jane Roe/Agency", a line with "Photograph:"), a signature
at a line's end ("... on Thursday. - Jane Roe") or a line that is the name alone. One-word
names (a surname of someone named in full, or a thing the model took for a person), places,
outlets, organisations and countries come in only through the events: named once in passing,
they are mostly not actors of the story (measured on the training sets: adding the people
raises pooled recall by about 5 points at the same precision, adding organisations or
countries named often lowers the F-measure). The event's own ``actors`` never change: a person
named only in the document actors did not act in any shown event.

The credit words are data (``byline_words``, ``photo_words``, ``credit_marks``, ``credit_joiners``
in ``rules/<language>/words.toml``).

>>> from timeline.model import ActorMention
>>> text = "Roe wins.\\nBy John Doe\\nJane Roe, the goalkeeper, was praised by Ann Lee on Monday."
>>> def person(name):
...     start = text.index(name, 10)
...     return ActorMention(start, start + len(name), name, "person:" + name, name, "person")
>>> mentions = [person("John Doe"), person("Jane Roe"), person("Ann Lee")]
>>> story_people(text, mentions, lambda ms: tuple(m.name for m in ms))
('Jane Roe', 'Ann Lee')
>>> document_actors([("Jane Roe",), ("Kenya", "Jane Roe")], ("Jane Roe", "Ann Lee"))
('Jane Roe', 'Kenya', 'Ann Lee')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from timeline.actors.language import ActorWords, alternation, load_language
from timeline.model import ActorMention

__all__ = ["document_actors", "is_credit", "story_people"]

_WINDOW = 80  # characters read on each side of a mention: the work stays linear in the text


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    never = "(?!)"
    by = alternation(words.byline_words) or never
    joiners = alternation((*words.coordinators, *words.credit_places)) or never  # "Ann Lee in Kyiv and Bo Park"
    marks = "".join(re.escape(m) for m in words.credit_marks if len(m) == 1) or "\\x00"
    after = "".join(re.escape(m) for m in words.credit_joiners if len(m) == 1) or "\\x00"
    return (
        # "By Jane Roe", "(Reporting by Ann Lee and Jane Roe; editing by ...": names after a byline
        # word that opens its line or a part of it (not "was praised by Ann Lee")
        re.compile(rf"(?:\A|[(;])[ \t]*(?:\w+[ \t]+){{0,2}}(?:{by})[ \t]+"
                   rf"(?:[A-Z][\w.\-'’]*+[ \t,]*+(?:(?:{joiners})[ \t]+)?)*\Z"),  # possessive: linear
        re.compile(rf"[{marks}][ \t]*\Z"),  # "AP Photo/John Doe", "(John Doe", "- Jane Roe"
        re.compile(rf"\A[ \t]*[{after}]"),  # "Jane Roe/Agency", "Jane Roe | June 15, 2020"
        re.compile(rf"(?<!\w)(?:{alternation(words.photo_words) or never})(?!\w)"),  # "Photograph: ..."
    )


def is_credit(text: str, start: int, end: int, words: ActorWords | None = None) -> bool:
    """Whether the name at ``start:end`` credits the story's writer or photographer.

    >>> text = "By Jane Roe\\nReporting by Ann Lee; Editing by Bo Park\\nAnn Lee won. - Jo Kim\\nJo Kim"
    >>> [is_credit(text, text.index(n, s), text.index(n, s) + len(n))
    ...  for n, s in (("Jane Roe", 0), ("Ann Lee", 0), ("Bo Park", 0), ("Ann Lee", 50), ("Jo Kim", 60), ("Jo Kim", 75))]
    [True, True, True, False, True, True]
    """
    words = words or load_language()
    by, mark_before, mark_after, photo = _patterns(words)
    line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
    line_end = text.find("\n", end, end + _WINDOW)
    before = text[line_start:start] if start - line_start <= _WINDOW else "\x00" + text[start - _WINDOW : start]
    after = text[end : line_end if line_end >= 0 else min(len(text), end + _WINDOW)]
    if by.search(before) or mark_after.match(after) or photo.search(before) or photo.search(after):
        return True
    if _names_only(text[line_start:start] + after, words):
        return True  # "Ann Lee and Bo Park, Daily Planet": a line of names
    at_line_end = not after.strip(" \t.,;)")
    if at_line_end and (mark_before.search(before) or not before.strip()):
        return True  # "... on Thursday. - Jane Roe", a line that is the name alone
    return bool(mark_before.search(before)) and after.lstrip().startswith(")")  # "(AP Photo/Jane Roe)"


def _names_only(line: str, words: ActorWords) -> bool:
    """Whether a line (of up to 160 characters) has no word in lower case but a coordinator."""
    found = re.findall(r"(?<![\w\-'’])[^\W\d_][\w\-'’]*", line)
    return len(line) <= 160 and all(w[0].isupper() or w in words.coordinators for w in found)


def story_people(text: str, mentions: Sequence[ActorMention],
                 names_of: Callable[[Sequence[ActorMention]], tuple[str, ...]],
                 words: ActorWords | None = None) -> tuple[str, ...]:
    """The people ``text`` names by a full name at least once outside a credit, in order of
    first mention (``names_of`` gives a mention's actor names)."""
    words = words or load_language()
    out: dict[str, None] = {}
    for m in mentions:
        if m.kind != "person":
            continue
        for name in names_of([m]):
            if name not in out and len(name.split()) >= 2 and not is_credit(text, m.start, m.end, words):
                out[name] = None
    return tuple(out)


def document_actors(event_actors: Iterable[Iterable[str]], people: Iterable[str]) -> tuple[str, ...]:
    """The actors of the shown events (``event_actors``, one list per event), then ``people``
    not among them, each once."""
    out = dict.fromkeys(a for actors in event_actors for a in actors)
    out.update(dict.fromkeys(p for p in people if p not in out))
    return tuple(out)
