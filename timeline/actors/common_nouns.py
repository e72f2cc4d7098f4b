"""Common nouns at a sentence start: "Turnout was 53 percent.", "Rescuers pulled ten bodies out."

The small model calls a capitalised word that opens a sentence a person or an organisation
("Turnout", "Rescuers", "Videos"). A word the article also writes in lower case is caught by
:mod:`timeline.actors.non_agents`; a word written once, where every word is capitalised, is not.
The statistical tagger of the same model reads the sentence: a one-word name of the model
written once in the article, at a sentence start, that the tagger tags as a common noun (a tag
of ``common_noun_tags`` in ``rules/<language>/words.toml``, not a proper noun) is no name. Only
those few sentences are tagged, so the step costs nothing on most articles and stays linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from timeline.actors import ner
from timeline.actors.language import ActorWords
from timeline.model import ActorMention

__all__ = ["common_noun_starts"]

# what a sentence's first word follows: the text's start, a line break, or a stop and spaces
_OPENS = re.compile(r"(?:\A|\n|[.!?][\"”’)]?[ \t]+)[\"“‘(]?[ \t]*\Z")
_SENTENCE = re.compile(r".*?(?:[.!?](?=[\"”’)]?(?:\s|\Z))|(?=\n)|\Z)")
_WORD = re.compile(r"[A-Z][a-z]+\Z")
_CAPITALISED = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?![\w\-])")
_LOOK = 4  # characters read before a mention for a sentence's end
_LONGEST = 400  # characters of a sentence the tagger reads


def common_noun_starts(text: str, mentions: Iterable[ActorMention], words: ActorWords) -> set[str]:
    """The names of ``mentions`` (the model's, unknown to the gazetteer) that are common nouns
    opening a sentence (see the module doc); empty without the model or the tag lists.

    >>> from timeline.actors.language import load_language
    >>> text = "Turnout was 43 percent. Nurla Vantis said so."
    >>> ms = [ActorMention(0, 7, "Turnout", "person:turnout", "Turnout", "person")]
    >>> common_noun_starts(text, ms, load_language()) <= {"Turnout"}
    True
    """
    if not words.common_noun_tags or not words.tagger_components:
        return set()
    mentions = list(mentions)
    counts = Counter(m.name for m in mentions)
    chosen: dict[int, str] = {}
    for m in mentions:
        if counts[m.name] == 1 and m.text == m.name and _WORD.match(m.name) and \
                _OPENS.search(text, max(0, m.start - _LOOK), m.start):
            chosen[m.start] = m.name
    if chosen:  # the capitalised words of the text, counted once (linear)
        written = Counter(_CAPITALISED.findall(text))
        chosen = {s: name for s, name in chosen.items() if written[name] == 1}
    if not chosen:
        return set()
    spans = [(s, _SENTENCE.match(text, s, min(len(text), s + _LONGEST)).end()) for s in sorted(chosen)]
    parsed = ner.parse(text, spans, components=tuple(words.tagger_components))
    if parsed is None:
        return set()
    common = frozenset(words.common_noun_tags)
    return {chosen[s] for s, tag in zip(parsed.starts, parsed.tags, strict=True) if s in chosen and tag in common}

