"""Tokens and clauses of one sentence: the units events are built from.

A clause is ``main``, ``comp`` (the content of a reporting verb: "said *that ...*"), ``rel``
(a relative clause: "the region *that Ukrainian forces seized*"), ``coord`` (a second main
clause: "... in 2019, *and May resigned*"; "formed the alliance *and announced* ...") or
``cont`` (a main clause resumed after an aside: "Moraes, who led the case, *said ...*") or
``sub`` (an adverbial clause with its own happening: "..., *after rebels attacked the town*").
Words inside quotation marks are marked ``quoted`` so that quoted words do not become predicates.

>>> text = "Moscow said that its troops reclaimed the region that rebels seized last year."
>>> [(c.kind, text[c.start:c.end]) for c in split_clauses(text, 0, len(text))]
[('main', 'Moscow said'), ('comp', 'that its troops reclaimed the region'), ('rel', 'that rebels seized last year.')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from timeline.events import clauseopeners as op
from timeline.events import subclauses as sub
from timeline.events.clausemarks import before_interjection, date_comma, in_brackets
from timeline.events.language import Words, load_language
from timeline.events.lexicon import load_lexicon
from timeline.events.tokens import Token, tokenize
from timeline.events.verbforms import after_verb, is_finite_verb, passive_participle, verb_follows

__all__ = ["Clause", "Token", "clause_words", "is_finite_verb", "passive_participle", "split_clauses", "tokenize"]


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a sentence: its kind, its tokens (``first`` to ``stop``), its character offsets
    and the clause it depends on."""

    kind: str  # main | comp | rel | coord | cont | sub
    first: int  # index of the first token
    stop: int  # index after the last token
    start: int  # character offsets
    end: int
    head: int  # index of the clause this one depends on (itself for main clauses)


@lru_cache(maxsize=1)
def clause_words() -> Words:
    """The function words of the engine's language (``rules/en/words.toml``), typed."""
    return load_language().words


_SCARE_WORDS = 4  # at most this many quoted words within a clause make a quoted phrase, not a quote


def _scare_quote(tokens: list[Token], i: int) -> bool:
    """Is quoted token ``i`` in a short quoted phrase within the sentence (unquoted words before it,
    at most ``_SCARE_WORDS`` quoted words in a row)?"""
    first, last = i, i
    while first > 0 and tokens[first - 1].quoted and i - first < _SCARE_WORDS:  # bounded: no long walks
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].quoted and last - first < _SCARE_WORDS:
        last += 1
    return first > 0 and not tokens[first - 1].quoted and last - first < _SCARE_WORDS


