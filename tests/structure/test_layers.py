"""Layers import one way: the engines (text, temporal, actors, events) know nothing above them,
and no two subpackages of ``timeline`` import each other. Read from the source (ast), so an
import inside a function or under ``TYPE_CHECKING`` counts too."""

from __future__ import annotations

import ast
from itertools import combinations
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "timeline"
ENGINES = ("events", "actors", "temporal", "text")
ABOVE_ENGINES = ("pipeline", "store", "dashboard", "cli", "evaluation")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports (``from timeline import x`` gives ``timeline`` itself)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                found.add(".".join(base + ([node.module] if node.module else [])))
            else:
                found.add(node.module)
    return {m for m in found if m == "timeline" or m.startswith("timeline.")}


def subpackage(module: str) -> str | None:
    """The subpackage of ``timeline`` a module belongs to (None for the top package and the
    modules directly in it)."""
    parts = module.split(".")
    if len(parts) < 2 or not (PACKAGE / parts[1]).is_dir():
        return None
    return parts[1]


MODULES = {module_name(p): imported(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_layers_the_source_is_read():
    assert {"timeline.pipeline", "timeline.events.build", "timeline.store.query"} <= set(MODULES)
    assert "timeline.store.layout" in MODULES["timeline.store.query"]


def test_layers_no_two_subpackages_import_each_other():
    edges = {(subpackage(a), subpackage(b)) for a, targets in MODULES.items() for b in targets}
    edges = {(a, b) for a, b in edges if a and b and a != b}
    both_ways = [(a, b) for a, b in combinations(sorted({x for e in edges for x in e}), 2)
                 if (a, b) in edges and (b, a) in edges]
    assert both_ways == []


@pytest.mark.parametrize("engine", ENGINES)
def test_layers_engines_import_nothing_above_them(engine):
    wrong = sorted(f"{module} imports {target}"
                   for module, targets in MODULES.items() if subpackage(module) == engine
                   for target in targets
                   if target == "timeline" or target.split(".")[1] in ABOVE_ENGINES)
    assert wrong == []
