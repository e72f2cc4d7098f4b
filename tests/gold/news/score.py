#!/usr/bin/env python3
"""Score ``timeline events`` output against the outside-style news gold set (standard library only).

    python3 tests/gold/news/score.py GOLD_DIR EVENTS.jsonl... [--json] [--misses]

GOLD_DIR holds the ``*.gold.json`` files (``tests/gold/news`` or its ``articles`` folder). Each
EVENTS file is what ``timeline events ... --format jsonl`` writes (one file per article or one for
all); events are grouped by ``doc_id``, the article's file stem. For each article and pooled (all,
non-Western, and per kind) it prints:

- document actors: recall (gold actors named by some event) and precision (the distinct actor
  names on the article's events that are a gold actor; a second name for an actor already
  matched counts as wrong: one name per entity). Names match case-insensitively, ignoring a
  leading "the", on the gold ``name`` or any alias;
- key events found: an event whose ``sentence`` contains the gold ``sentence_contains`` and whose
  ``summary`` matches ``summary_matches`` (case-insensitive regex);
- found with the exact date: ``start`` and ``end`` equal the gold ones (a null gold date needs an
  undated event);
- found with exactly the right actors: gold ``actors`` <= event actors <= ``actors`` +
  ``actors_optional`` (an event actor that is no gold actor fails);
- status and type accuracy among the found key events.

Several events may match one key event; the best one counts (date, then actors, status, type).
``--misses`` lists every key event not found or found wrong, and every wrong actor name;
``--json`` prints the figures as JSON instead of the table; ``--doc-actors`` counts the document
actors from the events' ``doc_actors`` column (the article's own list of actors) too. Exit code 2 on unreadable input.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

COUNTS = ("gold_actors", "actors_found", "output_actors", "actors_correct", "key_events", "found",
          "exact_date", "exact_actors", "status_ok", "type_ok")


class InputError(Exception):
    """An unreadable gold or events file; the message names the file (and line)."""


def norm(name: str) -> str:
    """A name as compared: case-folded, spaces collapsed, accents dropped (one name spelt with or
    without its diacritics, "Inácio" / "Inacio", is one name), without a leading 'the'.

    >>> norm("  The Competition and  Markets Authority ")
    'competition and markets authority'
    >>> norm("Luiz Inácio Lula da Silva") == norm("Luiz Inacio Lula da Silva")
    True
    """
    text = " ".join(str(name).split()).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text[4:] if text.startswith("the ") else text


def squash(text: str) -> str:
    """Text with runs of whitespace made one space, for fragment matching."""
    return " ".join(str(text).split())


@dataclass(frozen=True)
class ArticleScore:
    """The counts of one article, and what went wrong (for ``--misses``)."""

    doc_id: str
    kind: str
    non_western: bool
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    misses: list = field(default_factory=list)


def load_gold(directory: Path) -> list[dict]:
    """Every gold file of a directory (or of its ``articles`` folder), sorted by name."""
    directory = Path(directory)
    if not list(directory.glob("*.gold.json")) and (directory / "articles").is_dir():
        directory = directory / "articles"
    paths = sorted(directory.glob("*.gold.json"))
    if not paths:
        raise InputError(f"{directory}: no *.gold.json files")
    golds = []
    for path in paths:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: {exc}") from exc
        gold["_doc_id"] = Path(gold["article"]).stem
        golds.append(gold)
    return golds


def load_events(paths: list[Path]) -> dict[str, list[dict]]:
    """Events of JSONL (or JSON list) files grouped by ``doc_id``."""
    by_doc: dict[str, list[dict]] = {}
    for path in map(Path, paths):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: {exc}") from exc
        if path.suffix == ".json":
            try:
                rows = [(i + 1, row) for i, row in enumerate(json.loads(text))]
            except ValueError as exc:
                raise InputError(f"{path}: {exc}") from exc
        else:
            rows = []
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        rows.append((number, json.loads(line)))
                    except ValueError as exc:
                        raise InputError(f"{path}, line {number}: {exc}") from exc
        for number, row in rows:
            if not isinstance(row, dict) or "doc_id" not in row:
                raise InputError(f"{path}, line {number}: an event needs a doc_id")
            by_doc.setdefault(str(row["doc_id"]), []).append(row)
    return by_doc


def actor_index(gold: dict) -> dict[str, str]:
    """Normalised name or alias -> gold actor name."""
    index = {}
    for actor in gold["document_actors"]:
        for form in [actor["name"], *actor.get("aliases", [])]:
            index.setdefault(norm(form), actor["name"])
    return index


def judge(key: dict, event: dict, index: dict[str, str]) -> tuple[bool, bool, bool, bool]:
    """(exact date, exact actors, status right, type right) of an event matched to a key event."""
    date_ok = (event.get("start"), event.get("end")) == (key["start"], key["end"])
    mapped = [index.get(norm(a)) for a in event.get("actors") or []]
    allowed = set(key["actors"]) | set(key["actors_optional"])
    actors_ok = None not in mapped and set(key["actors"]) <= set(mapped) <= allowed
    return date_ok, actors_ok, event.get("status") == key["status"], event.get("event_type") == key["type"]


def score_article(gold: dict, events: list[dict], doc_actors: bool = False) -> ArticleScore:
    """The counts of one article's events against its gold (with ``doc_actors``, the document
    actors are the events' ``doc_actors`` column, the article's own list, where the events have it)."""
    score = ArticleScore(gold["_doc_id"], gold["kind"], bool(gold["source"]["non_western"]))
    counts, index = score.counts, actor_index(gold)
    names = {a["name"] for a in gold["document_actors"]}
    output = sorted({a for event in events for a in event.get("actors") or []}
                    | {a for event in events if doc_actors for a in event.get("doc_actors") or []})
    matched = {index[norm(a)] for a in output if norm(a) in index}
    counts["gold_actors"], counts["actors_found"] = len(names), len(matched)
    counts["output_actors"] = len(output)
    seen: set[str] = set()
    for actor in output:
        gold_name = index.get(norm(actor))
        if gold_name is not None and gold_name not in seen:
            counts["actors_correct"] += 1
            seen.add(gold_name)
        else:
            why = "a second name for " + gold_name if gold_name else "not a gold actor"
            score.misses.append(f"actor {actor!r}: {why}")
    score.misses.extend(f"actor {name!r}: missed" for name in sorted(names - matched))
    for key in gold["key_events"]:
        counts["key_events"] += 1
        pattern = re.compile(key["summary_matches"], re.IGNORECASE)
        fragment = squash(key["sentence_contains"])
        candidates = [e for e in events if fragment in squash(e.get("sentence", ""))
                      and pattern.search(str(e.get("summary", "")))]
        if not candidates:
            score.misses.append(f"event {key['key']!r}: not found")
            continue
        best, verdict = max(((e, judge(key, e, index)) for e in candidates), key=lambda pair: pair[1])
        counts["found"] += 1
        for name, ok in zip(("exact_date", "exact_actors", "status_ok", "type_ok"), verdict, strict=True):
            counts[name] += ok
        wrong = [f"date {best.get('start')}..{best.get('end')} (gold {key['start']}..{key['end']})"] * (not verdict[0])
        wrong += [f"actors {best.get('actors')} (gold {key['actors']} + {key['actors_optional']})"] * (not verdict[1])
        wrong += [f"status {best.get('status')} (gold {key['status']})"] * (not verdict[2])
        wrong += [f"type {best.get('event_type')} (gold {key['type']})"] * (not verdict[3])
        if wrong:
            score.misses.append(f"event {key['key']!r}: " + "; ".join(wrong))
    return score


def pool(scores: list[ArticleScore]) -> dict:
    """Summed counts of several articles."""
    return {name: sum(s.counts[name] for s in scores) for name in COUNTS}


def ratio(part: int, whole: int) -> float | None:
    """``part / whole`` as a percentage, None when there is nothing to divide."""
    return round(100.0 * part / whole, 1) if whole else None


def figures(counts: dict) -> dict:
    """The percentages of a set of counts."""
    return {
        "actor_recall": ratio(counts["actors_found"], counts["gold_actors"]),
        "actor_precision": ratio(counts["actors_correct"], counts["output_actors"]),
        "found": ratio(counts["found"], counts["key_events"]),
        "exact_date": ratio(counts["exact_date"], counts["key_events"]),
        "exact_actors": ratio(counts["exact_actors"], counts["key_events"]),
        "status_among_found": ratio(counts["status_ok"], counts["found"]),
        "type_among_found": ratio(counts["type_ok"], counts["found"]),
    }


def score_all(golds: list[dict], by_doc: dict[str, list[dict]], doc_actors: bool = False) -> dict:
    """Per-article and pooled figures (all articles, non-Western ones, each kind)."""
    scores = [score_article(g, by_doc.get(g["_doc_id"], []), doc_actors) for g in golds]
    groups = {"all": scores, "non-western": [s for s in scores if s.non_western]}
    for kind in sorted({s.kind for s in scores}):
        groups[f"kind:{kind}"] = [s for s in scores if s.kind == kind]
    return {
        "articles": {s.doc_id: {"counts": s.counts, **figures(s.counts), "misses": s.misses} for s in scores},
        "pooled": {name: {"articles": len(group), "counts": pool(group), **figures(pool(group))}
                   for name, group in groups.items()},
        "without_events": [g["_doc_id"] for g in golds if g["_doc_id"] not in by_doc],
        "unknown_doc_ids": sorted(set(by_doc) - {g["_doc_id"] for g in golds}),
    }


def _cell(value: float | None) -> str:
    return "   -" if value is None else f"{value:5.1f}"


def report(result: dict, misses: bool = False) -> str:
    """The figures as a plain-text table."""
    head = f"{'article':48} {'act.R':>5} {'act.P':>5} {'found':>5} {'date':>5} {'actrs':>5} {'stat':>5} {'type':>5}"
    lines = [head]

    def row(label: str, data: dict) -> str:
        return (f"{label[:48]:48} {_cell(data['actor_recall'])} {_cell(data['actor_precision'])} "
                f"{_cell(data['found'])} {_cell(data['exact_date'])} {_cell(data['exact_actors'])} "
                f"{_cell(data['status_among_found'])} {_cell(data['type_among_found'])}")

    for doc_id, data in result["articles"].items():
        lines.append(row(doc_id, data))
        if misses:
            lines.extend(f"    - {miss}" for miss in data["misses"])
    lines.append("-" * len(head))
    for name, data in result["pooled"].items():
        counts = data["counts"]
        lines.append(row(f"POOLED {name} ({data['articles']} articles)", data))
        lines.append(f"{'':4}actors {counts['actors_found']}/{counts['gold_actors']} found, "
                     f"{counts['actors_correct']}/{counts['output_actors']} shown right; key events "
                     f"{counts['found']}/{counts['key_events']} found, {counts['exact_date']} exact date, "
                     f"{counts['exact_actors']} exact actors")
    if result["without_events"]:
        lines.append("no events for: " + ", ".join(result["without_events"]))
    if result["unknown_doc_ids"]:
        lines.append("events of documents without gold (ignored): " + ", ".join(result["unknown_doc_ids"]))
    lines.append("columns: actor recall, actor precision, key events found, with exact date, with exact "
                 "actors (all % of key events), status and type right (% of found)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the report; 2 on unreadable input."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("events", type=Path, nargs="+")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list what each article missed")
    parser.add_argument("--doc-actors", action="store_true",
                        help="document actors from the events' doc_actors column (the article's own list) "
                             "as well as their actors")
    args = parser.parse_args(argv)
    try:
        result = score_all(load_gold(args.gold_dir), load_events(args.events), args.doc_actors)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else report(result, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
