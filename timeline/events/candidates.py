"""From the clauses of one sentence to event candidates: predicate, reporter, span, status.

A candidate is a main clause with the clauses that report what it says (``comp``); a relative
clause with an event cue of its own is a candidate of its own. Dates and actors are added later
(:mod:`timeline.events.build`), so this step knows only words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline.events.clauses import (
    Clause,
    Token,
    clause_words,
    is_finite_verb,
    passive_participle,
    split_clauses,
    tokenize,
)
from timeline.events.cues import has_verb_cue, is_noun_use, typed_by_noun, without_compound_nouns
from timeline.events.lexicon import Cue, load_lexicon
from timeline.events.openverbs import load_open_verbs, open_found
from timeline.events.status import status_of
from timeline.events.subjects import (
    finite_auxiliary,
    noun_phrase_before,
    opens_with_past,
    opens_with_verb,
    restrictive_who,
    share_subject,
    subject_start,
)
from timeline.events.verbforms import noun_after_preposition
from timeline.settings import DEFAULT_SETTINGS, Settings

__all__ = ["Candidate", "sentence_candidates"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One event a sentence may report, before it is dated: the clauses it covers, its predicate
    (the cue word) with its cue, who reports it and with which verb, and its status from words.

    Offsets only: the summary and the attribution are read from the text when the event is built.
    """

    start: int  # character span the event covers (its clauses)
    end: int
    subject_start: int  # where the readable summary begins
    predicate: Token
    cue: Cue
    report: Token | None  # the reporting verb, when the predicate is reported content
    report_cue: Cue | None
    status: str
    clauses: tuple[Clause, ...]
    antecedent: tuple[int, int] | None  # object relative clauses: the noun phrase they modify
    predicate_clause: Clause
    borrowed_subject: tuple[int, int] | None = None  # "who moved ...", "... and announced ..."
    report_start: int = -1  # where the attribution begins: "Moscow said", "..., officials said"


def sentence_candidates(text: str, start: int, end: int,
                        settings: Settings = DEFAULT_SETTINGS) -> list[Candidate]:
    """The event candidates of the sentence ``text[start:end]`` (offsets into the whole text).

    A main clause takes with it the clauses that report what it says; a relative clause with a
    verb cue of its own is a candidate of its own; a coordinated verb shares the subject before.

    >>> text = "Moscow said that its troops reclaimed the region that rebels seized last year."
    >>> [(c.predicate.text, c.status) for c in sentence_candidates(text, 0, len(text))]
    [('reclaimed', 'claimed'), ('seized', 'asserted')]
    """
    tokens = tokenize(text, start, end)
    clauses = split_clauses(text, start, end, tokens, settings.report_gap)
    groups: list[list[Clause]] = []
    current = main = -1  # the group the last clause joined; the group of the last main clause
    for clause in clauses:
        if clause.kind == "comp" and groups:
            groups[current].append(clause)
        elif clause.kind == "cont" and main >= 0:
            groups[main].append(clause)
            current = main
        elif clause.kind == "rel" and groups and (not has_verb_cue(tokens, clause)
                                                  or restrictive_who(tokens, clause)):
            groups[current].append(clause)  # "people who said ... decried": one description
        else:
            groups.append([clause])
            current = len(groups) - 1
            if clause.kind in ("main", "coord", "sub"):
                main = current
    result: list[Candidate] = []
    previous_main: Candidate | None = None
    for group in groups:
        candidate = _candidate(text, tokens, group, settings.status_window, settings.open_verbs)
        if candidate is None:
            continue
        head = group[0]
        shares = head.kind == "coord" or (  # "..., but failed to agree": "but" after a comma
            head.kind == "main" and head.first > 0 and tokens[head.first].lower in clause_words().contrast_openers)
        if shares and candidate.borrowed_subject is None and previous_main:
            if head.kind == "coord" and (opens_with_verb(tokens, head, skip=1) or opens_with_past(tokens, head)):
                # "... expelled the troops and turned to Russia": "turned" is no cue, still a verb
                candidate = share_subject(text, tokens, candidate, previous_main)
            elif head.kind == "main" and (opens_with_verb(tokens, head, skip=1) or opens_with_past(tokens, head)):
                # "X agreed to ..., but failed to ...": the subject of the main verb, reporter or not
                main_verb = previous_main if previous_main.report is None else replace(
                    previous_main, report=None, predicate=previous_main.report,
                    cue=previous_main.report_cue or previous_main.cue)
                candidate = share_subject(text, tokens, candidate, main_verb)
        if group[0].kind in ("main", "coord", "sub"):
            previous_main = candidate
        result.append(candidate)
    return result


