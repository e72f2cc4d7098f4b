"""An event's summary read from the dependency parse (:mod:`timeline.text.parse`): one clause.

In a sentence of two events or more, an event's clause is its predicate with what hangs from it,
less the clauses of the other events ("..., *and seized the airport*"; "the village *that rebels
seized*") and, once one is left out, less every other clause of its own (relative, adverbial,
coordinated with a finite verb); complements stay (what a verb reports is what it says). A
reported predicate is led by its reporter's clause; a verb joined to another borrows its subject
("The army shelled ... and seized" -> "The army seized"), or keeps the joined verb when that one
is no event ("Kurtz apologized ... and said ..."); a relative clause takes its noun back ("rebels
seized the village"). Where the parse changes nothing of that, or gives no clause with a subject
(a noun predicate, a bare infinitive, a parse that disagrees with the candidate),
:func:`parsed_summary` returns ``None`` and the summary read from tokens stays
(:mod:`timeline.events.summary`). Which tags and labels mean what is data: ``rules/en/parse.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.lexicon import load_lexicon
from timeline.events.parserules import ParseRules, load_parse_rules
from timeline.model import Sentence
from timeline.settings import Settings
from timeline.text.parse import Parse

__all__ = ["ParseRules", "clause_tokens", "document_parse", "event_verbs", "load_parse_rules", "parsed_summary"]


def document_parse(text: str, sentences: Sequence[Sentence], found: Mapping[int, Sequence[Candidate]],
                   settings: Settings) -> Parse | None:
    """The parse of the ``sentences`` of ``text`` that hold two event candidates or more
    (``found``: the candidates of each sentence, by its start), by the model
    ``settings.actor_model`` names: only there can a summary read from the parse differ from the
    one read from tokens (:func:`parsed_summary`), and the parser costs as much as the NER model
    (``benchmarks/bench_parse.py``). ``None`` when ``settings.parse`` or the model is off, or the
    model is not installed."""
    if not settings.parse or not settings.actor_model:
        return None
    from timeline.actors import ner  # noqa: PLC0415 - the model only when it is used

    name = settings.actor_model if isinstance(settings.actor_model, str) else ner.MODEL
    spans = [(s.start, s.end) for s in sentences if len(found.get(s.start, ())) > 1]
    return ner.parse(text, spans, name, load_parse_rules().components)


def event_verbs(found: Sequence[Candidate]) -> frozenset[int]:
    """The offsets of the predicates and reporting verbs of a sentence's candidates ``found``."""
    return frozenset(t.start for c in found for t in (c.predicate, c.report) if t is not None)


def _finite(parse: Parse, i: int, rules: ParseRules) -> bool:
    """Does token ``i`` head a finite clause (a finite form, or a finite auxiliary under it)?"""
    return parse.tags[i] in rules.finite or any(
        parse.deps[c] in rules.auxiliaries and parse.tags[c] in rules.finite for c in parse.children(i))


def _own_clause(parse: Parse, c: int, rules: ParseRules) -> bool:
    """Is child ``c`` a clause of its own: a clause label, a verb, finite or with its own subject?"""
    if parse.deps[c] not in rules.clauses or parse.tags[c] not in rules.verbs or not parse.children(c):
        return False  # (a bare word the parser took for a verb, "85.16 m", is no clause)
    return _finite(parse, c, rules) or any(parse.deps[k] in rules.subjects for k in parse.children(c))


def _reports(text: str, parse: Parse, i: int) -> bool:
    """Is token ``i`` a reporting verb ("said", "told": ``cues.toml``)?"""
    cue = load_lexicon().cues.get(text[parse.starts[i] : parse.ends[i]].lower())
    return cue is not None and cue.reporting is not None


def _attribution(text: str, parse: Parse, head: int, c: int, rules: ParseRules) -> bool:
    """Is ``c`` a reporting verb after the words it reports ("..., NASA said"), not a verb joined
    to them that reports words of its own ("... and agreed that ...")? It stays with them."""
    return (c > head and _reports(text, parse, c) and parse.deps[c] not in rules.coordinated
            and not any(k > c and parse.deps[k] in rules.complements for k in parse.children(c)))


