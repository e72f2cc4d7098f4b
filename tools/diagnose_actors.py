#!/usr/bin/env python3
"""Why each document actor is missed or extra: one cause per miss and per extra, counted per set.

    .venv/bin/python tools/diagnose_actors.py [--set DIR ...] [--list] [--json FILE]

For every gold set (default: the training sets news, news2, news3, news5-news12 present) the
pipeline runs on every article with the default settings; the document actors are the names on
its shown events (as ``tests/gold/news/score.py`` counts them). Each **missed** gold actor and
each **extra** output name gets the first cause that explains it:

* ``a`` never proposed: no occurrence of the actor's name or aliases overlaps a model entity or
  a rule/gazetteer mention;
* ``b`` wrong boundaries: a mention overlaps an occurrence but names something longer or shorter
  (title, descriptor or possessive inside, initials cut, two names glued); for an extra name,
  a name that contains or is contained in a gold actor's form;
* ``c`` rejected: a candidate before the hand vetting (or a model entity the join dropped) that
  no mention keeps;
* ``d`` merging / normalisation: the right words resolved to another name (a short form taken
  for someone else, an acronym) or, for an extra, a second name for a gold actor;
* ``e`` false positive kind: an extra that is a gold trap (``not_actors``), no person or
  organisation of the model (an event, law, product, place or a rule's guess), or one word the
  text also writes in lower case;
* ``f`` only mentioned: an extra that is a named person, organisation or country the gold does
  not list (a reader would not list it: a country as a place or market, an employer, a source);
* ``g`` found but on no event: the document actors have it, no shown event carries it: ``g1``
  a shown event's sentence names it (the event's actors left it out), ``g2`` no shown event's
  sentence names it (no event of its sentences is shown);
* ``k`` wrong kind: an occurrence proposed as a place or an outlet (attribution).

The split of ``e`` and ``f`` is a heuristic (the model's label and the gold's traps); the others
follow from the candidates. ``--list`` prints every item with its cause.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

MISS_CAUSES = ("a", "b", "c", "d", "k", "g1", "g2")
EXTRA_CAUSES = ("b", "d", "e", "f")
_PERSON_ORG = frozenset({"PERSON", "ORG"})



SCORE = trainkit.gold_module("news/score.py", "gold_score")


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` occurs as whole words (case-sensitive first, then ignoring case)."""
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.finditer(
            r"(?<![\w])" + re.escape(form) + r"(?![\w])", text, flags)]
        if found:
            return found
    return []


def _words(name: str) -> set[str]:
    return set(SCORE.norm(name).replace(".", " ").split())


def _overlap(a: tuple[int, int], b_start: int, b_end: int) -> bool:
    return a[0] < b_end and b_start < a[1]


def diagnose_article(text: str, gold: dict, rows: list[dict], mentions, candidates, ents, gaz) -> list[tuple]:
    """(kind 'miss' | 'extra', name, cause, detail) of one article."""
    from timeline.actors.candidates import VETTING, entity_name

    index = SCORE.actor_index(gold)
    names = {a["name"] for a in gold["document_actors"]}
    output = sorted({a for row in rows for a in row.get("actors") or []})
    matched = {index[SCORE.norm(a)] for a in output if SCORE.norm(a) in index}
    final = {SCORE.norm(entity_name(m, gaz)) for m in mentions}
    before = list(candidates.before) if candidates is not None else list(mentions)
    before_names = {SCORE.norm(entity_name(m, gaz)) for m in before}
    traps = {SCORE.norm(t) for t in gold.get("not_actors", [])}
    out = []
    for actor in gold["document_actors"]:
        name = actor["name"]
        if name in matched:
            continue
        forms = [name, *actor.get("aliases", [])]
        normed = {SCORE.norm(f) for f in forms}
        if normed & final:
            spans = [(r["sentence_start"], r["sentence_end"]) for r in rows if "sentence_start" in r]
            said = any(SCORE.norm(entity_name(m, gaz)) in normed and any(s <= m.start < e for s, e in spans)
                       for m in mentions)
            out.append(("miss", name, "g1" if said else "g2", "in a shown event's sentence, not its actor"
                        if said else "in no shown event's sentence"))
            continue
        if normed & before_names and candidates is not None:
            step = next((VETTING[i][0] for i in range(len(VETTING)) for n in normed
                         if candidates.counts[i].get(_proper(n, candidates, gaz), 0)
                         and not candidates.counts[i + 1].get(_proper(n, candidates, gaz), 0)), "vetting")
            out.append(("miss", name, "c", f"dropped by {step}"))
            continue
        spans = [s for f in forms for s in _occurrences(text, f)]
        if not spans:
            out.append(("miss", name, "a", "no form occurs in the text"))
            continue
        cause, detail = "a", "no entity or mention overlaps"
        for span in spans:
            over = [m for m in before if _overlap(span, m.start, m.end)]
            if over:
                m = over[0]
                if m.kind in ("place", "outlet"):
                    cause, detail = "k", f"{text[m.start:m.end]!r} as {m.kind}"
                elif (m.start, m.end) == span:
                    cause, detail = "d", f"{text[m.start:m.end]!r} named {m.name!r}"
                else:
                    cause, detail = "b", f"mention {text[m.start:m.end]!r} -> {m.name!r}"
                break
            ent = next((e for e in ents if _overlap(span, e.start, e.end)), None)
            if ent is not None and cause == "a":
                cause, detail = "c", f"model {ent.label} {text[ent.start:ent.end]!r} dropped in the join"
        out.append(("miss", name, cause, detail))
    seen: set[str] = set()
    for actor in output:
        gold_name = index.get(SCORE.norm(actor))
        if gold_name is not None and gold_name not in seen:
            seen.add(gold_name)
            continue
        if gold_name is not None:
            out.append(("extra", actor, "d", f"a second name for {gold_name}"))
            continue
        words = _words(actor)
        near = next((g for g in names for f in [g, *next(a for a in gold["document_actors"]
                                                          if a["name"] == g).get("aliases", [])]
                     if words and (_words(f) < words or (words < _words(f)))), None)
        mine = [m for m in mentions if entity_name(m, gaz) == actor]
        kinds = {m.kind for m in mine}
        labels = {e.label for m in mine for e in ents if _overlap((m.start, m.end), e.start, e.end)}
        model = "/".join(sorted(labels)) or "-"
        junk_word = " " not in actor and not actor.isupper() and kinds <= {"person", "organisation"}
        if near is not None:
            out.append(("extra", actor, "b", f"a part or superset of {near!r}"))
        elif "country" in kinds:
            trap = " (gold trap)" if SCORE.norm(actor) in traps else ""
            out.append(("extra", actor, "f", "a country only mentioned" + trap))
        elif not labels & _PERSON_ORG and kinds <= {"person", "organisation"}:
            out.append(("extra", actor, "e", f"{'/'.join(sorted(kinds))} of the rules or model {model}"))
        elif junk_word:
            out.append(("extra", actor, "e", f"one capitalised word, model {model}"))
        elif SCORE.norm(actor) in traps and not labels & _PERSON_ORG:
            out.append(("extra", actor, "e", f"a gold trap, model {model}"))
        else:
            trap = " (gold trap)" if SCORE.norm(actor) in traps else ""
            out.append(("extra", actor, "f", f"{'/'.join(sorted(kinds))} named, model {model}{trap}"))
    return out


