"""From the clauses of one sentence to event candidates: predicate, reporter, span, status.

A candidate is a main clause with the clauses that report what it says (``comp``); a relative
clause with an event cue of its own is a candidate of its own. Dates and actors are added later
(:mod:`timeline.events.build`), so this step knows only words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline.events.clauses import Clause, Token, clause_words, is_finite_verb, split_clauses, tokenize
from timeline.events.language import Words
from timeline.events.lexicon import Cue, load_lexicon
from timeline.settings import DEFAULT_SETTINGS, Settings

__all__ = ["Candidate", "sentence_candidates"]



@dataclass(frozen=True, slots=True)
class Candidate:
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
        elif clause.kind == "rel" and groups and (not _has_verb_cue(tokens, clause)
                                                  or _restrictive_who(tokens, clause)):
            groups[current].append(clause)  # "people who said ... decried": one description
        else:
            groups.append([clause])
            current = len(groups) - 1
            if clause.kind in ("main", "coord", "sub"):
                main = current
    result: list[Candidate] = []
    previous_main: Candidate | None = None
    for group in groups:
        candidate = _candidate(text, tokens, group, settings.status_window)
        if candidate is None:
            continue
        head = group[0]
        shares = head.kind == "coord" or (  # "..., but failed to agree": "but" after a comma
            head.kind == "main" and head.first > 0 and tokens[head.first].lower in clause_words().contrast_openers)
        if shares and candidate.borrowed_subject is None and previous_main:
            nxt = tokens[head.first + 1] if head.first + 1 < head.stop else None
            if head.kind == "coord" and _opens_with_verb(tokens, head, skip=1):
                candidate = _share_subject(text, tokens, candidate, previous_main)
            elif head.kind == "main" and (_opens_with_verb(tokens, head, skip=1) or (
                    nxt is not None and nxt.text.islower() and nxt.text.endswith(clause_words().past_endings))):
                # "X agreed to ..., but failed to ...": the subject of the main verb, reporter or not
                main_verb = previous_main if previous_main.report is None else replace(
                    previous_main, report=None, predicate=previous_main.report,
                    cue=previous_main.report_cue or previous_main.cue)
                candidate = _share_subject(text, tokens, candidate, main_verb)
        if group[0].kind in ("main", "coord", "sub"):
            previous_main = candidate
        result.append(candidate)
    return result


def _share_subject(text: str, tokens: list[Token], candidate: Candidate, previous: Candidate) -> Candidate:
    """"... and announced ...": the subject (and reporter) of the clause before.

    "Brawner said Chinese personnel boarded two boats and seized eight rifles": the second
    verb's subject is "Chinese personnel", and Brawner still reports it.
    """
    verb = previous.predicate
    if previous.cue.pos != "verb":  # "A missile strike on Sunday killed ...": the verb, not "strike"
        cues = load_lexicon().cues
        at = next((i for i, t in enumerate(tokens) if t.start == verb.start), None)
        finite = next((tokens[j] for j in range(at + 1, len(tokens)) if at is not None
                       and tokens[j].start < previous.end and is_finite_verb(tokens, j, cues)), None)
        verb = finite or verb
    if previous.report is not None and previous.report.end <= verb.start:
        start = previous.report.end  # the content's own subject, after "X said" (and its date)
        skip = clause_words().date_words
        rest = [t for t in tokens if start <= t.start < verb.start]
        while len(rest) > 1 and (rest[0].lower in skip or rest[0].text.isdigit() or rest[0].lower == ","):
            rest = rest[1:]
        start = rest[0].start if rest else start
        candidate = replace(candidate, report=previous.report, report_cue=previous.report_cue,
                            report_start=previous.report_start,
                            status=candidate.status if candidate.status != "asserted" else previous.status)
    else:
        start = previous.subject_start
    words = clause_words()
    end = verb.start
    before = [t for t in tokens if start <= t.start and t.end <= end]
    for k in range(len(before) - 1):  # "Trump, who has called for ..., visited": "Trump";
        # "HTS, the group that led the offensive, launched ... and captured": "HTS"
        if before[k].lower == "," and (before[k + 1].lower in words.relative
                                       or before[k + 1].lower in words.determiners):
            end, before = before[k].start, before[:k]
            break
    while before and (before[-1].text in words.auxiliaries or before[-1].lower.endswith(words.adverb_endings)):
        end = before.pop().start  # "The Fed will meet ... and is expected": not "The Fed will"
    if not text[start:end].strip(" ,"):
        return candidate
    return replace(candidate, borrowed_subject=(start, end))


def _finite_auxiliary(tokens: list[Token], i: int, clause: Clause) -> bool:
    """Is token ``i`` (in ``clause``) a finite auxiliary or modal ("could", "has", "was")?"""
    return i < clause.stop and tokens[i].text in clause_words().finite_auxiliaries


def _noun_compound(tokens: list[Token], i: int, clause: Clause, cues: dict) -> bool:
    """"and aid groups warning ...", "and strike teams moved ...": a bare verb form followed by a
    word and then a verb is the first word of a noun (the clause's own subject)."""
    word, cue = tokens[i].lower, cues.get(tokens[i].lower)
    if cue is None or word != cue.lemma or i + 2 >= clause.stop:
        return False
    nxt, after = tokens[i + 1], tokens[i + 2]
    return (nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in clause_words().determiners
            and (after.lower.endswith(clause_words().participle_endings) or is_finite_verb(tokens, i + 2, cues)))


def _opens_with_verb(tokens: list[Token], clause: Clause, skip: int) -> bool:
    """Does the clause, after ``skip`` words ("and", "who"), start with its verb?

    "who moved", "that is investigating", "and was later released": auxiliaries and adverbs
    may come first.
    """
    words = clause_words()
    cues = load_lexicon().cues
    for i in range(clause.first + skip, min(clause.stop, clause.first + skip + 5)):
        if is_finite_verb(tokens, i, cues):
            return not _noun_compound(tokens, i, clause, cues)
        if tokens[i].text not in words.auxiliaries and not tokens[i].lower.endswith(words.adverb_endings):
            return (i > clause.first + skip and tokens[i].lower in cues
                    and cues[tokens[i].lower].pos == "verb")
    return False


def _restrictive_who(tokens: list[Token], clause: Clause) -> bool:
    """"the leaders who led the protests have moved": a "who" clause without a comma names
    its noun and does not end where a parser without grammar could tell; it stays in its clause."""
    return (tokens[clause.first].lower in clause_words().person_relatives and clause.first > 0
            and tokens[clause.first - 1].lower != ",")


def _has_verb_cue(tokens: list[Token], clause: Clause) -> bool:
    cues = load_lexicon().cues
    return any(
        not t.quoted and (c := cues.get(t.lower)) is not None and c.pos == "verb"
        for t in tokens[clause.first : clause.stop]
    )


def _candidate(text: str, tokens: list[Token], group: list[Clause], window: int) -> Candidate | None:
    lex = load_lexicon()
    found: list[tuple[int, Cue, Clause]] = []
    for clause in group:
        for i in range(clause.first, clause.stop):
            tok = tokens[i]
            cue = lex.cues.get(tok.lower)
            if cue is not None and not tok.quoted and not _is_noun_use(tokens, i, cue):
                if cue.reporting and i + 1 < len(tokens) and \
                        tokens[i + 1].lower in clause_words().not_reporting_before:
                    cue = replace(cue, reporting=None)  # "spoke with": a meeting, not a report
                found.append((i, cue, clause))
    if not found:
        return None
    head = group[0]
    report = next((f for f in found if f[1].reporting  # the group's own relative clause may report:
                   and (f[2].kind not in ("comp", "rel") or f[2] is head)  # "who claims to have won"
                   and is_finite_verb(tokens, f[0], lex.cues)), None)
    content = [f for f in found if not f[1].reporting]
    verbs = _without_compound_nouns(tokens, [f for f in content if f[1].pos == "verb"])
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
    elif verbs:
        chosen, reporter = verbs[0], None
    else:
        chosen, reporter = content[0] if content else found[0], None
    index, cue, clause = chosen
    if cue.pos == "verb" and cue.lemma in lex.open_verbs:
        cue = _typed_by_noun(tokens, clause, index, cue)
    status = _status(tokens, group, index, cue, reporter, window)
    if reporter is not None and postposed is not None and index < reporter[0] and status != "planned":
        status = reporter[1].reporting or "claimed"
    words = clause_words()
    verb = chosen[0] if reporter is None or postposed is not None else reporter[0]
    subject = _subject_start(tokens, head, verb if cue.pos == "verb" else head.first, words)
    antecedent = borrowed = None
    if head.kind == "rel" and head.first > 0 and tokens[head.first].lower not in words.place_relatives:
        # ("Bangkok, where a building collapsed": the place is neither subject nor object)
        noun = _noun_phrase_before(tokens, head.first, words)
        if _opens_with_verb(tokens, head, skip=1) or _finite_auxiliary(tokens, head.first + 1, head):
            # "Eduardo Bolsonaro, who moved ..." -> "Eduardo Bolsonaro moved ..."; "a ruling that
            # could see him released" -> "a ruling could see him released"
            borrowed = noun
        else:
            antecedent = noun  # "the region that rebels seized" -> "rebels seized the region"
    if head.kind in ("rel", "coord", "sub"):  # skip "who", "that", "and", "after", "of which"
        skip = 2 if head.kind == "rel" and tokens[head.first].lower in words.prepositions else 1
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


def _without_compound_nouns(tokens: list[Token], verbs: list) -> list:
    """"A missile strike on Sunday killed three": a bare verb form ("strike", "attack") followed in
    its clause by an inflected verb ("killed") is a noun there."""
    words = clause_words()
    out = []
    for n, (i, cue, clause) in enumerate(verbs):
        bare = (tokens[i].lower == cue.lemma and i > clause.first
                and tokens[i - 1].text not in words.auxiliaries
                and tokens[i - 1].lower not in words.infinitive_markers)
        if bare and any(c is clause and _past_form(tokens[j].lower, c2.lemma)
                        for j, c2, c in verbs[n + 1:]):
            continue
        out.append((i, cue, clause))
    return out


def _past_form(word: str, lemma: str) -> bool:
    """"killed", "struck", "fought": not the lemma, not "-s" or "-ing"."""
    return word != lemma and not word.endswith(clause_words().not_past_endings)


_NOUN_REACH = 6  # tokens either side of an open verb where its noun is looked for


def _typed_by_noun(tokens: list[Token], clause: Clause, index: int, cue: Cue) -> Cue:
    """An open verb ("erupted", "struck", "began") takes the type of the nearest noun cue of its
    clause: "Protests erupted" is a protest, "An earthquake struck" a disaster."""
    nouns = load_lexicon().noun_types
    best: tuple[int, str] | None = None
    for i in range(max(clause.first, index - _NOUN_REACH), min(clause.stop, index + _NOUN_REACH + 1)):
        found = nouns.get(tokens[i].lower)
        if (i != index and found is not None and not tokens[i].quoted
                and (best is None or abs(i - index) < best[0])):
            best = (abs(i - index), found)
    return replace(cue, event_type=best[1]) if best is not None else cue


def _postposed(tokens: list[Token], clause: Clause, report: int) -> int | None:
    """For "..., officials said", the index where the reporter begins (after the comma)."""
    cues = load_lexicon().cues
    for j in range(report - 1, max(clause.first, report - 7) - 1, -1):
        if tokens[j].lower == "," and not tokens[j].quoted:
            return j + 1 if j + 1 < report else None
        if is_finite_verb(tokens, j, cues) or tokens[j].quoted:
            return None
    return None


def _is_noun_use(tokens: list[Token], i: int, cue: Cue) -> bool:
    """A cue word that is not a verb here: "the support of", "its strike", "State news agency".

    Capitalised words are names ("Strike Force", "State Department"), except an -ing form
    opening the sentence ("Speaking on Monday, ...").
    """
    word = tokens[i].text
    if word[0].isupper() and not (i == 0 and word.endswith(clause_words().participle_endings)):
        return True
    if cue.pos != "verb" or i == 0:
        return False
    return tokens[i - 1].lower in clause_words().noun_markers


def _status(tokens: list[Token], group: list[Clause], index: int, cue: Cue,
            reporter: tuple[int, Cue, Clause] | None, near: int) -> str:
    lex = load_lexicon()
    window = [t.lower for t in tokens[max(group[0].first, index - near) : index]]
    if any(w in lex.negation for w in window):
        return "denied"
    if any(w in lex.planned for w in window) or (
            window[-1:] and window[-1] in clause_words().infinitive_markers
            and window[-2:-1] and window[-2] in clause_words().planned_before_to):
        return "planned"  # "will release", "Hamas is to release"
    if cue.reporting == "denied":
        return "denied"
    if reporter is not None:
        return reporter[1].reporting or "claimed"
    span = [t.lower for c in group for t in tokens[c.first : c.stop]]
    hedge = next((lex.hedges[w] for w in span if w in lex.hedges), None)
    return hedge or "asserted"


def _subject_start(tokens: list[Token], clause: Clause, verb: int, words: Words) -> int:
    first = clause.first
    if clause.kind == "main":
        for _ in range(2):  # "Earlier on Saturday, ...", "But until Monday, ..."
            if tokens[first].lower not in words.leading_adverbials:
                break
            comma = next((k for k in range(first, min(verb, first + 6)) if tokens[k].lower == ","),
                         None)
            if comma is None:
                break
            first = comma + 1
    # back from the verb to a subordinator ("after X said"), within the clause itself: a verb
    # resumed after an aside ("Beijing, which claims the island as its own, called ...") keeps
    # the subject before the aside
    for j in range(min(verb, clause.stop) - 1, first - 1, -1):
        if (tokens[j].lower in words.subordinators and not tokens[j].quoted
                and not (j > 0 and tokens[j - 1].text in words.auxiliaries)):  # "has since killed"
            first = j + 1
            break
    return tokens[min(first, verb)].start


def _noun_phrase_before(tokens: list[Token], i: int, words: Words) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``i`` refers to: "the region", "Eduardo Bolsonaro"."""
    end = i - 1
    if end >= 0 and tokens[end].lower == ",":
        end -= 1
    if end < 0:
        return None
    if tokens[end].text[:1].isupper():  # a name: its capitalised words (with "of", "de", ...)
        j = end
        while j - 1 >= 0 and end - j < 8 and (tokens[j - 1].text[:1].isupper()
                                              or tokens[j - 1].lower in words.name_joiners):
            j -= 1
        while tokens[j].lower in words.name_joiners:
            j += 1
        return tokens[j].start, tokens[end].end
    j = end
    while j >= 0 and end - j <= 5:
        if tokens[j].lower in words.determiners or tokens[j].lower in words.np_openers:
            return tokens[j].start, tokens[end].end
        if not tokens[j].text[0].isalnum() and tokens[j].lower not in words.possessive_endings:
            return None  # "last November's election": the possessive stays inside
        j -= 1
    return None
