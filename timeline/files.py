"""Which files a list of inputs names: files as given, folders walked, globs expanded.

Folders are walked recursively (sorted; article files only, by suffix: .txt .json .jsonl .csv
and their .gz), following symbolic links to folders once. What cannot be read is not skipped
in silence: a link that loops or leads nowhere, a folder reached twice through links, and a
folder with no articles come out as :class:`Unread` with the reason, for the caller to report.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Troops left.")
>>> (folder / "loop.txt").symlink_to(folder / "loop.txt")
>>> (folder / "sub").mkdir()
>>> (folder / "sub" / "up").symlink_to(folder)
>>> empty = pathlib.Path(tempfile.mkdtemp())
>>> for item in article_files([folder, empty]):
...     print(item.name, "|", getattr(item, "reason", "article"))  # doctest: +ELLIPSIS
a.txt | article
loop.txt | a symbolic link that loops or leads nowhere
up | a link to a folder already read (...); not read again
tmp... | a folder with no articles (.txt, .json, .jsonl, .csv or their .gz)
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ARTICLE_SUFFIXES", "Unread", "article_files", "is_article"]

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".csv")
_NO_ARTICLES = "a folder with no articles (.txt, .json, .jsonl, .csv or their .gz)"


@dataclass(frozen=True, slots=True)
class Unread:
    """An input that names no readable article file, and why."""

    path: Path
    reason: str

    @property
    def name(self) -> str:
        """The file or folder name, as ``Path.name``."""
        return self.path.name


def is_article(path: Path) -> bool:
    """Whether the name says article (``a.txt``, ``feed.jsonl.gz``).

    >>> is_article(Path("feed.JSONL.gz")), is_article(Path("notes.md")), is_article(Path("a.gz"))
    (True, False, False)
    """
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in ARTICLE_SUFFIXES


def article_files(inputs: Iterable[str | Path]) -> Iterator[Path | Unread]:
    """Every article file the inputs name, each once, in order; Unread for what names none."""
    seen: set[Path] = set()
    for item in _expand(inputs):
        key = item.path.absolute() if isinstance(item, Unread) else item.absolute()
        if key not in seen:
            seen.add(key)
            yield item


def _expand(inputs: Iterable[str | Path]) -> Iterator[Path | Unread]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or not glob.has_magic(str(item)):
            yield path  # a missing or unreadable file is reported when it is read
        else:
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True))
            if not matches:
                yield path
            for match in matches:
                if match.is_dir():
                    yield from _walk(match)
                elif is_article(match):
                    yield match


def _walk(folder: Path) -> Iterator[Path | Unread]:
    """The article files under ``folder``; links to folders followed once (a loop is reported)."""
    found = False
    visited: set[str] = set()
    failures: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failures.append, followlinks=True):
        real = os.path.realpath(root)
        if real in visited:
            dirs[:] = []
            yield Unread(Path(root), f"a link to a folder already read ({real}); not read again")
            continue
        visited.add(real)
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            if path.is_symlink() and not path.exists():  # os.walk lists such a link as a file
                yield Unread(path, "a symbolic link that loops or leads nowhere")
            elif is_article(path):
                found = True
                yield path if path.is_file() else Unread(path, "not a regular file (a pipe, a device)")
        for error in failures:
            yield Unread(Path(error.filename or root), f"cannot read: {error.strerror or error}")
        failures.clear()
    for error in failures:  # the folder itself could not be listed
        yield Unread(Path(error.filename or folder), f"cannot read: {error.strerror or error}")
    if not found and not failures:
        yield Unread(folder, _NO_ARTICLES)
