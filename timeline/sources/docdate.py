"""The article date written at the top of a text: a date line or a dateline, found by data rules.

The rules (``rules/<lang>/docdate.toml``) hold every word and pattern; this engine only knows
the layout: look at the first lines of the text (up to the first body paragraph), match each
rule on each line (a ``line`` rule must cover the whole line, a ``start`` rule must open it),
read the day, month and year the rule captured, and choose by the rules' precedence. A
dateline without a year ("SEOUL, Dec 31 (Reuters) -") gives a date only when a dated line near
it gives the year; a date inside a body sentence is never read.

>>> found = find_doc_date("Talks resume\\n\\nPublished 9:02 AM EDT, May 6, 2021\\n\\nThe talks resumed.")
>>> found.value, found.source, found.rule
(datetime.date(2021, 5, 6), 'byline', 'published_line')
>>> find_doc_date("SEOUL, Dec 31 (Reuters) - North Korea fired a missile on Saturday.").value is None
True
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from timeline.model import Document, Sentence
from timeline.temporal.grammar import RULES_DIR as TEMPORAL_RULES

__all__ = ["DateLine", "DateRule", "DocDateRules", "FoundDate", "date_lines", "find_doc_date",
           "load_rules", "mark_date_lines", "with_user_date", "with_written_date"]

RULES_DIR = Path(__file__).parent / "rules"
FIELDS = ("day", "month", "year")
_PLACEHOLDER = re.compile(r"\{(?:(?P<alias>[a-z_][a-z0-9_]*)=)?(?P<name>[a-z_][a-z0-9_]*)\}")
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")
# Dates the data gives with the article (a header line, a JSON/CSV field, a page's markup): a
# date the user types does not replace them; it replaces one read from the text, or fills in.
GIVEN = frozenset({"header", "metadata"})


@dataclass(frozen=True, slots=True)
class DateRule:
    """One compiled rule: ``kind`` byline | dateline; ``role`` published | updated | plain |
    dateline | dateline_no_year; ``match`` line | start; its examples as (text, ISO date or "")."""

    id: str
    kind: str
    role: str
    match: str
    pattern: re.Pattern
    fields: tuple[tuple[str, str], ...]  # (regex group, field)
    examples: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class DocDateRules:
    """The rules of one language, their settings and the texts that must give no date."""

    rules: tuple[DateRule, ...]
    months: MappingProxyType  # month word -> number (the date tagger's table)
    head_lines: int
    body_line_chars: int
    sentence_end: re.Pattern
    precedence: tuple[str, ...]
    counterexamples: tuple[tuple[str, str], ...]  # (text, reason)


@dataclass(frozen=True, slots=True)
class DateLine:
    """A date line or dateline found at the top of a text (offsets into it); ``value`` is None
    for a dateline without a year."""

    start: int
    end: int
    kind: str
    role: str
    rule: str
    value: date | None
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class FoundDate:
    """The article date read from the text (None when it writes none), where it came from
    (``dateline``, ``byline`` or ``none``), the deciding rule and every date line seen."""

    value: date | None
    source: str
    rule: str
    lines: tuple[DateLine, ...]


def _compile(raw: str, vocabulary: dict[str, str], rule_id: str) -> tuple[str, list[tuple[str, str]]]:
    fields: list[tuple[str, str]] = []

    def expand(pattern: str, seen: tuple[str, ...]) -> str:
        def one(m: re.Match) -> str:
            name, field = m["name"], m["alias"] or m["name"]
            if name not in vocabulary:
                raise KeyError(f"docdate rule {rule_id}: unknown vocabulary entry {{{name}}}")
            if name in seen:
                raise ValueError(f"docdate vocabulary cycle: {' -> '.join(seen + (name,))}")
            inner = expand(vocabulary[name], seen + (name,))
            if field in FIELDS:
                group = f"{field}_{len(fields)}"
                fields.append((group, field))
                return f"(?P<{group}>{inner})"
            return f"(?:{inner})"

        return _PLACEHOLDER.sub(one, pattern)

    return expand(raw, ()), fields


@lru_cache(maxsize=4)
def load_rules(language: str = "en") -> DocDateRules:
    """Read and compile ``rules/<language>/docdate.toml`` over the date tagger's vocabulary."""
    with open(RULES_DIR / language / "docdate.toml", "rb") as f:
        data = tomllib.load(f)
    with open(TEMPORAL_RULES / language / "vocabulary.toml", "rb") as f:
        vocabulary = tomllib.load(f)
    with open(TEMPORAL_RULES / language / "normalisation.toml", "rb") as f:
        months = tomllib.load(f)["month"]
    vocabulary.update(data.get("vocabulary", {}))
    rules = []
    for raw in data["rule"]:
        pattern, fields = _compile(raw["pattern"], vocabulary, raw["id"])
        examples = tuple((e["text"], e["date"]) for e in raw.get("examples", ()))
        rules.append(DateRule(raw["id"], raw["kind"], raw["role"], raw["match"],
                              re.compile(pattern, re.IGNORECASE), tuple(fields), examples))
    settings = data["settings"]
    return DocDateRules(
        tuple(rules), MappingProxyType(dict(months)), int(settings["head_lines"]),
        int(settings["body_line_chars"]), re.compile(settings["sentence_end"]),
        tuple(settings["precedence"]),
        tuple((c["text"], c["reason"]) for c in data.get("counterexample", ())))


