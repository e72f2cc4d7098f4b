"""Every tunable default of the pipeline, in one typed, frozen object.

>>> from timeline.settings import Settings
>>> Settings().summary_max_words
30
>>> Settings(summary_max_words=12).summary_max_words
12

Pass a ``Settings`` to :func:`timeline.process` (or ``timeline.extract_events``) to change them.
Language knowledge (words, patterns) is not here: it lives in the rule files under each
package's ``rules/en/``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_SETTINGS", "Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    # Sentences
    """The tunable defaults of the pipeline (pass one to ``process``, ``events_table`` ...)."""

    headline_max_words: int = 16
    """A line without a closing full stop and with at most this many words is a headline."""

    # Actors
    actor_model: bool | str = True
    """Find the people, organisations and places no list knows with the statistical NER model
    (when installed); if False only the gazetteer and the rules find actors. A string names
    another spaCy model to use instead of the default small one: an installed model package or a
    model directory (see ``timeline/actors/ner.py``)."""

    actor_score: bool = False
    """With the model, decide which candidate entities are actors with the learned actor score
    (``timeline/actors/actorscore.py``); if False (the default) the hand vetting alone decides.
    Off by default: retrained on the eleven training sets (news-news12 without news4; ninth
    session, ``tools/train_actors.py`` measuring the article's whole list, ``score.py
    --doc-actors``), leave-one-article-out it moves pooled document-actor recall / precision
    85.0 / 75.2 -> 84.1 / 77.0 at the threshold of most precision within one point of recall:
    under the +3 points of precision that would be worth the recall. Earlier: over ten sets
    -0.8 / +1.6, and on the blind news4 it lost 1.7 points of recall for no precision (fifth
    session)."""

    # Events
    parse: bool = False
    """Read the summaries of the sentences with two events or more from the NER model's
    dependency parse, one clause each (when ``actor_model`` is on and the model installed:
    ``timeline/events/parsed.py``); if False, or without the model, from the tokens alone. Off by
    default: on the dev sets it leaves key events found, exact dates and actors within 0.6 points,
    changes about 70 summaries not yet judged, and costs about a fifth of the pipeline's speed
    (``benchmarks/bench_parse.py``)."""
    summary_max_words: int = 30
    """Summaries longer than this are cut, with an ellipsis."""
    report_gap: int = 6
    """Words allowed between a reporting verb and its "that" ("confirmed for the first time that")."""
    status_window: int = 3
    """Words before a predicate searched for negation ("did not attack") and plans ("will meet")."""
    inherit_within_paragraph: bool = True
    """An event without a date of its own takes the previous event's date in its paragraph; if
    False it takes the article date."""

    date_ranker: bool = False
    """Choose each event's date among every date its context offers with the learned ranker
    (``timeline/events/datescore.py``); if False (the default) the hand rules' choice stands. Off
    by default: cross-validated on the eleven training sets (2026-12-06, 1,842 matched key events) it
    ties the rules (77.7% dated right either way, though a right option is offered for 92.2%) and
    costs about a fifth of the rule-only pipeline's time."""
    keep_score: bool = True
    """Score each event by how likely a reader keeps it (``timeline/events/keepscore.py``) and
    leave those under the learned threshold out of the default views (as parts of the event they
    repeat, or marked minor); if False every event is shown, unscored."""
    participant_model: bool = False
    """Choose each event's actors with the learned participant model
    (``timeline/events/participantscore.py``); if False (the default) with the hand rules of
    ``timeline/events/participants.py`` alone. Off by default: cross-validated on the eleven
    training sets, key events with exactly the right actors stay at 60.9 under the
    events corpus floor (``tests/corpus/articles``: no event lost); the vetoes that gain 1.4-1.5
    points drop countries of places and countries acted upon that the corpus requires (169 -> 158
    events found). See the README, "Participant model"."""

    open_verbs: bool = True
    """Let a clause whose content has no event cue take its finite verb as the predicate, with a
    generic cue (``timeline/events/openverbs.py``, ``rules/en/openverbs.toml``: "The president
    addressed the nation"); if False only the verbs of ``rules/en/cues.toml`` make events. On by
    default since the sixth session: with the keep score retrained on the judged new events,
    cross-validated over 11 training sets it finds more key events at every keep rate (keep 44.5 /
    found 90.6 / exact date 68.4 against 46.4 / 85.1 / 63.8 without)."""

    type_model: bool = True
    """Let the learned type model (``timeline/events/typemodel.py``) decide each event's type, the
    rules' type (``timeline/events/types.py``) being one of its features; if False the rules decide."""

    # Many articles
    merge_across_documents: bool = True
    """Merge reports of the same happening from several articles into one event with sources."""

    # Limits (broken or hostile input). Each is checked before the work it protects; an input
    # past one is an error naming the file (and line), and the other files and records load.
    max_file_bytes: int = 64_000_000
    """Largest file read whole (.txt, .json, and any file given to ``timeline events``), counted
    after gzip decompression: a gzip bomb is refused after reading this much, not all of it."""
    max_upload_bytes: int = 20_000_000
    """Largest file uploaded to the dashboard, counted after gzip decompression."""
    max_line_bytes: int = 16_000_000
    """Longest line of a JSONL or CSV archive. Read record by record (``timeline extract``), the
    rest of a file is not read past such a line (only this much of it is read); in a file read
    whole, that line is an error and the other lines load."""
    max_json_depth: int = 100
    """Deepest nesting of arrays and objects in a JSON text or JSONL line (checked by a linear
    scan before parsing; an article record needs 2 or 3)."""
    max_sentence_chars: int = 2_000
    """A run of text longer than this without a sentence end is cut into pieces of at most this
    many characters (at a space when there is one), so no event copies a huge "sentence"."""
    max_events_per_document: int = 10_000
    """Events kept per document; a document with more is reported, its first events kept and
    the rest of its text not processed."""
    max_section_chars: int = 1_000_000
    """A longer text is processed in sections of at most this many characters, cut at paragraph
    ends, so memory follows the section, not the text; a shortened name or a relative date
    ("two days later") does not reach across a cut."""


DEFAULT_SETTINGS = Settings()
