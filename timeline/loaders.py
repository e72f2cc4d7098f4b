"""Load articles from plain text (the sample's ``date YYYY-MM-DD`` header), JSON, JSONL and CSV.

Every problem becomes a :class:`LoadError` naming the file (and line or row); the documents of
the other files, and the good records of a file with some bad ones, still load.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text(" date 2025-04-28 Troops crossed the border on Saturday.")
>>> _ = (folder / "b.txt").write_text("date 2025-02-30 A date that does not exist.")
>>> result = load_documents([folder / "a.txt", folder / "b.txt"])
>>> [(d.doc_id, str(d.dct), d.text[:14]) for d in result.documents]
[('a', '2025-04-28', 'Troops crossed')]
>>> print(result.errors[0])
b.txt:1: 'date 2025-02-30' is not a real date (day is out of range for month)
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from timeline.failures import failure_reason
from timeline.files import ARTICLE_SUFFIXES, Unread, article_files
from timeline.limits import LimitExceeded, check_json_depth, size_text
from timeline.model import Document
from timeline.rawfile import NotText, decode_text, read_bytes
from timeline.settings import DEFAULT_SETTINGS, Settings

__all__ = ["LoadError", "LoadResult", "from_record", "load_documents", "load_path", "parse_dct",
           "parse_json_line"]

TEXT_FIELDS = ("text", "content", "body", "article")
DATE_FIELDS = ("date", "published", "dct")
ID_FIELDS = ("id", "doc_id")
TITLE_FIELDS = ("title", "headline")
SOURCE_FIELDS = ("source", "outlet", "url")
SUFFIXES = ARTICLE_SUFFIXES

_FIRST_LINE = re.compile(r"\S[^\n]{0,200}")
_HEADER = re.compile(r"\A\s*date[ \t]+(?P<value>\S+)[ \t]*")
_ISO_DATE = re.compile(r"\A(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?\Z")


@dataclass(frozen=True, slots=True)
class LoadError:
    """One problem with one file (or one line or row of it)."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading gave: the documents read, and an error for each file or record that could not
    be."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]


class _RecordError(ValueError):
    """A record-level problem; the loader turns it into a LoadError with the line."""


