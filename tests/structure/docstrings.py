"""Which public names of ``timeline/`` have a docstring: every public function, class, method
and property (a name without a leading underscore, in a module without one, not under
``if TYPE_CHECKING``). Run it to see the undocumented ones:

    python tests/structure/docstrings.py [--all]
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "timeline"
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def public_names(path: Path) -> Iterator[tuple[str, bool]]:
    """(qualified name, has a docstring) for each public definition of one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(body: list[ast.stmt], prefix: str) -> Iterator[tuple[str, bool]]:
        for node in body:
            if isinstance(node, DEFINITIONS) and not node.name.startswith("_"):
                yield prefix + node.name, ast.get_docstring(node) is not None
                if isinstance(node, ast.ClassDef):
                    yield from walk(node.body, f"{prefix}{node.name}.")

    yield from walk(tree.body, "")


def survey(root: Path = PACKAGE) -> dict[str, list[tuple[str, bool]]]:
    """Module path (relative to the repository) -> its public names."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        if any(part.startswith("_") and part != "__init__.py"
               for part in path.relative_to(root).parts):
            continue  # a private module
        out[str(path.relative_to(root.parent))] = list(public_names(path))
    return out


def share_documented(found: dict[str, list[tuple[str, bool]]]) -> tuple[int, int]:
    """(documented, all) public names."""
    names = [ok for entries in found.values() for _, ok in entries]
    return sum(names), len(names)


def main(argv: list[str]) -> int:
    found = survey()
    done, total = share_documented(found)
    print(f"{done} of {total} public names documented ({100 * done / total:.1f}%)")
    for module, entries in found.items():
        missing = [name for name, ok in entries if not ok]
        if missing:
            print(f"  {module}: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
