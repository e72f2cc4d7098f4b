#!/usr/bin/env python3
"""Check the format of the outside-style news gold set (never runs the timeline code).

    python3 tests/gold/news/validate.py [ARTICLES_DIR]

For every ``articles/*.gold.json``: the JSON parses and has every field; the article exists, its
first line is exactly ``date YYYY-MM-DD`` and agrees with ``dct`` and the file name; the body has
180-400 words; each actor's aliases (and its name or one alias) occur in the text; no actor is
also listed in ``not_actors``; each location and trap text occurs in the text; each key event's
``sentence_contains`` occurs exactly once, its regex compiles, its ``date`` is a TIMEX3 value
whose first and last days are ``start`` and ``end`` (all three null together), its actors are
document actors, and its status and type are known values. Exit code 1 when anything is wrong.
Standard library only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "articles"
HEADER = re.compile(r"date (\d{4}-\d{2}-\d{2})\n")
KINDS = {"business", "courts", "sport", "science", "disaster", "health", "technology", "politics", "history"}
ACTOR_KINDS = {"country", "international_organisation", "organisation", "armed_group", "person", "media"}
STATUSES = {"asserted", "claimed", "denied", "planned", "unconfirmed"}
TYPES = {"conflict", "politics", "diplomacy", "legal", "economy", "disaster", "health", "science", "sport",
         "culture", "statement", "other"}
EVENT_FIELDS = ("key", "sentence_contains", "summary_matches", "date", "start", "end", "actors",
                "actors_optional", "status", "type", "why")
MIN_WORDS, MAX_WORDS = 180, 400


def timex_span(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of a TIMEX3 date value.

    >>> timex_span("2024-03")
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
    >>> timex_span("2024-W10")
    (datetime.date(2024, 3, 4), datetime.date(2024, 3, 10))
    >>> timex_span("2024-Q2")[1]
    datetime.date(2024, 6, 30)
    """
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = dt.date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = map(int, m.groups())
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        year, week = map(int, m.groups())
        monday = dt.date.fromisocalendar(year, week, 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = map(int, m.groups())
        last = quarter * 3
        return dt.date(year, last - 2, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = map(int, m.groups())
        if half == 1:
            return dt.date(year, 1, 1), dt.date(year, 6, 30)
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if m := re.fullmatch(r"(\d{4})", value):
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m := re.fullmatch(r"(\d{3})", value):
        decade = int(m.group(1)) * 10
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
    raise ValueError(f"not a TIMEX3 date value this set uses: {value!r}")


def occurs(needle: str, text: str) -> bool:
    """Whether ``needle`` occurs in ``text`` as whole words (case-insensitive).

    >>> occurs("CMA", "the CMA said"), occurs("CMA", "CMAs"), occurs("Cook", "Tim Cook's")
    (True, False, True)
    """
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, re.IGNORECASE) is not None


def read_article(path: Path) -> tuple[str | None, str]:
    """The header date of an article file and its text after the header line."""
    raw = path.read_text(encoding="utf-8")
    m = HEADER.match(raw)
    return (m.group(1), raw[m.end():]) if m else (None, raw)


def check_gold(path: Path) -> list[str]:
    """Every format error of one gold file, each prefixed with the file name."""
    name = path.name
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"{name}: JSON: {exc}"]
    errors: list[str] = []
    for field in ("article", "dct", "kind", "source", "document_actors", "not_actors", "locations",
                  "key_events", "traps"):
        if field not in gold:
            errors.append(f"{name}: missing field {field!r}")
    if errors:
        return errors
    article = path.parent / gold["article"]
    if gold["article"] != name.replace(".gold.json", ".txt"):
        errors.append(f"{name}: article {gold['article']!r} does not match the gold file's name")
    if not article.exists():
        return errors + [f"{name}: no article {gold['article']}"]
    header, text = read_article(article)
    if header is None:
        errors.append(f"{name}: {gold['article']} does not start with the line 'date YYYY-MM-DD'")
    elif header != gold["dct"]:
        errors.append(f"{name}: header date {header} != dct {gold['dct']}")
    if not gold["article"].endswith(f"-{gold['dct']}.txt"):
        errors.append(f"{name}: the file name does not end with the article date {gold['dct']}")
    lines = text.split("\n")
    if not lines[0].strip() or len(lines) < 3 or lines[1].strip():
        errors.append(f"{name}: the line after the date must be the headline, then a blank line")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{name}: {words} words, not {MIN_WORDS}-{MAX_WORDS}")
    if gold["kind"] not in KINDS:
        errors.append(f"{name}: unknown kind {gold['kind']!r}")
    source = gold["source"]
    for field in ("outlet", "country", "url", "non_western", "note"):
        if field not in source:
            errors.append(f"{name}: source lacks {field!r}")
    if not isinstance(source.get("non_western"), bool):
        errors.append(f"{name}: source.non_western must be true or false")
    if not str(source.get("url", "")).startswith("http"):
        errors.append(f"{name}: source.url is not a URL")
    names: set[str] = set()
    for actor in gold["document_actors"]:
        label = actor.get("name", "?")
        if label in names:
            errors.append(f"{name}: actor {label!r} listed twice")
        names.add(label)
        if actor.get("kind") not in ACTOR_KINDS:
            errors.append(f"{name}: actor {label!r} has kind {actor.get('kind')!r}")
        if not isinstance(actor.get("affiliation"), str):
            errors.append(f"{name}: actor {label!r} needs an affiliation string ('' for none)")
        aliases = actor.get("aliases", [])
        for alias in aliases:
            if not occurs(alias, text):
                errors.append(f"{name}: alias {alias!r} of {label!r} is not in the text")
        if not any(occurs(form, text) for form in [label, *aliases]):
            errors.append(f"{name}: neither {label!r} nor its aliases occur in the text")
    lowered = {n.lower() for n in names}
    for trap in gold["not_actors"]:
        if trap.lower() in lowered:
            errors.append(f"{name}: {trap!r} is both an actor and a not_actor")
    for place in gold["locations"]:
        if not occurs(place.get("name", ""), text) or "country" not in place:
            errors.append(f"{name}: location {place!r} is not in the text or lacks a country")
    for trap in gold["traps"]:
        if trap.get("text", "") not in text or not trap.get("expect"):
            errors.append(f"{name}: trap {trap.get('text')!r} is not in the text or has no 'expect'")
    events = gold["key_events"]
    if not 3 <= len(events) <= 8:
        errors.append(f"{name}: {len(events)} key events, not 3-8")
    keys: set[str] = set()
    for event in events:
        errors.extend(f"{name}: {msg}" for msg in check_event(event, text, names, keys))
    return errors


