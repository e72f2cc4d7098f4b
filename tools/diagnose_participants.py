#!/usr/bin/env python3
"""Why matched key events miss their exact actors: one table per gold set.

    .venv/bin/python tools/diagnose_participants.py                  # the training sets present
    .venv/bin/python tools/diagnose_participants.py --set DIR ...    # other sets
    .venv/bin/python tools/diagnose_participants.py --list           # every failing key event too

Runs the pipeline as ``tools/train_participants.py`` does (recording each event's candidate
actors, the rules choosing), matches events to key events as ``tests/gold/news/score.py`` does
(best event first) and puts each matched key event without exactly the right actors in one class:

- ``a`` a required gold actor is no document actor at all: no event of the article carries it
  and no event has it as a candidate (an actor-list problem: a name never detected or named
  wrongly);
- ``b`` a required gold actor is a document actor but not a candidate of this event (a pronoun, a
  description, a passive agent, a list, the subject of the sentence before, a speaker);
- ``c`` every required actor is a candidate but the rules did not choose one;
- ``d`` every required actor is there, an extra actor is not allowed;
- ``e`` the matched event is the wrong clause: its predicate lies outside the key event's
  ``sentence_contains`` fragment while another event of the tool (its summary not matching the
  key) has its predicate inside it.

Each required actor missing and each extra actor is also counted by sub-class (``--list`` prints
them). Never run on ``tests/gold/heldout`` or ``tests/gold/news4`` (refused).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

TRAIN = trainkit.load_tool("train_participants")
SCORE = TRAIN.SCORE
CLASSES = ("a", "b", "c", "d", "e")
_WORDS = {  # the sub-class words: a pronoun or a description at the sentence's subject
    "pronoun": re.compile(r"\b(?:he|she|it|they|his|her|its|their|him|them)\b", re.IGNORECASE),
    "description": re.compile(r"(?:^|[,;]\s+|\bsaid\s+)the\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+"
                              r"(?:has|had|have|was|were|is|said|will|would|\w+ed)\b", re.IGNORECASE),
}


def _forms(gold: dict, name: str) -> list[str]:
    for actor in gold["document_actors"]:
        if actor["name"] == name:
            return [actor["name"], *actor.get("aliases", [])]
    return [name]


def _missing_class(gold: dict, name: str, row: dict, text: str, prev: str) -> str:
    """The sub-class of a required actor that is no candidate of its event."""
    sentence = row.get("sentence", "")
    forms = _forms(gold, name)
    if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", sentence) for f in forms):
        if any(re.search(rf"\bby\s+(?:the\s+)?{re.escape(f)}", sentence) for f in forms):
            return "b:by-agent (named in the sentence)"
        return "b:named in the sentence, no mention of it here"
    if _WORDS["pronoun"].search(sentence):
        return "b:pronoun"
    if _WORDS["description"].search(sentence):
        return "b:description"
    if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", prev) for f in forms):
        return "b:sentence before"
    return "b:elsewhere"


def _extra_class(gold: dict, name: str, index: dict, row: dict) -> str:
    """The sub-class of an actor an event carries that the key event does not allow."""
    gold_name = index.get(SCORE.norm(name))
    if gold_name is None:
        kinds = dict(map(tuple, row.get("actor_kinds") or []))
        return f"d:no gold actor ({kinds.get(name, '?')})"
    kind = next((a.get("kind", "?") for a in gold["document_actors"] if a["name"] == gold_name), "?")
    role = dict(map(tuple, row.get("actor_roles") or [])).get(name, "?")
    return f"d:gold actor not of this event ({kind}, {role})"


def diagnose(sample, texts: dict[str, str]) -> tuple[Counter, Counter, list[str]]:
    """(events by class, actors by sub-class, one line per failing key event) of one set."""
    events, actors, lines = Counter(), Counter(), []
    by_doc: dict[str, list[int]] = {}
    for i, row in enumerate(sample.rows):
        by_doc.setdefault(row["doc_id"], []).append(i)
    for gold in sample.golds:
        index = SCORE.actor_index(gold)
        doc = gold["_doc_id"]
        text = texts.get(doc, "")
        mine = by_doc.get(doc, [])
        rows = {i: _ruled(sample, i) for i in mine}
        doc_names = {index.get(SCORE.norm(a)) for r in rows.values() for a in r.get("actors") or []}
        doc_names |= {index.get(SCORE.norm(c.name)) for i in mine for c in sample.candidates[i] or ()}
        for key in gold["key_events"]:
            pattern = re.compile(key["summary_matches"], re.IGNORECASE)
            fragment = SCORE.squash(key["sentence_contains"])
            matched = [i for i in mine if fragment in SCORE.squash(rows[i].get("sentence", ""))
                       and pattern.search(str(rows[i].get("summary", "")))]
            if not matched:
                continue
            best = max(matched, key=lambda i: SCORE.judge(key, rows[i], index))
            row = rows[best]
            if SCORE.judge(key, row, index)[1]:
                events["exact"] += 1
                continue
            have = {index.get(SCORE.norm(a)) for a in row.get("actors") or []}
            candidates = {index.get(SCORE.norm(c.name)) for c in sample.candidates[best] or ()}
            allowed = set(key["actors"]) | set(key["actors_optional"])
            prev = text[max(0, row["sentence_start"] - 400) : row["sentence_start"]]
            missing = [g for g in key["actors"] if g not in have]
            subs = []
            for g in missing:
                sub = ("a" if g not in doc_names else "c" if g in candidates
                       else _missing_class(gold, g, row, text, prev))
                subs.append(sub)
                actors[sub if sub != "c" else "c:candidate not chosen"] += 1
            extras = [a for a in row.get("actors") or [] if index.get(SCORE.norm(a)) not in allowed]
            for a in extras:
                sub = _extra_class(gold, a, index, row)
                subs.append(sub)
                actors[sub] += 1
            others = [rows[i]["trigger_start"] for i in mine if i not in matched
                      and rows[i]["sentence_start"] == row["sentence_start"]]
            cls = _event_class(row, key, subs, others)
            events[cls] += 1
            lines.append(f"{cls} {doc} {key['key']!r}: tool {row.get('actors')} gold {key['actors']} "
                         f"+ {key['actors_optional']}; {'; '.join(subs)} | {row.get('summary', '')[:110]}")
    return events, actors, lines


def _ruled(sample, i: int) -> dict:
    """Row ``i`` with the actors the rules choose (as ``train_participants.measure`` rebuilds it)."""
    row = sample.rows[i]
    found = sample.candidates[i]
    if found is None:
        return row
    own = {c.name for c in found}
    return {**row, "actors": [c.name for c in found if c.rule] + [a for a in row["actors"] if a not in own]}


def _event_class(row: dict, key: dict, subs: list[str], others: list[int]) -> str:
    """One class per failing key event: ``e`` first, then the worst missing actor, then ``d``;
    ``others`` are the predicate offsets of the sentence's events that do not match the key."""
    sentence, fragment = row.get("sentence", ""), SCORE.squash(key["sentence_contains"])
    at = SCORE.squash(sentence).find(fragment)

    def inside(offset: int) -> bool:
        where = len(SCORE.squash(sentence[: offset - row["sentence_start"]]))
        return at <= where < at + len(fragment)

    if at >= 0 and not inside(row["trigger_start"]) and any(inside(o) for o in others):
        return "e"
    firsts = {s.split(":")[0] for s in subs}
    return next((c for c in ("a", "b", "c", "d") if c in firsts), "d")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append")
    parser.add_argument("--list", action="store_true", help="print every failing key event")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets()
    table: dict[str, Counter] = {}
    subs: dict[str, Counter] = {}
    for folder in folders:
        trainkit.refuse(folder, "diagnose_participants")
        sample = TRAIN.collect(folder)
        texts = {p.stem: p.read_text(encoding="utf-8") for p in (folder / "articles").glob("*.txt")}
        events, actors, lines = diagnose(sample, texts)
        table[sample.name], subs[sample.name] = events, actors
        if args.list:
            print(f"## {sample.name}")
            print("\n".join(lines))
    sets = list(table)
    print("| class | " + " | ".join(sets) + " | all |")
    print("|---|" + "---|" * (len(sets) + 1))
    for cls in ("exact", *CLASSES):
        print(f"| {cls} | " + " | ".join(str(table[s][cls]) for s in sets)
              + f" | {sum(table[s][cls] for s in sets)} |")
    print()
    keys = sorted({k for c in subs.values() for k in c}, key=lambda k: (k[0], -sum(subs[s][k] for s in sets)))
    print("| actor sub-class | " + " | ".join(sets) + " | all |")
    print("|---|" + "---|" * (len(sets) + 1))
    for k in keys:
        print(f"| {k} | " + " | ".join(str(subs[s][k]) for s in sets) + f" | {sum(subs[s][k] for s in sets)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
