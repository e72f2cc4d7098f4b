"""Events of one document: candidates from each sentence, with their dates and actors.

The steps, for each sentence of the document in order:

1. its event candidates (:func:`timeline.events.candidates.sentence_candidates`), each with its
   own date if its clauses hold one (:func:`timeline.events.dating.own_time`);
2. its actor mentions, with subject pronouns resolved (:mod:`timeline.events.coreference`);
3. one :class:`~timeline.model.Event` per candidate: its date, own or inherited
   (:mod:`timeline.events.dating`), its actors and their roles, who reported it
   (:mod:`timeline.events.roles`), its summary (:mod:`timeline.events.summary`) and status.

A new paragraph (or a headline) restarts the narrative: nothing is inherited across it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline.actors.kinds import actor_affiliations, actor_kinds
from timeline.events.candidates import Candidate, sentence_candidates
from timeline.events.context import DocumentContext, SentenceContext
from timeline.events.coreference import resolve_pronouns
from timeline.events.dating import (
    date_event,
    dated_status,
    own_time,
    report_of_the_day,
    with_unresolved,
)
from timeline.events.eventness import describes, is_fragment
from timeline.events.participants import event_participants
from timeline.events.roles import actor_roles, attribution_of
from timeline.events.summary import summarize
from timeline.events.types import article_domain, event_type
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.settings import DEFAULT_SETTINGS, Settings

__all__ = ["build_events"]

_BACKGROUND = ("rel", "sub")  # clause kinds that neither date their sentence nor move the narrative


def build_events(
    doc: Document,
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpression],
    mentions: Sequence[ActorMention],
    analyst_actors: Callable[[Sequence[ActorMention]], tuple[str, ...]],
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Event]:
    """The events of ``doc``, in text order, from its ``sentences``, time expressions and actor
    mentions; ``analyst_actors`` turns the mentions of an event into the names it lists.

    >>> from timeline.actors import analyst_actors, find_actors
    >>> from timeline.temporal import tag
    >>> from timeline.text import split_sentences
    >>> from datetime import date
    >>> doc = Document("d", "Rebels seized the airport on Friday.", date(2025, 4, 28))
    >>> [(e.predicate, e.date_value, e.actors) for e in build_events(
    ...     doc, split_sentences(doc.text), tag(doc.text, doc.dct), find_actors(doc.text), analyst_actors)]
    [('seized', '2025-04-25', ())]
    """
    ctx = DocumentContext.of(doc, times, mentions, analyst_actors, settings)
    domain = article_domain(doc.text)
    text = doc.text
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
        if _is_question(text, sentence):
            continue  # "Will the truce hold?": a question reports no happening
        sentence_times = ctx.times_in(sentence.start, sentence.end)
        drafts = [(c, own) for c in sentence_candidates(text, sentence.start, sentence.end, settings)
                  if not describes(text, c, own := own_time(text, c, sentence_times))]
        sentence_mentions = resolve_pronouns(ctx, sentence, before, drafts,
                                             ctx.mentions_in(sentence.start, sentence.end))
        before = sentence
        part = SentenceContext(
            sentence=sentence,
            mentions=sentence_mentions,
            time=next((own for c, own in drafts if own is not None
                       and c.clauses[0].kind not in _BACKGROUND), None),
            previous=previous if settings.inherit_within_paragraph else None,
        )
        for candidate, own in drafts:
            if is_fragment(summarize(text, candidate, settings.summary_max_words), candidate, sentence.start):
                continue  # "Allowed attackers to ...", "To rule on Friday": no clause of its own
            event = _event(ctx, part, candidate, own, len(events) + 1, domain)
            events.append(event)
            if candidate.clauses[0].kind not in _BACKGROUND and event.status != "planned":
                previous = event  # background clauses and plans do not move the narrative
                part = SentenceContext(part.sentence, part.mentions, part.time,
                                       event if settings.inherit_within_paragraph else None)
    return events


def _is_question(text: str, sentence: Sentence) -> bool:
    """Does ``sentence`` end with a question mark (closing quotes aside)?"""
    return text[sentence.start : sentence.end].rstrip(" \"'\u201d\u2019)").endswith("?")


def _event(ctx: DocumentContext, part: SentenceContext, candidate: Candidate,
           own: TimeExpression | None, number: int, domain: str | None) -> Event:
    """The event of ``candidate`` (the ``number``-th of the document) in its sentence ``part``, in
    an article about ``domain`` (:func:`timeline.events.types.article_domain`)."""
    doc = ctx.doc
    when = date_event(doc.dct, candidate, own, part.time, part.previous,
                      report_of_the_day(doc.text, candidate))
    spans = [(c.start, c.end) for c in candidate.clauses]
    if candidate.borrowed_subject is not None:
        spans.append(candidate.borrowed_subject)
    inside = [m for m in part.mentions if any(s <= m.start and m.end <= e for s, e in spans)]
    inside = event_participants(doc.text, candidate, inside, part.sentence.start, part.mentions)
    roles = actor_roles(candidate, inside)
    attribution = ""
    if candidate.report is not None:
        attribution = attribution_of(doc.text, candidate, own)
    outlets = [m.name for m in part.mentions if m.kind == "outlet"]
    if outlets:
        extra = ", ".join(dict.fromkeys(o for o in outlets if o not in attribution))
        attribution = "; ".join(a for a in (attribution, extra) if a)
    places = [m for m in part.mentions if m.kind == "place"]  # where: anywhere in the sentence
    inside = [m for m in inside if m.kind != "place"]
    acting = [m for m in inside if m.kind != "outlet"]
    actors = ctx.analyst_actors(acting)
    event = Event(
        event_id=f"{doc.doc_id}-e{number:03d}",
        doc_id=doc.doc_id,
        sentence=part.sentence,
        trigger_start=candidate.predicate.start,
        trigger_end=candidate.predicate.end,
        predicate=candidate.predicate.text,
        summary=summarize(doc.text, candidate, ctx.settings.summary_max_words),
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
        event_type=event_type(doc.text, candidate, domain, (part.sentence.start, part.sentence.end)),
        status=dated_status(candidate.status, when.source, when.start, doc.dct),
        attribution=attribution,
        actor_kinds=actor_kinds(acting),
        actor_affiliations=actor_affiliations(acting),
        location=places[0].name if places else "",
        location_country=places[0].country if places else "",
    )
    if event.date_source == "none":
        event = with_unresolved(doc, event, candidate, ctx.unresolved)
    return event
