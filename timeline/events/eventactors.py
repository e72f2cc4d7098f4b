"""The actors of one event: the hand rules (:mod:`timeline.events.participants`), then the learned
participant model over the candidates.

:func:`event_actors` builds the candidates of an event (:mod:`timeline.events.participantfeatures`),
lets the model choose (:mod:`timeline.events.participantscore`) and returns the chosen mentions of
the sentence and, for a chosen actor not named in the sentence (the subject of the sentence before,
an affiliation, the article's most named actor), the mention it was reached through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events.articleactors import DocumentActors, document_actors
from timeline.events.candidates import Candidate
from timeline.events.context import DocumentContext, SentenceContext
from timeline.events.participantfeatures import candidates_of
from timeline.events.participants import event_participants
from timeline.events.participantscore import choose
from timeline.model import ActorMention, Sentence

__all__ = ["ArticleActors", "event_actors"]


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """What the participant model reads beyond the sentence: the article's actors, the (start,
    actor id) of the mentions found as names, and the mentions of the sentence before in the same
    paragraph (pronouns resolved; empty after a paragraph break)."""

    doc: DocumentActors
    originals: frozenset[tuple[int, str]]
    previous: tuple[ActorMention, ...] = ()

    @classmethod
    def of(cls, ctx: DocumentContext, sentences: Sequence[Sentence]) -> ArticleActors:
        """The actors of the article of ``ctx`` (split into ``sentences``)."""
        return cls(document_actors(ctx.mentions, sentences, ctx.analyst_actors),
                   frozenset((m.start, m.actor_id) for m in ctx.mentions))


def event_actors(ctx: DocumentContext, part: SentenceContext, candidate: Candidate,
                 spans: Sequence[tuple[int, int]],
                 article: ArticleActors | None) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """(the actors the rules keep, places aside: what the event's type is read with; the chosen
    mentions of the sentence, places the rules keep included; the chosen actors' mentions from
    outside it) for the event of ``candidate`` whose clauses are ``spans``. Without
    ``Settings.participant_model`` the rules choose alone."""
    inside = [m for m in part.mentions if any(s <= m.start and m.end <= e for s, e in spans)]
    ruled = event_participants(ctx.text, candidate, inside, part.sentence.start, part.mentions)
    actors = [m for m in ruled if m.kind != "place"]
    if not ctx.settings.participant_model or article is None:
        return actors, ruled, []
    names_of = ctx.analyst_actors
    found = candidates_of(ctx.text, candidate, part.sentence, part.mentions, article.originals, spans, ruled,
                          article.previous, article.doc, names_of)
    chosen = choose(found, key=(ctx.doc.doc_id, candidate.predicate.start))
    names = {c.name for c in chosen}
    inside = [m for m in part.mentions if m.kind == "place" and m in ruled
              or any(n in names for n in names_of([m]))]
    named = {n for m in inside for n in names_of([m])}
    return actors, inside, [c.mentions[0] for c in chosen if c.name not in named]
