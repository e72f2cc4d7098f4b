"""What can a regular expression's match start with? (for prefix dispatch before matching)

Scanning tries rules only at word starts near a trigger word, and only the rules whose match
can begin like the text there. :func:`prefixes` lists, from the parsed pattern, the first
``n`` characters a match can start with, in a normal form (lower case, every digit ``#``);
a shorter prefix means "anything may follow". Nothing here knows any language.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as C  # the stdlib's own parser, read-only use
from re import _parser

__all__ = ["DIGITS_AS_HASH", "normal_form", "prefixes", "trie_pattern"]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
DIGITS_AS_HASH = str.maketrans("0123456789", "##########")  # for str.translate
_DIGITS = DIGITS_AS_HASH


class _TooMany(Exception):
    pass


def normal_form(text: str) -> str:
    """Lower case with every digit written ``#``: the form prefixes are compared in.

    >>> normal_form("Jan. 15")
    'jan. ##'
    """
    return text.lower().translate(_DIGITS)


@cache
def _char(code: int) -> str:
    """The normal form of one character (memoised: the walk meets the same few again and again)."""
    return normal_form(chr(code))


def prefixes(pattern: str, n: int, cap: int = 20000) -> frozenset[str]:
    """The normal-form prefixes (at most ``n`` characters) a match of ``pattern`` starts with.

    A prefix shorter than ``n`` means the pattern may go on with anything (or stop there).
    When there would be more than ``cap`` prefixes, ``n`` is lowered until they fit.

    >>> sorted(prefixes(r"(?:the )?(?:\\d+|may)", 3))
    ['#', '##', '###', 'may', 'the']
    """
    parsed = _plain(_parser.parse(pattern, re.IGNORECASE))
    while n > 0:
        found: set[str] = set()
        try:
            _walk(((parsed, 0),), "", n, found, cap)
            return frozenset(found)
        except (_TooMany, RecursionError):
            n -= 1
    return frozenset({""})


# the parsed pattern as plain tuples of steps, read once (the walk visits each many times):
_LOOKAHEAD, _SKIP, _CHARS, _ANY, _SEQ, _BRANCH, _REPEAT = range(7)


def _plain(items) -> tuple:
    """``(kind, argument)`` steps: the characters a step may match (normal form) or what it holds."""
    steps = []
    for op, av in items:
        if op == C.ASSERT and av[0] == 1:
            steps.append((_LOOKAHEAD, _plain(av[1])))
        elif op in _ZERO_WIDTH:
            steps.append((_SKIP, None))
        elif op == C.LITERAL:
            steps.append((_CHARS, (_char(av),)))
        elif op == C.IN:
            chars = _charset(av)
            steps.append((_ANY, None) if chars is None else (_CHARS, tuple(sorted(chars))))
        elif op == C.SUBPATTERN:
            steps.append((_SEQ, _plain(av[-1])))
        elif op == getattr(C, "ATOMIC_GROUP", None):
            steps.append((_SEQ, _plain(av)))
        elif op == C.BRANCH:
            steps.append((_BRANCH, tuple(_plain(branch) for branch in av[1])))
        elif op in _REPEATS:
            steps.append((_REPEAT, (av[0], av[1], _plain(av[2]))))
        else:  # any character, a back reference...: anything may follow
            steps.append((_ANY, None))
    return tuple(steps)


def _walk(frames: tuple, acc: str, n: int, out: set[str], cap: int) -> None:
    if len(out) > cap:
        raise _TooMany
    if len(acc) >= n:
        out.add(acc[:n])
        return
    while frames and frames[0][1] >= len(frames[0][0]):
        frames = frames[1:]
    if not frames:
        out.add(acc)
        return
    items, i = frames[0]
    kind, arg = items[i]
    rest = ((items, i + 1),) + frames[1:]
    if kind == _CHARS:
        for c in arg:
            _walk(rest, acc + c, n, out, cap)
    elif kind == _SKIP:
        _walk(rest, acc, n, out, cap)
    elif kind == _SEQ:
        _walk(((arg, 0),) + rest, acc, n, out, cap)
    elif kind == _BRANCH:
        for branch in arg:
            _walk(((branch, 0),) + rest, acc, n, out, cap)
    elif kind == _LOOKAHEAD:
        # the text from here on begins like the lookahead's content (what follows the
        # lookahead in the pattern starts at the same place, so it is left out)
        _walk(((arg, 0),), acc, n, out, cap)
    elif kind == _REPEAT:
        low, high, sub = arg
        for k in range(low, min(high, low + n) + 1):
            _walk(((sub * k, 0),) + rest, acc, n, out, cap)
    else:  # _ANY: anything may follow
        out.add(acc)


def _charset(items) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op == C.LITERAL:
            found.add(_char(av))
        elif op == C.RANGE:
            if av[1] - av[0] > 100:
                return None
            found |= {_char(c) for c in range(av[0], av[1] + 1)}
        elif op == C.CATEGORY and av == C.CATEGORY_DIGIT:
            found.add("#")
        else:
            return None
    return found


def trie_pattern(words: list[str], whole_words: bool = False) -> str:
    """One regular expression matching any of ``words`` (lower case), factored as a trie.

    By default a word that is a prefix of another ends its branch (a prefix is enough to
    match); with ``whole_words`` the longer words stay reachable ("a" and "about").

    >>> trie_pattern(["jan", "june", "july", "year"])
    '(?:j(?:an|u(?:ly|ne))|year)'
    >>> trie_pattern(["a", "about", "an"], whole_words=True)
    'a(?:bout|n)?'
    """
    ends_here = "" in words
    if ends_here and not whole_words:
        return ""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words) - {""}):
        groups.setdefault(word[0], []).append(word[1:])
    if not groups:
        return ""
    alternatives = [re.escape(first) + trie_pattern(rest, whole_words)
                    for first, rest in groups.items()]
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if ends_here:
        body = body if body.startswith("(?:") and len(alternatives) > 1 else f"(?:{body})"
        return body + "?"
    return body
