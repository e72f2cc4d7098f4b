"""Where the subject of an event begins, and the subject a clause borrows from the one before.

"Earlier on Saturday, Moscow said ...": the subject starts after the leading adverbial; "...
and announced ...": a coordinated verb shares the subject (and reporter) of the clause before;
"Eduardo Bolsonaro, who moved ...": a relative clause names the noun phrase it refers to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.events.clauses import Clause, Token, clause_words, is_finite_verb
from timeline.events.language import Words
from timeline.events.lexicon import load_lexicon
from timeline.events.verbforms import passive_participle, past_form

if TYPE_CHECKING:
    from timeline.events.candidates import Candidate

_DATE_PHRASE = 3  # words of a date phrase between "and" and its verb ("in early 2019")

__all__ = ["finite_auxiliary", "noun_phrase_before", "opens_with_past", "opens_with_verb", "restrictive_who",
           "share_subject", "subject_start"]


def share_subject(text: str, tokens: list[Token], candidate: Candidate, previous: Candidate) -> Candidate:
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
    if before and (verb_at := _chain_start(before, words)):
        end, before = before[verb_at].start, before[:verb_at]  # "X failed to win ... and said": "X"
    while before and (before[-1].text in words.auxiliaries or before[-1].lower.endswith(words.adverb_endings)):
        end = before.pop().start  # "The Fed will meet ... and is expected": not "The Fed will"
    if not text[start:end].strip(" ,"):
        return candidate
    return replace(candidate, borrowed_subject=(start, end))


def _chain_start(before: list[Token], words: Words) -> int | None:
    """Where the verb chain of a borrowed subject begins when the verb it was borrowed from is an
    infinitive ("Their leader failed to [win]", "The exams were due to [begin]", "He declined to
    [say]"): the first finite auxiliary or past form after a word of the subject, not a participle
    before a preposition ("the man accused of fraud"); None when there is none."""
    lexicon = load_lexicon()
    for k in range(1, len(before) - 1):
        token, nxt = before[k], before[k + 1]
        if not (token.text.isalpha() and token.text.islower()) or before[k - 1].lower in words.determiners:
            continue
        if token.text in words.finite_auxiliaries:
            return k
        if (past_form(token.lower) or token.lower in lexicon.past_forms) and not (
                nxt.lower in words.prepositions and nxt.lower not in words.infinitive_markers) and not (
                passive_participle(before, k)):  # "a court set up by the government
            return k
    return None


_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a year after "since", "after", "until" makes them prepositions


def subject_start(tokens: list[Token], clause: Clause, verb: int, words: Words) -> int:
    """Where the subject of ``verb`` begins in ``clause``: after a leading adverbial ("Earlier on
    Saturday, ...") and after a subordinator before the verb ("after X said")."""
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
    comma = None  # "weeks before the elections, the party replaced ...": the phrase ends at a comma
    for j in range(min(verb, clause.stop) - 1, first - 1, -1):
        if tokens[j].lower == "," and not tokens[j].quoted:
            comma = j  # the first comma after the subordinator: "after kick-off, X, the scorer, put"
        if (tokens[j].lower in words.subordinators and not tokens[j].quoted
                and not (j > 0 and tokens[j - 1].text in words.auxiliaries)  # "has since killed"
                and not (comma is None and _preposition_as(tokens, first, j, words))):
            if j > first and tokens[j - 1].lower == "," and comma is not None and comma + 1 < verb:
                break  # "Jon Berg, once a party star, was jailed": an aside; the subject is before it
            if _aside_of_subject(tokens, first, j, verb, words):
                break  # "Jan Novak, also known as Honza, was jailed": the subordinator is inside an aside
            if j + 1 < verb and _YEAR.fullmatch(tokens[j + 1].text):
                break  # "Since 2020 the army has seized ...": a preposition of time, kept with its year
            if comma is not None and _participle_aside(tokens, comma, verb, words):
                return tokens[min(j + 1, verb)].start  # "while the balloons, set out along ..., were released"
            first = j + 1 if comma is None or comma + 1 >= verb or verb >= clause.stop else comma + 1
            break
    return tokens[min(first, verb)].start


def _preposition_as(tokens: list[Token], first: int, j: int, words: Words) -> bool:
    """"Bad loans as a share of all loans eased", "Storm Kira made landfall as a Category 2 storm":
    a loose subordinator before an indefinite article, after no adverb and no verb a cue names, no
    auxiliary and no regular past form, is a preposition."""
    cues = load_lexicon().cues
    return (first < j < len(tokens) - 1 and tokens[j].lower in words.loose_subordinators
            and tokens[j + 1].lower in words.indefinite_articles
            and not tokens[j - 1].lower.endswith(words.adverb_endings)  # "only when a driver saw"
            and not any((k > first and is_finite_verb(tokens, k, cues)) or tokens[k].text in words.auxiliaries
                        or tokens[k].lower.endswith(words.past_endings) for k in range(first, j)))


def noun_phrase_before(tokens: list[Token], i: int, words: Words) -> tuple[int, int] | None:
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
    if tokens[end].lower in words.particles:
        return None  # "The council pointed out that ...": a verb's clause, no noun phrase
    j = end
    while j >= 0 and end - j <= 5:
        if tokens[j].text in words.finite_auxiliaries:
            return None  # "The rebels are demanding that ..."
        if tokens[j].lower in words.determiners or tokens[j].lower in words.np_openers:
            return tokens[j].start, tokens[end].end
        if not tokens[j].text[0].isalnum() and tokens[j].lower not in words.possessive_endings:
            return None  # "last November's election": the possessive stays inside
        j -= 1
    return None


def opens_with_verb(tokens: list[Token], clause: Clause, skip: int) -> bool:
    """Does the clause, after ``skip`` words ("and", "who"), start with its verb?

    "who moved", "that is investigating", "and was later released": auxiliaries and adverbs
    may come first.
    """
    words = clause_words()
    cues = load_lexicon().cues
    dated = 0  # "and in 2019 ran ...": a date phrase may come before the verb
    for i in range(clause.first + skip, min(clause.stop, clause.first + skip + 5 + _DATE_PHRASE)):
        if is_finite_verb(tokens, i, cues):
            return not _noun_compound(tokens, i, clause, cues)
        if ((tokens[i].lower in words.date_words or tokens[i].text.isdigit()) and dated < _DATE_PHRASE
                and (dated or tokens[i].text.islower())):  # "and May announced": a name, no date
            dated += 1
            continue
        if i >= clause.first + skip + 5 + dated:
            break
        if tokens[i].text not in words.auxiliaries and not tokens[i].lower.endswith(words.adverb_endings):
            return (i > clause.first + skip and tokens[i].lower in cues
                    and cues[tokens[i].lower].pos == "verb")
    return False


def opens_with_past(tokens: list[Token], clause: Clause) -> bool:
    """Does the clause, after its first word ("and"), open with a past form, a verb though no cue
    may name it ("and turned to Russia"), and not the first word of its own subject ("and displaced
    families are sheltering")?"""
    i = clause.first + 1
    return (i < clause.stop and tokens[i].text.islower() and tokens[i].text.endswith(clause_words().past_endings)
            and not _noun_compound(tokens, i, clause, load_lexicon().cues))


def _noun_compound(tokens: list[Token], i: int, clause: Clause, cues: dict) -> bool:
    """"and aid groups warning ...", "and strike teams moved ...": a bare verb form followed by a
    word and then a verb is the first word of a noun (the clause's own subject); so is a past form
    followed by a word and a finite auxiliary ("and displaced families are sheltering ...")."""
    word, cue = tokens[i].lower, cues.get(tokens[i].lower)
    if cue is None or i + 2 >= clause.stop:
        return False
    nxt, after = tokens[i + 1], tokens[i + 2]
    if not (nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in clause_words().determiners):
        return False
    if word != cue.lemma:
        return word.endswith(clause_words().past_endings) and after.text in clause_words().finite_auxiliaries
    return after.lower.endswith(clause_words().participle_endings) or is_finite_verb(tokens, i + 2, cues)


def finite_auxiliary(tokens: list[Token], i: int, clause: Clause) -> bool:
    """Is token ``i`` (in ``clause``) a finite auxiliary or modal ("could", "has", "was")?"""
    return i < clause.stop and tokens[i].text in clause_words().finite_auxiliaries


def restrictive_who(tokens: list[Token], clause: Clause) -> bool:
    """"the leaders who led the protests have moved": a "who" clause without a comma names
    its noun and does not end where a parser without grammar could tell; it stays in its clause."""
    return (tokens[clause.first].lower in clause_words().person_relatives and clause.first > 0
            and tokens[clause.first - 1].lower != ",")


def _aside_of_subject(tokens: list[Token], first: int, sub: int, verb: int, words: Words) -> bool:
    """Does the subordinator at ``sub`` stand inside an aside between commas that opens after a
    word of the subject and closes right before the verb or its auxiliaries ("Jan Novak, also
    known *as* Honza, was jailed", "Acme, a firm best known *as* a maker of tanks, has sold ...")?
    Then the subject is the words before the aside. A subject after the closing comma ("On
    Monday, two days *after* the blast, police arrested ...") makes it an opening phrase instead."""
    if not any(tokens[k].lower == "," for k in range(first + 1, sub)):
        return False
    last = max((k for k in range(sub + 1, verb) if tokens[k].lower == ","), default=None)
    return last is not None and all(t.text in words.auxiliaries for t in tokens[last + 1 : verb])


def _participle_aside(tokens: list[Token], comma: int, verb: int, words: Words) -> bool:
    """Does the comma after a subordinator open an aside of a participle that ends at a comma
    right before the verb or its auxiliaries ("while the balloons, *set out along the route*, were
    released"), so the subject stands before the aside, not after it?"""
    nxt = tokens[comma + 1] if comma + 1 < verb else None
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()):
        return False
    if not (past_form(nxt.lower) or nxt.lower in load_lexicon().past_forms
            or nxt.lower.endswith(words.participle_endings)):
        return False
    last = max((k for k in range(comma + 1, verb) if tokens[k].lower == ","), default=None)
    return last is not None and all(t.text in words.auxiliaries for t in tokens[last + 1 : verb])
