"""Reading inputs lazily: files, folders, globs; JSONL and CSV archives streamed record by record.

Each record comes with its :class:`Position` in the file (record number, byte offset, lines
before it), so a worker can later seek straight to its own part of an archive and read only that.
Documents get the same ids and errors the same messages as with :func:`timeline.loaders.load_path`.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> article = '{"text": "Troops left.", "date": "2025-04-28"}'
>>> _ = (folder / "a.jsonl").write_text(article + "\\n\\nnot json\\n")
>>> [(p.record, p.line, getattr(r, "doc_id", None) or r.message)
...  for p, r in iter_records(folder / "a.jsonl")]
[(0, 0, 'a-1'), (1, 2, 'invalid JSON: Expecting value')]
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import gzip
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from timeline.failures import failure_reason
from timeline.files import Unread, article_files
from timeline.limits import LimitExceeded, read_line_capped
from timeline.loaders import TEXT_FIELDS, LoadError, from_record, load_path, parse_json_line
from timeline.model import Document
from timeline.settings import DEFAULT_SETTINGS

__all__ = ["Position", "expand_inputs", "iter_records"]

Record = Document | LoadError
_STREAMED = (".jsonl", ".csv")


@dataclass(frozen=True, slots=True)
class Position:
    """Where a record starts: its number in the file, its byte offset (None when the file cannot
    be seeked into: gzip, or formats read whole) and the number of lines before it."""

    record: int
    offset: int | None
    line: int


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Unread]:
    """Files as given; folders walked and globs expanded (sorted; article files only, by suffix:
    .txt .json .jsonl .csv and their .gz); each file once. What names no readable article (a
    looping link, a folder with no articles) comes out as :class:`~timeline.files.Unread`."""
    return article_files(inputs)


def iter_records(path: Path, start: Position | None = None) -> Iterator[tuple[Position, Record]]:
    """Every record of a file from ``start`` on (the beginning by default), in file order."""
    suffix, compressed = _suffix(path)
    if suffix not in _STREAMED or _wide_text(path, compressed):
        yield from _whole_file(path, start)
        return
    seek = start is not None and start.offset is not None and not compressed
    try:
        stream = gzip.open(path, "rb") if compressed else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Position(0, None, 0), LoadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        reader = _jsonl if suffix == ".jsonl" else _csv
        records = reader(path, stream, start if seek else None, compressed)
        first = start.record if start is not None else 0
        try:
            for position, record in records:
                if position.record >= first:
                    yield position, record
        except (OSError, EOFError) as exc:  # a truncated or corrupt gzip stream
            yield Position(-1, None, 0), LoadError(str(path), f"cannot read: {exc}")
        except _LongLine as exc:  # not an archive of articles: stop before reading all of it
            yield Position(-1, None, 0), LoadError(
                str(path), f"{exc}; the rest of the file is not read", exc.line)
        except Exception as exc:  # noqa: BLE001 - whatever else breaks a file is that file's error
            yield Position(-1, None, 0), LoadError(str(path), f"could not be read ({failure_reason(exc)})")


class _LongLine(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _wide_text(path: Path, compressed: bool) -> bool:
    """Whether the file starts with a UTF-16 or UTF-32 byte-order mark (read whole, then)."""
    try:
        with gzip.open(path, "rb") if compressed else open(path, "rb") as stream:  # noqa: SIM115
            head = stream.read(4)
    except (OSError, EOFError):
        return False
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _suffix(path: Path) -> tuple[str, bool]:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[0] if len(suffixes) == 2 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(name).stem


def _whole_file(path: Path, start: Position | None) -> Iterator[tuple[Position, Record]]:
    documents, errors = load_path(path)
    records: list[Record] = [*documents, *(dataclasses.replace(e, path=str(path)) for e in errors)]
    for number, record in enumerate(records):
        if start is None or number >= start.record:
            yield Position(number, None, 0), record


def _lines(stream: IO[bytes], offset: int, line: int) -> Iterator[tuple[int, int, bytes]]:
    """(offset, lines before, raw line) for each line of a binary stream; _LongLine past
    ``Settings.max_line_bytes`` (only that much of the line is read)."""
    while True:
        try:
            raw = read_line_capped(stream, DEFAULT_SETTINGS.max_line_bytes, "max_line_bytes")
        except LimitExceeded as exc:
            raise _LongLine(str(exc), line + 1) from None
        if not raw:
            return
        yield offset, line, raw
        offset += len(raw)
        line += 1


def _decode(raw: bytes, first: bool) -> str:
    return raw.decode("utf-8-sig" if first else "utf-8")


def _jsonl(path: Path, stream: IO[bytes], start: Position | None,
           compressed: bool) -> Iterator[tuple[Position, Record]]:
    name, stem = path.name, _stem(path)
    record = start.record if start else 0
    if start is not None:
        stream.seek(start.offset)
    first_offset, first_line = (start.offset, start.line) if start else (0, 0)
    for offset, before, raw in _lines(stream, first_offset, first_line):
        if not raw.strip():
            continue
        number = before + 1
        position = Position(record, None if compressed else offset, before)
        record += 1
        try:
            data = parse_json_line(_decode(raw, before == 0))
            record_or_error = from_record(data, f"{stem}-{number}", name, number)
        except UnicodeDecodeError as exc:
            yield position, LoadError(str(path), f"not UTF-8 text (byte {exc.start})", number)
            continue
        except ValueError as exc:
            yield position, LoadError(str(path), str(exc), number)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad line is that line's error
            yield position, LoadError(str(path), f"could not be read ({failure_reason(exc)})", number)
            continue
        yield position, _located(record_or_error, path)
    if record == 0 and start is None:
        yield Position(0, None, 0), LoadError(str(path), "no articles found")


def _csv(path: Path, stream: IO[bytes], start: Position | None,
         compressed: bool) -> Iterator[tuple[Position, Record]]:
    name, stem = path.name, _stem(path)
    header_lines = _LineText(_lines(stream, 0, 0))
    try:
        fields = [f.strip().lower() for f in next(csv.reader(header_lines), [])]
    except (csv.Error, UnicodeDecodeError) as exc:
        yield Position(0, None, 0), LoadError(str(path), f"invalid CSV: {exc}", 1)
        return
    if not any(f in TEXT_FIELDS for f in fields):
        if start is None:
            yield Position(0, None, 0), LoadError(
                str(path), f"CSV has no text column (one of: {', '.join(TEXT_FIELDS)})", 1)
        return
    if start is None:
        lines = header_lines
    else:
        stream.seek(start.offset)
        lines = _LineText(_lines(stream, start.offset, start.line), start.offset, start.line)
    reader = csv.reader(lines)
    record = start.record if start else 0
    while True:
        position = Position(record, None if compressed else lines.offset, lines.line)
        try:
            row = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield position, LoadError(str(path), f"invalid CSV: {exc}", lines.line)
            return
        if row is None:
            break
        record += 1
        data = {key: value for key, value in zip(fields, row, strict=False)}
        number = lines.line
        yield position, _located(from_record(data, f"{stem}-{number}", name, number), path)
    if record == 0 and start is None:
        yield Position(0, None, 0), LoadError(str(path), "no articles found")


class _LineText:
    """Decoded lines for ``csv.reader``, tracking the offset and line count of what was read."""

    def __init__(self, lines: Iterator[tuple[int, int, bytes]], offset: int = 0,
                 line: int = 0) -> None:
        self._lines = lines
        self.offset = offset
        self.line = line

    def __iter__(self) -> _LineText:
        return self

    def __next__(self) -> str:
        offset, before, raw = next(self._lines)
        self.offset, self.line = offset + len(raw), before + 1
        return _decode(raw, before == 0)


def _located(record: Record, path: Path) -> Record:
    return dataclasses.replace(record, path=str(path)) if isinstance(record, LoadError) else record
