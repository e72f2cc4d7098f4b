"""A short readable statement of an event: its own clause, not the whole sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from timeline.events.candidates import Candidate
from timeline.events.clauses import Clause, clause_words, tokenize
from timeline.events.language import alternation
from timeline.events.lexicon import load_lexicon
from timeline.events.parsed import parsed_summary
from timeline.events.quotecut import cut_quotation
from timeline.events.starts import past_forms, readable_start
from timeline.events.subjects import noun_phrase_before
from timeline.text.parse import Parse

__all__ = ["summarize", "trimmed"]

_SPACE = re.compile(r"\s+")


class _Patterns(NamedTuple):
    trailing_appositive: re.Pattern  # ", the group [that ...]" at the end of a clause
    trailing_aside: re.Pattern  # ", once a star [who ...]": an adverb before the appositive
    trailing_coordinator: re.Pattern  # "... remained solid but"
    leading_coordinator: re.Pattern  # "But the talks ended ..."


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = clause_words()
    return _Patterns(
        re.compile(rf",\s+(?:{alternation(words.articles)})\s+[^,]{{1,60}}\Z", re.IGNORECASE),
        re.compile(rf",\s+[a-z]+\s+(?:{alternation(words.articles)})\s+[^,]{{1,60}}\Z"),
        re.compile(rf"[\s,]+(?:{alternation(words.conjunctions)})\Z"),
        re.compile(rf"\A(?!(?:{alternation(words.fixed_openers)})\b)"  # "So far ...": an adverb, kept
                   rf"(?:{alternation(words.leading_coordinators)}),?\s+(?=\S)", re.IGNORECASE),
    )


def summarize(text: str, candidate: Candidate, max_words: int = 30, parse: Parse | None = None,
              predicates: frozenset[int] | None = None) -> str:
    """The candidate's words from its subject to the end of its clauses, trimmed.

    For a relative clause ("the region that rebels seized last year") the noun it modifies is
    put back after the verb: "rebels seized the region last year". With a dependency ``parse`` of
    its sentence, the words of its clause as the parse gives them
    (:func:`timeline.events.parsed.parsed_summary`, which leaves out the clauses holding one of
    ``predicates``, the offsets of the sentence's other events), when it gives one.
    """
    body = parsed_summary(text, parse, candidate, predicates) if parse is not None else None
    if body is not None:
        return trimmed(body, max_words)
    patterns = _patterns()
    start = readable_start(text, candidate)
    if start > 0 and text[start - 1] in "\"“'‘":
        start -= 1
    # the group's clauses, without the asides between them ("X, who ..., said")
    clauses = [c for c in candidate.clauses if c.end > start and not _reporter_after_aside(text, candidate, c)]
    pieces = [text[start if n == 0 else c.start : c.end] for n, c in enumerate(clauses)]
    if len(clauses) > 1 and clauses[1].kind == "cont":  # "HTS, the group [that ...], launched"
        pieces[0] = patterns.trailing_appositive.sub("", patterns.trailing_aside.sub("", pieces[0]))
    body = pieces[0]
    for prev, clause, piece in zip(clauses, clauses[1:], pieces[1:], strict=False):
        gap = text[prev.end : clause.start]  # keep the comma of ", where ...", ", officials said"
        body += (gap if gap.strip(" ,;") == "" and "," in gap else " ") + piece
    if candidate.borrowed_subject is not None:  # "who moved ...", "... and announced ..."
        subject = _without_preposition(text[candidate.borrowed_subject[0] : candidate.borrowed_subject[1]])
        joined = patterns.leading_coordinator.sub('', body.lstrip())
        if candidate.clauses[0].kind == "coord" and joined.startswith(candidate.predicate.text):
            subject = _own_subject(subject)  # "... and acknowledged the cheers"
        body = joined
        if candidate.clauses[0].kind == "rel" and joined.strip():
            subject = _agreeing(subject.strip(), joined.split(None, 1)[0].lower())
        body = f"{subject.strip().rstrip(',')} {body}"
    elif candidate.clauses[0].kind == "rel":
        body = _relative(text, candidate)
        noun = _noun_before_relative(text, candidate, body)
        if noun:  # "Apple, which has sold ..." -> "Apple has sold ...", not "Has sold ..."
            body = f"{noun} {body}"
        elif (rest := _after_inner_reporter(text, candidate)) and (
                noun := _noun_before_relative(text, candidate, rest)):
            body = f"{noun} {rest}"  # "the launch, which he said had brought ..." -> "the launch had brought ..."
    body = _without_measure(text, candidate.end, _without_appositive(text, candidate.end, body))
    body = _SPACE.sub(" ", body).strip().strip(",;:").strip()
    body = patterns.trailing_coordinator.sub("", body)  # "... remained solid but [that ...]"
    body = _without_dangling_participle(body)  # "... in its results, released [after ...]"
    body = _without_cut_report(text, candidate.end, body)  # "..., noting in particular [that ...]"
    return trimmed(body, max_words)


def trimmed(body: str, max_words: int) -> str:
    """``body`` without the spaces, punctuation and coordinators at its ends, cut at ``max_words``
    (then '…'), with a capital first letter."""
    patterns = _patterns()
    body = _SPACE.sub(" ", body).strip().strip(",;:").strip()
    body = patterns.trailing_coordinator.sub("", body)  # "... remained solid but [that ...]"
    body = patterns.leading_coordinator.sub("", body)  # "But the talks ended ..."
    words = body.split(" ")
    if len(words) > max_words:  # a quotation keeps its reporter: '"We will ... …," the mayor said'
        body = cut_quotation(body, max_words) or " ".join(words[:max_words]).rstrip(",;:") + " …"
    elif body.endswith("."):
        body = body[:-1]
    return body[:1].upper() + body[1:]


def _without_preposition(subject: str) -> str:
    """A borrowed subject without the preposition of the sentence's opening adverbial ("In Ijaw,
    which has ..." -> "Ijaw has ..."): a capitalised preposition was read as part of the name."""
    first, _, rest = subject.partition(" ")
    return rest if rest[:1].isupper() and first.lower() in clause_words().prepositions else subject


def _own_subject(subject: str) -> str:
    """A borrowed subject without the verb phrase of the clause it was borrowed from: "Afterwards
    Buhari inspected a guard of [honour] and acknowledged ..." -> "Afterwards Buhari": the words
    from its first past form ("inspected") on are that clause's, not the subject. A subject that
    would be left empty is kept whole."""
    words = clause_words()
    found = subject.split()
    for n, word in enumerate(found[1:], 1):
        bare, before = word.strip(",;:"), found[n - 1]
        if (bare.isalpha() and bare.islower() and (bare.endswith(words.past_endings) or bare in past_forms())
                and before.lower() not in words.determiners
                and (before[:1].isupper() or before.lower() in words.subject_pronouns)):
            return " ".join(found[:n])  # "Buhari inspected", "they inspected"; not "the armed forces"
    return subject


def _without_dangling_participle(body: str) -> str:
    """"X set out the hit in its results, released", "..., Najib told reporters, adding": a
    participle after the last comma, cut from the clause that completes it, is dropped."""
    head, comma, last = body.rpartition(",")
    word = last.strip()
    words = clause_words()
    if comma and head.strip() and word.isalpha() and word.islower() and word.endswith(
            words.past_endings + words.participle_endings):
        return head.rstrip()
    return body


_CUT_REPORT_WORDS = 4  # at most this many words from a report's -ing form to the end of the summary


def _without_cut_report(text: str, end: int, body: str) -> str:
    """"They said they were pleased, noting in particular", "X thanked the minister for saying":
    a report in its -ing form near the end of the summary whose content (the clause after ``end``,
    opening with "that" or another relative word) is left out says nothing; it is dropped, with
    the comma or preposition before it."""
    after = _RELATIVE_NEXT.match(text, end)
    words = clause_words()
    if after is None or after["word"] not in words.relative:
        return body
    found = body.split()
    cues = load_lexicon().cues
    for n in range(len(found) - 1, max(0, len(found) - _CUT_REPORT_WORDS) - 1, -1):
        word = found[n].strip(",;:").lower()
        if (n and word.endswith(words.participle_endings) and (cue := cues.get(word)) and cue.reporting
                and found[n - 1].lower() not in words.noun_markers):  # "upheld its ruling [that ...]": a noun
            head = found[:n]
            while len(head) > 1 and head[-1].lower() in words.prepositions:
                head = head[:-1]  # "thanked the minister for [saying]"
            return " ".join(head).rstrip(",;:")
    return body


def _noun_before_relative(text: str, candidate: Candidate, body: str) -> str:
    """For a relative clause whose summary opens with its verb ("which has sold ...", "who served
    ..."), the noun phrase the relative word refers to; else ""."""
    words = clause_words()
    first = body.split(None, 1)[0].lower().strip(",;:") if body.strip() else ""
    if not (first in words.finite_auxiliaries or first.endswith(words.past_endings)
            or first.endswith(words.participle_endings)):
        return ""
    start = candidate.clauses[0].start
    window = max(0, start - 200)
    tokens = [t for n, t in enumerate(tokenize(text, window, candidate.subject_start))  # "Apple Inc., which"
              if not (t.text == "." and n and t.start == _end_of_previous(text, t.start))]
    at = next((n for n, t in enumerate(tokens) if t.start >= start and t.lower in words.relative), None)
    span = noun_phrase_before(tokens, at, words) if at else None
    return _agreeing(text[span[0] : span[1]] if span else "", first)


def _agreeing(noun: str, verb: str) -> str:
    """"between Ana and Tom Ray, who was elected": before a singular ``verb`` the last name alone."""
    *_, last = noun.rsplit(" and ", 1)
    return last if last != noun and verb in clause_words().singular_auxiliaries and last[:1].isupper() else noun


def _after_inner_reporter(text: str, candidate: Candidate) -> str:
    """For a relative clause whose reporter stands between the relative word and its verb ("which
    he said had brought ...", "which the industry says has pushed ..."), the words after the
    reporting verb when they open with an auxiliary or a past form; else ""."""
    words = clause_words()
    report, clause = candidate.report, candidate.clauses[0]
    if report is None or not clause.start <= report.start < clause.end:
        return ""
    rest = text[report.end : candidate.end].strip()
    first = rest.split(None, 1)[0].lower() if rest else ""
    return rest if first in words.finite_auxiliaries or first.endswith(words.past_endings) else ""


def _end_of_previous(text: str, at: int) -> int:
    """``at`` when the character before it is a letter (an abbreviation's dot: "Inc."), else -1."""
    return at if at and text[at - 1].isalpha() else -1


def _reporter_after_aside(text: str, candidate: Candidate, clause: Clause) -> bool:
    """"X sold 14 million units of the phone, which ..., its head told reporters": the resumed clause
    only names who said it (the attribution holds it); glued to the event it would read "... the
    phone told reporters"."""
    if clause.kind != "cont" or candidate.predicate.start >= clause.start:
        return False  # "X, who ..., warned that Y ...": the reporter leads the event it reports
    cues = load_lexicon().cues
    reporting = [w for w in text[clause.start : clause.end].lower().split()
                 if (cue := cues.get(w.strip(".,;:"))) is not None and cue.reporting is not None]
    first = text[clause.start : clause.end].split(None, 1)
    # the clause opens with its only reporting verb: "told reporters", not "state media said"
    return len(reporting) == 1 and bool(first) and first[0].lower().strip(".,;:") == reporting[0].strip(".,;:")


_APPOSITIVE = re.compile(r",\s+(?P<det>\w+)(?:\s+[\w-]+){0,2}\s*\Z")
_RELATIVE_NEXT = re.compile(r"\s*(?P<word>\w+)")


def _without_appositive(text: str, end: int, body: str) -> str:
    """The words after the last comma that only introduce the next clause are not part of this
    event: "X cancelled the arrest, a ruling [that could ...]", "Rebels entered Goma on Tuesday,
    a day [after they ...]"."""
    words = clause_words()
    after = _RELATIVE_NEXT.match(text, end)
    if after is None:
        return body
    tail = _APPOSITIVE.search(body)
    if tail is None:
        return body
    nxt, det = after["word"].lower(), tail["det"].lower()
    if after["word"] in words.relative and det in words.determiners:
        return body[: tail.start()]
    if nxt in words.measured_subordinators and (det in words.determiners or det.isdigit()
                                                    or det in words.measures):
        return body[: tail.start()]
    return body


@lru_cache(maxsize=1)
def _measure() -> re.Pattern:
    """A measure of time at the end of a text: "hours", "two days", "a few weeks"."""
    units = "|".join(sorted(clause_words().time_units))
    return re.compile(rf"(?:\s(?P<count>\w+))?\s+(?P<unit>{units})\s*\Z")


def _without_measure(text: str, end: int, body: str) -> str:
    """"... walking north hours [after the truce began]": the measure of the next clause's
    subordinator, even without a comma, is not part of this event."""
    words = clause_words()
    after = _RELATIVE_NEXT.match(text, end)
    if after is None or after["word"].lower() not in words.measured_subordinators:
        return body
    tail = _measure().search(body)
    if tail is None:
        return body
    start = tail.start("unit")
    count = tail["count"]
    if count and count.lower() in words.prepositions:
        return body  # "fought for days [after ...]": how long, not how much later
    if count and (count.lower() in words.amounts or count.isdigit()
                  or count.lower() in words.indefinite_articles):
        start = tail.start("count")
        head = body[:start].rstrip()
        while (last := head.rsplit(None, 1)) and len(last) == 2 and last[1].lower() in words.approximations:
            head = last[0].rstrip(" ,")  # "re-ignited almost [an hour after ...]": it goes with its measure
        return head
    return body[:start].rstrip()


def _relative(text: str, candidate: Candidate) -> str:
    """An object relative clause with its noun put back after the verb, when nothing follows it."""
    body_start = candidate.subject_start
    if candidate.antecedent is None:
        return text[body_start : candidate.end]
    pred = candidate.predicate
    rest = text[pred.end : candidate.end]
    next_word = rest.split(None, 1)[0].lower() if rest.strip() else ""
    words = clause_words()
    if next_word.strip(".,;:") in words.particles and len(rest.split()) == 1:
        pred_end = pred.end + rest.index(rest.split()[0]) + len(next_word.strip(".,;:"))
        return f"{text[body_start : pred_end]} {text[candidate.antecedent[0] : candidate.antecedent[1]]}"
    if next_word and next_word not in words.prepositions and next_word not in words.date_words:
        return text[body_start : candidate.end]  # "that rebels held last year": the noun before the date
    noun = text[candidate.antecedent[0] : candidate.antecedent[1]]
    if any(w.lower() in clause_words().time_nouns for w in noun.split()[:3]):
        return text[body_start : candidate.end]  # "the first time that X voted": not "X voted the time"
    opener = text[candidate.clauses[0].start : candidate.subject_start].split()
    if opener and opener[0].lower() in clause_words().prepositions:
        noun = f"{opener[0].lower()} {noun}"  # "the pad from which he left" -> "he left from the pad"
    return f"{text[body_start : pred.end]} {noun}{rest}"
