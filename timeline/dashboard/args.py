"""What ``streamlit run app.py -- [PATH...] [--store STORE] [--events FILE]`` passes to the app.

``--events`` opens an events table written by ``timeline events --format parquet|jsonl|json``
without parsing articles again (large corpora, benchmarks).

>>> parse_args(["a.txt", "--store", "s.db", "b.jsonl"])
AppArgs(paths=('a.txt', 'b.jsonl'), store='s.db', events='')
>>> parse_args([])
AppArgs(paths=(), store='', events='')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AppArgs", "parse_args"]


@dataclass(frozen=True, slots=True)
class AppArgs:
    """The dashboard's inputs: article paths, an event store, or an events table."""

    paths: tuple[str, ...] = ()
    store: str = ""
    events: str = ""


def parse_args(argv: list[str]) -> AppArgs:
    """Tolerant: unknown options are skipped (the dashboard must open regardless)."""
    values = {"--store": "", "--events": ""}
    paths: list[str] = []
    items = iter(a for a in argv if a)
    for item in items:
        name, eq, value = item.partition("=")
        if name in values:
            values[name] = value if eq else next(items, "")
        elif not item.startswith("--"):
            paths.append(item)
    return AppArgs(tuple(paths), values["--store"], values["--events"])