def check_event(event: dict, text: str, names: set[str], keys: set[str]) -> list[str]:
    """Format errors of one key event."""
    key = event.get("key", "?")
    missing = [field for field in EVENT_FIELDS if field not in event]
    if missing:
        return [f"event {key!r} lacks {missing}"]
    errors = []
    if key in keys:
        errors.append(f"event key {key!r} is used twice")
    keys.add(key)
    count = text.count(event["sentence_contains"])
    if count != 1:
        errors.append(f"event {key!r}: sentence_contains occurs {count} times, not once")
    try:
        re.compile(event["summary_matches"])
    except re.error as exc:
        errors.append(f"event {key!r}: bad regex: {exc}")
    date, start, end = event["date"], event["start"], event["end"]
    if date is None:
        if start is not None or end is not None:
            errors.append(f"event {key!r}: start/end given without a date")
    else:
        try:
            first, last = timex_span(date)
        except ValueError as exc:
            errors.append(f"event {key!r}: {exc}")
        else:
            if (start, end) != (first.isoformat(), last.isoformat()):
                errors.append(f"event {key!r}: {date} spans {first}..{last}, not {start}..{end}")
    for field in ("actors", "actors_optional"):
        for actor in event[field]:
            if actor not in names:
                errors.append(f"event {key!r}: {field} names {actor!r}, which is not a document actor")
    if set(event["actors"]) & set(event["actors_optional"]):
        errors.append(f"event {key!r}: an actor is both required and optional")
    if event["status"] not in STATUSES:
        errors.append(f"event {key!r}: unknown status {event['status']!r}")
    if event["type"] not in TYPES:
        errors.append(f"event {key!r}: unknown type {event['type']!r}")
    if not event["why"]:
        errors.append(f"event {key!r}: 'why' is empty")
    return errors


def check_dir(directory: Path = HERE) -> list[str]:
    """Every format error of every gold file in ``directory`` (an article without gold is one too)."""
    errors: list[str] = []
    golds = sorted(directory.glob("*.gold.json"))
    for path in golds:
        errors.extend(check_gold(path))
    stems = {p.name[: -len(".gold.json")] for p in golds}
    for article in sorted(directory.glob("*.txt")):
        if article.stem not in stems:
            errors.append(f"{article.name}: no gold file")
    return errors


def main(argv: list[str] | None = None) -> int:
    """Print the errors (or a count of the checked files); 1 when there are errors."""
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else HERE
    errors = check_dir(directory)
    for error in errors:
        print(error)
    count = len(list(directory.glob("*.gold.json")))
    print(f"{count} gold files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
