"""Every module of browser tests is named ``*_browser.py``: under pytest-xdist (``make test``) the
suite's scheduler (``tests/conftest.py``) runs the modules of that name on one worker, one after the
other, so a browser test named otherwise would run beside another and could flake."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
MARKED = re.compile(r"^pytestmark = BROWSER_TESTS", re.MULTILINE)  # see tests/dashboard/browser.py


def browser_modules_misnamed(root: Path) -> list[str]:
    """The test modules under ``root`` that drive a browser but are not named ``*_browser.py``."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("test_*.py")
                  if MARKED.search(p.read_text(encoding="utf-8")) and not p.stem.endswith("_browser"))


@pytest.mark.parametrize("name,misnamed", [("test_chart_browser.py", False), ("test_chart_drawn.py", True)])
def test_browser_modules_misnamed_finds_a_browser_module_named_otherwise(tmp_path, name, misnamed):
    (tmp_path / name).write_text("pytestmark = BROWSER_TESTS\n", encoding="utf-8")
    (tmp_path / "test_units.py").write_text("def test_one(): pass\n", encoding="utf-8")
    assert browser_modules_misnamed(tmp_path) == ([name] if misnamed else [])


def test_browser_modules_are_named_browser():
    assert browser_modules_misnamed(TESTS) == []