def _candidate(text: str, tokens: list[Token], group: list[Clause], window: int,
               open_verbs: bool = False) -> Candidate | None:
    lex = load_lexicon()
    found: list[tuple[int, Cue, Clause]] = []
    for clause in group:
        for i in range(clause.first, clause.stop):
            tok = tokens[i]
            cue = lex.cues.get(tok.lower)
            if cue is not None and not tok.quoted and not is_noun_use(tokens, i, cue):
                if cue.reporting and i + 1 < len(tokens) and \
                        tokens[i + 1].lower in clause_words().not_reporting_before:
                    cue = replace(cue, reporting=None)  # "spoke with": a meeting, not a report
                elif cue.reporting and i + 1 < len(tokens) and \
                        f"{cue.lemma} {tokens[i + 1].lower}" in clause_words().not_reporting_phrases:
                    # "must report to prison": a happening whose type comes from its clause or article
                    cue = replace(cue, reporting=None, event_type=min(clause_words().not_reporting_types))
                found.append((i, cue, clause))
    if open_verbs and found:
        found = _own_open_verb(tokens, group, found)
    if open_verbs and not found:  # no cue at all: a verb no list names ("The oath was administered")
        found = open_found(tokens, group)
    if not found:
        return None
    head = group[0]
    report = next((f for f in found if f[1].reporting  # the group's own relative clause may report:
                   and (f[2].kind not in ("comp", "rel") or f[2] is head)  # "who claims to have won"
                   and is_finite_verb(tokens, f[0], lex.cues)), None)
    content = [f for f in found if not f[1].reporting]
    verbs = without_compound_nouns(tokens, [f for f in content if f[1].pos == "verb"])
    finite = [f for f in verbs if not passive_participle(tokens, f[0])]
    if finite:  # "the number of people killed by floods has risen": "risen", not "killed"
        verbs = finite
    before = [f for f in verbs if report is None or f[0] < report[0]]
    after = [f for f in verbs if report is not None and f[0] > report[0]]
    postposed = report is not None and _postposed(tokens, head, report[0])
    if before and before[0][2].kind not in ("comp", "rel"):
        # "The talks will resume next week, officials said": the reporter comes after
        chosen, reporter = before[0], (report if postposed is not None else None)
    elif after:
        chosen, reporter = after[0], report
    elif report is not None:
        chosen, reporter = report, None
    elif verbs:  # the main clause's own verb before one in a relative clause inside it
        chosen = next((f for f in verbs if f[2].kind not in ("rel", "comp")), verbs[0])
        reporter = None
    else:
        chosen, reporter = content[0] if content else found[0], None
    index, cue, clause = chosen
    if cue.pos == "verb" and cue.lemma in lex.open_verbs:
        cue = typed_by_noun(tokens, clause, index, cue)
    status = status_of(tokens, group, index, cue, reporter, window)
    if reporter is not None and postposed is not None and index < reporter[0] and status != "planned":
        status = reporter[1].reporting or "claimed"
    words = clause_words()
    verb = chosen[0] if reporter is None or postposed is not None else reporter[0]
    subject = subject_start(tokens, head, verb if cue.pos == "verb" else head.first, words)
    if head.kind == "main" and any(c.kind == "cont" for c in group) and verb >= head.stop and subject > tokens[
            head.first].start and tokens[head.first].text[:1].isupper():
        # "Holmes, once a star who ..., must report ...": the verb after the aside has the subject
        # before it, not the words after a subordinator inside the aside
        subject = tokens[head.first].start
    if head.kind == "main" and reporter is None and _adjunct_participle(tokens, head, index):
        # "The court gave ... before it, warning that ...": the subject of the clause's verb
        finite = next((j for j in range(head.first, index) if is_finite_verb(tokens, j, lex.cues)
                       or tokens[j].text in words.finite_auxiliaries), None)
        subject = tokens[head.first].start if finite is None else subject_start(tokens, head, finite, words)
    antecedent = borrowed = None
    if head.kind == "rel" and head.first > 0 and tokens[head.first].lower not in words.place_relatives:
        # ("Bangkok, where a building collapsed": the place is neither subject nor object)
        noun = noun_phrase_before(tokens, head.first, words)
        if (opens_with_verb(tokens, head, skip=1) or finite_auxiliary(tokens, _past_adverbs(tokens, head), head)
                or _verb_after_relative(tokens, head)):
            # "Eduardo Bolsonaro, who moved ..." -> "Eduardo Bolsonaro moved ..."; "a ruling that
            # could see him released" -> "a ruling could see him released"
            borrowed = noun
        else:
            antecedent = noun  # "the region that rebels seized" -> "rebels seized the region"
    if head.kind in ("rel", "coord", "sub"):  # skip "who", "that", "and", "after", "of which"
        skip = 2 if head.kind == "rel" and tokens[head.first].lower in words.prepositions else 1
        if head.kind == "sub" and tokens[head.first].lower in words.purpose_openers:
            skip = 2  # "so that prices rose": past "so that"
        elif head.kind == "sub":  # "Five days after the quake struck": past the measure and "after"
            skip = 1 + next((k for k in range(head.first, head.stop) if tokens[k].lower in words.subordinators),
                            head.first) - head.first
        subject = tokens[min(head.first + skip, head.stop - 1)].start
    return Candidate(
        start=group[0].start,
        end=max(c.end for c in group),
        subject_start=subject,
        predicate=tokens[index],
        cue=cue,
        report=tokens[reporter[0]] if reporter else None,
        report_start=(tokens[postposed].start if reporter and postposed is not None and index < reporter[0]
                      else subject),
        report_cue=reporter[1] if reporter else None,
        status=status,
        clauses=tuple(group),
        antecedent=antecedent,
        predicate_clause=clause,
        borrowed_subject=borrowed,
    )


