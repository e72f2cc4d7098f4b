#!/usr/bin/env python3
"""Validate the event test corpus (format only; does not run the timeline code).

    python3 tests/corpus/validate.py

Checks every articles/*.gold.json: JSON parses; the article exists; its ' date YYYY-MM-DD ' header
agrees with `dct`; every `sentence_contains` occurs exactly once in the article text after the
header is removed; every required event has date/start/end; start <= end; every regex compiles;
event keys are unique; the article has 150-350 words.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles")
HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


def main():
    errors = []
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for path in golds:
        name = os.path.basename(path)
        try:
            gold = json.load(open(path, encoding="utf-8"))
        except ValueError as exc:
            errors.append(f"{name}: JSON: {exc}")
            continue
        art = os.path.join(HERE, gold["article"])
        if not os.path.exists(art):
            errors.append("{}: no article {}".format(name, gold["article"]))
            continue
        raw = open(art, encoding="utf-8").read()
        m = HEADER.match(raw)
        dct = m.group(1) if m else None
        if dct != gold.get("dct"):
            errors.append("{}: header date {} != dct {}".format(name, dct, gold.get("dct")))
        text = raw[m.end():] if m else raw
        words = len(text.split())
        if not 150 <= words <= 350:
            errors.append(f"{name}: {words} words")
        keys = set()
        for ev in gold["events"]:
            k = ev["key"]
            if k in keys:
                errors.append(f"{name}: duplicate key {k}")
            keys.add(k)
            n = text.count(ev["sentence_contains"])
            if n != 1:
                errors.append(f"{name}/{k}: sentence_contains found {n} times")
            if "\n" in ev["sentence_contains"]:
                errors.append(f"{name}/{k}: fragment spans lines")
            try:
                re.compile(ev["summary_matches"], re.I)
            except re.error as exc:
                errors.append(f"{name}/{k}: regex: {exc}")
            if ev.get("required") and not (ev.get("date") and ev.get("start") and ev.get("end")):
                errors.append(f"{name}/{k}: required event without date/start/end")
            s, e = ev.get("start"), ev.get("end")
            if (s is None) != (e is None) or (s and s > e):
                errors.append(f"{name}/{k}: bad window {s}..{e}")
            if ev.get("status") not in ("asserted", "claimed", "denied", "planned"):
                errors.append("{}/{}: status {}".format(name, k, ev.get("status")))
            if not set(ev["actors_include"]) <= set(gold["document_actors"]):
                errors.append("{}/{}: actors {} not in document_actors".format(
                    name, k, sorted(set(ev["actors_include"]) - set(gold["document_actors"]))))
        req = sum(1 for ev in gold["events"] if ev.get("required"))
        if not 3 <= req <= 5:
            errors.append(f"{name}: {req} required events")
        for t in gold.get("traps", []):
            if t["text"] not in text:
                errors.append("{}: trap text not in article: {!r}".format(name, t["text"]))
        print(f"{gold['article']:<45} {words:3d} words {len(gold['events']):2d} events {req} required")
    arts = glob.glob(os.path.join(HERE, "*.txt"))
    if len(arts) != len(golds):
        errors.append(f"{len(arts)} articles but {len(golds)} gold files")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
