"""Limits that hold whatever a file claims: bytes after decompression, line length, JSON nesting.

A limit is checked before the work it protects: a gzip stream is decompressed only up to its
limit (a 1 MB file that expands to 1 GB is refused after reading the limit, not after 1 GB), a
line is read only up to its limit, and a JSON text's nesting is measured by a linear scan before
``json.loads`` recurses into it. Every breach raises :class:`LimitExceeded`, whose message says
which limit and which ``Settings`` field sets it; the loaders turn it into an error naming the
file (and line).

>>> import gzip, io
>>> bomb = gzip.compress(b"a" * 5_000)
>>> read_capped(io.BytesIO(gzip.decompress(bomb)), 10_000)[:3]
b'aaa'
>>> read_capped(gzip.GzipFile(fileobj=io.BytesIO(bomb)), 1_000, "max_file_bytes")
Traceback (most recent call last):
...
timeline.limits.LimitExceeded: larger than 1.0 kB (the limit, Settings.max_file_bytes)
>>> json_depth('{"text": "[[[[", "tags": [["a"], {"b": [1]}]}')
4
"""

from __future__ import annotations

import re
from typing import IO

import numpy as np

__all__ = ["LimitExceeded", "check_json_depth", "json_depth", "read_capped", "read_line_capped",
           "size_text"]

_CHUNK = 1 << 20
_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(rb"[^\[\]{}]+")
_STEP = np.zeros(256, dtype=np.int8)
_STEP[[ord("["), ord("{")]] = 1
_STEP[[ord("]"), ord("}")]] = -1


class LimitExceeded(ValueError):
    """An input is larger (or deeper) than a limit of :class:`timeline.Settings` allows."""


def size_text(size: int) -> str:
    """A byte count for messages.

    >>> size_text(64_000_000), size_text(2_500), size_text(12)
    ('64.0 MB', '2.5 kB', '12 bytes')
    """
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


def _breach(what: str, limit: int, field: str) -> LimitExceeded:
    named = f", Settings.{field}" if field else ""
    return LimitExceeded(f"{what} {size_text(limit)} (the limit{named})")


def read_capped(stream: IO[bytes], limit: int, field: str = "") -> bytes:
    """Everything ``stream`` holds, read in chunks; LimitExceeded as soon as it passes ``limit``
    bytes (at most ``limit`` + one chunk is ever held)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - size) or 1):
        size += len(chunk)
        if size > limit:
            raise _breach("larger than", limit, field)
        chunks.append(chunk)
    return b"".join(chunks)


def read_line_capped(stream: IO[bytes], limit: int, field: str = "") -> bytes:
    """The next line of ``stream`` (b"" at the end); LimitExceeded when it is longer than
    ``limit`` bytes, after reading only ``limit`` + 1 of them."""
    line = stream.readline(limit + 1)
    if len(line) > limit and not line.endswith(b"\n"):
        raise _breach("a line longer than", limit, field)
    return line


def json_depth(text: str | bytes, stop_above: int | None = None) -> int:
    """How deeply a JSON text nests arrays and objects (brackets inside strings do not count).

    Linear time, no recursion, in chunks (numpy), so it is safe and quick on any input; with
    ``stop_above`` it stops as soon as the depth passes that. A malformed text gets a number
    too (the JSON parser reports the malformation afterwards).

    >>> json_depth("[]"), json_depth('{"a": [1, [2]]}'), json_depth('"[[["'), json_depth("[" * 5000)
    (1, 3, 0, 5000)
    """
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    brackets = _NOT_BRACKETS.sub(b"", _STRINGS.sub(b"", data))
    depth = deepest = 0
    for at in range(0, len(brackets), _CHUNK):
        chunk = np.frombuffer(brackets, np.uint8, count=min(_CHUNK, len(brackets) - at), offset=at)
        levels = np.cumsum(_STEP[chunk], dtype=np.int64) + depth
        deepest, depth = max(deepest, int(levels.max())), int(levels[-1])
        if stop_above is not None and deepest > stop_above:
            break
    return deepest


def check_json_depth(text: str | bytes, limit: int, field: str = "max_json_depth") -> None:
    """LimitExceeded when ``text`` nests deeper than ``limit`` levels (before any parser recurses).

    >>> check_json_depth("[[[]]]", 2)
    Traceback (most recent call last):
    ...
    timeline.limits.LimitExceeded: JSON nested more than 2 levels deep (the limit, Settings.max_json_depth)
    """
    depth = json_depth(text, stop_above=limit)
    if depth > limit:
        raise LimitExceeded(f"JSON nested more than {limit} levels deep "
                            f"(the limit, Settings.{field})")
