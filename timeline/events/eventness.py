"""Is a candidate an event at all? A description is not: a verb in a compound adjective ("a
laser-firing laboratory") or an undated verb in the simple present ("the handset runs on", "it
supports NFC") describes, it does not report a happening. Nor does a clause that says what would
have happened, what can or might happen, what was expected, what holds under a condition, what
goes on as a habit or a state, or that nothing happened (``rules/en/eventness.toml``). Nor does
an adverbial clause that is only its subject and verb ("..., released after *the market closed*",
"*once the deal closes*"): it says when the main clause happened, it is not a happening to list.

The endings and auxiliaries are data (``rules/en/inflection.toml`` ``[endings]``,
``words.toml`` ``[clauses]``, ``eventness.toml``); the engine knows no English.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from timeline.events.anchoring import WRITTEN_IN_FULL
from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words, is_finite_verb, tokenize
from timeline.events.eventnessrules import EventnessRules, clause_view, load_eventness
from timeline.events.lexicon import load_lexicon
from timeline.events.openverbs import present_passive
from timeline.events.verbforms import past_form
from timeline.model import Event, TimeExpression
from timeline.records import evolve

__all__ = ["EventnessRules", "describes", "is_anchor", "is_fragment", "load_eventness", "reports_no_happening",
           "no_finite_verb", "with_hidden"]


def is_anchor(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """Is ``candidate`` an adverbial clause of a few words that ends with its verb and has no date of
    its own ("after the market closed", "once the deal closes")? It only places the main clause
    in time.

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "The firm released its results after the market closed."
    >>> [(c.predicate.text, is_anchor(text, c, None)) for c in sentence_candidates(text, 0, len(text))]
    [('released', False), ('closed', True)]
    """
    rules = load_eventness()
    clause = candidate.clauses[0]
    if own is not None or clause.kind != "sub":
        return False
    opener = text[clause.start : candidate.subject_start].split()
    before = text[max(0, clause.start - 30) : clause.start].split()[-1:] + opener[:-1]
    if not opener or opener[-1].lower() not in rules.anchor_subordinators or any(
            w.lower().strip(",") in clause_words().measures for w in before):
        return False  # "since the operation began", "two years after his trial began": a start, a date
    words = text[candidate.subject_start : candidate.end].split()
    return (0 < len(words) <= rules.anchor_words
            and words[-1].strip(".,;:!?\"'”’") == candidate.predicate.text)


def reports_no_happening(text: str, candidate: Candidate, own: TimeExpression | None = None) -> bool:
    """Does the clause of ``candidate``'s predicate say what would have happened, what can happen,
    what was expected, a condition, a habit or state, or that nothing happened? Some say so only
    when the clause has no date of its own ``own`` ("is expected to appeal"; not "is expected to
    open in May": a plan with its date).

    >>> from timeline.events.candidates import sentence_candidates
    >>> def r(text): return [reports_no_happening(text, c) for c in sentence_candidates(text, 0, len(text))]
    >>> r("Rebels are still attacking the convoy."), r("Rebels attacked the convoy.")
    ([True], [False])
    """
    rules = load_eventness()
    clause = candidate.predicate_clause
    pred = candidate.predicate.start
    view = clause_view(text, clause.start, pred, clause.end)
    if rules.never is not None and rules.never.search(view):
        return True
    if own is None and rules.undated is not None and rules.undated.search(view):
        return True
    if rules.from_subject is not None and rules.from_subject.search(
            clause_view(text, min(clause.start, candidate.subject_start), pred, clause.end)):
        return True
    if _not_said(text, candidate, rules):
        return True
    return candidate.report is None and rules.unreported is not None and bool(rules.unreported.search(view))


def _not_said(text: str, candidate: Candidate, rules: EventnessRules) -> bool:
    """Is the verb of saying that reports ``candidate`` (a reporting verb of the status
    ``[not_said] status``) negated or declined ("did not say how many", "declined to estimate")?
    Nothing was said: no happening."""
    verb, cue = ((candidate.report, candidate.report_cue) if candidate.report is not None
                 else (candidate.predicate, candidate.cue))
    if cue is None or cue.reporting != rules.not_said_status:
        return False  # "refused to accept the bills", "did not find misconduct": a happening
    before = [w.lower() for w in text[max(0, verb.start - 40) : verb.start].replace("n't", " n't").split()[-3:]]
    negated = any(w in load_lexicon().negation for w in before[-2:])
    return negated or (len(before) >= 2 and before[-1] in rules.declining_before and before[-2] in rules.declining)


def describes(text: str, candidate: Candidate, own: TimeExpression | None, dct: date | None = None) -> bool:
    """Does ``candidate`` describe rather than report a happening? A verb in the simple present with
    a day of its own written in full, on or before the article date ``dct`` ("A rocket lifts off
    from the pad on May 2, 2020") is a photo caption, not a report.

    >>> from timeline.events.candidates import sentence_candidates
    >>> def d(text): return describes(text, sentence_candidates(text, 0, len(text))[0], None)
    >>> d("The handset runs on a fast chip."), d("The rebels seized the town.")
    (True, False)
    """
    if reports_no_happening(text, candidate, own) or is_anchor(text, candidate, own):
        return True
    if own is None and present_passive(text, candidate.predicate, candidate.cue):
        return True  # an open verb's undated present passive: "The phone is powered by a chip"
    words = clause_words()
    pred = candidate.predicate
    word = pred.lower
    if candidate.cue.pos != "verb" or candidate.report is not None:
        return False
    if candidate.cue.reporting is not None:  # "The minister speaks at a news conference, May 2, 2020": a caption
        return (word != candidate.cue.lemma and _caption_day(own, dct) and word.endswith(words.third_person_endings)
                and not word.endswith(words.not_third_person_endings))
    if word == candidate.cue.lemma:  # "Soldiers run drills in the desert, May 2, 2020": a caption too
        caption = None if own is None else _caption_day(own, dct)
        return _plural_present(text, candidate, words, caption)
    before = text[max(0, pred.start - 30) : pred.start]
    if before.endswith("-"):  # "a laser-firing laboratory"; not "was re-elected"
        compound = before[:-1].split()
        return not (len(compound) > 1 and compound[-2] in words.auxiliaries)
    previous = before.split()[-1:] if before.strip() else []
    after_auxiliary = bool(previous) and previous[0].lower() in words.finite_auxiliaries  # "it also supports": no
    after_to = bool(previous) and previous[0].lower() in words.infinitive_markers  # "pleaded guilty to charges": a noun
    if word.endswith(words.third_person_endings) and not word.endswith(
            words.not_third_person_endings) and not after_auxiliary and not after_to:
        if own is None:
            return candidate.status != "planned"
        return _caption_day(own, dct)
    return False


def _caption_day(own: TimeExpression | None, dct: date | None) -> bool:
    """Is ``own`` a caption's date: a day written in full, on or before the article date ``dct``?"""
    return (own is not None and dct is not None and own.anchor == WRITTEN_IN_FULL
            and own.period_end is not None and own.period_start == own.period_end <= dct)


def _plural_present(text: str, candidate: Candidate, words, caption: bool | None = None) -> bool:
    """Is the undated predicate, in its base form, a verb in the plural simple present: right after a
    plural noun ("Many city workers send part of their pay home") or a plural subject pronoun ("they",
    ``[plural_present] subjects``), not in an adverbial clause ("before the two teams play"), not a
    plan, not a form that is its own past too ("set", "read")? It describes what goes on, like the
    third person's "-s" form ("The handset runs on ..."); it reports no happening. With a ``caption``
    day (True) any subject will do ("Members of the army run drills ..., May 2, 2020"), not an
    auxiliary or an infinitive's marker; with a date that is no caption's (False), it reports."""
    rules = load_eventness()
    word = candidate.predicate.lower
    if (caption is False or candidate.status == "planned" or candidate.predicate_clause.kind == "sub"
            or word in rules.past_too or past_form(word) or word in load_lexicon().past_forms):
        return False
    previous = text[max(0, candidate.predicate.start - 30) : candidate.predicate.start].split()[-1:]
    before = previous[0] if previous else ""
    if caption:
        return before.isalpha() and before.lower() not in words.auxiliaries and before.lower() not in (
            words.infinitive_markers)
    if before.lower() in rules.plural_subjects:
        return True
    return (before.isalpha() and before.islower() and before.endswith(rules.plural_endings)
            and not before.endswith(rules.not_plural_endings) and before not in words.auxiliaries)


_VERBLESS_WORDS = 6  # a noun phrase of at most this many words with no verb form is no clause


def _verbless(summary: str, words) -> bool:
    """Is ``summary`` a short run of words with no auxiliary and no past form ("The space station")?"""
    found = [w.strip(",;:.\"'()").lower() for w in summary.split()]
    return len(found) <= _VERBLESS_WORDS and not any(
        w in words.finite_auxiliaries or w.endswith(words.past_endings) for w in found)


def _has_finite_verb(summary: str, words) -> bool:
    """Does ``summary`` hold a finite verb: an auxiliary, a past form (irregular ones from the
    lexicon: "made"), or a verb cue used as a verb,
    not after an infinitive's marker ("to break") and not a participle?"""
    tokens = tokenize(summary, 0, len(summary))
    lexicon = load_lexicon()
    cues = lexicon.cues
    for i, tok in enumerate(tokens):
        if tok.text in words.finite_auxiliaries or (tok.text.isalpha() and tok.text.islower() and (
                past_form(tok.lower) or tok.lower in lexicon.past_forms)
                and not tok.lower.endswith(words.participle_endings)):
            return True
        if (is_finite_verb(tokens, i, cues) and not (i and tokens[i - 1].lower in words.infinitive_markers)
                and not tok.lower.endswith(words.participle_endings)):
            return True
        back = i - 1  # "Verizon also plans": past the adverbs between the subject and its verb
        while back > 0 and tokens[back].text in words.auxiliaries and tokens[back].text not in words.finite_auxiliaries:
            back -= 1
        if i and _present_after_subject(tok, tokens[back], back > 0 or back < i - 1, words):
            return True  # "The Act of 2016 follows the announcement"
    return False


def _present_after_subject(tok, before, inside: bool, words) -> bool:
    """Is ``tok`` an -s form right after a name (a capital ``inside`` the summary, not its first
    letter), a number or a subject pronoun ("2016 follows", "it says")? A verb in the present, not a
    plural noun ("interest and taxes", "Tear gas")."""
    return (tok.text.isalpha() and tok.text.islower() and tok.lower.endswith(words.third_person_endings)
            and not tok.lower.endswith(words.not_third_person_endings)
            and ((inside and before.text[:1].isupper()) or before.text[:1].isdigit()
                 or before.lower in words.subject_pronouns))


def _non_finite(text: str, candidate: Candidate, words) -> bool:
    """Is the predicate an infinitive ("to break") or a participle ("dropping")?"""
    before = text[max(0, candidate.predicate.start - 20) : candidate.predicate.start].split()
    return candidate.predicate.lower.endswith(words.participle_endings) or (
        bool(before) and before[-1].lower() in words.infinitive_markers)


def is_fragment(summary: str, candidate: Candidate, sentence_start: int, text: str = "") -> bool:
    """Is ``summary`` a short noun phrase with no verb at all ("The cyclone", for a noun cue), or a
    clause without a subject, cut from the middle of its sentence: it opens with its own verb
    ("Said the results ..."), any verb form ("Allowed attackers to ...", "Pulling up ..."), an
    auxiliary ("Has sold ...") or an infinitive ("To rule on Friday")? Such a clause is part of
    another one, not an event a reader can read. ``text`` (the document) tells a name ("May
    announced") from a verb ("may").

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "Rebels said they would stay, and seized the airport."
    >>> [is_fragment("Seized the airport", c, 0) for c in sentence_candidates(text, 0, len(text))
    ...  if c.predicate.text == "seized"]
    [True]
    """
    if not summary.split():
        return False
    words = clause_words()
    if candidate.cue.pos == "noun" and _verbless(summary, words):
        return True  # "The cyclone", "Blue jeans at Thursday's launch event": a noun phrase, no clause
    if candidate.subject_start <= sentence_start:
        return False
    first = summary.split()[0].lower().strip(",;:\"'")
    at = candidate.subject_start
    if text[at : at + 1].isupper():
        return False  # "May announced ...": a name in the text, not the modal "may"
    if first in words.infinitive_markers or first in words.finite_auxiliaries:
        return True  # "To rule on Friday", "Has sold more than ...", "Did not run in ..."
    if first.endswith(words.participle_endings) or first.endswith(words.past_endings) or (
            first in load_lexicon().past_forms):
        return True  # "Pulling up injured near the line", "Allowed attackers to ...", "Said it ..."
    return candidate.cue.pos == "verb" and first == candidate.predicate.lower


def no_finite_verb(summary: str, candidate: Candidate, text: str) -> bool:
    """Does ``summary`` read as no clause: no finite verb in it, and a noun for its happening ("The
    official death toll from the quake") or an infinitive or participle ("Tear gas to break up the
    crowds", "Two years, dropping most ministers")? A fragment, not an event a reader can read.

    >>> from timeline.events.candidates import sentence_candidates
    >>> from timeline.events.summary import summarize
    >>> def fragments(text):
    ...     return [(c.predicate.text, no_finite_verb(summarize(text, c), c, text))
    ...             for c in sentence_candidates(text, 0, len(text))]
    >>> fragments("The official death toll from the quake on Friday.")
    [('death', True)]
    >>> fragments("The death toll from the quake, which struck the coast on Friday, stood at 1,234.")
    [('death', False), ('struck', False)]
    """
    words = clause_words()
    return bool(summary.split()) and not _has_finite_verb(summary, words) and (
        candidate.cue.pos == "noun" or _non_finite(text, candidate, words))


def with_hidden(text: str, events: list[Event], candidates: Mapping[int, Candidate],
                fragments: list[Event]) -> list[Event]:
    """``events`` (already scored and merged) with those whose summary has no finite verb
    (:func:`no_finite_verb`; ``candidates``: the candidate of each by its predicate's offset)
    hidden, and the events of the ``fragments`` (:func:`is_fragment`) among them in text order,
    hidden too: ``shown`` False (the ``minor`` column: out of the default views, never lost). The
    events keep their ids (the fragments are numbered after them)."""
    out = [evolve(e, shown=False) if e.shown and (c := candidates.get(e.trigger_start)) is not None
           and no_finite_verb(e.summary, c, text) else e for e in events]
    if not fragments:
        return out
    return sorted([*out, *(evolve(f, shown=False) for f in fragments)], key=lambda e: e.trigger_start)
