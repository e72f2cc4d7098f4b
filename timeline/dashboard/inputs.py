"""The articles the user brings: uploads (with a size limit), a pasted article, the sample.

Every problem is a ``LoadError`` naming the file; the good files load regardless.

>>> docs, errors = load_uploads([("a.txt", b"date 2025-04-28 Troops crossed the river."),
...                              ("b.pdf", b"%PDF-1.7"), ("c.json", b"[]")], max_bytes=1000)
>>> [d.doc_id for d in docs], [str(e) for e in errors]  # doctest: +NORMALIZE_WHITESPACE
(['a'], ['b.pdf: not a supported file type (use .txt, .json, .jsonl or .csv)',
         'c.json: JSON must be an object or a non-empty list of objects'])
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from timeline.loaders import SUFFIXES, LoadError, load_path
from timeline.model import Document
from timeline.settings import DEFAULT_SETTINGS, Settings

__all__ = ["MAX_UPLOAD_MB", "fingerprint", "load_uploads", "pasted_document", "unique_ids"]

MAX_UPLOAD_MB = 20
UPLOAD_TYPES = tuple(s.lstrip(".") for s in SUFFIXES) + ("gz",)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def load_uploads(uploads: Iterable[tuple[str, bytes]], max_bytes: int = MAX_UPLOAD_MB * 1_000_000,
                 settings: Settings = DEFAULT_SETTINGS) -> tuple[list[Document], list[LoadError]]:
    """Documents from (file name, bytes) pairs; a bad or too large file becomes an error.

    ``max_bytes`` limits what is sent; ``settings.max_upload_bytes`` what a file holds once
    decompressed (a small gzip that expands to gigabytes is refused after that much)."""
    documents: list[Document] = []
    errors: list[LoadError] = []
    for name, data in uploads:
        path = Path(name)
        suffixes = [s.lower() for s in path.suffixes[-2:]]
        if len(data) > max_bytes:
            errors.append(LoadError(path.name, f"{_megabytes(len(data))} is over the upload limit "
                                               f"of {_megabytes(max_bytes)}; split the file"))
            continue
        if not suffixes or (suffixes[-1] not in SUFFIXES
                            and not (suffixes[-1] == ".gz" and suffixes[0] in SUFFIXES)):
            errors.append(LoadError(path.name, "not a supported file type "
                                               "(use .txt, .json, .jsonl or .csv)"))
            continue
        docs, errs = load_path(path, data=data, settings=settings, upload=True)
        documents.extend(docs)
        errors.extend(errs)
    return documents, errors


def pasted_document(text: str, dct: date | None, name: str = "pasted") -> tuple[list[Document], list[LoadError]]:
    """A pasted article; a first line ``date YYYY-MM-DD`` wins over ``dct``.

    >>> docs, _ = pasted_document("Troops crossed the river on Saturday.", date(2025, 4, 28))
    >>> docs[0].doc_id, docs[0].dct
    ('pasted', datetime.date(2025, 4, 28))
    """
    if not text.strip():
        return [], []
    docs, errors = load_path(Path(f"{name}.txt"), data=text.encode("utf-8"))
    if dct is not None:
        docs = [d if d.dct is not None else replace(d, dct=dct) for d in docs]
    return [replace(d, source="pasted text") for d in docs], errors


def unique_ids(documents: Sequence[Document]) -> list[Document]:
    """The documents, with ``~2``, ``~3`` appended to repeated ids (event ids stay unique).

    >>> [d.doc_id for d in unique_ids([Document("a", "x"), Document("a", "y"), Document("b", "z")])]
    ['a', 'a~2', 'b']
    """
    seen: dict[str, int] = {}
    out = []
    for doc in documents:
        count = seen.get(doc.doc_id, 0) + 1
        seen[doc.doc_id] = count
        out.append(doc if count == 1 else replace(doc, doc_id=f"{doc.doc_id}~{count}"))
    return out


def fingerprint(documents: Sequence[Document]) -> str:
    """A short hash of the documents' ids, dates and texts: the key of a parsed corpus."""
    digest = hashlib.sha1()
    for doc in documents:
        digest.update(f"{doc.doc_id}\x00{doc.dct}\x00{len(doc.text)}\x00".encode())
        digest.update(doc.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]
