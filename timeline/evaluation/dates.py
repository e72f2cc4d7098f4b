"""TempEval-3 Task A scoring of time expressions (strict/relaxed P/R/F1, type and value).

Gold and system timexes of a document are paired when they overlap, greedily, left to right,
one to one, exactly as the official toolkit's TimeML normaliser aligns them; the scores are
then pooled over all documents (micro-average). Value F1 = value accuracy x relaxed F1.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.evaluation.corpus import read_corpus, tag_documents

__all__ = ["Scores", "align", "evaluate", "format_scores", "score_documents"]


@dataclass(frozen=True, slots=True)
class Scores:
    """Pooled counts and the TempEval-3 measures computed from them (fractions, 0..1)."""

    gold: int
    system: int
    relaxed: int
    strict: int
    type_matches: int
    value_matches: int
    documents: int
    errors: tuple[dict[str, Any], ...] = field(default=(), repr=False)

    def _ratio(self, a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def empty(self) -> bool:
        """True when neither the gold nor the system has a time expression."""
        return self.gold == 0 and self.system == 0

    def precision(self, kind: str = "relaxed") -> float:
        """Matches (``kind``: relaxed or strict) per system expression; 1 when both are empty."""
        return 1.0 if self.empty else self._ratio(getattr(self, kind), self.system)

    def recall(self, kind: str = "relaxed") -> float:
        """Matches (``kind``: relaxed or strict) per gold expression; 1 when both are empty."""
        return 1.0 if self.empty else self._ratio(getattr(self, kind), self.gold)

    def f1(self, kind: str = "relaxed") -> float:
        """The harmonic mean of precision and recall of one kind of match."""
        p, r = self.precision(kind), self.recall(kind)
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def accuracy(self, attribute: str) -> float:
        """The share of relaxed matches whose ``attribute`` (type or value) agrees."""
        if self.empty:
            return 1.0
        return self._ratio(getattr(self, f"{attribute}_matches"), self.relaxed)

    def attribute_f1(self, attribute: str) -> float:
        """TempEval-3's attribute F1: the attribute's accuracy times the relaxed F1."""
        return 1.0 if self.empty else self.accuracy(attribute) * self.f1("relaxed")

    @property
    def strict_f1(self) -> float:
        """F1 of exact-extent matches."""
        return self.f1("strict")

    @property
    def relaxed_f1(self) -> float:
        """F1 of overlapping-extent matches."""
        return self.f1("relaxed")

    @property
    def value_f1(self) -> float:
        """The value F1: value accuracy times relaxed F1."""
        return self.attribute_f1("value")

    @property
    def type_f1(self) -> float:
        """The type F1: type accuracy times relaxed F1."""
        return self.attribute_f1("type")


def _clean(timexes: Sequence[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    out = []
    for t in timexes:
        start, end = int(t["start"]), int(t["end"])
        surface = t.get("text")
        if surface is None and text is not None:
            surface = text[start:end]
        if surface is None or not surface.strip():
            continue  # the toolkit ignores timexes without text
        out.append({"start": start, "end": end, "text": surface,
                    "type": t.get("type") or "", "value": t.get("value") or ""})
    out.sort(key=lambda t: (t["start"], -t["end"]))
    return out


def align(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, system index) as the TimeML normaliser aligns them.

    Walking the start offsets left to right, gold before system, a timex that begins takes the
    id of the other side's timex still open there (unless its own previous timex took it).

    >>> g = [{"start": 0, "end": 14}]
    >>> s = [{"start": 0, "end": 6}, {"start": 7, "end": 14}]
    >>> align(g, s)
    [(0, 0)]
    """
    sides = (gold, system)
    ids: tuple[list[int], list[int]] = ([0] * len(gold), [0] * len(system))
    next_id = 1
    last_taken = [0, 0]
    for pos in sorted({t["start"] for t in gold} | {t["start"] for t in system}):
        starting = [[i for i, t in enumerate(side) if t["start"] == pos] for side in sides]
        open_ids = [0, 0]
        for s in (0, 1):
            if starting[s]:
                continue
            running = [i for i, t in enumerate(sides[s]) if t["start"] < pos < t["end"]]
            if running:
                open_ids[s] = ids[s][max(running, key=lambda i: sides[s][i]["start"])]
        nested = len(starting[0]) > 1 or len(starting[1]) > 1
        for s in (0, 1):
            other = 1 - s
            for i in starting[s]:
                candidate = next_id
                open_other = open_ids[other]
                if nested and s == 1:
                    same = [ids[0][k] for k in starting[0]
                            if sides[0][k]["end"] == sides[1][i]["end"]]
                    if same:
                        open_other = same[0]
                if open_other and last_taken[s] < open_other:
                    candidate = open_other
                last_taken[s] = candidate
                if candidate == next_id:
                    next_id += 1
                ids[s][i] = candidate
                open_ids[s] = candidate
    system_by_id = {tid: j for j, tid in enumerate(ids[1])}
    return [(i, system_by_id[tid]) for i, tid in enumerate(ids[0]) if tid in system_by_id]


