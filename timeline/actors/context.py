"""Word-level context checks around a hit: the word before, the word after, a title, a date.

All vocabulary comes from ``rules/en/words.toml`` through ``Gazetteer.rules``.
"""

from __future__ import annotations

import re

_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
_PREV_TOKEN = re.compile(r"([^\W\d_][\w'’\-]*)[ \t]+\Z")
_DATELINE = re.compile(
    r"^[ \t]*(?:date[ \t]+\S+[ \t]+)?"  # the sample format's "date YYYY-MM-DD" header
    r"[A-Z][A-Z'’./ -]{0,40}[A-Z]{3}[A-Z'’./ -]{0,40}"  # MOSCOW, PORT SUDAN, BEIJING/TAIPEI, THE HAGUE
    # (bounded: a line of capitals is read in time linear in its length, not its square)
    r"(?:,[ \t]+[A-Z][\w'’. -]{1,30}?)?,?[ \t]*"  # ", Congo"
    r"(?:\([^)\n]{1,80}\)[ \t]*)?(?:[—–]|--?|:|//)"  # "(Reuters) —", "MOSCOW:", "NAIROBI, (Agency, date) :"
    r"|^[ \t]*\([A-Z][A-Z'’. -]{2,40},[ \t]+[A-Z][\w'’. -]{1,30}?\)[ \t]*(?:[—–]|--?)"  # "(LIMA, Peru) --"
    # "Colombo (Agency) -", "Lima, Peru -", "Ica (Ica) [Peru], May 8 (Agency):"
    r"|^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    r"(?:,[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[ \t]*\([^)\n]{1,40}\)|[ \t]*\[[^]\n]{1,40}\]"
    r"|,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}){1,4}[ \t]*(?:[—–]|--?|:)(?=[ \t]+[A-Z])"
    r"|^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]+"
    r"\([^)\n]{1,40}\)[ \t]*(?:[—–]|--?)"  # "Beijing, Jan. 15 (Xinhua) --"
    r"|^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?:(?=[ \t]+[A-Z])"  # "New Delhi: Pramod Sawant was ..."
    r"|^[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3},[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]*$",
    # a byline line, "Ade Bello, Abuja": the writer and where the story was filed
    re.MULTILINE,
)


def word_before(text: str, start: int) -> str:
    """The lower-cased word right before ``start`` ("" at the start of the text).

    >>> word_before("talks in Rome", 9)
    'in'
    """
    words = text[max(0, start - 12) : start].split()
    return words[-1].lower() if words else ""


def name_continues(text: str, end: int, titles: frozenset[str]) -> bool:
    """A capitalised word follows: the short form is part of a longer, unknown name.

    >>> name_continues("Koo Byoungsam said", 3, frozenset())
    True
    >>> name_continues("PUTIN TO VISIT", 5, frozenset())
    False
    """
    m = _NEXT_WORD.match(text, end)
    word = m.group(1) if m else ""
    return bool(word) and word[0].isupper() and not word.isupper() and word not in titles


def name_precedes(text: str, start: int, non_names: frozenset[str]) -> bool:
    """A capitalised given name comes right before: "Eduardo Bolsonaro" is not Jair.

    >>> name_precedes("His son Eduardo Bolsonaro", 16, frozenset())
    True
    >>> name_precedes("On Monday Putin", 10, frozenset({"Monday"}))
    False
    """
    if text[start - 1 : start] not in (" ", "\t"):
        return False
    words = text[max(0, start - 30) : start].split()
    word = words[-1] if words else ""
    if not _WORD.fullmatch(word):
        return False
    return bool(word) and word[0].isupper() and not word.isupper() and word not in non_names


def title_before(text: str, start: int, titles: frozenset[str]) -> str:
    """The title ("President", "Prime Minister") right before ``start``, or "".

    >>> title_before("Prime Minister Sharif", 15, frozenset({"Minister", "Prime Minister"}))
    'Prime Minister'
    """
    words = text[max(0, start - 30) : start].split()
    for n in (3, 2, 1):
        title = " ".join(words[-n:])
        if len(words) >= n and title in titles:
            return title
    return ""


def in_office(years: str, year: int) -> bool:
    """Whether ``year`` falls in a term list such as ``"2017-2021, 2025-"``.

    >>> in_office("2017-2021, 2025-", 2026), in_office("2017-2021, 2025-", 2023)
    (True, False)
    """
    for term in years.split(","):
        first, _, last = term.strip().partition("-")
        if first.isdigit() and int(first) <= year and (not last or int(last) >= year):
            return True
    return False


