"""An event's clause and summary read from the dependency parse (:mod:`timeline.text.parse`).

The event's clause is its predicate with everything under it, less the clauses of their own that
hang from it: a relative, adverbial or coordinated clause with a finite verb ("..., *who beat him
in July*, took silver"; "renewed its bombing *and launched a siege*") is another happening, not
this one's words. Complements stay: what a reporting verb reports is what it says. When the
predicate is reported ("Moscow said that its troops reclaimed ..."), the reporting verb's clause
leads, down the path to the predicate. A verb joined to another borrows its subject ("Israel ...
and launched" -> "Israel launched"); a relative clause takes the noun it modifies back ("the town
that rebels seized" -> "rebels seized the town").

The summary is that clause's words in text order, one grammatical clause: never two finite
clauses glued. When the parse does not give a clause with a subject (a noun predicate, a bare
infinitive, a parse that disagrees with the candidate), :func:`parsed_summary` returns ``None``
and the caller keeps the summary read from tokens (:mod:`timeline.events.summary`).

Which tags and labels mean what is data: ``rules/en/parse.toml``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.model import Sentence
from timeline.settings import Settings
from timeline.text.parse import Parse

__all__ = ["ParseRules", "clause_tokens", "document_parse", "load_parse_rules", "parsed_summary"]


@dataclass(frozen=True, slots=True)
class ParseRules:
    """``parse.toml``: the model's tags and labels by the role the events step gives them."""

    finite: frozenset[str]
    verbs: frozenset[str]
    relatives: frozenset[str]
    cut_punctuation: frozenset[str]
    subjects: frozenset[str]
    complements: frozenset[str]
    auxiliaries: frozenset[str]
    clauses: frozenset[str]
    relative_clause: frozenset[str]
    coordinated: frozenset[str]
    joiners: frozenset[str]
    objects: frozenset[str]
    particles: frozenset[str]
    prepositions: frozenset[str]
    examples: tuple[tuple[str, str, str], ...]


@lru_cache(maxsize=4)
def load_parse_rules(language: str = "en") -> ParseRules:
    """The rules of ``rules/<language>/parse.toml``, loaded once."""
    path = RULES_DIR / language / "parse.toml"
    with path.open("rb") as f:
        data = tomllib.load(f)
    sets = {k: frozenset(v) for table in ("tags", "labels") for k, v in data[table].items()}
    examples = tuple((e["text"], e["predicate"], e["summary"]) for e in data.get("examples", ()))
    return ParseRules(**sets, examples=examples)


def document_parse(text: str, sentences: Sequence[Sentence], settings: Settings) -> Parse | None:
    """The parse of the sentences of ``text`` that events are read from (not headlines, captions
    or datelines), by the model ``settings.actor_model`` names; ``None`` when ``settings.parse``
    or the model is off, or the model is not installed."""
    if not settings.parse or not settings.actor_model:
        return None
    from timeline.actors import ner  # noqa: PLC0415 - the model only when it is used

    name = settings.actor_model if isinstance(settings.actor_model, str) else ner.MODEL
    spans = [(s.start, s.end) for s in sentences if s.kind == "sentence" and s.end > s.start]
    return ner.parse(text, spans, name)


def _finite(parse: Parse, i: int, rules: ParseRules) -> bool:
    """Does token ``i`` head a finite clause (a finite form, or a finite auxiliary under it)?"""
    return parse.tags[i] in rules.finite or any(
        parse.deps[c] in rules.auxiliaries and parse.tags[c] in rules.finite for c in parse.children(i))


def _own_clause(parse: Parse, c: int, rules: ParseRules) -> bool:
    """Is child ``c`` a clause of its own: a clause label, a verb, finite or with its own subject?"""
    if parse.deps[c] not in rules.clauses or parse.tags[c] not in rules.verbs:
        return False
    return _finite(parse, c, rules) or any(parse.deps[k] in rules.subjects for k in parse.children(c))


