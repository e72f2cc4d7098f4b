"""Sentences that survive news text: abbreviations, quotations, headlines, captions, datelines.

Each unit is a :class:`~timeline.model.Sentence` of offsets into the text; its ``kind`` is
``sentence``, ``headline`` (a line without a closing full stop), ``caption`` (a photo credit
such as ``(File Image/Reuters)``) or ``dateline`` (``MOSCOW:``, ``WASHINGTON (Reuters) -``).

>>> text = 'Gen. Smith met Mr. Lee in the U.S. on Jan. 5. "We will fight. We will win," he said.'
>>> [s.text(text) for s in split_sentences(text)]
['Gen. Smith met Mr. Lee in the U.S. on Jan. 5.', '"We will fight. We will win," he said.']
>>> text = "Troops withdraw\\n\\nMOSCOW: The army left on Monday. (File Image/Reuters)"
>>> for s in split_sentences(text):
...     print(s.kind, "|", s.text(text))
headline | Troops withdraw
dateline | MOSCOW:
sentence | The army left on Monday.
caption | (File Image/Reuters)
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.model import Sentence
from timeline.settings import DEFAULT_SETTINGS, Settings
from timeline.text.language import load_language

__all__ = ["split_sentences"]

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"""[.!?]+(?P<close>["'”’)\]]*)(?=\s+(?P<next>["'“‘(\[]?\S)|\s*\Z)""")
_FOLLOWING = re.compile(r"\s*[\"'“‘(\[]?(\w+)")  # the word after a sentence end (past an opening quote)
_DATELINE = (
    r"(?P<place>[A-Z][A-Z.'/\- ]{1,40}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+(?:(?:{joiners})\s+)?[A-Z][A-Za-z.]+){0,4}"  # Democratic Republic of Congo
    r"(?:\s+\d{1,2}(?:,\s*\d{4})?)?)*)"  # Oct 14, Jan. 5, 2025
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?::|--|—|–|-)\s+"
)
_PAREN = re.compile(r"\((?P<inner>[^()\n]{1,80})\)")
_FINAL = re.compile(r"[.!?][\"'”’)\]]*\s*\Z")
_WORDS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    """A dateline at the start of a line ("MOSCOW:", "KINSHASA, Democratic Republic of Congo -")."""
    phrases = sorted(load_language().place_joiners, key=lambda p: (-len(p), p))
    joiners = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(_DATELINE.replace("{joiners}", joiners))


def split_sentences(text: str, settings: Settings = DEFAULT_SETTINGS) -> list[Sentence]:
    """Split a document into units; offsets index into ``text``."""
    units: list[Sentence] = []
    for line in _LINE.finditer(text):
        for unit in _split_line(text, line.start(), line.end(), settings.headline_max_words):
            units.extend(_pieces(text, unit, settings.max_sentence_chars))
    return units


def _pieces(text: str, unit: Sentence, longest: int) -> list[Sentence]:
    """A unit longer than ``longest`` characters (a run without sentence ends) cut into pieces
    of at most that many, each ending at its last space when it has one in its second half."""
    if unit.end - unit.start <= longest:
        return [unit]
    pieces = []
    start = unit.start
    while unit.end - start > longest:
        cut = start + longest
        space = max(text.rfind(" ", start + longest // 2, cut), text.rfind("\t", start + longest // 2, cut))
        end = space if space > start else cut
        s, e = _strip(text, start, end)
        if s < e:
            pieces.append(Sentence(s, e, unit.kind))
        start = end
    s, e = _strip(text, start, unit.end)
    if s < e:
        pieces.append(Sentence(s, e, unit.kind))
    return pieces


def _split_line(text: str, start: int, end: int, headline_words: int) -> list[Sentence]:
    start, end = _strip(text, start, end)
    if start >= end:
        return []
    units: list[Sentence] = []
    dateline = _dateline().match(text, start, end)
    if dateline and _all_caps_first_word(dateline["place"]):
        units.append(Sentence(start, start + len(dateline.group(0).rstrip()), "dateline"))
        start = dateline.end()
    block = text[start:end]
    bounds = _sentence_bounds(text, start, end)
    # a short line that is one unit and does not end as a sentence ends ("... despite U.S. truce")
    if len(bounds) == 1 and not _FINAL.search(block) and _is_headline(block, headline_words):
        units.append(Sentence(start, end, "headline"))
        return units
    for s, e in bounds:
        units.extend(_split_captions(text, s, e))
    return units


def _all_caps_first_word(place: str) -> bool:
    first = place.split(",")[0].strip()
    return len(first) >= 2 and first.upper() == first


def _is_headline(block: str, max_words: int) -> bool:
    return len(_WORDS.findall(block)) <= max_words and not block.rstrip().endswith(",")


def _sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = []
    begin = start
    words = load_language()
    abbreviations, starters = words.abbreviations, words.sentence_starters
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if _inside_quote(text, begin, match.start()) and not match["close"]:
            continue
        if match["next"] is not None and not _can_end(text, begin, match, abbreviations, starters):
            continue
        bounds.append((begin, stop))
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        bounds.append(_strip(text, begin, end))
    return [b for b in bounds if b[0] < b[1]]


def _can_end(text: str, begin: int, match: re.Match, abbreviations: frozenset[str],
             starters: frozenset[str]) -> bool:
    nxt = match["next"]
    first = nxt.lstrip("\"'“‘([")[:1]
    if first and first.islower():
        return False
    if match.group(0).startswith(".") and match.group(0) == "." + match["close"]:
        token = _word_before(text, begin, match.start())
        if token:
            if token.rstrip(".") in abbreviations or (len(token) == 1 and token.isupper()):
                return False
            if "." in token and token[0].isalpha():  # a dotted acronym such as U.S. ends a sentence
                # before a starter; a number ("at 6.35pm.", "with 83.75m.") ends it as any word does
                following = _FOLLOWING.match(text, match.end())
                return bool(following) and following.group(1) in starters
    return True


def _word_before(text: str, begin: int, end: int) -> str:
    """The word (letters, digits, "_" and dots: "U.S.") that ends at ``end``, from ``begin`` on;
    "" when none does. Read backwards from ``end``: a sentence's other words are not scanned."""
    at = end
    while at > begin and (text[at - 1].isalnum() or text[at - 1] in "._"):
        at -= 1
    return text[at:end]


def _inside_quote(text: str, begin: int, pos: int) -> bool:
    """True when a quotation opened in this sentence is still open at ``pos``."""
    chunk = text[begin:pos]
    curly = chunk.count("“") - chunk.count("”") + chunk.count("``") - chunk.count("''")
    straight = chunk.count('"') % 2
    if curly <= 0 and not straight:
        return False
    line_end = text.find("\n", pos)
    rest = text[pos : line_end if line_end >= 0 else len(text)]
    return ("”" in rest or "''" in rest) if curly > 0 else ('"' in rest)


def _labelled_caption(inner: str, captions: frozenset[str]) -> bool:
    """Does a parenthesised text open with caption words and a colon ("Photo:", "AP Photo:")?"""
    head, colon, _ = inner.partition(":")
    words = head.split()
    bare = [w.strip(".") for w in words]
    return bool(colon) and 0 < len(words) <= 3 and all(w.capitalize() in captions or w in captions for w in bare)


def _split_captions(text: str, start: int, end: int) -> list[Sentence]:
    captions = load_language().captions
    closed = text[start:end].rstrip(".").endswith(")")
    if text.startswith("(", start) and (closed or ")" not in text[start:end]) and _labelled_caption(
            text[start + 1 : end], captions):
        return [Sentence(start, end, "caption")]  # "(Photo: A crowd waits. - Reuters)", cut at "."
    units = []
    cursor = start
    for paren in _PAREN.finditer(text, start, end):
        words = set(re.findall(r"[A-Za-z]+", paren["inner"]))
        labelled = _labelled_caption(paren["inner"], captions)  # "(Photo: Travellers wait ...)"
        if not labelled and (not words & captions or ("/" not in paren["inner"] and len(words) > 3)):
            continue
        s, e = _strip(text, cursor, paren.start())
        if s < e:
            units.append(Sentence(s, e, "sentence"))
        units.append(Sentence(paren.start(), paren.end(), "caption"))
        cursor = paren.end()
    s, e = _strip(text, cursor, end)
    if s < e:
        units.append(Sentence(s, e, "sentence"))
    return units


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
