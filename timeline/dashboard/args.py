"""What ``streamlit run app.py -- [PATH...] [--store STORE] [--events FILE] [--corrections FILE]``
passes to the app.

``--events`` opens an events table written by ``timeline events --format parquet|jsonl|json``
without parsing articles again (large corpora, benchmarks); ``--corrections`` names the file the
corrections are read from and saved to (``dashboard.corrections.place_for`` says the default).

>>> parse_args(["a.txt", "--store", "s.db", "b.jsonl"])
AppArgs(paths=('a.txt', 'b.jsonl'), store='s.db', events='', corrections='')
>>> parse_args(["--corrections=c.jsonl"]).corrections
'c.jsonl'
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
    corrections: str = ""


def parse_args(argv: list[str]) -> AppArgs:
    """Tolerant: unknown options are skipped (the dashboard must open regardless)."""
    values = {"--store": "", "--events": "", "--corrections": ""}
    paths: list[str] = []
    items = iter(a for a in argv if a)
    for item in items:
        name, eq, value = item.partition("=")
        if name in values:
            values[name] = value if eq else next(items, "")
        elif not item.startswith("--"):
            paths.append(item)
    return AppArgs(tuple(paths), values["--store"], values["--events"], values["--corrections"])
