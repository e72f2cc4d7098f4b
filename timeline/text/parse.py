"""A dependency parse of some sentences of a text: per token, its offsets, head, relation and tag.

Made once per article by the statistical model (:func:`timeline.actors.ner.parse`) for the
sentences the events step asks for, and read by it (:mod:`timeline.events.parsed`). Everything is
offsets and small tuples: no copy of the text. ``tag`` is the model's fine part-of-speech tag
(Penn Treebank: ``VBD`` a past form, ``MD`` a modal), ``dep`` its dependency label (ClearNLP:
``nsubj``, ``dobj``, ``relcl``, ``advcl``, ``ccomp``, ``conj`` ...); which tags and labels mean
what to the events step is data (``events/rules/en/parse.toml``).

>>> p = Parse((0, 5), (4, 11), (1, 1), ("nsubj", "ROOT"), ("NNP", "VBD"), (True, False))
>>> p.at(5), p.children(1), p.subtree(1), p.at(3)
(1, (0,), (0, 1), None)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

__all__ = ["Parse"]


@dataclass(frozen=True, slots=True)
class Parse:
    """Tokens of the parsed sentences, in text order: ``starts``/``ends`` are character offsets
    into the document text, ``heads`` the index of each token's head (itself for a root),
    ``deps`` and ``tags`` the model's labels, ``sent_starts`` whether a token opens a sentence."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    heads: tuple[int, ...]
    deps: tuple[str, ...]
    tags: tuple[str, ...]
    sent_starts: tuple[bool, ...]
    _children: tuple[tuple[int, ...], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.starts)
        if not all(len(column) == n for column in (self.ends, self.heads, self.deps, self.tags,
                                                   self.sent_starts)):
            raise ValueError("a parse needs one value per token in every column")
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, head in enumerate(self.heads):
            if head != i:
                kids[head].append(i)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def __len__(self) -> int:
        return len(self.starts)

    def at(self, offset: int) -> int | None:
        """The index of the token that starts at character ``offset``, or None."""
        i = bisect_left(self.starts, offset)
        return i if i < len(self.starts) and self.starts[i] == offset else None

    def within(self, start: int, end: int) -> range:
        """The indices of the tokens inside ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_right(self.ends, end))

    def children(self, i: int) -> tuple[int, ...]:
        """The tokens whose head is token ``i``, in text order."""
        return self._children[i]

    def subtree(self, i: int) -> tuple[int, ...]:
        """Token ``i`` and every token under it, in text order."""
        found, todo = [i], [i]
        while todo:
            kids = self._children[todo.pop()]
            found += kids
            todo += kids
        return tuple(sorted(found))

    @classmethod
    def empty(cls) -> Parse:
        """A parse of no sentence."""
        return cls((), (), (), (), (), ())