def _independent(parse: Parse, c: int, rules: ParseRules) -> bool:
    """Is ``c`` a coordinated clause with a subject of its own ("..., and India became ...")?"""
    return parse.deps[c] in rules.coordinated and any(parse.deps[k] in rules.subjects for k in parse.children(c))


def _attribution(text: str, parse: Parse, head: int, c: int, rules: ParseRules) -> bool:
    """Is ``c`` a reporting verb after the words it reports ("..., NASA said"), not a verb joined
    to them that reports words of its own ("... and agreed that ...")? It stays with them."""
    cue = load_lexicon().cues.get(text[parse.starts[c] : parse.ends[c]].lower())
    return (c > head and cue is not None and cue.reporting is not None and parse.deps[c] not in rules.coordinated
            and not any(k > c and parse.deps[k] in rules.complements for k in parse.children(c)))


def clause_tokens(text: str, parse: Parse, top: int, keep: frozenset[int] = frozenset(),
                  rules: ParseRules | None = None, events: frozenset[int] | None = None) -> set[int]:
    """The tokens of the clause headed by ``top``: its subtree less the clauses of their own under
    it (and the joining words before them), except those holding a token of ``keep`` (the path
    down to a reported predicate). With ``events`` (token indices of other events' predicates),
    only the clauses holding one of them are left out: the others stay as the event's words."""
    rules = rules or load_parse_rules()
    found: set[int] = set()
    todo = [top]
    while todo:
        i = todo.pop()
        found.add(i)
        kids = parse.children(i)
        cut = [c for c in kids if c not in keep and _own_clause(parse, c, rules)
               and (events is None or not events.isdisjoint(parse.subtree(c)) or _independent(parse, c, rules))
               and not _attribution(text, parse, i, c, rules)]
        for c in kids:
            if c in cut or (c not in keep and parse.deps[c] in rules.joiners and any(
                    k > c and parse.deps[k] in rules.coordinated for k in cut)):
                continue  # a clause of its own, or the "and" before one
            todo.append(c)
    return found


def _subject(parse: Parse, verb: int, rules: ParseRules) -> int | None:
    """The subject of ``verb``: its own, else that of the verb it is joined to ("... and launched")."""
    seen = 0
    while seen < 8:
        own = next((c for c in parse.children(verb) if parse.deps[c] in rules.subjects), None)
        if own is not None:
            return own
        head = parse.heads[verb]
        if parse.deps[verb] not in rules.coordinated or head == verb:
            return None
        verb, seen = head, seen + 1
    return None