def score_documents(gold_docs: Sequence[dict[str, Any]],
                    system_docs: dict[str, dict[str, Any]]) -> Scores:
    """Score system documents (by id) against gold documents, pooling all counts."""
    counts = dict(gold=0, system=0, relaxed=0, strict=0, type=0, value=0)
    errors: list[dict[str, Any]] = []
    for gdoc in gold_docs:
        sdoc = system_docs.get(gdoc["id"], {"timexes": []})
        gold = _clean(gdoc.get("timexes", []), gdoc.get("text"))
        system = _clean(sdoc.get("timexes", []), gdoc.get("text"))
        pairs = align(gold, system)
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        counts["relaxed"] += len(pairs)
        for i, j in pairs:
            g, s = gold[i], system[j]
            strict = g["text"] == s["text"]
            counts["strict"] += strict
            counts["type"] += g["type"] == s["type"]
            counts["value"] += g["value"] == s["value"]
            if not (strict and g["type"] == s["type"] and g["value"] == s["value"]):
                errors.append({"doc": gdoc["id"], "kind": "mismatch", "gold": g, "system": s})
        paired_gold = {i for i, _ in pairs}
        paired_system = {j for _, j in pairs}
        errors += [{"doc": gdoc["id"], "kind": "missed", "gold": g}
                   for i, g in enumerate(gold) if i not in paired_gold]
        errors += [{"doc": gdoc["id"], "kind": "spurious", "system": s}
                   for j, s in enumerate(system) if j not in paired_system]
    return Scores(counts["gold"], counts["system"], counts["relaxed"], counts["strict"],
                  counts["type"], counts["value"], len(gold_docs), tuple(errors))


def evaluate(gold_path: str | Path, predictions_out: str | Path | None = None,
             errors_out: str | Path | None = None) -> Scores:
    """Tag the documents of a gold corpus (JSONL or a folder of ``.tml``) and score the result.

    Optionally writes the predictions (JSONL, the ``timeline tag`` format) and the errors
    (one JSON object a line: missed, spurious, or mismatch with both sides).
    """
    gold_docs = read_corpus(gold_path)
    predictions = {d["id"]: d for d in tag_documents(gold_docs)}
    scores = score_documents(gold_docs, predictions)
    if predictions_out is not None:
        _write_jsonl(predictions_out, predictions.values())
    if errors_out is not None:
        _write_jsonl(errors_out, scores.errors)
    return scores


def _write_jsonl(path: str | Path, rows: Any) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def format_scores(scores: Scores) -> str:
    """The TempEval-3 table, as printed by ``timeline evaluate`` (percentages, 2 decimals)."""
    def pc(x: float) -> str:
        return f"{100 * x:6.2f}"

    return "\n".join([
        f"TempEval-3 Task A (timex)   {scores.documents} docs, {scores.gold} gold / "
        f"{scores.system} system timexes",
        "               P       R      F1     Acc",
        f"strict    {pc(scores.precision('strict'))}  {pc(scores.recall('strict'))}  "
        f"{pc(scores.strict_f1)}       -",
        f"relaxed   {pc(scores.precision())}  {pc(scores.recall())}  {pc(scores.relaxed_f1)}       -",
        f"type          -       -  {pc(scores.type_f1)}  {pc(scores.accuracy('type'))}",
        f"value         -       -  {pc(scores.value_f1)}  {pc(scores.accuracy('value'))}",
        f"matches: strict {scores.strict}, relaxed {scores.relaxed}, "
        f"type {scores.type_matches}, value {scores.value_matches}",
    ])
