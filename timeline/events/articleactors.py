"""What an article says of its actors as a whole, for the participant model
(:mod:`timeline.events.participantfeatures`): how often each actor is named, its first mention,
the most named one, the first one named and those in its headlines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline.model import ActorMention, Sentence

__all__ = ["DocumentActors", "document_actors"]


@dataclass(frozen=True, slots=True)
class DocumentActors:
    """What an article says of its actors as a whole: how often each name is mentioned, the most
    named one, the first one named and the names in its headlines."""

    counts: dict[str, int]
    first: dict[str, ActorMention]  # the first mention of each name
    most_named: str
    first_named: str
    headline: frozenset[str]


def document_actors(mentions: Sequence[ActorMention], sentences: Sequence[Sentence],
                    names_of: Callable[[Sequence[ActorMention]], tuple[str, ...]]) -> DocumentActors:
    """The actors of an article (``mentions`` sorted by start, ``names_of`` their analyst names)."""
    counts: Counter[str] = Counter()
    firsts: dict[str, ActorMention] = {}
    first = ""
    heads = [(s.start, s.end) for s in sentences if s.kind == "headline"]
    headline = set()
    for m in mentions:
        for name in names_of([m]):
            counts[name] += 1
            firsts.setdefault(name, m)
            first = first or name
            if any(s <= m.start < e for s, e in heads):
                headline.add(name)
    top = counts.most_common(2)
    most = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""
    return DocumentActors(dict(counts), firsts, most, first, frozenset(headline))
