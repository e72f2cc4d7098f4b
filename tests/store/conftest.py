"""The store tests' marker and fixtures.

The helpers (``store_helpers``) and the stand-in pipeline (``store_fakes``) are plain modules of
this folder, put on ``sys.path`` here so tests, worker processes and Dask workers import them by
name (the suite runs with ``--import-mode=importlib``, which adds no test folder to the path).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from store_helpers import article  # noqa: E402


def pytest_configure(config):
    config.addinivalue_line("markers", "dask: runs a Dask LocalCluster (deselect: -m 'not dask')")


@pytest.fixture
def articles() -> list[dict]:
    return [article(n) for n in range(40)]
