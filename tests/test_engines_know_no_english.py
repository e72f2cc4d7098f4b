"""The engines' Python knows no English: word lists and word alternations live in data files.

Every module of ``timeline/events``, ``timeline/actors``, ``timeline/temporal`` and
``timeline/text`` is parsed (``ast``) and its string literals are checked:

* a set, tuple, list or frozenset literal holding two or more lower-case alphabetic words
  (``{"he", "she"}``, ``("but", "yet")``, endings such as ``("ing", "s")``);
* a regex (or any string) with a ``word|word`` alternation of letters (``(?:on|in|at)``).

In ``events``, ``actors`` and ``text`` (not ``temporal``, whose values carry labels such as
"season" or "narrative" that its code compares with), a comparison with one such word
(``word == "they"``) and a test of one ending (``word.endswith("ing")``) fail too.

Docstrings and ``__all__`` are skipped (they are prose and doctests). The allow-list names the few strings that
are labels of the engines' own data (clause kinds, actor kinds, statuses), not language.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"
ENGINES = ("events", "actors", "temporal", "text")

# Labels of the engines' own values, not words of a language: clause kinds, actor kinds, event
# statuses and date sources, sentence kinds, rule fields and file formats.
LABELS = frozenset({
    "main", "comp", "rel", "coord", "cont", "sub",  # clause kinds (events/clauses.py)
    "verb", "noun",  # cue parts of speech
    "country", "organisation", "agency", "outlet", "person", "place",  # actor kinds
    "asserted", "claimed", "denied", "planned",  # event statuses
    "explicit", "inherited", "article_date", "none",  # date sources
    "sentence", "headline", "dateline", "byline", "caption",  # sentence kinds (text/)
    "source", "agent", "patient", "mentioned",  # actor roles
    "title", "appositive",  # person rules
    "name", "official", "alt", "code", "capital", "demonym", "short", "context", "blocker",  # via
    "exact", "drop", "merge", "rename",  # gazetteer data fields
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
    "hour", "minute", "second",  # granularities and units of the date engine's values
    "past", "future",  # tense labels of the date engine
    "ascii", "replace", "strict", "utf",  # codecs
    "examples",  # a key of the rule files
})
_WORD = re.compile(r"[a-z]+\Z")
_ALTERNATION = re.compile(r"(?<![\\\w])[A-Za-z]+(?:\|[A-Za-z]+)+(?![\w])")


def _modules() -> list[Path]:
    return sorted(p for engine in ENGINES for p in (PACKAGE / engine).rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of the module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _word(node: ast.AST) -> str | None:
    """The lower-case alphabetic word a node is, if it is one and not a label."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        value = node.value
        if _WORD.match(value) and value not in LABELS:
            return value
    return None


def single_words(source: str, filename: str = "<string>") -> list[tuple[int, str]]:
    """(line, what) for every comparison with one word and every test of one word ending.

    >>> single_words('if word.lower() != "they": pass')
    [(1, "comparison with a word: 'they'")]
    >>> single_words('ok = w.endswith("ly")')
    [(1, "test of an ending: 'ly'")]
    >>> single_words('if m.kind == "person": pass')
    []
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Compare):
            words = [w for w in map(_word, [node.left, *node.comparators]) if w]
            if words:
                found.append((node.lineno, "comparison with a word: " + ", ".join(map(repr, words))))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("endswith", "startswith"):
            words = [w for w in map(_word, node.args) if w]
            if words:
                found.append((node.lineno, "test of an ending: " + ", ".join(map(repr, words))))
    return sorted(set(found))


def english_literals(source: str, filename: str = "<string>") -> list[tuple[int, str]]:
    """(line, what) for every English word list, word comparison or word alternation in ``source``.

    >>> english_literals('X = {"he", "she"}')
    [(1, "collection of words: 'he', 'she'")]
    >>> english_literals('P = r"\\\\b(?:on|in)\\\\s"')
    [(1, "word alternation: 'on|in'")]
    >>> english_literals('KINDS = ("main", "coord")')
    []
    """
    tree = ast.parse(source, filename)
    skip = _docstrings(tree)
    for node in ast.walk(tree):  # __all__ lists names, not words
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            skip.update(id(n) for n in ast.walk(node.value))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in skip:
            words = [w for w in map(_word, node.elts) if w]
            if len(words) >= 2:
                found.append((node.lineno, "collection of words: " + ", ".join(map(repr, words))))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip):
            for match in _ALTERNATION.finditer(node.value):
                found.append((node.lineno, f"word alternation: {match.group()!r}"))
    return sorted(set(found))


def test_engines_know_no_english():
    problems = []
    for path in _modules():
        rel = path.relative_to(PACKAGE.parent)
        source = path.read_text(encoding="utf-8")
        found = english_literals(source, str(rel))
        if rel.parts[1] != "temporal":
            found += single_words(source, str(rel))
        problems += [f"{rel}:{line}: {what}" for line, what in sorted(found)]
    assert problems == [], "English in engine Python (move it to the engine's data files):\n" + \
        "\n".join(problems)


@pytest.mark.parametrize(("source", "expected"), [
    ('PRONOUNS = {"he", "she"}', 1),
    ('if w in ("but", "yet"): pass', 1),
    ('x = frozenset(["who", "whom"])', 1),
    ('ok = word.endswith(("ing", "s"))', 1),
    ('__all__ = ["tag", "resolve"]', 0),
    ('P = re.compile(r"\\b(?:Jr|Sr)\\.")', 1),
    ('P = re.compile(rf",\\s+(?:the|a|an)\\s+{x}")', 1),
    ('KINDS = ("main", "coord", "sub")', 0),
    ('if m.kind == "person": pass', 0),
    ('def f():\n    """said (or|and) {"he", "she"}"""', 0),
    ('P = re.compile(r"[,;.:\\n]|\\d+")', 0),
])
def test_engines_know_no_english_finds(source, expected):
    assert len(english_literals(source)) == expected


@pytest.mark.parametrize("engine", ["events", "actors", "text"])
def test_engines_modules_stay_small(engine):
    """One concept a module: no module of these engines reaches 300 lines."""
    sizes = {str(p.relative_to(PACKAGE.parent)): len(p.read_text(encoding="utf-8").splitlines())
             for p in (PACKAGE / engine).rglob("*.py")}
    assert {path: n for path, n in sizes.items() if n >= 300} == {}
