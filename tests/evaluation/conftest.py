"""Shared fixtures of the evaluation tests."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """The development corpora, or a skip when the checkout has no ../shared next to it."""
    if not (CORPORA / "timebank.jsonl").exists():
        pytest.skip(f"development corpora not found at {CORPORA} (../shared is not checked out)")
    return CORPORA