def clause_tokens(text: str, parse: Parse, top: int, keep: frozenset[int] = frozenset(),
                  rules: ParseRules | None = None, events: frozenset[int] | None = None) -> set[int]:
    """The tokens of the clause headed by ``top``: its subtree less the clauses of their own under
    it (and the joining words before them), except those holding a token of ``keep`` (the path
    down to a reported predicate). With ``events`` (token indices of the predicates and reporting
    verbs of the sentence's other events), only the clauses they head are left out: the others stay
    as the event's words."""
    rules = rules or load_parse_rules()
    found: set[int] = set()
    todo = [top]
    while todo:
        i = todo.pop()
        found.add(i)
        kids = parse.children(i)
        cut = [c for c in kids if c not in keep and _own_clause(parse, c, rules)
               and (events is None or c in events)
               and not _attribution(text, parse, i, c, rules)]
        for c in kids:
            if c in cut or (c not in keep and parse.deps[c] in rules.coordinators and any(
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

    With ``predicates`` (the offsets of the predicates and reporting verbs of the sentence's
    events), the parse is used only where it changes what the summary says: it leaves another
    event's clause out (:func:`clause_tokens`; then every other clause of its own goes too), puts
    a subject or a relative's antecedent back, or joins a verb to the verb of no event whose
    subject it shares; else ``None``: the token summary stays."""
    rules = load_parse_rules()
    pred = parse.at(candidate.predicate.start)
    own = {candidate.predicate.start, candidate.report.start if candidate.report is not None else -1}
    events = None if predicates is None else frozenset(
        i for p in predicates if p not in own and (i := parse.at(p)) is not None)
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
    climbed = False
    while (events is not None and parse.deps[top] in rules.coordinated and parse.heads[top] != top
           and parse.heads[top] not in events
           and not any(parse.deps[c] in rules.subjects for c in parse.children(top))):
        # "Kurtz apologized ... and said ...": a verb that shares its subject with a verb of no event
        # of its own keeps that verb's words, joined as the text joins them (one subject, two verbs)
        top = parse.heads[top]
        path.add(top)
        climbed = True
    first = clause_tokens(text, parse, top, frozenset(path), rules, events)
    tokens = set(first)
    before: list[int] = []  # a borrowed subject or a relative's antecedent, before the clause
    after: list[int] = []  # a relative's object antecedent, after the verb
    relative = next((c for c in tokens if c < top and (parse.tags[c] in rules.relatives or (
        c == min(tokens) and parse.tags[c] in rules.relative_determiners and parse.heads[c] == top
        and parse.deps[c] in rules.subjects | rules.objects))), None)
    if events is not None and parse.deps[top] in rules.relative_clause and _verb_of(parse, top, rules) not in events:
        return None  # "those who died ... were buried": the noun's own verb is no event, its words stay
    if parse.deps[top] in rules.relative_clause and relative is not None:
        antecedent = _antecedent(text, parse, top, rules)
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
        antecedent = _antecedent(text, parse, top, rules)
        kids = parse.children(top)
        if not any(parse.deps[c] in rules.subjects for c in kids):
            before = antecedent
        elif not any(parse.deps[c] in rules.objects for c in kids) and not _time_noun(text, parse, noun):
            after = antecedent  # "the day (that) he died": a time, no object
    elif _subject(parse, top, rules) is None:
        return None
    elif not any(parse.deps[c] in rules.subjects for c in parse.children(top)):
        subject = _subject(parse, top, rules)
        verb = parse.heads[subject]
        if (parse.tags[subject] in rules.relatives | rules.relative_determiners
                and parse.deps[verb] in rules.relative_clause):
            before = _antecedent(text, parse, verb, rules)  # "a meeting that ran ... and ended": "a meeting"
        else:
            before = sorted(clause_tokens(text, parse, subject, frozenset(), rules))
    if not tokens:
        return None
    left_out = not events.isdisjoint(set(parse.subtree(top)) - tokens) if events is not None else True
    if not (before or after or climbed or left_out):
        return None  # the parse leaves no other event out and puts no word back: the token summary stays
    if events is not None:  # where the parse is used, every clause of its own is left out, and a
        # complement before a verb that reports nothing ("X has long been regarded as ...; he won")
        tokens = clause_tokens(text, parse, top, frozenset(path), rules) - (first - tokens)
        if not _reports(text, parse, top):
            for c in parse.children(top):
                if c < top and c not in path and parse.deps[c] in rules.complements and _finite(parse, c, rules):
                    tokens -= set(parse.subtree(c))
    ordered = sorted(tokens)
    mark = next((c for c in parse.children(top) if parse.deps[c] in rules.marks), None)
    if parse.deps[top] in rules.adverbial and mark is not None and mark < top:
        ordered = [t for t in ordered if t > mark]  # "Five months after [a court convicted ...]"
    ordered = [t for t in ordered if parse.deps[t] not in rules.coordinators or any(  # "and" joining nothing
        parse.heads[k] == parse.heads[t] and parse.deps[k] in rules.coordinated for k in tokens if k > t)]
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


def _antecedent(text: str, parse: Parse, relative_clause: int, rules: ParseRules) -> list[int]:
    """The words before a relative clause of the noun phrase it modifies ("a meeting [that ran]")."""
    noun = parse.heads[relative_clause]
    found = clause_tokens(text, parse, noun, frozenset(), rules) - set(parse.subtree(relative_clause))
    return sorted(t for t in found if t < relative_clause)


def _verb_of(parse: Parse, i: int, rules: ParseRules) -> int | None:
    """The nearest verb above token ``i`` (for a relative clause: the verb of the noun it modifies)."""
    node, steps = parse.heads[i], 0
    while parse.tags[node] not in rules.verbs and parse.heads[node] != node and steps < 12:
        node, steps = parse.heads[node], steps + 1
    return node if parse.tags[node] in rules.verbs else None


def _time_noun(text: str, parse: Parse, i: int) -> bool:
    """Is token ``i`` a noun of time ("the day", "the year": ``words.toml`` ``time_nouns``)?"""
    return text[parse.starts[i] : parse.ends[i]].lower() in clause_words().time_nouns


def _loose(parse: Parse, t: int, at_end: bool, beside_cut: bool, rules: ParseRules) -> bool:
    """Is token ``t`` punctuation left hanging: a comma at an end or beside a cut, a bracket beside
    a cut?"""
    return (parse.tags[t] in rules.cut_punctuation and (at_end or beside_cut)) or (
        parse.tags[t] in rules.gap_punctuation and beside_cut)


def _words(text: str, parse: Parse, tokens: list[int], rules: ParseRules) -> str:
    """The text of ``tokens`` (sorted indices): runs of neighbouring tokens as the text writes
    them, joined by a space; a comma or bracket beside a cut (or at either end) is left out."""
    out = list(tokens)
    while True:  # a mark left out can leave another beside a cut: '"[, which ...,] was' -> 'was'
        kept = set(out)
        beside = [(n > 0 and t - 1 not in kept) or (n < len(out) - 1 and t + 1 not in kept) for n, t in enumerate(out)]
        dropped = [t for n, t in enumerate(out) if _loose(parse, t, n == 0 or n == len(out) - 1, beside[n], rules)]
        marks = [n for n, t in enumerate(out) if parse.tags[t] in rules.quotes]
        if not dropped and len(marks) % 2:  # a quotation mark without its pair, beside a cut
            dropped = [out[n] for n in marks if beside[n]][:1]
        if not dropped:
            break
        out = [t for t in out if t not in dropped]
    if not out:
        return ""
    pieces, run = [], out[0]
    for prev, t in zip(out, out[1:], strict=False):
        if t != prev + 1:
            pieces.append(text[parse.starts[run] : parse.ends[prev]])
            run = t
    pieces.append(text[parse.starts[run] : parse.ends[out[-1]]])
    return " ".join(pieces)