def date_context(text: str, start: int, end: int, date_words: frozenset[str]) -> bool:
    """A number follows or a date preposition precedes: "in May 2019", "since May".

    >>> date_context("resigned in May 2019", 12, 15, frozenset({"in"}))
    True
    >>> date_context("Theresa May said. May added", 18, 21, frozenset({"in"}))
    False
    """
    nxt = _NEXT_TOKEN.match(text, end)
    if nxt and nxt.group(1)[0].isdigit():
        return True
    return word_before(text, start) in date_words


def in_title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a Title Case headline ("Putin Hails North Korean Troops"): a short
    line, no full stop at its end, most words capitalised. There a capitalised word after a name
    says nothing about the name.

    >>> in_title_case_line("Putin Hails North Korean Troops As Seoul Warns", 3)
    True
    >>> in_title_case_line("The Stockholm International Peace Research Institute said.", 5)
    False
    """
    start = text.rfind("\n", max(0, pos - 160), pos) + 1
    end = text.find("\n", pos, pos + 160)
    if (start == 0 and pos > 160) or (end < 0 and len(text) - pos > 160):
        return False  # a line this long is prose, not a headline
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[0].isalpha()]
    if not 3 <= len(words) <= 20 or line.endswith((".", '."', ".”")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def dateline_ends(text: str) -> list[tuple[int, int]]:
    r"""Spans of datelines at the start of paragraphs: "MOSCOW (Reuters) —", "GOMA, Congo (AP) —".

    The place of a dateline is where the story was filed, not an actor.

    >>> text = "GOMA, Congo (Reuters) — Rebels advanced."
    >>> [text[s:e] for s, e in dateline_ends(text)]
    ['GOMA, Congo (Reuters) —']
    >>> text = "Ade Bello, Abuja\n\nNew Delhi: The minister said."
    >>> [text[s:e] for s, e in dateline_ends(text)]
    ['Ade Bello, Abuja', 'New Delhi:']
    """
    return [m.span() for m in _DATELINE.finditer(text)]


def headline_end(text: str, longest: int = 300) -> int:
    r"""Where the headline ends: a text's first block when it is one short line (up to ``longest``
    characters) with no sentence end, followed by a blank line; 0 when the text has none (a lead
    sentence is body). A headline is telegraphic: "Philippines evacuates villages as volcano
    spews ash" names the story's place, not a country that acts.

    >>> text = "Japan's probe lands\n\nThe capsule was flown to Japan."
    >>> text[:headline_end(text)]
    "Japan's probe lands"
    >>> headline_end("One paragraph. Japan said so."), headline_end("Japan said so.\n\nIt did.")
    (0, 0)
    """
    first = text.find("\n\n", 0, longest + 1)
    line = text[:first].strip()
    return first if first >= 0 and line and "\n" not in line and not line.endswith(_SENTENCE_ENDS) else 0


_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":")


def inside_longer_name(text: str, start: int, end: int, not_names: frozenset[str]) -> bool:
    """A capitalised word on both sides: the name is part of a longer proper name
    ("the Carnegie Russia Eurasia Center"), unless the line is a Title Case headline.

    >>> inside_longer_name("at the Carnegie Russia Eurasia Center.", 16, 22, frozenset())
    True
    >>> inside_longer_name("The Russia Ukraine talks", 4, 10, frozenset({"The"}))
    False
    """
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper() or text[start - 1 : start] != " ":
        return False  # the cheap test first: most names are followed by a lower-case word
    before = _PREV_TOKEN.search(text, max(0, start - 40), start)
    after = _NEXT_WORD.match(text, end)
    if not (before and after):
        return False
    words = before.group(1), after.group(1)
    if not all(w[0].isupper() and not w.isupper() and w not in not_names for w in words):
        return False
    return not in_title_case_line(text, start)


def shouting(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a line written in capitals (a shouted headline); only the 200
    characters around ``pos`` are read, so a document that is one long line stays linear."""
    start = max(text.rfind("\n", max(0, pos - 100), pos) + 1, pos - 100, 0)
    end = text.find("\n", pos, pos + 100)
    line = text[start : end if end >= 0 else min(len(text), pos + 100)]
    letters = "".join(filter(str.isalpha, line))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) > 0.8 * len(letters)
