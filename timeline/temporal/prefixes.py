"""What can a regular expression's match start with? (for prefix dispatch before matching)

Scanning tries rules only at word starts near a trigger word, and only the rules whose match
can begin like the text there. :func:`prefixes` lists, from the parsed pattern, the first
``n`` characters a match can start with, in a normal form (lower case, every digit ``#``);
a shorter prefix means "anything may follow". Nothing here knows any language.
"""

from __future__ import annotations

import re
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


def prefixes(pattern: str, n: int, cap: int = 20000) -> frozenset[str]:
    """The normal-form prefixes (at most ``n`` characters) a match of ``pattern`` starts with.

    A prefix shorter than ``n`` means the pattern may go on with anything (or stop there).
    When there would be more than ``cap`` prefixes, ``n`` is lowered until they fit.

    >>> sorted(prefixes(r"(?:the )?(?:\\d+|may)", 3))
    ['#', '##', '###', 'may', 'the']
    """
    parsed = list(_parser.parse(pattern, re.IGNORECASE))
    while n > 0:
        found: set[str] = set()
        try:
            _walk(((parsed, 0),), "", n, found, cap)
            return frozenset(found)
        except (_TooMany, RecursionError):
            n -= 1
    return frozenset({""})


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
    op, av = items[i]
    rest = ((items, i + 1),) + frames[1:]
    if op in _ZERO_WIDTH:
        _walk(rest, acc, n, out, cap)
    elif op == C.LITERAL:
        _walk(rest, acc + normal_form(chr(av)), n, out, cap)
    elif op == C.IN:
        chars = _charset(av)
        if chars is None:
            out.add(acc)
        else:
            for c in chars:
                _walk(rest, acc + c, n, out, cap)
    elif op == C.SUBPATTERN:
        _walk(((list(av[-1]), 0),) + rest, acc, n, out, cap)
    elif op == getattr(C, "ATOMIC_GROUP", None):
        _walk(((list(av), 0),) + rest, acc, n, out, cap)
    elif op == C.BRANCH:
        for branch in av[1]:
            _walk(((list(branch), 0),) + rest, acc, n, out, cap)
    elif op in _REPEATS:
        low, high, sub = av
        for k in range(low, min(high, low + n) + 1):
            _walk(((list(sub) * k, 0),) + rest, acc, n, out, cap)
    else:  # any character, a back reference...: anything may follow
        out.add(acc)


def _charset(items) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op == C.LITERAL:
            found.add(normal_form(chr(av)))
        elif op == C.RANGE:
            if av[1] - av[0] > 100:
                return None
            found |= {normal_form(chr(c)) for c in range(av[0], av[1] + 1)}
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