def parse_dct(value: object) -> date | None:
    """An ISO date (or datetime) string as a date; None for empty; ValueError when not a real date.

    >>> parse_dct("2025-04-28"), parse_dct("2025-04-28T09:30:00Z"), parse_dct("")
    (datetime.date(2025, 4, 28), datetime.date(2025, 4, 28), None)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if not match:
        raise ValueError(f"'{text}' is not an ISO date (YYYY-MM-DD)")
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a real date ({exc})") from None


def load_documents(paths: Iterable[str | Path], settings: Settings = DEFAULT_SETTINGS) -> LoadResult:
    """Load every file (folders walked, see :mod:`timeline.files`); collect the documents and
    the errors of all of them."""
    documents: list[Document] = []
    errors: list[LoadError] = []
    for item in article_files(paths):
        if isinstance(item, Unread):
            errors.append(LoadError(str(item.path), item.reason))
            continue
        docs, errs = load_path(item, settings=settings)
        documents.extend(docs)
        errors.extend(errs)
    return LoadResult(tuple(documents), tuple(errors))


def load_path(path: Path, data: bytes | None = None, settings: Settings = DEFAULT_SETTINGS,
              *, upload: bool = False) -> tuple[list[Document], list[LoadError]]:
    """Load one file (or its bytes, for uploads); never raises for bad content.

    The file is read whole, up to ``settings.max_file_bytes`` (``max_upload_bytes`` for an
    upload) counted after gzip decompression; a larger file is refused before more is read.
    """
    name = path.name
    suffix, stem = path.suffix.lower(), path.stem
    compressed = suffix == ".gz"
    if compressed:
        suffix, stem = Path(stem).suffix.lower(), Path(stem).stem
    field = "max_upload_bytes" if upload else "max_file_bytes"
    try:
        raw = read_bytes(path, data, compressed, getattr(settings, field), field)
    except LimitExceeded as exc:
        return [], [LoadError(name, f"{exc}{' once decompressed' if compressed else ''}")]
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        return [], [LoadError(name, f"not a valid gzip file ({exc})")]
    except OSError as exc:
        return [], [LoadError(str(path), f"cannot read: {exc.strerror or exc}")]
    if not raw.strip():
        return [], [LoadError(name, "the file is empty")]
    try:
        text = decode_text(raw)
    except NotText as exc:
        return [], [LoadError(name, str(exc), exc.line)]
    reader = _READERS.get(suffix, _read_text)
    documents: list[Document] = []
    errors: list[LoadError] = []
    try:
        for item in reader(text, stem, name, settings):
            if isinstance(item, LoadError):
                errors.append(item)
            else:
                documents.append(item)
    except Exception as exc:  # noqa: BLE001 - whatever breaks a reader is this file's error
        errors.append(LoadError(name, f"could not be read ({failure_reason(exc)})"))
    if not documents and not errors:
        errors.append(LoadError(name, "no articles found"))
    return documents, errors


def _read_text(text: str, stem: str, name: str, settings: Settings) -> Iterator[Document | LoadError]:
    header = _HEADER.match(text)
    dct = None
    if header:
        try:
            dct = parse_dct(header["value"])
        except ValueError as exc:
            yield LoadError(name, str(exc).replace(f"'{header['value']}'", f"'date {header['value']}'"), 1)
            return
        text = text[header.end() :]
    if not text.strip():
        yield LoadError(name, "the article has no text", 1)
        return
    yield Document(doc_id=stem, text=text, dct=dct, source=name, title=_first_line(text))


def _read_json(text: str, stem: str, name: str, settings: Settings) -> Iterator[Document | LoadError]:
    try:
        check_json_depth(text, settings.max_json_depth)
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadError(name, f"invalid JSON: {exc.msg}", exc.lineno)
        return
    except LimitExceeded as exc:
        yield LoadError(name, str(exc))
        return
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        yield LoadError(name, f"invalid JSON: {exc}")
        return
    if isinstance(data, dict):
        records = [data]
    elif isinstance(data, list) and any(isinstance(item, dict) for item in data):
        records = data
    else:
        yield LoadError(name, "JSON must be an object or a non-empty list of objects")
        return
    for index, record in enumerate(records, start=1):
        label = f"{stem}-{index}" if len(records) > 1 else stem
        yield from_record(record, label, name, None if len(records) == 1 else index)


def _read_jsonl(text: str, stem: str, name: str, settings: Settings) -> Iterator[Document | LoadError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > settings.max_line_bytes:  # characters here: the file is in memory already
            yield LoadError(name, f"a line longer than {size_text(settings.max_line_bytes)} "
                                  "(the limit, Settings.max_line_bytes)", number)
            continue
        try:
            record = parse_json_line(line, settings)
        except ValueError as exc:
            yield LoadError(name, str(exc), number)
            continue
        yield from_record(record, f"{stem}-{number}", name, line=number)


def _read_csv(text: str, stem: str, name: str, settings: Settings) -> Iterator[Document | LoadError]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    except csv.Error as exc:
        yield LoadError(name, f"invalid CSV: {exc}", 1)
        return
    if not any(f in TEXT_FIELDS for f in fields):
        yield LoadError(name, f"CSV has no text column (one of: {', '.join(TEXT_FIELDS)})", 1)
        return
    try:
        for row in reader:
            record = {(k or "").strip().lower(): v for k, v in row.items()}
            yield from_record(record, f"{stem}-{reader.line_num}", name, line=reader.line_num)
    except csv.Error as exc:
        yield LoadError(name, f"invalid CSV: {exc}", reader.line_num)


def parse_json_line(line: str | bytes, settings: Settings = DEFAULT_SETTINGS) -> object:
    """One JSONL line parsed, its nesting checked first; ValueError saying what is wrong.

    >>> parse_json_line('{"text": "Rain."}')
    {'text': 'Rain.'}
    >>> parse_json_line("[" * 5000 + "]" * 5000)
    Traceback (most recent call last):
    ...
    ValueError: JSON nested more than 100 levels deep (the limit, Settings.max_json_depth)
    """
    try:
        check_json_depth(line, settings.max_json_depth)
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg}") from None
    except LimitExceeded as exc:
        raise ValueError(str(exc)) from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise ValueError(f"invalid JSON: {exc}") from None


def from_record(record: object, default_id: str, name: str, line: int | None) -> Document | LoadError:
    """One JSON/CSV record as a Document, or the LoadError saying why not (streaming readers)."""
    try:
        return _document(record, default_id, name)
    except _RecordError as exc:
        return LoadError(name, str(exc), line)


def _document(record: object, default_id: str, name: str) -> Document:
    if not isinstance(record, dict):
        raise _RecordError("expected a JSON object with a text field")
    text = _field(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise _RecordError(f"no text (one of the fields: {', '.join(TEXT_FIELDS)})")
    try:
        dct = parse_dct(_field(record, DATE_FIELDS))
    except ValueError as exc:
        raise _RecordError(f"bad date: {exc}") from None
    doc_id = _field(record, ID_FIELDS)
    title = _field(record, TITLE_FIELDS)
    source = _field(record, SOURCE_FIELDS)
    return Document(
        doc_id=str(doc_id) if doc_id not in (None, "") else default_id,
        text=text,
        dct=dct,
        source=str(source) if source else name,
        title=str(title) if title else _first_line(text),
    )


def _field(record: dict, names: tuple[str, ...]) -> object:
    for key in names:
        if key in record and record[key] not in (None, ""):
            return record[key]
    return None


def _first_line(text: str, limit: int = 90) -> str:
    found = _FIRST_LINE.search(text)  # bounded: no copy of a long text
    line = found.group(0).strip() if found else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


_READERS = {".json": _read_json, ".jsonl": _read_jsonl, ".csv": _read_csv, ".txt": _read_text}
