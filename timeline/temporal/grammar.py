"""Load a language's data files and compile them into indexed rules.

The data (``rules/<lang>/``) holds every word; this module only knows the file layout:

- ``vocabulary.toml``: named sub-patterns, referred to as ``{name}`` or ``{alias=name}``;
- ``normalisation.toml``: tables word -> value, one per group name;
- ``language.toml``: the rule files in priority order and the context cues;
- the rule files: ``[[rule]]`` tables with ``id``, ``pattern``, ``type``, ``value``, ``examples``.

Each rule is compiled on its own, and indexed by the few first characters its match can start
with (``prefixes.py``). The tagger looks only at word starts a little before a trigger word
(a month, a unit, a digit...) and there tries only the rules indexed under the text's first
characters, so the cost hardly grows with the number of rules.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .prefixes import prefixes, trie_pattern

__all__ = ["Example", "Grammar", "Rule", "load_grammar"]

RULES_DIR = Path(__file__).parent / "rules"
# {name} captures, {alias=name} captures under another name, {~name} only inlines.
_PLACEHOLDER = re.compile(
    r"\{(?:(?P<alias>[a-z_][a-z0-9_]*)=|(?P<inline>~))?(?P<name>[a-z_][a-z0-9_]*)\}")
_NAMED_GROUP = re.compile(r"\(\?P<(?P<name>[a-z_][a-z0-9_]*)>")
_POSITIONAL_GROUP = re.compile(r"(?<!\\)\((?!\?)")
# an upper-case letter that is a literal (not an escape such as \S, nor a named group's ?P)
_UPPER_CASE = re.compile(r"(?<!\\)(?<!\?)[A-Z]")
# cues read at a date's edges by the context step, not in the window of tense cues
_EDGE_CUES = ("opening", "before_", "after_")


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence, its article date and the value the rule must give (``span`` defaults to the
    text; ``point``, when given, is the point value it must land on, "" for none)."""

    text: str
    dct: str | None
    value: str
    span: str | None = None
    point: str | None = None  # the day an anchored amount lands on ("" for none)


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule: its groups map regex group names to field names."""

    id: str
    type: str
    pattern: str
    value: MappingProxyType
    groups: tuple[tuple[str, str, tuple[str, ...]], ...]  # (regex group, field, tables)
    examples: tuple[Example, ...] = ()
    file: str = ""
    span_group: str | None = None  # the group holding the timex when the rule matches context
    near: re.Pattern | None = None  # words of which one must stand near the match (named dates)
    near_window: int = 0  # ...within this many characters either side
    not_before: str | None = None  # an article dated before this ISO day cannot mean the rule


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity
class Grammar:
    """Everything the engine needs for one language."""

    language: str
    rules: tuple[Rule, ...]
    by_group: MappingProxyType  # "R12" -> Rule
    compiled: tuple[re.Pattern, ...]  # each rule alone, with the word boundaries
    index: MappingProxyType  # normal-form prefix -> indices of the rules starting so
    prefix_length: int
    trigger: re.Pattern  # a word every time expression contains, in lower-cased text
    start_words: re.Pattern  # a word that can begin an expression before its trigger
    tables: MappingProxyType
    cues: MappingProxyType  # name -> compiled context pattern
    settings: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    candidates: dict = field(default_factory=dict)  # memo: text prefix -> rule indices
    normalised: dict = field(default_factory=dict)  # memo: (words, tables) -> value

    def rules_for(self, key: str) -> tuple[int, ...]:
        """Indices (in priority order) of the rules that can match text starting with ``key``."""
        found = self.candidates.get(key)
        if found is None:
            found = tuple(sorted({i for cut in range(len(key) + 1)
                                  for i in self.index.get(key[:cut], ())}))
            if len(self.candidates) > 100_000:  # bounded memo
                self.candidates.clear()
            self.candidates[key] = found
        return found


def _expand_vocabulary(vocabulary: dict[str, str]) -> dict[str, str]:
    """Inline vocabulary references inside vocabulary entries (non-capturing)."""
    expanded: dict[str, str] = {}

    def expand(name: str, seen: tuple[str, ...]) -> str:
        if name in expanded:
            return expanded[name]
        if name in seen:
            raise ValueError(f"vocabulary cycle: {' -> '.join(seen + (name,))}")
        if name not in vocabulary:
            raise KeyError(f"unknown vocabulary entry {{{name}}}")

        def inline(m: re.Match) -> str:
            return "(?:" + expand(m["name"], seen + (name,)) + ")"

        expanded[name] = _PLACEHOLDER.sub(inline, vocabulary[name])
        return expanded[name]

    for name in vocabulary:
        expand(name, ())
    return expanded


def _tables_for(alias: str, name: str, tables: dict[str, dict]) -> tuple[str, ...]:
    """The tables a group is looked up in: its own name's, its vocabulary's, then "number"."""
    return tuple(dict.fromkeys(t for t in (alias, name, "number") if t in tables))


def _compile_rule(index: int, raw: dict[str, Any], vocabulary: dict[str, str],
                  tables: dict[str, dict], file: str) -> Rule:
    prefix = f"R{index}_"
    groups: list[tuple[str, str, tuple[str, ...]]] = []
    pattern = raw["pattern"]
    if _POSITIONAL_GROUP.search(pattern):
        raise ValueError(f"rule {raw['id']}: use (?:...) or (?P<name>...), not positional groups")

    def placeholder(m: re.Match) -> str:
        name, alias = m["name"], m["alias"] or m["name"]
        if name not in vocabulary:
            raise KeyError(f"rule {raw['id']}: unknown vocabulary entry {{{name}}}")
        if m["inline"]:
            return f"(?:{vocabulary[name]})"
        group = f"{prefix}{alias}{len(groups)}"
        groups.append((group, alias, _tables_for(alias, name, tables)))
        return f"(?P<{group}>{vocabulary[name]})"

    def named(m: re.Match) -> str:
        group = f"{prefix}{m['name']}{len(groups)}"
        groups.append((group, m["name"], _tables_for(m["name"], m["name"], tables)))
        return f"(?P<{group}>"

    pattern = _NAMED_GROUP.sub(named, pattern)
    pattern = _PLACEHOLDER.sub(placeholder, pattern)
    value = raw.get("value", {})
    if isinstance(value, str):
        value = {"kind": "literal", "value": value}
    examples = tuple(Example(e["text"], e.get("dct"), e["value"], e.get("span"), e.get("point"))
                     for e in raw.get("examples", ()))
    span_group = next((g for g, name, _ in groups if name == "timex"), None)
    return Rule(raw["id"], raw.get("type", "DATE"), pattern, MappingProxyType(dict(value)),
                tuple(groups), examples, file, span_group)


def _named_rule(index: int, raw: dict[str, Any], vocabulary: dict[str, str],
                tables: dict[str, dict], file: str, window: int) -> Rule:
    """A named date ("D-Day": 1944-06-06, near "Normandy" ...) as a rule of a fixed day; a
    date written "--MM-DD" is a day of every year ("Independence Day" near "India": August 15),
    its year resolved like any month and day."""
    try:
        recurring = raw["date"].startswith("--")  # "--08-15": a day of every year
        year, month, day = (int(part) if part else None
                            for part in raw["date"].removeprefix("-").split("-"))
        words = "|".join(raw["near"])
        near = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    except (KeyError, ValueError, re.error) as exc:
        raise ValueError(f"{file}: named date {raw.get('id')!r}: {exc}") from None
    rule = _compile_rule(index, {"id": raw["id"], "pattern": raw["name"], "type": "DATE",
                                 "value": {"kind": "calendar", "month": month, "day": day,
                                           "named": True, **({} if recurring else {"year": year})},
                                 "examples": raw.get("examples", ())},
                         vocabulary, tables, file)
    return replace(rule, near=near, near_window=int(raw.get("window", window)),
                   not_before=None if recurring else raw["date"])


def _starts_like(pattern: str, length: int) -> str:
    """A lookahead for the first ``length`` characters a match of ``pattern`` can start with,
    as a trie ("" when the pattern can start with anything). A necessary condition only: the
    pattern's matches stay the same, found faster.

    >>> print(_starts_like("will|won't|--|(?:in|on)", 2))
    (?=(?:\\-\\-|in|on|w(?:i|o)))
    """
    starts = prefixes(pattern, length) if length > 0 else frozenset({""})
    if "" in starts:
        return ""
    # prefixes are in normal form (every digit '#'): a '#' stands for a digit or itself
    return "(?=" + trie_pattern(sorted(starts)).replace("\\#", "[\\d#]") + ")"


@lru_cache(maxsize=4)
def load_grammar(language: str = "en") -> Grammar:
    """Read and compile the data files of ``language`` (cached: compiled once per process)."""
    folder = RULES_DIR / language
    with open(folder / "language.toml", "rb") as f:
        manifest = tomllib.load(f)
    with open(folder / "vocabulary.toml", "rb") as f:
        vocabulary = _expand_vocabulary(tomllib.load(f))
    with open(folder / "normalisation.toml", "rb") as f:
        tables = tomllib.load(f)
    rules: list[Rule] = []
    named = manifest.get("named_dates")
    if named:  # named dates first: tried before the ordinary rules, in their context only
        with open(folder / named, "rb") as f:
            for raw in tomllib.load(f).get("named", ()):
                rules.append(_named_rule(len(rules), raw, vocabulary, tables, named,
                                         int(manifest.get("settings", {}).get(
                                             "named_date_window_chars", 300))))
    for file in manifest["rule_files"]:
        with open(folder / file, "rb") as f:
            for raw in tomllib.load(f).get("rule", ()):
                rules.append(_compile_rule(len(rules), raw, vocabulary, tables, file))
    ids = [r.id for r in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate rule ids: {sorted(duplicates)}")
    boundary = manifest.get("boundary", {})

    before, after = boundary.get("before", ""), boundary.get("after", "")
    compiled = tuple(re.compile(f"{before}(?P<R{i}>{r.pattern}){after}", re.IGNORECASE)
                     for i, r in enumerate(rules))
    settings = manifest.get("settings", {})
    length = int(settings.get("prefix_length", 4))
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for prefix in prefixes(rule.pattern, length):
            index.setdefault(prefix, []).append(i)
    trigger = manifest["trigger"]
    trigger_pattern = r"(?<!\w)(?:" + trie_pattern([w.lower() for w in trigger["words"]])
    # a digit right after "," or "." continues a number (10,000; 1.5): it starts nothing
    trigger_pattern += r"|(?<![,.])\d)" if trigger.get("digits") else ")"
    cue_patterns = {name: _PLACEHOLDER.sub(lambda m: "(?:" + vocabulary[m["name"]] + ")", p)
                    for name, p in manifest.get("cues", {}).items()}
    gaps = manifest.get("gaps", {})
    for name, p in (*cue_patterns.items(), *gaps.items()):
        if _UPPER_CASE.search(p):
            raise ValueError(f"{folder / 'language.toml'}: cue {name!r}: write cues in lower case "
                             "(they are matched in the lower-cased text)")
    # the cues read the lower-cased text: matching without IGNORECASE is twice as fast
    cues = {name: re.compile(p) for name, p in cue_patterns.items()}
    if cue_patterns:  # all cues in one pattern, the cue's name as its group
        order = sorted((name for name in cue_patterns if not name.startswith(_EDGE_CUES)),
                       key=lambda name: name != "clause_break")
        body = "(?:" + "|".join(f"(?P<{name}>{cue_patterns[name]})" for name in order) + ")"
        # tried only where a cue can start (``cue_start``: a word edge or a punctuation mark),
        # and there only when the text begins like one of the cues (a trie of their prefixes):
        # elsewhere the search fails at once instead of trying every cue
        cues["tense"] = re.compile(settings.get("cue_start", "") + _starts_like(
            body, int(settings.get("cue_prefix_length", 3))) + body)
    for name, p in gaps.items():  # what may stand between two expressions
        cues[name] = re.compile(p)
    frozen_tables = MappingProxyType({k: MappingProxyType(v) for k, v in tables.items()})
    return Grammar(language, tuple(rules),
                   MappingProxyType({f"R{i}": r for i, r in enumerate(rules)}),
                   compiled,
                   MappingProxyType({k: tuple(v) for k, v in index.items()}), length,
                   re.compile(trigger_pattern),
                   re.compile(r"(?<!\w)" + trie_pattern([w.lower() for w in manifest["start_words"]],
                                                      whole_words=True)
                              + r"(?!\w)"), frozen_tables, MappingProxyType(cues),
                   MappingProxyType(settings))
