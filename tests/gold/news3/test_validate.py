"""Every gold file of the third news dev set (news3) passes the news set's own checker, unchanged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("gold_news3_validate", HERE.parent / "news" / "validate.py")
validate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = validate
_spec.loader.exec_module(validate)

GOLDS = sorted((HERE / "articles").glob("*.gold.json"))


def test_the_set_has_articles() -> None:
    assert len(GOLDS) >= 30


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path) -> None:
    assert validate.check_gold(path) == []


def test_every_article_has_a_gold_file() -> None:
    assert [e for e in validate.check_dir(HERE / "articles") if e.endswith("no gold file")] == []


def test_the_whole_folder_passes() -> None:
    assert validate.check_dir(HERE / "articles") == []
