#!/usr/bin/env python3
"""Build narratives.jsonl from the marked-up texts in *.txt beside this file.

Each source file holds one history text written for this project (not copied from anywhere),
with every time expression marked inline as {{words|TYPE|VALUE}}. The first line is
`id: <id>`, the second `dct: YYYY-MM-DD` (the date the feature was published); the text follows
after a blank line. The output has the format of ../shared/corpora/*.jsonl:
{"id", "dct", "text", "timexes": [{"start", "end", "text", "type", "value"}]}.

    python3 tests/gold/narratives/build.py        # rewrites narratives.jsonl
    python3 tests/gold/narratives/build.py --check  # fails if narratives.jsonl is stale
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\{\{([^|{}]+)\|(DATE|TIME|DURATION|SET)\|([^|{}]+)\}\}")
VALUE = re.compile(r"^(BC)?\d{2,4}(-(\d{2}|W\d{2}|Q\d|H\d|SU|SP|FA|WI|XX)(-\d{2}|-WE)?(T(MO|AF|EV|NI|\d{2}(:\d{2})?))?)?$"
                   r"|^P(\d+|X)[YMWDEC]$|^PT\d+[HM](\d+M)?$|^(PAST|PRESENT|FUTURE)_REF$|^XXXX(-\d{2})?(-\d{2})?$")


def convert(source: str) -> dict:
    head, _, body = source.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    text, timexes, pos = [], [], 0
    offset = 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()])
        offset += m.start() - pos
        words, kind, value = m.group(1), m.group(2), m.group(3)
        if not VALUE.match(value):
            raise ValueError(f"{meta['id']}: bad value {value!r} for {words!r}")
        timexes.append({"start": offset, "end": offset + len(words), "text": words, "type": kind, "value": value})
        text.append(words)
        offset += len(words)
        pos = m.end()
    text.append(body[pos:])
    plain = "".join(text)
    if "{{" in plain or "}}" in plain:
        raise ValueError(f"{meta['id']}: unconverted mark near {plain[plain.find('{{') - 40:plain.find('{{') + 40]!r}")
    for t in timexes:
        assert plain[t["start"]:t["end"]] == t["text"]
    return {"id": meta["id"], "dct": meta["dct"], "text": plain, "timexes": timexes}


def build(folder: Path = HERE) -> str:
    docs = [convert(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(folder: Path = HERE) -> None:
    """Rewrite ``folder``/narratives.jsonl (with --check: exit 1 when it is stale)."""
    out = folder / "narratives.jsonl"
    if "--check" in sys.argv:
        sys.exit(0 if out.read_text(encoding="utf-8") == build(folder) else 1)
    out.write_text(build(folder), encoding="utf-8")
    for line in out.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        print(d["id"], len(d["text"].split()), "words", len(d["timexes"]), "timexes")


if __name__ == "__main__":
    main()
