"""Names in passing: actors an article never names, outlets it only quotes; dropped from its
events when they act only once.

An event reaches some of its actors through another mention, e.g. the country a generic noun
was resolved to ("the police", "a government"). Where the article names that actor nowhere (no
mention names it or acts for it or has it as its organisation, and its name is not written in
the text) and it acts in one shown event only, a reader would not list it: the story is not
about a country it never names (measured on the eleven training sets: 2 such actors, none of
them a gold actor of its article; "The Kremlin said" keeps Russia, the state the body acts for).
An actor the text writes, even where no mention of its own is left, or one that acts in several
shown events, stays.

An organisation every mention of which tells a report after a clause mark ("..., KXAN reports.",
"Earlier on Friday, CNN Chile reported that ...") is the outlet the news came from, not an actor
of it (3 such names on the training sets, none a gold actor). The verbs of a report's tag are
data (``report_tags``, ``report_tag_links`` in ``rules/<language>/words.toml``).

>>> from timeline.model import ActorMention
>>> text = "The police checked the footage on Monday."
>>> unnamed_actors(text, [], [("Ruritania",)])
frozenset({'Ruritania'})
>>> unnamed_actors(text, [], [("Ruritania",), ("Ruritania",)])  # acts twice: an actor of the story
frozenset()
>>> unnamed_actors("The Ruritania police checked it.", [], [("Ruritania",)])  # written: kept
frozenset()
>>> kremlin = ActorMention(4, 11, "Kremlin", "agency:kremlin", "Kremlin", "agency", "Russia", "Russia", "Russia")
>>> unnamed_actors("The Kremlin said so.", [kremlin], [("Russia",)])  # the body acts for it: kept
frozenset()
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from timeline.actors.language import ActorWords, alternation, load_language
from timeline.model import ActorMention, Event
from timeline.records import evolve

__all__ = ["MAX_EVENTS", "passing_actors", "reporters", "unnamed_actors", "without_actors"]

MAX_EVENTS = 1  # an unnamed actor of more shown events than this is kept (it carries the story)


def unnamed_actors(text: str, mentions: Sequence[ActorMention], shown_actors: Iterable[Iterable[str]],
                   max_events: int = MAX_EVENTS) -> frozenset[str]:
    """The actors of the shown events (``shown_actors``, one list per event) that no mention of
    ``text`` names, whose name ``text`` never writes as a whole word, and that act in at most
    ``max_events`` of those events. The organisation a mention belongs to without acting for it
    counts as named (the UN Security Council names the United Nations: an organ stands for its
    organisation), and so does the state a body or a person in office acts for ("The Kremlin
    said" names Russia, "the U.S. Secretary of State Jane Roe" the United States)."""
    named = {m.name for m in mentions}
    named.update(m.affiliation for m in mentions if m.affiliation != m.acts_for)  # the UN of its organs
    named.update(m.acts_for for m in mentions)  # "the Kremlin said": Russia; "U.S. Secretary of State Jo Roe"
    counts = Counter(a for actors in shown_actors for a in dict.fromkeys(actors))
    return frozenset(a for a, n in counts.items()
                     if n <= max_events and a not in named and not _written(text, a))


def reporters(text: str, mentions: Sequence[ActorMention], words: ActorWords | None = None) -> frozenset[str]:
    """The organisations every mention of which in ``text`` is a report's teller after a clause
    mark ("..., KXAN reports.", "On Friday, the outlet KXAN reported that").

    >>> from timeline.model import ActorMention
    >>> text = "The ferry sank on Monday, Radio Zed reported. Radio Zed said 12 were missing."
    >>> zed = ActorMention(26, 35, "Radio Zed", "org:zed", "Radio Zed", "organisation")
    >>> again = ActorMention(46, 55, "Radio Zed", "org:zed", "Radio Zed", "organisation")
    >>> sorted(reporters(text, [zed])), sorted(reporters(text, [zed, again]))
    (['Radio Zed'], [])
    """
    before, after = _tag_patterns(words or load_language())
    told: dict[str, bool] = {}
    for m in mentions:
        tag = m.kind == "organisation" and bool(before.search(text, max(0, m.start - 40), m.start)
                                                 and after.match(text, m.end))
        told[m.name] = told.get(m.name, True) and tag
    return frozenset(name for name, tag in told.items() if tag)


def passing_actors(text: str, mentions: Sequence[ActorMention], shown_actors: Iterable[Iterable[str]],
                   words: ActorWords | None = None, max_events: int = MAX_EVENTS) -> frozenset[str]:
    """The actors of the shown events that the article only names in passing: never named
    (:func:`unnamed_actors`) or only quoted as a report's teller (:func:`reporters`), acting in
    at most ``max_events`` shown events."""
    shown = [tuple(a) for a in shown_actors]
    once = {a for a, n in Counter(a for actors in shown for a in dict.fromkeys(actors)).items() if n <= max_events}
    return unnamed_actors(text, mentions, shown, max_events) | (reporters(text, mentions, words) & once)


@lru_cache(maxsize=4)
def _tag_patterns(words: ActorWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    never = "(?!)"
    links = alternation(words.report_tag_links) or never
    return (re.compile(r"[,;:][ \t]*\Z"),  # after a clause mark
            re.compile(rf"[ \t]*(?:\([^()\n]{{1,12}}\)[ \t]*)?(?:{alternation(words.report_tags) or never})"
                       rf"(?:[ \t]*[.,;]|[ \t]+(?:{links})(?!\w))"))


def without_actors(event: Event, names: frozenset[str]) -> Event:
    """``event`` without the actors ``names`` (in its actors, roles, kinds and affiliations).

    >>> from timeline.model import Event, Sentence
    >>> e = Event("e1", "d1", Sentence(0, 5), 0, 4, "Text", "Text", None, "none", "", None,
    ...           None, None, "", actors=("Kenya", "China"), actor_roles=(("Kenya", "agent"), ("China", "patient")))
    >>> without_actors(e, frozenset({"China"})).actor_roles
    (('Kenya', 'agent'),)
    """
    if not names.intersection(event.actors):
        return event
    return evolve(event, actors=tuple(a for a in event.actors if a not in names),
                  actor_roles=tuple(p for p in event.actor_roles if p[0] not in names),
                  actor_kinds=tuple(p for p in event.actor_kinds if p[0] not in names),
                  actor_affiliations=tuple(p for p in event.actor_affiliations if p[0] not in names))


def _written(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a whole word, as it is spelled."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
