"""Fixtures of the corrections tests: a short article of our own, its events extracted once."""

from __future__ import annotations

import pandas as pd
import pytest

ARTICLE = ("date 2025-03-10\n"
           "Russian troops shelled Kharkiv on Monday, the regional governor said. Ukraine said on "
           "Tuesday that it had shot down 12 drones over Kyiv. The European Union will meet in "
           "Brussels next week to discuss new sanctions.\n")


@pytest.fixture(scope="session")
def article(tmp_path_factory) -> str:
    """The article's path, in a folder of its own (its sidecar goes beside it)."""
    path = tmp_path_factory.mktemp("articles") / "raids.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


@pytest.fixture(scope="session")
def extracted(article) -> pd.DataFrame:
    """The article's events as ``timeline events`` gives them (three events)."""
    from timeline import events_frame, load_documents, process_all

    frame = events_frame(process_all(load_documents([article]).documents))
    assert len(frame) >= 3, frame[["event_id", "summary"]]
    return frame


def row_of(frame: pd.DataFrame, word: str) -> dict:
    """The row whose summary contains ``word``."""
    rows = frame[frame["summary"].str.contains(word)]
    assert len(rows) == 1, (word, frame["summary"].tolist())
    return rows.iloc[0].to_dict()
