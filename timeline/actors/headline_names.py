"""Names the model reads only in a headline: a headline is telegraphic, and the model takes its
words into names ("Beaming Limerick stars celebrate", "Ohio Hospital Searches for Source of
Deadly Legionnaires' Outbreak", "Bring Diezani to court, judge warns").

A model name (person or organisation no gazetteer entry knows) written nowhere in the body of
the article (:func:`timeline.actors.context.headline_end`) is named after its body mentions, the
longest last words of the headline form that the body writes ("Limerick"); with no such form, or
no body mention at all, it is no actor (issue 11, measured on the training sets: every such name
was a false actor). Only the article's mentions are read, so the step stays linear.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from timeline.actors.context import headline_end
from timeline.actors.gazetteer import Gazetteer
from timeline.actors.names import slug
from timeline.model import ActorMention

__all__ = ["headline_names"]

_OPEN_KINDS = ("person", "organisation")


def headline_names(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` with the model's names written only in the headline renamed after the body
    (or left out); see the module doc.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Beaming Kelvo fans cheer\\n\\nKelvo won the cup on Sunday."
    >>> ms = [ActorMention(0, 13, "Beaming Kelvo", "person:beaming-kelvo", "Beaming Kelvo", "person"),
    ...       ActorMention(26, 31, "Kelvo", "person:beaming-kelvo", "Beaming Kelvo", "person")]
    >>> [(m.text, m.name) for m in headline_names(text, ms, load_gazetteer())]
    [('Beaming Kelvo', 'Kelvo'), ('Kelvo', 'Kelvo')]
    """
    end = headline_end(text)
    if not end:
        return mentions
    groups: dict[str, list[ActorMention]] = {}
    for m in mentions:
        if m.kind in _OPEN_KINDS and gaz.actor(m.actor_id.split("@", 1)[0]) is None:
            groups.setdefault(m.actor_id, []).append(m)
    renamed: dict[str, str | None] = {}
    for actor_id, group in groups.items():
        name = group[0].name
        if any(m.start < end for m in group) and text.find(name, end) < 0:
            renamed[actor_id] = _body_name(name, [m.text for m in group if m.start >= end])
    out = []
    for m in mentions:
        if m.actor_id not in renamed:
            out.append(m)
        elif renamed[m.actor_id] is not None:
            name = renamed[m.actor_id]
            out.append(replace(m, name=name, actor_id=m.actor_id.split(":", 1)[0] + ":" + slug(name)))
    return out


def _body_name(name: str, forms: list[str]) -> str | None:
    """The most written body form that ends the headline name word for word, the longest on a
    tie; None when there is none."""
    words = name.split()
    tails = {" ".join(words[i:]) for i in range(1, len(words))}
    counts = Counter(f for f in forms if f in tails)
    return max(counts, key=lambda f: (counts[f], len(f))) if counts else None