def _head(text: str, rules: DocDateRules) -> list[tuple[int, int]]:
    """(start, end) of the lines that may hold the article date, stripped of spaces."""
    lines: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line.strip():
            continue
        start = m.start() + len(line) - len(line.lstrip())
        end = m.start() + len(line.rstrip())
        lines.append((start, end))
        body = end - start >= rules.body_line_chars and rules.sentence_end.search(text, start, end)
        if body or len(lines) >= rules.head_lines:
            break
    return lines


def _month(word: str, months: MappingProxyType) -> int | None:
    if word.isdigit():
        return int(word)
    return months.get(" ".join(word.lower().replace(".", "").split()))


def _read(rule: DateRule, m: re.Match, months: MappingProxyType) -> tuple[int, int, int | None] | None:
    got: dict[str, str] = {}
    for group, field in rule.fields:
        if field not in got and m.group(group) is not None:
            got[field] = m.group(group)
    month = _month(got.get("month", ""), months)
    if month is None or "day" not in got:
        return None
    year = int(got["year"]) if "year" in got else None
    return month, int(got["day"]), year


def date_lines(text: str, language: str = "en") -> tuple[DateLine, ...]:
    """Every date line and dateline at the top of ``text``, in text order."""
    rules = load_rules(language)
    found: list[DateLine] = []
    for start, end in _head(text, rules):
        if not _DIGIT.search(text, start, end):
            continue  # every rule reads the day as digits
        for rule in rules.rules:
            if rule.match == "line":
                m = rule.pattern.fullmatch(text, start, end)
            else:
                m = rule.pattern.match(text, start, end)
            if m is None:
                continue
            fields = _read(rule, m, rules.months)
            if fields is None:
                continue
            month, day, year = fields
            try:
                value = date(year, month, day) if year is not None else None
                date(year or 2000, month, day)  # a day that exists (29 February: in a leap year)
            except ValueError:
                continue
            stop = start + len(m.group(0).rstrip())
            found.append(DateLine(start, stop, rule.kind, rule.role, rule.id, value, month, day))
            break
    return tuple(found)


def find_doc_date(text: str, language: str = "en") -> FoundDate:
    """The article date written at the top of ``text``, by the rules' precedence."""
    rules = load_rules(language)
    lines = date_lines(text, language)
    dated = [d for d in lines if d.value is not None]
    candidates: list[tuple[str, DateLine, date]] = [(d.role, d, d.value) for d in dated]
    if dated:
        year_line = min(dated, key=lambda d: rules.precedence.index(d.role))
        for d in lines:
            if d.role == "dateline_no_year":
                year = year_line.value.year
                if (d.month, d.day) > (year_line.value.month, year_line.value.day):
                    year -= 1  # "Dec 31" filed before a line dated in January
                try:
                    candidates.append(("dateline_completed", d, date(year, d.month, d.day)))
                except ValueError:
                    continue
    if not candidates:
        return FoundDate(None, "none", "", lines)
    role, best, value = min(candidates, key=lambda c: (rules.precedence.index(c[0]), c[1].start))
    return FoundDate(value, best.kind, best.rule, lines)


def with_written_date(doc: Document, given: str) -> Document:
    """``doc`` with the source of its date: ``given`` (header, metadata) when the data gave one,
    else the date written at the top of its text (dateline, byline) or none.

    >>> with_written_date(Document("a", "Published June 1, 2021\\n\\nRain fell."), "header").dct
    datetime.date(2021, 6, 1)
    """
    if doc.dct is not None:
        return replace(doc, dct_source=given)
    found = find_doc_date(doc.text)
    return replace(doc, dct=found.value, dct_source=found.source)


def mark_date_lines(text: str, sentences: list[Sentence], language: str = "en") -> list[Sentence]:
    """The sentences, with the date lines at the top marked as ``byline`` and the datelines as
    ``dateline`` units, so that neither becomes an event. A sentence that opens with a dateline
    is split in two at the dateline's end: offsets stay those of the text."""
    lines = date_lines(text, language)
    if not lines:
        return sentences
    out: list[Sentence] = []
    for sentence in sentences:
        line = next((d for d in lines if d.start <= sentence.start < d.end), None)
        if line is None:
            out.append(sentence)
        elif sentence.end <= line.end:
            out.append(replace(sentence, kind=line.kind))
        else:
            out.append(Sentence(sentence.start, line.end, line.kind))
            rest = line.end
            while rest < sentence.end and text[rest].isspace():
                rest += 1
            if rest < sentence.end:
                out.append(Sentence(rest, sentence.end, sentence.kind))
    return out


def with_user_date(doc: Document, dct: date | None) -> Document:
    """``doc`` with the article date the user gave (``--dct``, the dashboard; source ``user``):
    it overrides a date read from the text (dateline, byline) and fills in a missing one; a
    date the data gives with the article (``header``, ``metadata``) stays.

    >>> doc = Document("a", "PARIS, May 2, 2021 (AFP) - Rain fell.", date(2021, 5, 2), dct_source="dateline")
    >>> with_user_date(doc, date(2021, 5, 3)).dct, with_user_date(doc, date(2021, 5, 3)).dct_source
    (datetime.date(2021, 5, 3), 'user')
    """
    if dct is None or (doc.dct is not None and doc.dct_source in GIVEN):
        return doc
    return replace(doc, dct=dct, dct_source="user")
