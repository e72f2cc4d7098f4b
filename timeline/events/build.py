"""Events of one document: candidates from each sentence, with their dates and actors.

Dating follows the narrative: an event takes its own time expression when its clauses hold one;
else it inherits, in this order, the date of another event of the same sentence, the date of the
previous event of the same paragraph, and finally the article date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from timeline.events.candidates import Candidate, sentence_candidates
from timeline.events.clauses import clause_words
from timeline.events.language import alternation
from timeline.events.summary import summarize
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.settings import DEFAULT_SETTINGS, Settings

__all__ = ["build_events"]

_DATING_TYPES = {"DATE", "TIME", "DURATION"}  # a DURATION dates an event only with a period
_PRONOUN_REACH = 400  # characters back from the sentence to the person a pronoun stands for
_SUBJECT_REACH = 12  # an organisation this close to the start of a sentence is its subject
_IT_KINDS = frozenset({"country", "organisation", "agency"})
_WORD_BEFORE = re.compile(r"\b\w+\s+\Z")
_ASIDE = re.compile(r",[^,]{1,60},")
_SPACES = re.compile(r"\s+")


def build_events(
    doc: Document,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpression],
    mentions: Sequence[ActorMention],
    analyst_actors: Callable[[Sequence[ActorMention]], tuple[str, ...]],
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Event]:
    text = doc.text
    # dates, and durations anchored to a date ("two days later": the day it lands on)
    dated = sorted((t for t in times if t.type in _DATING_TYPES and t.period_start is not None),
                   key=lambda t: t.start)
    dated_starts = [t.start for t in dated]
    # dates that could not be grounded ("Saturday" in an article without a date): an event with
    # nothing better says which words it could not resolve
    unresolved = sorted((t for t in times if t.type in ("DATE", "TIME") and t.period_start is None
                         and not t.value.endswith("_REF")), key=lambda t: t.start)
    mentions = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    events: list[Event] = []
    previous: Event | None = None
    before: Sentence | None = None  # the sentence before, in the same paragraph
    last_end = 0
    for sentence in sentences:
        if "\n" in text[last_end : sentence.start]:  # a new paragraph restarts the narrative
            previous = before = None
        last_end = sentence.end
        if sentence.kind != "sentence":
            if sentence.kind == "headline":
                previous = None
            continue
        span = (sentence.start, sentence.end)
        sentence_times = _within(dated, dated_starts, *span)
        sentence_mentions = _within(mentions, mention_starts, *span)
        person = _last_person(mentions, mention_starts, sentence.start)
        drafts = [(c, _own_time(text, c, sentence_times))
                  for c in sentence_candidates(text, sentence.start, sentence.end, settings)]
        sentence_mentions = _with_pronouns(text, drafts, sentence_mentions, person)
        sentence_mentions = _with_they(text, drafts, sentence_mentions,
                                       _subject_group(mentions, mention_starts, before))
        sentence_mentions = _with_it(text, drafts, sentence_mentions,
                                     _subject_group(mentions, mention_starts, sentence, _IT_KINDS))
        before = sentence
        sentence_time = next((own for c, own in drafts if own is not None
                              and c.clauses[0].kind not in ("rel", "sub")), None)
        for candidate, own in drafts:
            event = _event(doc, sentence, candidate, own, sentence_time,
                           previous if settings.inherit_within_paragraph else None,
                           sentence_mentions, analyst_actors, len(events) + 1,
                           settings.summary_max_words)
            if event.date_source == "none":
                event = _with_unresolved(doc, event, candidate, unresolved)
            events.append(event)
            if candidate.clauses[0].kind not in ("rel", "sub") and event.status != "planned":
                previous = event  # background clauses and plans do not move the narrative
    return events


def _last_person(mentions: list[ActorMention], starts: list[int], before: int) -> ActorMention | None:
    """The last person named shortly before ``before`` (for "He said ..."), if any."""
    for i in range(bisect_left(starts, before) - 1, max(-1, bisect_left(starts, before) - 40), -1):
        if before - mentions[i].start > _PRONOUN_REACH:
            return None  # too far back: a person the gazetteer missed is likelier
        if mentions[i].kind == "person":
            return mentions[i]
    return None


def _with_pronouns(text: str, drafts: list, mentions: list[ActorMention],
                   person: ActorMention | None) -> list[ActorMention]:
    """A subject "He"/"She" opening an event stands for the last person named before it."""
    if person is None:
        return mentions
    added = []
    for candidate, _ in drafts:
        starts = [candidate.subject_start]
        if candidate.report is not None:  # '"It is ours," he said, adding ...'
            starts.append(candidate.report_start)
        before = _WORD_BEFORE.search(text, max(0, candidate.predicate.start - 8), candidate.predicate.start)
        if before is not None:  # '"We will not give our land," he said': the word before the verb
            starts.append(before.start())
        for start in starts:
            word = text[start : start + 4].split(" ", 1)[0]
            if word.lower() in clause_words().personal_pronouns and not any(
                    m.kind == "person" and start <= m.start < max(candidate.predicate.start, start + 4)
                    for m in mentions):
                added.append(replace(person, start=start, end=start + len(word), text=word))
                break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _subject_group(mentions: list[ActorMention], starts: list[int],
                   sentence: Sentence | None, kinds: frozenset[str] = frozenset({"organisation"}),
                   ) -> ActorMention | None:
    """The actor of one of ``kinds`` that opens ``sentence`` ("The M23 seized ...", "RSF fighters
    ..."), if any."""
    if sentence is None:
        return None
    for m in _within(mentions, starts, sentence.start, sentence.end):
        if m.start - sentence.start > _SUBJECT_REACH:
            break
        if m.kind in kinds:
            return m
    return None


def _with_it(text: str, drafts: list, mentions: list[ActorMention],
             opener: ActorMention | None) -> list[ActorMention]:
    """A subject "it" after the start of a sentence that opens with a country, an organisation or
    an agency stands for it ("China held drills in April, and in October it staged ...", "Russia
    said it had retaken the town")."""
    if opener is None:
        return mentions
    added = []
    for candidate, _ in drafts:
        start = candidate.subject_start
        for match in _body_pronoun().finditer(text, start, candidate.predicate.start):
            if match.start() > opener.end and not any(
                    m.start >= start and m.start < candidate.predicate.start and m is not opener
                    for m in mentions):
                added.append(replace(opener, start=match.start(), end=match.end(), text=match.group()))
            break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _with_they(text: str, drafts: list, mentions: list[ActorMention],
               group: ActorMention | None) -> list[ActorMention]:
    """A subject "They" stands for an organisation: the last one named before it in the same
    sentence ("M23 rebels entered Goma, a day after they claimed it"), else the one that opened the
    sentence before ("The RSF shelled the camp. They said ...")."""
    added = []
    for candidate, _ in drafts:
        start = candidate.subject_start
        word = text[start : start + 5].split(" ", 1)[0]
        if word.lower() not in clause_words().group_pronouns:
            continue
        earlier = [m for m in mentions if m.kind == "organisation" and m.end <= start]
        found = earlier[-1] if earlier else group
        if found is not None:
            added.append(replace(found, start=start, end=start + len(word), text=word))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _within(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by start) that begin inside [start, end)."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def _own_time(text: str, candidate: Candidate, dated: Sequence[TimeExpression]) -> TimeExpression | None:
    """The candidate's own date: in the predicate's clause if any, else in its other clauses;
    a date that only modifies a noun ("a 1960 agreement", "its 1951 treaty") does not date it."""
    pred = candidate.predicate
    inside = [t for t in dated if any(c.start <= t.start and t.end <= c.end for c in candidate.clauses)
              and (not _modifies_noun(text, t) or _object_of(text, pred.end, t))
              and not _baseline().search(text, max(0, t.start - 60), t.start)]
    if not inside:
        return None
    clause = candidate.predicate_clause
    pivot = candidate.predicate.start

    def rank(t: TimeExpression) -> tuple[bool, int]:
        in_clause = clause.start <= t.start and t.end <= clause.end
        return (not in_clause, abs(t.start - pivot))

    return min(inside, key=rank)


def _object_of(text: str, predicate_end: int, t: TimeExpression) -> bool:
    """"won Sunday's election": a dated noun right after the predicate dates the event."""
    gap = text[predicate_end : t.start].split()
    return (text[t.end : t.end + 2] in ("'s", "’s") and 0 <= t.start - predicate_end
            and len(gap) <= 1 and all(w.lower() in clause_words().date_noun_markers for w in gap))


@lru_cache(maxsize=1)
def _body_pronoun() -> re.Pattern:
    """"it" (or "It") as a word: a pronoun for the country or body opening the sentence."""
    words = sorted(clause_words().body_pronouns, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) + r")\b")


