"""What the training tools (``tools/train_*.py``) share: the gold sets they may train on, the
scorers of the gold folders they load, one run of the pipeline over a set, the figures they write.

    >>> [p.name for p in sort_sets([GOLD / "news10", GOLD / "news2", GOLD / "news"])]
    ['news', 'news2', 'news10']
    >>> refuse(GOLD / "news4", "train_x")
    Traceback (most recent call last):
    ...
    SystemExit: train_x: ...news4: a measured-only set, never trained on
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FORBIDDEN = ("heldout", "news4", "news13", "news14")  # measured only: never trained on
_SET = re.compile(r"news(\d*)")  # the news gold sets: news, news2, news3, news5 ...


def sort_sets(folders: Iterable[Path]) -> list[Path]:
    """``folders`` in set order: news, news2, ..., news10 (a number, not a string, orders them)."""
    def key(folder: Path) -> tuple[int, str]:
        found = _SET.fullmatch(folder.name)
        return (int(found.group(1) or 1), folder.name) if found else (10**6, folder.name)
    return sorted(folders, key=key)


def training_sets(needs: str = "articles") -> list[Path]:
    """Every news gold set under ``tests/gold`` that is not measured-only and has annotated
    articles (and, with ``needs="verdicts"``, a verdict folder): new sets join the training by
    being there."""
    found = [f for f in GOLD.glob("news*") if _SET.fullmatch(f.name) and f.name not in FORBIDDEN
             and any((f / "articles").glob("*.gold.json"))
             and (needs != "verdicts" or any((f / "verdicts").glob("*.jsonl")))]
    return sort_sets(found)


def load_tool(name: str):
    """The training tool ``tools/<name>.py`` loaded as module ``name`` (for its tests)."""
    return _load(ROOT / "tools" / f"{name}.py", name)


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def refuse(folder: Path, tool: str) -> None:
    """Stop ``tool`` on a measured-only set."""
    if any(part in FORBIDDEN for part in Path(folder).resolve().parts):
        raise SystemExit(f"{tool}: {folder}: a measured-only set, never trained on")


def gold_module(relative: str, name: str):
    """A scorer of the gold folders (``news/score.py``, ``news/verdicts/keep_rate.py``), loaded
    once as module ``name``."""
    return sys.modules[name] if name in sys.modules else _load(GOLD / relative, name)


def articles(folder: Path, tool: str) -> list:
    """The documents of a gold set's ``articles/`` in name order (``tool`` stops on a measured-only
    set or an unreadable article)."""
    from timeline import load_documents

    refuse(folder, tool)
    loaded = load_documents([Path(folder) / "articles"])
    if loaded.errors:
        raise SystemExit(f"{tool}: {loaded.errors[0]}")
    return sorted(loaded.documents, key=lambda d: d.doc_id)


def event_candidates(doc, events, settings) -> list:
    """The candidate (:mod:`timeline.events.candidates`) each of ``events`` came from, or None."""
    from timeline.events.candidates import sentence_candidates

    by_trigger = {}
    for sentence in {e.sentence for e in events}:
        for c in sentence_candidates(doc.text, sentence.start, sentence.end, settings):
            by_trigger[c.predicate.start] = c
    return [by_trigger.get(e.trigger_start) for e in events]


def rows(result, view: Callable | None = None) -> list[dict]:
    """The events of one pipeline result as ``timeline events --format jsonl`` writes them (all
    of them, or those ``view`` keeps of the events frame)."""
    from timeline.export import to_text
    from timeline.frame import events_frame

    frame = events_frame([result])
    text = to_text(view(frame) if view else frame, "jsonl")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def set_names(folders: Iterable[Path]) -> list[str]:
    """The sets as written in a weights file: relative to the repository where they are in it."""
    return [str(Path(f).resolve().relative_to(ROOT)) if Path(f).resolve().is_relative_to(ROOT) else str(f)
            for f in folders]


def pct(part: float, whole: float) -> float:
    """``part`` in percent of ``whole``, one decimal (0 of nothing)."""
    return round(100.0 * part / whole, 1) if whole else 0.0


def write_weights(path: Path, data: dict, text: str | None = None) -> None:
    """Write a weights file (``data`` as indented JSON, or ``text``) and say so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((json.dumps(data, indent=1) if text is None else text) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