def parsed_summary(text: str, parse: Parse, candidate: Candidate,
                   predicates: frozenset[int] | None = None) -> str | None:
    """The words of ``candidate``'s clause from the parse, in text order (untrimmed: the caller
    cuts and capitalises), or ``None`` when the parse gives no clause with a subject for it.
    With ``predicates`` (the offsets of the sentence's event predicates), only the clauses holding
    another event are left out (:func:`clause_tokens`)."""
    rules = load_parse_rules()
    pred = parse.at(candidate.predicate.start)
    events = None if predicates is None else frozenset(
        i for p in predicates if p != candidate.predicate.start and (i := parse.at(p)) is not None)
    if pred is None or parse.tags[pred] not in rules.verbs or candidate.cue.pos != "verb":
        return None
    if not _finite(parse, pred, rules) and parse.deps[pred] not in rules.coordinated:
        return None  # "with the toll rising", "to keep track": no clause of its own
    top, path = pred, {pred}
    if candidate.report is not None:
        report = parse.at(candidate.report.start)
        node, steps = pred, 0
        while node != report and parse.heads[node] != node and steps < 12:
            node, steps = parse.heads[node], steps + 1
            path.add(node)
        if node != report:
            return None  # the parse does not put the predicate under its reporter
        top = report
    tokens = clause_tokens(text, parse, top, frozenset(path), rules, events)
    before: list[int] = []  # a borrowed subject or a relative's antecedent, before the clause
    after: list[int] = []  # a relative's object antecedent, after the verb
    relative = next((c for c in tokens if parse.tags[c] in rules.relatives and c < top), None)
    if parse.deps[top] in rules.relative_clause and relative is not None:
        noun = parse.heads[top]
        antecedent = sorted(clause_tokens(text, parse, noun, frozenset(), rules) - set(parse.subtree(top)))
        antecedent = [t for t in antecedent if t < top]
        holder = parse.heads[relative]
        if parse.deps[relative] in rules.subjects:
            before = antecedent
            tokens.discard(relative)
        elif parse.deps[relative] in rules.objects and (holder == top or parse.deps[holder] in rules.prepositions):
            tokens.discard(relative)
            after = antecedent
            if holder != top:  # "from which he left" -> "he left from the pad"
                tokens.discard(holder)
                after = [holder, *antecedent]
        else:
            tokens.discard(relative)  # "where", "when": no antecedent to put back
            if _subject(parse, top, rules) is None:
                return None
    elif parse.deps[top] in rules.relative_clause:  # "the town (that) rebels seized": no relative word
        noun = parse.heads[top]
        antecedent = [t for t in sorted(clause_tokens(text, parse, noun, frozenset(), rules) - set(parse.subtree(top)))
                      if t < top]
        kids = parse.children(top)
        if not any(parse.deps[c] in rules.subjects for c in kids):
            before = antecedent
        elif not any(parse.deps[c] in rules.objects for c in kids) and not _time_noun(text, parse, noun):
            after = antecedent  # "the day (that) he died": a time, no object
    elif _subject(parse, top, rules) is None:
        return None
    elif not any(parse.deps[c] in rules.subjects for c in parse.children(top)):
        subject = _subject(parse, top, rules)
        before = sorted(clause_tokens(text, parse, subject, frozenset(), rules))
    if not tokens:
        return None
    ordered = sorted(tokens)
    while ordered and (parse.deps[ordered[0]] in rules.joiners or parse.tags[ordered[0]] in rules.relatives):
        ordered.pop(0)  # "after the quake struck", "and launched", "that rebels seized"
    if not ordered:
        return None
    if after:
        cut = top + 1
        while cut in tokens and parse.deps[cut] in rules.particles:
            cut += 1  # "took over [the firm]"
        head = [t for t in ordered if t < cut]
        tail = [t for t in ordered if t >= cut]
        return " ".join(p for p in (_words(text, parse, before, rules), _words(text, parse, head, rules),
                                    _words(text, parse, after, rules), _words(text, parse, tail, rules)) if p)
    return " ".join(p for p in (_words(text, parse, before, rules), _words(text, parse, ordered, rules)) if p)


def _time_noun(text: str, parse: Parse, i: int) -> bool:
    """Is token ``i`` a noun of time ("the day", "the year": ``words.toml`` ``time_nouns``)?"""
    return text[parse.starts[i] : parse.ends[i]].lower() in clause_words().time_nouns


def _words(text: str, parse: Parse, tokens: list[int], rules: ParseRules) -> str:
    """The text of ``tokens`` (sorted indices): runs of neighbouring tokens as the text writes
    them, joined by a space; a comma or bracket beside a cut (or at either end) is left out."""
    kept = set(tokens)
    out: list[int] = []
    for n, t in enumerate(tokens):
        if parse.tags[t] in rules.cut_punctuation and (
                n == 0 or n == len(tokens) - 1 or t - 1 not in kept or t + 1 not in kept):
            continue
        out.append(t)
    if not out:
        return ""
    pieces, run = [], out[0]
    for prev, t in zip(out, out[1:], strict=False):
        if t != prev + 1:
            pieces.append(text[parse.starts[run] : parse.ends[prev]])
            run = t
    pieces.append(text[parse.starts[run] : parse.ends[out[-1]]])
    return " ".join(pieces)