@lru_cache(maxsize=1)
def _stranded() -> re.Pattern:
    """A preposition or adverb of a date left alone once the date is cut out ("said on ,")."""
    return re.compile(rf"\b(?:{alternation(clause_words().attribution_date_words)})\s+(?=\s|,|$)")


@lru_cache(maxsize=1)
def _baseline() -> re.Pattern:
    """"the first time since 1993", "its highest level since 2008": a date only compared with."""
    words = alternation(clause_words().superlatives)
    return re.compile(rf"\b(?:{words})\b[^.;]{{0,40}}\bsince\s+\Z", re.IGNORECASE)


def _modifies_noun(text: str, t: TimeExpression) -> bool:
    if text[t.end : t.end + 2] in clause_words().possessive_endings:  # "last year's blasts"
        return True
    before = text[max(0, t.start - 8) : t.start].split()
    after = text[t.end : t.end + 20].split()
    if not (before and after):
        return False
    word = after[0].strip(",;:.")
    words = clause_words()
    return (before[-1].lower() in words.date_noun_markers and word[:1].islower() and word.isalpha()
            and word not in words.not_nouns)


def _event(doc: Document, sentence: Sentence, candidate: Candidate, own: TimeExpression | None,
           sentence_time: TimeExpression | None, previous: Event | None,
           mentions: Sequence[ActorMention], analyst_actors: Callable,
           number: int, summary_words: int) -> Event:
    time, source, resolution = _date(doc.dct, own, sentence_time, previous)
    spans = [(c.start, c.end) for c in candidate.clauses]
    if candidate.borrowed_subject is not None:
        spans.append(candidate.borrowed_subject)
    inside = [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]
    roles = _roles(candidate, inside)
    attribution = ""
    if candidate.report is not None:
        attribution = _attribution(doc.text, candidate, own)
    outlets = [m.name for m in mentions if m.kind == "outlet"]
    if outlets:
        extra = ", ".join(dict.fromkeys(o for o in outlets if o not in attribution))
        attribution = "; ".join(a for a in (attribution, extra) if a)
    actors = analyst_actors([m for m in inside if m.kind != "outlet"])
    if time is not None:
        value, gran = time.point_value or time.value, time.granularity
        start, end = time.period_start, time.period_end
    elif source == "inherited" and previous is not None:
        value, gran = previous.date_value, previous.granularity
        start, end = previous.period_start, previous.period_end
    elif source == "article_date" and doc.dct is not None:
        value, gran, start, end = doc.dct.isoformat(), "day", doc.dct, doc.dct
    else:
        value, gran, start, end = "", None, None, None
    if (end is not None and doc.dct is not None and start is not None and start <= doc.dct < end
            and _past(candidate)):
        end = doc.dct  # "earlier this month": a past event cannot end after the article date
    return Event(
        event_id=f"{doc.doc_id}-e{number:03d}",
        doc_id=doc.doc_id,
        sentence=sentence,
        trigger_start=candidate.predicate.start,
        trigger_end=candidate.predicate.end,
        predicate=candidate.predicate.text,
        summary=summarize(doc.text, candidate, summary_words),
        time=time if source == "explicit" else None,
        date_source=source,
        date_value=value,
        granularity=gran,
        period_start=start,
        period_end=end,
        resolution=resolution,
        actors=actors,
        actor_roles=tuple((name, role) for name, role in roles if name in actors),
        mentions=tuple(inside),
        event_type=candidate.cue.event_type,
        status=_status(candidate.status, source, start, doc.dct),
        attribution=attribution,
    )