def _proper(normed: str, candidates, gaz) -> str:
    """The candidate name (as counted) whose normal form is ``normed``."""
    from timeline.actors.candidates import entity_name

    for m in candidates.before:
        name = entity_name(m, gaz)
        if SCORE.norm(name) == normed:
            return name
    return normed


def diagnose_set(folder: Path, events: Path | None = None) -> tuple[list[tuple], str]:
    """(article, kind, name, cause, detail) for every miss and extra of one gold set, and its
    document-actor recall / precision by score.py."""
    from timeline import load_documents
    from timeline.actors import actor_candidates, load_gazetteer, ner
    from timeline.events.keepscore import default_view
    from timeline.export import to_text
    from timeline.frame import events_frame
    from timeline.pipeline import process
    from timeline.settings import Settings

    settings = Settings()
    gaz = load_gazetteer()
    loaded = load_documents(sorted((folder / "articles").glob("*.txt")))
    golds = {g["_doc_id"]: g for g in SCORE.load_gold(folder)}
    items, lines, by_doc = [], [], {}
    for doc in sorted(loaded.documents, key=lambda d: d.doc_id):
        if doc.doc_id not in golds:
            continue
        result = process(doc, settings)
        text = to_text(default_view(events_frame([result])), "jsonl")
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        lines += [line for line in text.splitlines() if line.strip()]
        by_doc[doc.doc_id] = rows
        candidates = actor_candidates(doc.text, gaz, doc.dct, settings.actor_model)
        ents = ner.entities(doc.text) or []
        for item in diagnose_article(doc.text, golds[doc.doc_id], rows, result.mentions, candidates, ents, gaz):
            items.append((doc.doc_id, *item))
    if events is not None:
        events.mkdir(parents=True, exist_ok=True)
        (events / f"{folder.name}.jsonl").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    pooled = SCORE.score_all(list(golds.values()), by_doc)["pooled"]["all"]
    cells = (pooled["actor_recall"], pooled["actor_precision"], pooled["exact_actors"])
    return items, " / ".join("-" if c is None else f"{c:.1f}" for c in cells)


def _row(name: str, figures: str, counts: Counter) -> str:
    cells = [str(counts[("miss", c)]) for c in MISS_CAUSES] + [str(counts[("extra", c)]) for c in EXTRA_CAUSES]
    return f"| {name} | {figures} | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append", help="a gold set folder")
    parser.add_argument("--list", action="store_true", help="print every miss and extra with its cause")
    parser.add_argument("--json", type=Path, help="write every item to this file")
    parser.add_argument("--events", type=Path, help="write each set's shown events to DIR/<set>.jsonl")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets()
    everything = {}
    head = ["set", "R / P / exact"] + [f"miss {c}" for c in MISS_CAUSES] + [f"extra {c}" for c in EXTRA_CAUSES]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    totals: Counter = Counter()
    for folder in folders:
        if any(part in ("heldout",) for part in folder.resolve().parts):
            raise SystemExit(f"diagnose_actors: {folder}: held-out gold is never read")
        items, figures = diagnose_set(folder, args.events)
        everything[folder.name] = items
        counts = Counter((kind, cause) for _, kind, _, cause, _ in items)
        totals.update(counts)
        print(_row(folder.name, figures, counts))
        if args.list:
            for doc, kind, name, cause, detail in items:
                print(f"    {cause} {kind:5} {name!r:40} {detail}  [{doc}]", file=sys.stderr)
    print(_row("all", "", totals))
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
