"""Shared fixtures: the project's sample and, when present, the shared corpora beside the checkout;
the training tools' kit (``tools/trainkit.py``) importable as ``trainkit``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "kursk-2025-04-28.txt"
SHARED = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))
OUTPUT = ROOT / "test-output"
sys.path.insert(0, str(ROOT / "tools"))  # the tests of the training tools load them with trainkit.load_tool


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip saying why it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing: ../shared (corpora and gold files) exists only in the "
                    "project's workspace and CI, not in a user's clone")
    return path


@pytest.fixture(scope="session")
def shared_file():
    """``shared_file("tools", "te3_score.py")``: a path under ../shared, or a skip with the reason."""
    return shared_path


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def kursk_gold() -> dict:
    return json.loads(shared_path("data", "kursk-2025-04-28.gold.json").read_text())


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist (``make test``: ``-n auto``), every test of a ``*_browser.py`` module runs
    on one worker, one after the other: one Chromium and one server at a time, as in a serial run.
    (xdist 3.8's ``xdist_group`` mark names the group by rewriting an item's node id, which pytest
    9.2 no longer reads, so the group is chosen here, from the module's name, where xdist schedules.)
    """
    if config.getvalue("dist") not in ("load", "loadgroup"):
        return None
    from xdist.scheduler import LoadGroupScheduling

    class BrowserModulesTogether(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "browser" if nodeid.split("::", 1)[0].endswith("_browser.py") else super()._split_scope(nodeid)

    return BrowserModulesTogether(config, log)
