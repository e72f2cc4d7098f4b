"""The events corpus (``tests/corpus/articles``, ``timeline evaluate``) for
``tools/train_participants.py``: its gold events found, with the actors of each event chosen by the
rules or by a participant model, so that a setting of the model that loses corpus events is never
chosen (the corpus is a floor: it must not get worse).

The corpus is not trained on: its gold lists only the actors an event must include
(``actors_include``), among them the countries acted upon and the countries of places ("arrived in
Tehran": Iran) that the news gold sets leave out, so its figures are the model's on unseen text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import trainkit

CORPUS = trainkit.ROOT / "tests" / "corpus" / "articles"


@dataclass
class Corpus:
    """Every article of the corpus: its gold, its rows (all events, as ``timeline evaluate`` scores
    them) and the candidates of each row (None when not recorded)."""

    golds: list[dict]
    rows: list[list[dict]]
    candidates: list[list[tuple | None]]

    def matrix(self) -> np.ndarray:
        """Every candidate's feature row, in the order of :meth:`chosen`."""
        from timeline.events.participantfeatures import feature_names

        rows = [c.row for found in self.candidates for cs in found for c in cs or ()]
        return np.array(rows, dtype=float).reshape(-1, len(feature_names()))

    def found(self, scores: np.ndarray | None = None, veto: float = 0.0, add: float = 1.01) -> tuple[int, int]:
        """The gold events found, with actors' affiliations and strictly, the actors of every row
        chosen by ``scores`` (in :meth:`matrix` order; None: the rules' choice)."""
        from timeline.evaluation.events import score_document

        n, found, strict = 0, 0, 0
        for gold, rows, found_rows in zip(self.golds, self.rows, self.candidates, strict=True):
            chosen = []
            for row, cs in zip(rows, found_rows, strict=True):
                if cs is not None:
                    keep = []
                    for c in cs:
                        keep.append(c.rule if scores is None else scores[n] >= (veto if c.rule else add))
                        n += 1
                    own = {c.name for c in cs}
                    row = {**row, "actors": [c.name for c, k in zip(cs, keep, strict=True) if k]
                           + [a for a in row["actors"] if a not in own]}
                chosen.append(row)
            found += score_document(gold, chosen).found
            strict += score_document(gold, chosen, affiliations=False).found
        return found, strict


def collect(folder: Path = CORPUS) -> Corpus:
    """Run the pipeline on every article of the corpus, recording every event's candidates."""
    from timeline.events.participantscore import recording
    from timeline.loaders import load_documents
    from timeline.pipeline import process
    from timeline.settings import Settings

    corpus = Corpus([], [], [])
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_name(gold.get("article") or gold_path.name.replace(".gold.json", ".txt"))
        with recording() as log:
            result = process(load_documents([article]).documents[0], Settings(participant_model=True))
        by_key = dict(log)
        rows = trainkit.rows(result)
        corpus.golds.append(gold)
        corpus.rows.append(rows)
        corpus.candidates.append([by_key.get((row["doc_id"], row["trigger_start"])) for row in rows])
    return corpus