def split_clauses(text: str, start: int, end: int, tokens: list[Token] | None = None,
                  report_gap: int = 6) -> list[Clause]:
    """Clauses of the sentence ``text[start:end]`` (offsets into the whole text)."""
    tokens = tokenize(text, start, end) if tokens is None else tokens
    if not tokens:
        return []
    words = clause_words()
    cues = load_lexicon().cues
    cuts: list[tuple[int, str]] = [(0, "main")]
    aside = False  # inside ", who ... ," that interrupts a main clause
    leading = False  # the sentence opens with a subordinator: its first comma may end that clause
    has_verb = False  # the current clause already holds a verb cue
    quoted_verb = False  # ... or a verb in a few quoted words
    last_verb = -1  # the index of the last finite verb seen
    waiting = False  # a relative clause follows a subject without its verb: the main verb may end it
    own_subject = None  # where that subject starts when it is not the clause's first word
    relevant = words.markers
    for i, tok in enumerate(tokens):
        if tok.quoted and tok.lower in cues and not quoted_verb and _scare_quote(tokens, i):
            quoted_verb = is_finite_verb([*tokens[:i], tok._replace(quoted=False), *tokens[i + 1 :]], i, cues)
            # 'would have to "stop" its programme, a day after ...': a verb before a subordinator all the
            # same, no predicate (nor one before "and": 'Putin "appreciated" and thanked Kim' is one clause)
        if tok.quoted or (tok.lower not in relevant and tok.lower not in cues and not (waiting and cuts[-1][1] == "rel"
                                                                                 and op.verb_no_cue(tokens, i, words))):
            continue
        if tok.lower in words.subordinators and op.fixed_adverb(tokens, i, words):
            continue  # "start work at once": an adverb, no clause opens
        if i == 0:
            has_verb = is_finite_verb(tokens, 0, cues)
            leading = tok.lower in words.subordinators and not op.comparison(tokens, 0, words)
            # "As the picture cleared, X said ..."; not "As many as 40 people were hurt, ..."
            continue
        prev = tokens[i - 1].lower
        if len(cuts) == 1 and tok.lower in words.measured_subordinators and _measure_only(tokens, i, words):
            leading = True  # "Five days after the quake struck, ...": a measure, then the subordinator
            continue
        cut = None
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if (tok.lower in words.relative and tok.text == tok.lower and prev not in words.determiners
                and not (tok.lower in words.determiner_relatives and nxt in words.that_nouns)):
            # "said that X ... but that Y": the second "that" reports too
            joined = prev in words.conjunctions and cuts[-1][1] == "comp"
            cut = "comp" if joined or _after_reporting(tokens, i, cues, report_gap) or after_verb(
                tokens, i, cues, words) else "rel"
            if prev in words.prepositions and tok.lower not in words.determiner_relatives:
                cut = "rel"  # "showed them the pad from which he left": what follows a preposition relates
            if prev in words.purpose_openers and tok.lower in words.determiner_relatives:
                cut = "sub"  # "..., so that prices rose": an adverbial clause, its opener with it
            aside = cut == "rel" and (aside or prev == "," or _appositive_before(tokens, i, words, cues))
            subject = None if (cut != "rel" or aside or cuts[-1][1] not in _OPEN_SUBJECT or quoted_verb
                               or tok.lower in words.person_relatives) else op.open_subject(
                tokens, cuts[-1][0], i, cues, words)
            waiting = subject is not None
            own_subject = subject if waiting and subject > cuts[-1][0] else None  # ", and two buildings that ..."
        elif aside and tok.lower == "," and (verb_follows(tokens, i + 1, cues, 1) or (
                i + 1 < len(tokens) and tokens[i + 1].text in words.finite_auxiliaries) or (
                op.past_follows(tokens, i + 1) and len(cuts) > 1)):
            # (a verb no cue names ends it when the words before the aside name a happening: "The
            # toll from the quake, which ..., stood at 40"; else the aside's event would lose its subject)
            # "Saini, who became chief minister in March, was re-elected ...": the aside ends
            cut, aside = "cont", False
        elif aside and tok.lower == "," and len(cuts) == 2 and op.aside_ends_opening(tokens, i, cuts[1][0], cues,
                                                                                    words):
            # "In Ijaw, which has 9,000 voters, Dickson scored ...": the aside closes an opening
            # adverbial; the main clause starts after it
            cut, aside = "main", False
        elif leading and tok.lower == "," and not date_comma(tokens, i):  # "on Jan. 12, 1964, it was"
            leading = False  # only the first comma can end an opening clause, with the clauses within it
            if all(kind in _WITHIN for _, kind in cuts[1:]) and op.opening_clause(
                    tokens, i, cues, words, has_verb or last_verb >= 0):
                cuts[0] = (0, "sub")  # "As the smoke cleared, the mayor said ...": the main clause starts here
                cut = "main"
        elif waiting and cuts[-1][1] == "rel" and has_verb and op.main_verb_after(tokens, i, cuts[-1][0], cues, words):
            cut, waiting = "cont", False  # "Two buildings that suffered damage became ...": the main verb
            if own_subject is not None:  # "..., and two buildings that ... became": a clause of its own
                cuts.insert(len(cuts) - 1, (own_subject, "coord"))
        elif (tok.lower == ";" and not in_brackets(tokens, i)) or (tok.lower in words.coordinating and prev == ","
                                  and not _participle_follows(tokens, i)):
            cut = "main"
        elif (tok.lower in words.verb_coordinators and not op.joins_name(tokens, i, words)
              and not op.content_subject(tokens, last_verb, i, cues, words) and (
                (has_verb and cuts[-1][1] != "comp" and (verb_follows(tokens, i + 1, cues, 6) or (
                    prev == "," and op.subject_and_verb(tokens, i + 1, words) and not op.reported_after(tokens, i))))
                or (cuts[-1][1] == "comp" and prev == "," and op.report_follows(tokens, i + 1, cues))
                or (cuts[-1][1] != "comp" and prev == ","
                    and op.clause_after_and(tokens, cuts[-1][0], i, cues, words)))):
            cut = "coord"  # "... and May resigned"; "..., and she has been on bail since"; "said that A had
            # risen, and the bank warned ...": a new report ends the content
        elif (tok.lower in words.subordinators and tok.lower not in words.loose_subordinators
              and not op.comparison(tokens, i, words) and (
                ((has_verb or quoted_verb)
                 and verb_follows(tokens, i + 1, cues, 8 if _measured(tokens, i, words) else 4))
                or (has_verb and sub.clause_after_verb(tokens, cuts[-1][0], i, cuts[-1][1], words.verb_stops))
                or (sub.open_verb_before(tokens, cuts[-1][0], i, cuts[-1][1])  # "The shares slipped after the
                    and (verb_follows(tokens, i + 1, cues, 4) or sub.open_verb_after(tokens, i, words.verb_stops))))):
            # bank cut ...": a verb no cue names counts too (timeline/events/subclauses.py)
            cut = "sub"  # ", hours before President X was due to meet ...": a measure leaves more room
        if cut is not None or tok.lower in words.subordinators:
            if cut is not None:
                at = i + 1 if tok.lower == "," else i
                if cut == "rel" and i >= 2 and prev in words.prepositions and (
                        tokens[i - 2].lower == "," or tok.lower not in words.determiner_relatives):
                    at = i - 1  # ", of which 88 were shot down", "the pad from which he left": the
                    # preposition opens the clause
                if cut == "sub" and (prev in words.purpose_openers or sub.adverb_before(tokens, i)):
                    at = i - 1  # "so that", "even though": "so", "even" open the clause
                cuts.append((at, cut))
            has_verb = quoted_verb = False  # "..., when X and Y spoke": the verb must follow the subordinator
        elif is_finite_verb(tokens, i, cues) or passive_participle(tokens, i) or (
                waiting and op.past_follows(tokens, i)):  # a verb all the same
            has_verb, last_verb = True, i
    clauses: list[Clause] = []
    for n, (first, kind) in enumerate(cuts):
        stop = cuts[n + 1][0] if n + 1 < len(cuts) else len(tokens)
        if first >= stop:
            continue
        last = stop - 1
        while last > first and tokens[last].lower in {",", ";"}:
            last -= 1
        head = len(clauses) if kind in ("main", "coord", "sub") else _head(clauses)
        end = tokens[last].end + (tokens[last].quoted and text[tokens[last].end : tokens[last].end + 1] in '"”')
        clauses.append(Clause(kind, first, stop, tokens[first].start, end, head))  # its closing quote too
    return clauses


