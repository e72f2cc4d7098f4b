"""Read and write corpora: JSONL documents (``{"id", "dct", "text"}``) and TimeML ``.tml`` files."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

__all__ = ["read_corpus", "read_timeml", "tag_corpus", "timex_dict"]


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, one per non-blank line."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_timeml(path: str | Path) -> dict[str, Any]:
    """One ``.tml`` file as a corpus document: id, dct, text and the gold timexes."""
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
            break
    text_el = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[dict[str, Any]] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, pieces))
        if el.text:
            pieces.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if el.tag == "TIMEX3" and el is not text_el:
            end = sum(map(len, pieces))
            timexes.append({"start": start, "end": end, "text": "".join(pieces)[start:end],
                            "type": el.get("type", ""), "value": el.get("value", "")})

    if text_el is not None:
        walk(text_el)
    return {"id": doc_id, "dct": dct, "text": "".join(pieces), "timexes": timexes}


def read_corpus(path: str | Path) -> list[dict[str, Any]]:
    """A JSONL corpus, or a folder (searched recursively) of TimeML ``.tml`` files."""
    path = Path(path)
    if path.is_dir():
        return [read_timeml(p) for p in sorted(path.rglob("*.tml"))]
    return list(read_jsonl(path))


def timex_dict(t: Any) -> dict[str, Any]:
    """A time expression as the corpus format's dict: start, end, text, type, value."""
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def tag_documents(docs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each corpus document (``{id, dct, text}``) with the time expressions the tagger finds in
    it."""
    from timeline.temporal.tagger import tag_text

    for doc in docs:
        dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        yield {"id": doc["id"], "timexes": [timex_dict(t) for t in tag_text(doc["text"], dct)]}


def tag_corpus(in_path: str | Path, out: str | Path | IO[str] | None = None) -> int:
    """Tag every document of a corpus and write one JSON line per document; returns the count.

    ``out`` is a path, an open text stream, or None for standard output.
    """
    docs = read_corpus(in_path)
    stream = sys.stdout if out is None else out
    if isinstance(stream, str | Path):
        with open(stream, "w", encoding="utf-8") as f:
            return _write(docs, f)
    return _write(docs, stream)


def _write(docs: list[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for result in tag_documents(docs):
        stream.write(json.dumps(result, ensure_ascii=False) + "\n")
        count += 1
    return count
