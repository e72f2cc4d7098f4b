"""The type a reader sees for an event (issue 12 taxonomy), from its cue and what its clause is about.

The cue word gives a fine type (``cues.toml``) that ``types.toml`` ``[taxonomy]`` maps to the
taxonomy (conflict, politics, diplomacy, legal, economy, disaster, health, science, sport,
culture, statement, other). The domain words of the event's clause decide when there are any
("launched a probe": science; "launched missiles": conflict); a weak cue with none takes the
article's domain; else the mapped type, "other" when the cue says nothing.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.model import ActorMention

__all__ = ["TypeRules", "article_domain", "event_type", "leading_domain", "load_type_rules", "taxonomy"]

RULES = Path(__file__).parent / "rules"
_WORD = re.compile(r"[\w'.-]*\w")  # a word, with inner hyphens, dots and apostrophes
_SPLIT = re.compile(f"({_WORD.pattern})")  # the text between the words and the words, alternating
_CLEAR = 2.0  # an article's top domain needs this many times the words of the next one ...
_ENOUGH = 3  # ... and at least this many words
_PEOPLE = 0.5  # the weight of a word for people ("ministers") beside a word for things ("rates")
_REPORTER_WORDS = 6  # "..., the official news agency said": at most this many words after the comma


@dataclass(frozen=True, slots=True)
class TypeRules:
    """``types.toml``: the map from fine cue types to the taxonomy, the weak cues, and one regex
    of domain words per taxonomy type."""

    types: tuple[str, ...]  # the taxonomy, in the order a reader sees it
    statement: str  # the type of what someone said, as such
    unsure: str  # the type when the rules cannot tell
    taxonomy: dict[str, str]
    weak_types: frozenset[str]
    weak_lemmas: frozenset[str]
    domains: dict[tuple[str, ...], tuple[str, ...]]  # lower-case domain words (one or more) -> types
    longest: int  # the most words a domain entry has
    first_words: frozenset[str] = frozenset()  # the words a domain entry starts with (lower-cased)
    names: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # "NASA", "Mars": as written
    by_content: frozenset[str] = frozenset()  # "announce": typed by what it announces
    opinion: frozenset[str] = frozenset()  # "believed", "hoped": a report of them is a statement
    speaking_kinds: frozenset[str] = frozenset()  # "person": what they say is a statement
    people: frozenset[tuple[str, ...]] = frozenset()  # "judge", "ministers": who, not what happened
    acts: frozenset[str] = frozenset()  # "call a": a statement verb naming an act ("called a recess")
    content_openers: frozenset[str] = frozenset()  # "that": what a report says comes after it
    speaking_reports: frozenset[str] = frozenset()  # "claimed": said, told, warned (not announced)


@lru_cache(maxsize=4)
def load_type_rules(language: str = "en") -> TypeRules:
    """The type rules of ``language``; a type outside the taxonomy is an error naming the file."""
    path = RULES / language / "types.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    taxonomy = dict(data["taxonomy"])
    domains = {k: v for k, v in data["domains"].items() if k != "examples"}
    reader = data["reader"]
    types = tuple(reader["types"])
    bad = (set(taxonomy.values()) | set(domains) | set(data.get("people", {}))
           | {reader["statement"], reader["unsure"]}) - set(types)
    if bad:
        raise ValueError(f"{path}: types outside the taxonomy: {sorted(bad)}")
    entries: dict[tuple[str, ...], list[str]] = {}
    names: dict[tuple[str, ...], list[str]] = {}
    people = data.get("people", {})
    for domain, words in [*domains.items(), *people.items()]:
        for entry in words:
            table = entries if entry == entry.lower() else names
            table.setdefault(tuple(entry.split()), []).append(domain)
    both = [*entries, *names]
    return TypeRules(types, reader["statement"], reader["unsure"], taxonomy, frozenset(data["weak"]["types"]),
                     frozenset(data["weak"]["lemmas"]), {k: tuple(v) for k, v in entries.items()},
                     max(len(k) for k in both), frozenset(k[0].lower() for k in both),
                     {k: tuple(v) for k, v in names.items()}, frozenset(reader.get("by_content", ())),
                     frozenset(reader.get("opinion", ())), frozenset(reader.get("speaking_kinds", ())),
                     frozenset(tuple(e.split()) for words in people.values() for e in words),
                     frozenset(reader.get("acts", ())), frozenset(reader.get("content_openers", ())),
                     frozenset(reader.get("speaking_reports", ())))


def taxonomy() -> tuple[str, ...]:
    """The event types a reader sees (``types.toml`` ``[reader]``)."""
    return load_type_rules().types


def _counts(text: str, people: float = 1.0) -> Counter:
    """How many domain words of each type ``text`` holds (one pass over its words), a word for the
    people of a domain ("judge", "ministers") weighing ``people``.

    Case tells a name from a common noun: a lower-case entry ("court", "party", "minister")
    matches only a lower-case word (or the first word of a sentence), so "the Supreme Court",
    "the Labour Party" and "Prime Minister Modi" name actors and say nothing of the happening; an
    entry written with capitals ("NASA", "WHO", "Mars") matches only that spelling, so the
    relative "who" is no health word.
    """
    rules = load_type_rules()
    parts = _SPLIT.split(text)
    words = parts[1::2]
    lowered = [w.lower() for w in words]
    counts: Counter = Counter()
    firsts = rules.first_words
    longer_domains, longer_names = _longer()
    size = len(words)
    offset, upto = 0, 0  # parts[upto] starts at offset (counted on only as far as a capital needs)
    for i in [i for i, low in enumerate(lowered) if low in firsts]:  # where a domain entry may start
        plain = words[i] == lowered[i]
        if not plain:
            offset += sum(map(len, parts[upto : 2 * i + 1]))  # word i is parts[2 * i + 1]
            upto = 2 * i + 1
            plain = _opens_sentence(text, offset)
        for n in range(1, min(rules.longest, size - i) + 1):
            if n > 1 and plain and words[i + n - 1] != lowered[i + n - 1]:
                plain = False  # a capital inside: no lower-case entry runs on from here
            key = tuple(lowered[i : i + n]) if plain else ()
            if plain:
                weight = people if key in rules.people else 1.0
                for domain in rules.domains.get(key, ()):
                    counts[domain] += weight
            written = tuple(words[i : i + n])
            for domain in rules.names.get(written, ()):
                counts[domain] += 1
            if key not in longer_domains and written not in longer_names:
                break  # no longer entry starts with these words
    return counts


@lru_cache(maxsize=1)
def _longer() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The word sequences a longer domain entry (lower case) or a longer name starts with: where
    :func:`_counts` stops reading on."""
    rules = load_type_rules()
    return tuple(frozenset(k[:n] for k in keys for n in range(1, len(k))) for keys in (rules.domains, rules.names))


