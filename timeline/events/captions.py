"""Lines of an article that report nothing: photo captions with their credit, and headlines.

A caption describes a picture ("FC Goa's captain and his team-mates celebrate winning the final
on Sunday.") and ends with its credit: a credit the sentence splitter already marks
(``caption``: "(Image: AFP)", "(Jane Doe/Getty Images)"; a lone agency in brackets, "(BBC)",
names the source of the paragraph, not of a picture) or a labelled one ("Photograph: AIFF",
"Photo: Reuters/US Air Force"). Every sentence of such a line is part of the caption. A line that
does not end as a sentence ends (no full stop, question mark, exclamation mark or closing quote)
is a headline or a subheading, even when it holds an exclamation ("Historic! X retain the cup").
A line that tells the past before any subordinate clause ("The EU offered help ..., his office
said. (Photo: AFP)") is the story's, whatever credit follows it. A line that opens as a caption
(a caption label and a colon, "Photo caption: ...", "[Photo: ..."; an agency's picture dateline
in capitals, "SANTIAGO, CHILE - NOVEMBER 19: ...") or as the outlet's credit or disclaimer ("This
report includes material from ...") reports nothing, every sentence of it, whatever it tells.

The credit words are the text splitter's (``timeline/text/rules/en/words.toml`` ``captions``);
the sentence endings and the limits are data (``rules/en/eventness.toml`` ``[lines]``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from timeline.events.clauses import clause_words
from timeline.events.verbforms import past_form
from timeline.model import Sentence
from timeline.text.language import load_language

__all__ = ["unreported_sentences"]

RULES = Path(__file__).parent / "rules"


@lru_cache(maxsize=4)
def _openings(language: str = "en") -> re.Pattern | None:
    """The openings of a caption or credit line (``eventness.toml`` ``[lines]``
    ``unreported_openings``) as one pattern, case-insensitive, "^" at each line start; None when
    there are none."""
    table = tomllib.loads((RULES / language / "eventness.toml").read_text(encoding="utf-8"))["lines"]
    patterns = table.get("unreported_openings", [])
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE) if patterns else None


@lru_cache(maxsize=4)
def _rules(language: str = "en") -> tuple[str, int, int, int, frozenset[str]]:
    """(sentence endings, most sentences of a caption line, most words of a credit after its
    label, most words of a headline line, past auxiliaries) from ``eventness.toml`` ``[lines]``."""
    table = tomllib.loads((RULES / language / "eventness.toml").read_text(encoding="utf-8"))["lines"]
    return (str(table["sentence_endings"]), int(table["caption_sentences"]), int(table["credit_words"]),
            int(table["headline_words"]), frozenset(table["past_auxiliaries"]))


def _credit(piece: str, captions: frozenset[str], most: int) -> bool:
    """Is ``piece`` (the last sentence of a line) a labelled credit: a caption word, a colon, and
    a few words ("Photograph: AIFF", "(This photo was taken ...) Photo: Reuters/US Air Force")?"""
    head, colon, rest = piece.rpartition(":")
    label = head.split()[-1:] if head.split() else []
    return (bool(colon) and bool(label) and label[0].strip("()") in captions
            and 0 < len(rest.split()) <= most and "." not in rest)


def _past_before_subordinate(piece: str, past_auxiliaries: frozenset[str]) -> bool:
    """Does ``piece`` hold a past form ("offered", "was") before its first subordinator? A caption
    shows its picture in the present ("A man wades through floodwater after ...") or without a
    verb ("X with Y after he was chosen ..."); a paragraph of the story that happens to end with
    a credit tells the past ("The EU offered assistance ..., his office said. (Photo: AFP)")."""
    words = clause_words()
    for token in piece.split():
        word = token.strip(",;:.!?\"'()“”‘’")
        if word.lower() in words.subordinators:
            return False
        if word.islower() and (word in past_auxiliaries or past_form(word)):
            return True
    return False


def unreported_sentences(text: str, sentences: Sequence[Sentence]) -> frozenset[int]:
    """The starts of the ``sentences`` that lie in a caption line or a headline line.

    >>> from timeline.text import split_sentences
    >>> text = ("Rebels retake the airport, seize the town\\n\\nSoldiers celebrate on Sunday. Photo: Reuters\\n\\n"
    ...         "Rebels seized the airport on Sunday.\\n")
    >>> units = split_sentences(text)
    >>> [text[s.start:s.end] for s in units if s.start in unreported_sentences(text, units)]
    ['Rebels retake the airport, seize the town', 'Soldiers celebrate on Sunday.', 'Photo: Reuters']
    """
    endings, most_sentences, credit_words, headline_words, past_auxiliaries = _rules()
    captions = load_language().captions
    openings = _openings()
    lines: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        line = text.rfind("\n", 0, sentence.start) + 1
        lines.setdefault(line, []).append(sentence)
    found: set[int] = set()
    for line, units in lines.items():
        if openings is not None and openings.match(text, line, units[-1].end):
            found.update(s.start for s in units)  # "Photo caption: ...": every sentence of the line
            continue
        last = units[-1]
        piece = text[last.start : last.end].strip()
        caption = len(units) <= most_sentences and (_credit(piece, captions, credit_words) or (
            last.kind == "caption" and "." not in piece and len(piece.split()) <= credit_words
            and (len(piece.split()) > 1 or "/" in piece))) and not any(
            _past_before_subordinate(text[u.start : u.end], past_auxiliaries) for u in units[:-1])
        line_end = text.find("\n", last.end)
        whole = text[units[0].start : len(text) if line_end < 0 else line_end].strip()
        if whole.endswith(")") and "(" in whole:  # "... next month. (BBC)": the end before the bracket
            whole = whole[: whole.rindex("(")].rstrip() or whole.rstrip(")")  # "(A whole sentence.)"
        headline = (bool(whole) and whole[-1] not in endings and len(whole.split()) <= headline_words
                    and last.kind != "caption")
        if caption or headline:
            found.update(s.start for s in units)
    return frozenset(found)