def _own_open_verb(tokens: list[Token], group: list[Clause], found: list) -> list:
    """``found`` with the open verb of the group's first clause put first when the cues found come
    after it only as the object of a preposition ("The dam opened on Tuesday after ten years of
    *building* work"): the clause's own verb is its main happening. (After a subordinator that
    opened no clause, "X conducted the band while flags were *released*", it was tried too: the
    subordinate clause's event was lost, "The striker scored twice after the visitors attacked".)"""
    first = min(f[0] for f in found)
    if not all(_gerund_object(tokens, f[0]) or noun_after_preposition(tokens, f[0]) for f in found):
        return found
    own = next((f for f in open_found(tokens, group[:1]) if f[0] < first), None)
    return found if own is None else [own, *found]


def _gerund_object(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` an -ing form right after a preposition ("of building", "after fighting")?"""
    words = clause_words()
    return (i > 0 and tokens[i].lower.endswith(words.participle_endings)
            and tokens[i - 1].lower in words.prepositions and tokens[i - 1].lower not in words.infinitive_markers)


def _past_adverbs(tokens: list[Token], clause: Clause) -> int:
    """The index of the first word after a relative word and the adverbs that may follow it
    ("which *still* has to be ratified": "has")."""
    words = clause_words()
    at = clause.first + 1
    while (at < clause.stop - 1 and tokens[at].text in words.auxiliaries
           and tokens[at].text not in words.finite_auxiliaries):
        at += 1
    return at


def _adjunct_participle(tokens: list[Token], clause: Clause, index: int) -> bool:
    """Is the predicate at ``index`` a participle after a comma ("..., warning that ...",
    "..., killing 12 people")? It shares the subject of its clause."""
    return (clause.first < index - 1 and tokens[index - 1].lower == ","
            and tokens[index].lower.endswith(clause_words().participle_endings))


def _postposed(tokens: list[Token], clause: Clause, report: int) -> int | None:
    """For "..., officials said", the index where the reporter begins (after the comma)."""
    cues = load_lexicon().cues
    for j in range(report - 1, max(clause.first, report - 7) - 1, -1):
        if tokens[j].lower == "," and not tokens[j].quoted:
            return j + 1 if j + 1 < report else None
        if is_finite_verb(tokens, j, cues) or tokens[j].quoted:
            return None
    return None


def _verb_after_relative(tokens: list[Token], clause: Clause) -> bool:
    """"Rousseff, who made a visit": a relative clause whose next word is its verb (a past form,
    an irregular one of ``openverbs.toml`` too: "a festival, which came to a close", or any word
    after "who" but a determiner or a pronoun) refers to its subject, not its object."""
    words = clause_words()
    at = clause.first + 1
    if at >= clause.stop:
        return False
    nxt = tokens[at]
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.lower in words.determiners \
            or nxt.lower in words.subject_pronouns:
        return False
    return (nxt.lower.endswith(words.past_endings) or nxt.lower in load_open_verbs().irregular  # "which came"
            or tokens[clause.first].lower in words.person_relatives)

