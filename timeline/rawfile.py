"""The bytes and the text of one file: read up to a limit, gunzipped, decoded.

>>> import gzip
>>> read_bytes(Path("a.txt.gz"), gzip.compress(b"Rain."), True, 100, "max_file_bytes")
b'Rain.'
>>> read_bytes(Path("a.txt"), b"Rain." * 30, False, 100, "max_file_bytes")
Traceback (most recent call last):
...
timeline.limits.LimitExceeded: larger than 100 bytes (the limit, Settings.max_file_bytes)
"""

from __future__ import annotations

import codecs
import gzip
import io
from pathlib import Path

from timeline.limits import LimitExceeded, read_capped, size_text

__all__ = ["NotText", "decode_text", "read_bytes"]


class NotText(ValueError):
    """The bytes are not text in an encoding we read (the line of the first bad byte, if any)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def read_bytes(path: Path, data: bytes | None, compressed: bool, limit: int, field: str) -> bytes:
    """The bytes of a file (or of ``data``, already in memory), gunzipped when ``compressed``;
    LimitExceeded past ``limit`` bytes, counted after decompression and read no further.

    Raises OSError (or EOFError, zlib.error for a broken gzip stream) when it cannot be read.
    """
    if data is None:
        with open(path, "rb") as stream:
            return read_capped(gzip.GzipFile(fileobj=stream) if compressed else stream, limit, field)
    if compressed:
        return read_capped(gzip.GzipFile(fileobj=io.BytesIO(data)), limit, field)
    if len(data) > limit:
        raise LimitExceeded(f"larger than {size_text(limit)} (the limit, Settings.{field})")
    return data


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(raw: bytes) -> str:
    """The text of a file: UTF-8, or UTF-16/UTF-32 when it starts with their byte-order mark.

    >>> decode_text("date 2025-04-28 Rain.".encode("utf-16")), decode_text(b"\\xef\\xbb\\xbfRain.")
    ('date 2025-04-28 Rain.', 'Rain.')
    """
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    if encoding is None and b"\x00" in raw[:8192]:
        raise NotText("a binary file, not text")
    try:
        return raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        label = "UTF-8" if encoding in (None, "utf-8-sig") else encoding.upper()
        raise NotText(f"not {label} text (byte {exc.start})", line) from None
