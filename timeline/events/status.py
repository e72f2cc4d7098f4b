"""The status of an event from the words of its clauses: asserted, claimed, denied, planned or
unconfirmed.

The words are data (``rules/en/cues.toml``: ``[negation]``, ``[planned]``, ``[reporting]``,
``[reporting_adverbs]``; ``words.toml``: "is to"). A date after the article's makes an asserted
event planned too: that is :func:`timeline.events.dating.dated_status`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.clauses import Clause, Token, clause_words
from timeline.events.language import any_of
from timeline.events.lexicon import Cue, load_lexicon
from timeline.events.verbforms import past_form

__all__ = ["StatusWords", "load_status_words", "reported_status", "retyped_status", "status_of"]

RULES = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class StatusWords:
    """``status.toml``: the patterns that make an event unconfirmed, the words after which a
    negation denies nothing ("preferred not to be named"), and the clauses that are planned
    because they set a condition ("If the rebels seize ...")."""

    unconfirmed: re.Pattern
    not_denial: re.Pattern
    planned_clause: re.Pattern | None = None
    neutral_reports: frozenset[str] = frozenset()  # "say", "tell": report without taking a side
    contested_types: frozenset[str] = frozenset()  # "conflict": each side's account is a claim
    future_before_report: frozenset[str] = frozenset()  # "will": "X will ..., officials said"
    saying_types: frozenset[str] = frozenset()  # "statement": the event is the saying itself
    claiming_reports: frozenset[str] = frozenset()  # "claim", "allege": a saying that is a claim
    deciding_denials: frozenset[str] = frozenset()  # "reject": rejecting is done, what it rejects is denied
    toll_lemmas: frozenset[str] = frozenset()  # "kill", "die": a toll reported is news even of fighting
    announced_intent: re.Pattern | None = None  # "said he would resign": the announcement was made
    dated_plan_report: re.Pattern | None = None  # "said it would ship the phone in May": a plan announced
    past_auxiliaries: frozenset[str] = frozenset()  # "was": "after he was ousted" is told in the past


@lru_cache(maxsize=4)
def load_status_words(language: str = "en") -> StatusWords:
    """The status words of ``language``; a bad pattern is an error naming the file."""
    path = RULES / language / "status.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        unconfirmed = re.compile("|".join(f"(?:{p})" for p in data["unconfirmed"]))
    except re.error as error:
        raise ValueError(f"{path}: unconfirmed: {error}") from None
    after = "|".join(re.escape(w) for w in sorted(data["not_denial_after"], key=len, reverse=True))
    try:
        planned = any_of(data.get("planned_clause", ()))
    except re.error as error:
        raise ValueError(f"{path}: planned_clause: {error}") from None
    return StatusWords(unconfirmed, re.compile(rf"^(?:{after})\b"), planned,
                       frozenset(data.get("neutral_reports", ())), frozenset(data.get("contested_types", ())),
                       frozenset(data.get("future_before_report", ())), frozenset(data.get("saying_types", ())),
                       frozenset(data.get("claiming_reports", ())), frozenset(data.get("deciding_denials", ())),
                       frozenset(data.get("toll_lemmas", ())), _pattern(path, data, "announced_intent"),
                       _pattern(path, data, "dated_plan_report"), frozenset(data.get("past_auxiliaries", ())))


def _pattern(path: Path, data: dict, name: str) -> re.Pattern | None:
    """The patterns ``data[name]`` as one regex (None without any); a bad one is an error naming the file."""
    try:
        return any_of(data.get(name, ()))
    except re.error as error:
        raise ValueError(f"{path}: {name}: {error}") from None


_REPORTER_REACH = 7  # tokens between the comma and a reporting verb after its content


def _reports_future(tokens: list[Token], group: list[Clause], index: int, future: frozenset[str]) -> bool:
    """Is the reporting verb at ``index`` after the content it reports, and is that content to
    come ("The line will open in May, the company said")?"""
    first = group[0].first
    for j in range(index - 1, max(first, index - _REPORTER_REACH) - 1, -1):
        if tokens[j].lower == "," and not tokens[j].quoted:
            return any(t.lower in future for t in tokens[first:j] if not t.quoted)
    return False


def _announces_dated_plan(tokens: list[Token], group: list[Clause], index: int, words: StatusWords) -> bool:
    """Does the reporting verb at ``index`` report a plan with its date, and no date of the report's
    own before it ("said it would ship the phone by the middle of the year")?"""
    if words.dated_plan_report is None:
        return False
    rest = [t.lower for t in tokens[index + 1 : group[-1].stop]]
    return bool(words.dated_plan_report.search(" ".join([PREDICATE_MARK + tokens[index].lower, *rest])))


PREDICATE_MARK = "@"  # how a planned_clause pattern writes the predicate: "^if [^,]*@"


def _marked(tokens: list[Token], first: int, index: int) -> str:
    """The lower-cased words from ``first`` to the predicate at ``index``, which is written "@word"."""
    return " ".join([t.lower for t in tokens[first:index]] + [PREDICATE_MARK + tokens[index].lower])


def _sets_condition(tokens: list[Token], group: list[Clause], index: int, pattern: re.Pattern | None) -> bool:
    """Is the predicate at ``index`` inside a clause that sets a condition ("If X seizes ...")?"""
    if pattern is None:
        return False
    clause = next((c for c in group if c.first <= index < c.stop), None)
    if clause is None:
        return False
    words = [t.lower for t in tokens[clause.first : clause.stop]]
    words[index - clause.first] = PREDICATE_MARK + words[index - clause.first]
    view = " ".join(words)
    return bool(pattern.search(view))


def _told_in_past(tokens: list[Token], index: int, words: StatusWords) -> bool:
    """Is the predicate at ``index`` a verb in the past: after one of ``past_auxiliaries`` ("was
    ousted", "had resigned") or a past form with no auxiliary before it ("after she resigned")?"""
    before = tokens[index - 1].lower if index else ""
    if before in words.past_auxiliaries:
        return True
    return bool(past_form(tokens[index].lower)) and before not in clause_words().auxiliaries


def status_of(tokens: list[Token], group: list[Clause], index: int, cue: Cue,
              reporter: tuple[int, Cue, Clause] | None, near: int) -> str:
    """The status of the event at token ``index`` of ``group`` from its words: unconfirmed ("neither
    confirmed nor denied"), denied (a negation within ``near`` words before it that is not "not to
    be named" or "did not appear", or a denying verb), planned ("will", "is to", a clause setting a
    condition: "If X seizes ..."), the status its
    reporter gives ("said": claimed), a hedge ("reportedly"), else asserted.

    >>> from timeline.events.clauses import split_clauses, tokenize
    >>> text = "Hamas did not attack the convoy."
    >>> tokens = tokenize(text, 0, len(text))
    >>> status_of(tokens, split_clauses(text, 0, len(text), tokens), 3, None, None, 4)
    'denied'
    """
    lex = load_lexicon()
    words = load_status_words()
    span = [t.lower for c in group for t in tokens[c.first : c.stop]]
    if words.unconfirmed.search(" ".join(span)):
        return "unconfirmed"
    first = max(group[0].first, index - near)
    window = [t.lower for t in tokens[first : index]]
    if any(w in lex.negation and not words.not_denial.match(
            " ".join(t.lower for t in tokens[first + n + 1 : first + n + 5])) for n, w in enumerate(window)):
        return "denied"
    lead = [t.lower for t in tokens[max(0, group[0].first - 4) : group[0].first]]  # "demanded that"
    if group[0].kind == "sub" and _told_in_past(tokens, index, words):
        lead = []  # "he would leave after he was ousted": the main clause's plan, not this clause's
    # "the planned landing area": an adjective, no plan ("a ban that will ...": "that" relates)
    determiners = clause_words().determiners - clause_words().relative
    markers = [w for n, w in enumerate(window) if w in lex.planned and not (
        first + n > 0 and tokens[first + n - 1].lower in determiners)]
    if reporter is not None and reporter[0] < index and words.announced_intent is not None and (
            words.announced_intent.search(_marked(tokens, reporter[0] + 1, index))):
        return "asserted"  # "Reed said he would resign": the event is the announcement, and it was made
    if _sets_condition(tokens, group, index, words.planned_clause) or markers or any(
            w in lex.planned for w in lead) or (
            window[-1:] and window[-1] in clause_words().infinitive_markers
            and window[-2:-1] and window[-2] in clause_words().planned_before_to):
        return "planned"  # "will release", "Hamas is to release"
    if cue.reporting == "denied" and cue.lemma not in words.deciding_denials:
        return "denied"  # "Sharif denies any wrongdoing"; "the judge rejected the plea" was done
    if cue.reporting is not None and reporter is None and (_reports_future(
            tokens, group, index, words.future_before_report) or _announces_dated_plan(tokens, group, index, words)):
        return "planned"  # the report is the event, and what it reports is to come
    if reporter is not None:
        return reporter[1].reporting or "claimed"
    hedge = next((lex.hedges[w] for w in span if w in lex.hedges), None)
    return hedge or "asserted"


def reported_status(status: str, report_cue: Cue | None, event_type: str, cue: Cue | None = None) -> str:
    """The status of reported content once its type is known: a neutral report ("the agency said",
    "police told reporters") of a happening is the article's news, asserted; of a happening whose
    accounts are contested (fighting: ``contested_types``) it is the reporter's claim, but for a
    toll (``cue``, the predicate's, one of ``toll_lemmas``: "four soldiers were killed, the
    military said"), which is reported as news whoever gives it. A claiming
    verb ("claims", "alleged") or a hedge ("reportedly") keeps the claim whatever the type. Content
    typed as what was said (``saying_types``: "the governor warned that the toll could climb") is
    the saying, which was done: asserted, unless its verb claims.

    >>> from timeline.events.lexicon import load_lexicon
    >>> said = load_lexicon().cues["said"]
    >>> reported_status("claimed", said, "disaster"), reported_status("claimed", said, "conflict")
    ('asserted', 'claimed')
    """
    words = load_status_words()
    if event_type in words.saying_types and report_cue is not None and report_cue.lemma not in words.claiming_reports:
        return "asserted"  # "The governor warned that the toll could climb": the warning was given
    if (status == "claimed" and report_cue is not None and report_cue.lemma in words.neutral_reports
            and (event_type not in words.contested_types
                 or (cue is not None and cue.lemma in words.toll_lemmas))):
        return "asserted"
    return status


def retyped_status(status: str, candidate_status: str, report_cue: Cue | None, cue: Cue | None,
                   rules_type: str, model_type: str) -> str:
    """The status once the learned model has retyped the event: a neutral report that the rules'
    type made a claim (fighting: "the fires had destroyed 1,588 homes, officials said", where
    "destroy" is a verb of fighting) is news again when the model says it is not fighting, and
    content the model types as what was said (``saying_types``: "the diplomats stressed that
    cooperation plays an important part") is the saying, done. Only a claim by a neutral report is
    undone; every other status (planned, denied, a claiming verb, a hedge) stays.
    """
    words = load_status_words()
    if status != "claimed" or model_type in words.contested_types or (
            rules_type not in words.contested_types and model_type not in words.saying_types):
        return status
    if reported_status(candidate_status, report_cue, rules_type, cue) != "claimed":
        return status
    return reported_status(candidate_status, report_cue, model_type, cue)
