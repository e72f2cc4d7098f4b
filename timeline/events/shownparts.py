"""The parts joined after the keep score, in order: a speaker's later sayings, a happening told again,
then a happening's details.

All take only shown events as parts and homes (:mod:`timeline.events.statementparts`,
:mod:`timeline.events.retellings`, :mod:`timeline.events.detailparts`); one step of the pipeline
(:mod:`timeline.events.build`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from timeline.events.candidates import Candidate
from timeline.events.detailparts import join_details
from timeline.events.retellings import fold_retellings
from timeline.events.statementparts import join_statements
from timeline.model import Event, TimeExpression

__all__ = ["join_shown_parts"]


def join_shown_parts(text: str, events: Sequence[Event], candidates: Mapping[int, Candidate],
                     times: Sequence[TimeExpression] = ()) -> list[Event]:
    """``events`` (of one document, in text order, scored) with a speaker's later sayings joined to
    the statement shown before them, a later telling of a happening folded into its first telling,
    then each detail of a happening (its time, its toll's breakdown) joined to it; renumbered."""
    return join_details(text, fold_retellings(join_statements(text, events, candidates, times)))