def _opens_sentence(text: str, start: int) -> bool:
    """Is the word at ``start`` the first of its text or sentence (after ". ", a quote or a line)?"""
    before = text[max(0, start - 8) : start].rstrip(" \t\"'“‘(")
    return start < 8 and not before or bool(before) and before[-1] in ".!?:\n"


def article_domain(text: str) -> str | None:
    """The type whose domain words the whole article uses most, if clearly ahead; else None.

    >>> article_domain("The court heard the judge. The jury and the prosecutor left the courtroom.")
    'legal'
    """
    top = _counts(text).most_common(2)
    if not top or top[0][1] < _ENOUGH or (len(top) > 1 and top[0][1] < _CLEAR * top[1][1]):
        return None
    return top[0][0]


@lru_cache(maxsize=8)
def leading_domain(text: str) -> str | None:
    """The type whose domain words the whole article uses most, even narrowly; None on a tie or
    with none (a weaker reading than :func:`article_domain`).

    >>> leading_domain("Kenya won the cup final. Rain fell.")
    'sport'
    """
    top = _counts(text).most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _quoted(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a quotation (straight or curly quotes)?"""
    return any(q in text[start:end] for q in '"“”')


def _best(counts: Counter, base: str) -> str | None:
    """The type with the most domain words (``base`` when it is among the tied), None for none."""
    if not counts:
        return None
    best = max(counts.values())
    tied = [k for k, n in counts.items() if n == best]
    return base if base in tied else tied[0]


def _report_after(text: str, candidate: Candidate, rules: TypeRules) -> bool:
    """Is the event a report that comes after a content of its own ("The line will open in May,
    the firm said")?"""
    start, verb = candidate.subject_start, candidate.predicate.start
    words = clause_words()
    after = _WORD.match(text, candidate.predicate.end + 1)
    if candidate.predicate.lower.endswith(words.participle_endings) or (
            after is not None and after.group().lower() in rules.content_openers):
        return False  # "..., arguing that ...": the content comes after
    comma = text.rfind(",", start, verb)
    if comma < 0 or len(_WORD.findall(text[comma:verb])) > _REPORTER_WORDS:
        return False
    content = _WORD.findall(text[start:comma].lower())
    if not content or content[0] in words.subordinators:
        return False  # "Although the defence objected, Judge Reed said ...": an opening clause
    # a content of its own has a finite verb: "will open", "had started", "performed"
    return any(w in words.finite_auxiliaries or w.endswith(words.past_endings) for w in content)


def _speaker_kind(text: str, candidate: Candidate, mentions: Sequence[ActorMention]) -> str | None:
    """For an event that is a report ("Judge Reed said ..."), the kind of the actor named last
    before its verb; None when no actor is named."""
    start, verb = candidate.subject_start, candidate.predicate.start
    if candidate.predicate.lower.endswith(clause_words().participle_endings):
        return None  # "..., arguing that ...": the main verb's subject, not a report of its own
    named = [m for m in mentions if start <= m.start and m.end <= verb]
    return named[-1].kind if named else None


def _names_an_act(text: str, candidate: Candidate, rules: TypeRules) -> bool:
    """Is a statement verb used for an act ("called a recess", "called an election")?"""
    after = _WORD.match(text, candidate.predicate.end + 1)
    return after is not None and f"{candidate.cue.lemma} {after.group().lower()}" in rules.acts


def _gives_opinion(text: str, candidate: Candidate, rules: TypeRules) -> bool:
    """Does a report give an opinion, a hope or an expectation ("said she believed", "said he
    hoped")? Then the event is what was said, a statement."""
    verb = candidate.report if candidate.report is not None else candidate.predicate
    if verb.start < candidate.predicate.start and candidate.report is None:
        return False
    words = _WORD.findall(text[verb.end : candidate.end].lower())
    return any(w in rules.opinion for w in words)


def event_type(text: str, candidate: Candidate, domain: str | None, sentence: tuple[int, int],
               mentions: Sequence[ActorMention] = ()) -> str:
    """The taxonomy type of ``candidate`` in ``text`` (in the sentence at offsets ``sentence``), an
    article whose domain is ``domain``, with the actor ``mentions`` of the event (their kinds tell
    a person's statement from an agency's report).

    A report gives what was said its type: an announcement ("announced", "declared", "forecast")
    takes the type of what it announces; a person's report, or any report of an opinion ("said
    she believed"), is a statement; an organisation's report ("the agency said the floods killed
    40") takes the type of what it reports.
    """
    rules = load_type_rules()
    cue = candidate.cue
    base = rules.taxonomy.get(cue.event_type, rules.unsure)
    if cue.lemma in rules.by_content:  # "announced that ...", "declared a state of calamity"
        return _best(_counts(text[candidate.start : candidate.end]), base) or domain or base
    reporting = cue.reporting is not None or candidate.report is not None
    if reporting and _gives_opinion(text, candidate, rules):
        return rules.statement
    report = candidate.report
    if report is not None and report.start < candidate.predicate.start and candidate.report_cue is not None \
            and candidate.report_cue.reporting in rules.speaking_reports and not report.lower.endswith(
            clause_words().participle_endings):
        named = [m for m in mentions if candidate.report_start <= m.start and m.end <= report.start]
        if named and named[-1].kind in rules.speaking_kinds:
            return rules.statement  # "Governor Reed warned that the toll could climb"
    quoted = _quoted(text, *sentence)
    if cue.reporting is not None and candidate.report is None and not quoted and _report_after(text, candidate, rules):
        # "Heavy rain fell again on Wednesday, the department said": what it reports
        return _best(+_counts(text[candidate.start : candidate.end], _PEOPLE), base) or domain or base
    act = _names_an_act(text, candidate, rules)
    if act:  # "called a session": typed by its clause, or the article
        clause = candidate.predicate_clause
        return _best(+_counts(text[clause.start : clause.end], _PEOPLE), base) or domain or rules.unsure
    if base == rules.statement and candidate.report is None and (
            cue.reporting is None or quoted
            or _speaker_kind(text, candidate, mentions) in rules.speaking_kinds):
        return base  # "Cowen congratulated Cameron", '"We nailed it," said the engineer', "Reed said"
    clause = candidate.predicate_clause
    weak = cue.event_type in rules.weak_types or cue.lemma in rules.weak_lemmas
    strong = not weak and base not in (rules.unsure, rules.statement)  # "arrested": legal of itself
    counts = _counts(text[clause.start : clause.end], 0.0 if strong else _PEOPLE)
    found = _best(+counts, base)
    if found is not None:
        return found
    return (domain or base) if weak else base
