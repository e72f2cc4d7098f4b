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
    actor_model: bool = True
    """Find the people, organisations and places no list knows with the statistical NER model
    (when installed); if False only the gazetteer and the rules find actors."""

    # Events
    summary_max_words: int = 30
    """Summaries longer than this are cut, with an ellipsis."""
    report_gap: int = 6
    """Words allowed between a reporting verb and its "that" ("confirmed for the first time that")."""
    status_window: int = 3
    """Words before a predicate searched for negation ("did not attack") and plans ("will meet")."""
    inherit_within_paragraph: bool = True
    """An event without a date of its own takes the previous event's date in its paragraph; if
    False it takes the article date."""

    # Many articles
    merge_across_documents: bool = True
    """Merge reports of the same happening from several articles into one event with sources."""


DEFAULT_SETTINGS = Settings()