def _status(status: str, source: str, start: date | None, dct: date | None) -> str:
    """An asserted event whose own date is after the article's has not happened yet: planned
    ("the drills end on Thursday" in a Tuesday article).

    >>> _status("asserted", "explicit", date(2025, 10, 16), date(2025, 10, 14))
    'planned'
    >>> _status("asserted", "explicit", date(2025, 10, 13), date(2025, 10, 14))
    'asserted'
    """
    if status == "asserted" and source == "explicit" and start and dct and start > dct:
        return "planned"
    return status


def _past(candidate: Candidate) -> bool:
    """Is the predicate in a past tense and not planned ("seized", "had deployed", "was held")?"""
    word = candidate.predicate.lower
    return (candidate.status != "planned" and word != candidate.cue.lemma
            and not word.endswith(clause_words().not_past_endings) and candidate.cue.pos == "verb")


def _attribution(text: str, candidate: Candidate, time: TimeExpression | None) -> str:
    """Who reported it, without asides and dates: "The Kremlin, in a statement, cited" -> "The Kremlin cited"."""
    start, end = candidate.report_start, candidate.report.end
    piece = text[start:end]
    if time is not None and start <= time.start and time.end <= end:
        piece = piece[: time.start - start] + piece[time.end - start :]
        piece = _stranded().sub(" ", piece)
    piece = _ASIDE.sub(" ", piece)
    return _SPACES.sub(" ", piece).strip(" ,")


