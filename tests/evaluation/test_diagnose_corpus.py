"""tools/diagnose_corpus.py: each missed gold event and unmatched output event gets its class."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("diagnose_corpus", ROOT / "tools" / "diagnose_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(key: str, fragment: str, pattern: str, start: str | None, actors=()) -> dict:
    return {"key": key, "sentence_contains": fragment, "summary_matches": pattern, "actors_include": list(actors),
            "date": start, "start": start, "end": start, "required": False}


def test_the_classes_of_a_small_corpus(tmp_path: Path, capsys) -> None:
    text = (" date 2025-03-14 Kenya closed its border on Monday. Chile signed the accord on Tuesday. "
            "The weather was mild.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"article": "a.txt", "dct": "2025-03-14", "events": [
        _gold("closed", "closed its border", "clos", "2025-03-10", ["Kenya"]),  # found
        _gold("wrong-day", "signed the accord", "sign", "2025-03-12"),  # found on the 11th: date
        _gold("wrong-actor", "signed the accord", "sign", "2025-03-11", ["Peru"]),  # actors
        _gold("never", "The weather was mild", "mild", "2025-03-14"),  # no event in its sentence
    ]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    counts = _tool().diagnose(tmp_path, shown=False)
    out = capsys.readouterr().out
    assert counts["missed: date"] == 1 and "wrong-day" in out
    assert counts["missed: actors"] == 1 and "missing ['Peru']" in out
    assert sum(n for c, n in counts.items() if c.startswith("missed: not generated")) == 1
    assert sum(n for c, n in counts.items() if c.startswith("missed")) == 3  # "closed" is found