_PUNCTUATION = frozenset({",", ";", ":"})
_WITHIN = frozenset({"comp", "rel", "sub"})  # clauses within an opening clause: its comma still ends it
_OPEN_SUBJECT = frozenset({"main", "coord"})  # clauses whose subject a relative clause may follow before the verb


def _after_reporting(tokens: list[Token], i: int, cues: dict, gap: int) -> bool:
    """Is token ``i`` ("that") the start of what a reporting verb just before it reports?"""
    words = clause_words()
    past = words.past_endings
    i = before_interjection(tokens, i, words)  # "warned, however, that ...": "that" is the verb's
    for j in range(i - 1, max(-1, i - 2 - gap), -1):
        if is_finite_verb(tokens, j, cues):
            return cues[tokens[j].lower].reporting is not None
        if tokens[j].lower in _PUNCTUATION or tokens[j].lower.endswith(past):
            return False
    return False


def _appositive_before(tokens: list[Token], i: int, words: Words, cues: dict) -> bool:
    """"HTS, the Islamist group that led the offensive, launched ...": the relative clause sits in
    an appositive (a comma, then a determiner, perhaps after an adverb: "Holmes, once a star who
    ...", then no verb), so the next comma may end it."""
    for j in range(i - 1, max(-1, i - 9), -1):
        if tokens[j].lower == ",":
            k = j + 1
            if k + 1 < i and tokens[k].text.isalpha() and tokens[k].text.islower() and (
                    tokens[k + 1].lower in words.determiners) and tokens[k].lower not in words.conjunctions:
                k += 1  # ", once a star", ", now the largest ..." (not ", and a bridge that ...": a clause)
            return k < i and tokens[k].lower in words.determiners
        if is_finite_verb(tokens, j, cues):
            return False
    return False


def _measured(tokens: list[Token], i: int, words: Words) -> bool:
    """Does a measure of time after a comma come before token ``i`` (", hours before")?"""
    before = tokens[i - 2].lower if i >= 2 else ""
    return (i >= 2 and tokens[i - 1].lower in words.measures
            and (before == "," or before in words.indefinite_articles or before in words.measures))


def _measure_only(tokens: list[Token], i: int, words: Words) -> bool:
    """Do the tokens before ``i`` only measure time ("Five days", "About two hours", "Hours")?"""
    return all(t.lower in words.measures or t.text.isdigit() or t.lower in words.indefinite_articles
               or t.lower in words.approximations for t in tokens[:i])


def _participle_follows(tokens: list[Token], i: int) -> bool:
    """", while referring to ..." continues the clause before it rather than opening one."""
    return i + 1 < len(tokens) and tokens[i + 1].lower.endswith(clause_words().participle_endings)


def _head(clauses: list[Clause]) -> int:
    for n in range(len(clauses) - 1, -1, -1):
        if clauses[n].kind in ("main", "coord", "sub"):
            return n
    return 0
