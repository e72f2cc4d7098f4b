"""Events of one document: candidates from each sentence, with their dates and actors.

For each sentence in order: (1) its event candidates (:func:`timeline.events.candidates.sentence_candidates`), each with
its own date if its clauses hold one (:func:`timeline.events.owntime.own_time`); (2) its actor mentions, with subject
pronouns resolved (:mod:`timeline.events.coreference`); (3) one :class:`~timeline.model.Event` per candidate: its date,
own or inherited (:mod:`timeline.events.dating`), its actors and their roles, who reported it
(:mod:`timeline.events.roles`), its summary (:mod:`timeline.events.summary`) and status. Then its type, parts, keep
score and retellings. A new paragraph (or a headline) restarts the narrative: nothing is inherited across it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from timeline.actors.kinds import actor_affiliations, actor_kinds
from timeline.events.almanac import almanac_date
from timeline.events.anchoring import WRITTEN_IN_FULL, anchored_date, from_previous, on_happening, overlaps
from timeline.events.candidates import Candidate, sentence_candidates
from timeline.events.captions import unreported_sentences
from timeline.events.context import DocumentContext, SentenceContext
from timeline.events.coreference import resolve_pronouns
from timeline.events.cues import may_be_to_come as to_come
from timeline.events.datednouns import named_again
from timeline.events.datescore import pick_date
from timeline.events.datesplit import split_dated
from timeline.events.dating import (
    STORY,
    EventDate,
    date_event,
    dated_status,
    in_past_perfect,
    in_present,
    report_of_the_day,
    story_of,
    with_unresolved,
)
from timeline.events.describers import describes_noun
from timeline.events.eventactors import ArticleActors, event_actors
from timeline.events.eventness import describes, is_fragment, with_hidden
from timeline.events.fragments import hide_fragments
from timeline.events.keepscore import keep_step
from timeline.events.leadday import lead_day, lead_story, leading_saying_day, may_lead, opening_story, said_today
from timeline.events.linkeddays import day_link
from timeline.events.nextstep import day_link_words
from timeline.events.openverbs import is_open_verb
from timeline.events.owntime import antecedent_time, own_time
from timeline.events.parsed import document_parse, event_verbs
from timeline.events.parts import merge_parts
from timeline.events.quoteparts import join_quotes
from timeline.events.ranges import stretched
from timeline.events.roles import actor_roles, attribution_of
from timeline.events.sayingparts import join_sayings
from timeline.events.shownparts import join_shown_parts
from timeline.events.status import reported_status
from timeline.events.summary import summarize
from timeline.events.typemodel import type_step
from timeline.events.types import article_domain, event_type
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.settings import DEFAULT_SETTINGS, Settings
from timeline.text.parse import Parse

__all__ = ["build_events"]

_BACKGROUND = ("rel", "sub")  # clause kinds that neither date their sentence nor move the narrative
_CAPTION = "caption"  # the sentence kind of a photo credit (timeline/text)


def build_events(doc: Document, sentences: Sequence[Sentence], times: Sequence[TimeExpression],
                 mentions: Sequence[ActorMention], analyst_actors: Callable[[Sequence[ActorMention]], tuple[str, ...]],
                 settings: Settings = DEFAULT_SETTINGS, parse: Parse | None = None) -> list[Event]:
    """The events of ``doc``, in text order, from its ``sentences``, time expressions and actor mentions
    (``analyst_actors`` names an event's actors; summaries use ``parse``: :mod:`timeline.events.parsed`).

    >>> from timeline.actors import analyst_actors, find_actors
    >>> from timeline.temporal import tag
    >>> from datetime import date; from timeline.text import split_sentences
    >>> doc = Document("d", "Rebels seized the airport on Friday.", date(2025, 4, 28))
    >>> [(e.predicate, e.date_value, e.actors) for e in build_events(
    ...     doc, split_sentences(doc.text), tag(doc.text, doc.dct), find_actors(doc.text), analyst_actors)]
    [('seized', '2025-04-25', ())]
    """
    ctx = DocumentContext.of(doc, times, mentions, analyst_actors, settings)
    domain = article_domain(doc.text)
    text = doc.text
    events: list[Event] = []
    story: Event | None = None  # the lead's event, when the article is a story of its day
    told = False  # the lead is told through a report ("..., governors said"): its day dates happenings only
    lead: int | None = None  # where the lead sentence starts: the first with events, caption text aside
    last_day: Event | None = None  # the last event dated to a day by its own words
    last_dated: Event | None = None  # the last dated event of the narrative (no background)
    previous: Event | None = None
    before: Sentence | None = None  # the sentence before, in the same paragraph
    before_mentions: Sequence[ActorMention] = ()  # its mentions, pronouns resolved
    carried: tuple[Sentence, Sequence[ActorMention]] | None = None  # the last sentence read, across paragraphs
    last_end, fragments = 0, []  # fragments: clauses with no subject or verb of their own, hidden, never lost
    built, stale = [], 0  # each event's sentence, candidate, own date, summary; the lead's, told before its day
    unreported = unreported_sentences(text, sentences)  # captions and headlines
    candidates: dict[int, Candidate] = {}  # the candidate of each event, by its predicate's offset
    article = ArticleActors.of(ctx, sentences) if ctx.settings.participant_model else None  # for the model only
    found_in = {s.start: split_dated(text, sentence_candidates(text, s.start, s.end, settings), ctx.times_in(
        s.start, s.end), s.start, s.end) for s in sentences if s.kind == "sentence" and s.start not in unreported}
    parse = document_parse(text, sentences, found_in, settings) if parse is None else parse  # None without the model
    for sentence in sentences:
        if "\n" in text[last_end : sentence.start]:  # a new paragraph restarts the narrative
            previous = before = None
        last_end = sentence.end
        if sentence.kind != "sentence" or sentence.start in unreported:
            if sentence.kind != "caption":
                previous = None
            if sentence.kind == _CAPTION and before is not None and lead == before.start:
                lead = story = None  # "... on Tuesday, Nov. 26. (Photo | PTI)": a caption's text is no lead
            continue
        if _is_question(text, sentence):
            continue  # "Will the truce hold?": a question reports no happening
        sentence_times = ctx.times_in(sentence.start, sentence.end)
        found = found_in[sentence.start]
        predicates = event_verbs(found)  # the clauses a parsed summary leaves out
        drafts = [(c, own) for c in found
                  if not describes(text, c, own := own_time(text, c, sentence_times, doc.dct, ctx.last_before),
                                   doc.dct)]
        sentence_mentions = resolve_pronouns(ctx, sentence, before, drafts,
                                             ctx.mentions_in(sentence.start, sentence.end), before_mentions, carried)
        article = article and replace(article, previous=tuple(before_mentions) if before is not None else ())
        before, before_mentions = carried = sentence, sentence_mentions
        part = SentenceContext(
            sentence=sentence, mentions=sentence_mentions,
            time=next((own for c, own in drafts if own is not None
                       and c.clauses[0].kind not in _BACKGROUND), None),
            previous=previous if settings.inherit_within_paragraph else None,
            last_day=last_day,
            last_dated=last_dated,
            perfect_time=next((own for c, own in drafts if own is not None and c.clauses[0].kind
                               not in _BACKGROUND and in_past_perfect(text, c)), None),
        )
        for candidate, own in drafts:
            summary = summarize(text, candidate, settings.summary_max_words, parse, predicates)  # once: read twice
            if is_fragment(summary, candidate, sentence.start, text):
                fragments.append((part, candidate, own, story_of(story, told, candidate), summary, article))
                continue  # "Allowed attackers to ...", "To rule on Friday": no clause of its own, hidden
            event = _event(ctx, part, candidate, own, len(events) + 1, domain, story_of(story, told, candidate),
                           summary, article)
            late = lead not in (None, sentence.start)  # a late day dates the happenings after it, not sayings
            if story is None and (not late or last_day is None) and may_lead(text, candidate, own, late):
                story, told = lead_story(text, candidate, own, sentence_times, event, doc.dct)  # the lead's, or the
                told = (told or late) and not leading_saying_day(text, candidate, own)  # first day after an undated
                stale = 0 if late else len(events)  # lead; "The lender said on Tuesday that ...": its sayings too
            events.append(event)
            built.append((part, candidate, own, summary))
            lead = sentence.start if lead is None else lead
            candidates[candidate.predicate.start] = candidate
            if event.date_source == "explicit" and event.granularity == "day":
                last_day = event
                part = replace(part, last_day=event)
            if candidate.clauses[0].kind not in _BACKGROUND and event.status != "planned" and not is_open_verb(
                    candidate.predicate, candidate.cue):  # nor does a verb no cue names (Settings.open_verbs)
                previous = event  # background clauses and plans do not move the narrative
                part = replace(part, previous=event if settings.inherit_within_paragraph else None)
                if event.period_start is not None and not in_past_perfect(text, candidate):
                    last_dated = event  # "had flown home on March 5": background, not the narrative
                    part = replace(part, last_dated=event)
        if story is None and lead == sentence.start and events:
            story, stale = lead_day(text, sentence_times, drafts, events[-1], doc.dct), len(events)
            last_day = None if story is None and said_today(text, sentence_times, drafts, doc.dct) else last_day
        elif lead not in (None, sentence.start) and (last_day is None or last_day.sentence.start == sentence.start):
            story, told = opening_story(text, sentence, sentence_times, events[-1], doc.dct, story, told)
        for n in range(stale if story is not None else 0):  # the lead sentence's happenings told before its day
            if events[n].date_source == "article_date":  # ("won at the festival, which closed last night")
                events[n] = _event(ctx, *built[n][:3], n + 1, domain, story_of(story, told, built[n][1]), built[n][3],
                                   article)
                previous, last_dated = (events[n] if e is not None and e.event_id == events[n].event_id else e
                                        for e in (previous, last_dated))
        stale = 0
    events = type_step(text, domain, events, candidates, dct=doc.dct) if settings.type_model else events  # its type
    events = join_quotes(text, events, candidates, times)  # a quote that goes on a statement joins it
    events = merge_parts(text, doc.dct, join_sayings(events, candidates))  # 2nd sayings, a match's points
    events = keep_step(text, doc.dct, events, candidates) if settings.keep_score else events
    events = join_shown_parts(text, events, candidates, times)  # later sayings, retellings, a happening's hour and toll
    events = hide_fragments(text, events, candidates, settings.summary_max_words)  # "The court pointed out"
    return with_hidden(text, events, candidates, [_event(ctx, *f[:3], len(events) + n, domain, *f[3:])  # part,
                                                  for n, f in enumerate(fragments, 1)])  # candidate, own, story, ...


def _is_question(text: str, sentence: Sentence) -> bool:
    """Does ``sentence`` end with a question mark (closing quotes aside)?"""
    return text[sentence.start : sentence.end].rstrip(" \"'\u201d\u2019)").endswith("?")


def _anchored(ctx: DocumentContext, part: SentenceContext, candidate: Candidate) -> EventDate | None:
    """"two months after X": X measured from the date of the sentence, or of the event before it in
    the same sentence (:func:`timeline.events.anchoring.anchored_date`)."""
    durations = ctx.durations_in(part.sentence.start, part.sentence.end)
    if not durations:
        return None
    if part.time is not None:
        label = f"the date of its sentence, '{part.time.text}'"
        return anchored_date(ctx.text, candidate, durations, part.time.period_start, label)
    previous = part.previous
    if previous is None or previous.sentence.start != part.sentence.start:
        return None
    label = "the event it is linked to" + (", dated by the article (uncertain)"
                                           if previous.date_source == "article_date" else "")
    return anchored_date(ctx.text, candidate, durations, previous.period_start, label)


def _named_again(ctx: DocumentContext, candidate: Candidate, sentence_start: int) -> EventDate | None:
    """The day of a happening the text introduced with it ("a briefing on Tuesday") that the
    clauses of ``candidate`` name again ("told the briefing": :mod:`timeline.events.datednouns`)."""
    found = next((n for c in candidate.clauses if (n := named_again(ctx.text, c.start, c.end, [
        n for n in ctx.nouns if n.end <= sentence_start])) is not None), None)
    if found is None:
        return None
    t = found.time
    return EventDate(None, "inherited", (
        f"no date of its own: it names again the {found.noun} of '{t.text}' ({t.value})"),
        t.point_value or t.value, t.granularity, t.period_start, t.period_end)


def _event(ctx: DocumentContext, part: SentenceContext, candidate: Candidate, own: TimeExpression | None,
           number: int, domain: str | None, story: Event | None, summary: str, article: ArticleActors | None) -> Event:
    """The event of ``candidate`` (the ``number``-th of the document) in its sentence ``part``, in
    an article about ``domain`` (:func:`timeline.events.types.article_domain`) and a story of the
    day of ``story`` (:func:`timeline.events.dating.story_day`), read as ``summary``."""
    doc = ctx.doc
    antecedent = None if own is not None else antecedent_time(
        doc.text, candidate, ctx.times_in(part.sentence.start, part.sentence.end))
    when = None if own is not None and own.anchor == WRITTEN_IN_FULL else _anchored(ctx, part, candidate)
    if own is not None and when is None and part.last_dated is not None:
        when = from_previous(doc.text, own, part.last_dated)  # "A day earlier, ...": of the last happening
        when = when or on_happening(own, ctx.times_in(0, own.start), part.last_dated,
                                    part.sentence.start)  # "later that day"
    if when is not None and own is not None and overlaps(when, own):
        when = None  # "two weeks after gunmen killed 26 people on April 22": its own day agrees
    of_the_day = report_of_the_day(doc.text, candidate)
    now = of_the_day and in_present(doc.text, candidate)  # "has promised": news of the article's day
    # "had been supplied": a past perfect is before the time the story is at, so it takes neither
    # the linked event's nor the story's day, and its sentence's only from a past perfect clause
    earlier = candidate.report is None and (in_past_perfect(doc.text, candidate)  # nor does background that
                                            or describes_noun(doc.text, candidate))  # describes a noun
    link = None if when else day_link_words(doc.text, candidate, part.time)  # "the same day", "then wound"
    when = when or date_event(doc.dct, candidate, own, part.perfect_time if earlier else part.time,
                              None if now or earlier else part.previous,
                              of_the_day, antecedent, None if now or earlier else story,
                              part.last_day if link else None, link or "")
    when = almanac_date(doc.text, when, part.sentence.start, doc.dct) or when  # "On this date: In 1666, ..."
    if when.source in ("article_date", "none") or when.resolution.startswith(STORY):
        when = _named_again(ctx, candidate, part.sentence.start) or when  # "told the briefing"
    when = day_link(doc.text, candidate, when, part.previous, story, doc.dct) or when  # "the day before the vote"
    when = stretched(doc.text, when, ctx.times_in(part.sentence.start, candidate.end), doc.dct,
                     lambda: in_present(doc.text, candidate))  # "on Thursday and Friday", "has held ... since March"
    when = pick_date(ctx, part, candidate, when, of_the_day, ctx.settings.date_ranker)  # the ranker's choice
    spans = [(c.start, c.end) for c in candidate.clauses]
    if candidate.borrowed_subject is not None:
        spans.append(candidate.borrowed_subject)
    ruled, inside, outside = event_actors(ctx, part, candidate, spans, article)  # rules, then the model
    roles = actor_roles(candidate, inside) + [(m.name, "mentioned") for m in outside]
    attribution = ""
    if candidate.report is not None:
        attribution = attribution_of(doc.text, candidate, own)
    outlets = [m.name for m in part.mentions if m.kind == "outlet"]
    if outlets:
        extra = ", ".join(dict.fromkeys(o for o in outlets if o not in attribution))
        attribution = "; ".join(a for a in (attribution, extra) if a)
    places = [m for m in part.mentions if m.kind == "place"]  # where: anywhere in the sentence
    inside = [m for m in inside if m.kind != "place"]
    acting = [m for m in inside if m.kind != "outlet"] + outside
    actors = ctx.analyst_actors(acting)
    kind = event_type(doc.text, candidate, domain, (part.sentence.start, part.sentence.end), ruled)
    event = Event(
        event_id=f"{doc.doc_id}-e{number:03d}",
        doc_id=doc.doc_id,
        sentence=part.sentence,
        trigger_start=candidate.predicate.start,
        trigger_end=candidate.predicate.end,
        predicate=candidate.predicate.text,
        summary=summary,
        time=when.time if when.source == "explicit" else None,
        date_source=when.source,
        date_value=when.value,
        granularity=when.granularity,
        period_start=when.start,
        period_end=when.end,
        resolution=when.resolution,
        actors=actors,
        actor_roles=tuple((name, role) for name, role in roles if name in actors),
        mentions=tuple(inside),
        event_type=kind,
        status=dated_status(reported_status(candidate.status, candidate.report_cue, kind, candidate.cue), when.source,
                            when.start, doc.dct, to_come(doc.text, candidate)),
        attribution=attribution,
        actor_kinds=actor_kinds(acting),
        actor_affiliations=actor_affiliations(acting),
        location=places[0].name if places else "",
        location_country=places[0].country if places else "",
    )
    if event.date_source == "none":
        event = with_unresolved(doc, event, candidate, ctx.unresolved)
    return event