def _date(dct: date | None, own: TimeExpression | None, sentence_time: TimeExpression | None,
          previous: Event | None) -> tuple[TimeExpression | None, str, str]:
    if own is not None:
        why = own.explanation or f"'{own.text}' = {own.value}"
        return own, "explicit", why
    if sentence_time is not None:
        return sentence_time, "inherited", (
            f"no date of its own: the date of its sentence, '{sentence_time.text}' = "
            f"{sentence_time.point_value or sentence_time.value}")
    if previous is not None and previous.period_start is not None and previous.date_source != "article_date":
        return None, "inherited", (
            f"no date of its own: the date of the previous event in the paragraph ({previous.date_value})")
    if dct is not None:
        return None, "article_date", f"no date of its own: the article date {dct.isoformat()}"
    return None, "none", "no date of its own, and the article has no date"


def _with_unresolved(doc: Document, event: Event, candidate: Candidate,
                     unresolved: Sequence[TimeExpression]) -> Event:
    """An undated event whose clauses hold a date that could not be resolved names it."""
    found = next((t for t in unresolved if any(c.start <= t.start and t.end <= c.end
                                                for c in candidate.clauses)), None)
    if found is None:
        return event
    why = "the article has no date" if doc.dct is None else "no earlier date precise enough"
    return replace(event, time=found, resolution=f"'{found.text}' could not be resolved: {why}")


def _roles(candidate: Candidate, mentions: Sequence[ActorMention]) -> list[tuple[str, str]]:
    roles: list[tuple[str, str]] = []
    pivot = candidate.predicate.start
    clause = candidate.predicate_clause
    for m in mentions:
        if candidate.report is not None and m.start < candidate.report.start:
            role = "source"
        elif candidate.borrowed_subject is not None and m.start < candidate.start:
            role = "agent"
        elif clause.start <= m.start <= clause.end:
            role = "agent" if m.start < pivot else "patient"
        else:
            role = "mentioned"
        for name in (m.name, m.country):
            if name and all(name != r[0] for r in roles):
                roles.append((name, role))
    return roles
