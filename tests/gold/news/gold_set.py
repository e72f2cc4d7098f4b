"""The checks every news-style gold set runs on itself with the news set's own checker, unchanged:
``checks(folder, minimum)`` gives the test functions for a set's ``test_validate.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("gold_set_validate", Path(__file__).with_name("validate.py"))
validate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = validate
_spec.loader.exec_module(validate)


def checks(folder: Path, minimum: int) -> tuple:
    """The four tests of the gold set in ``folder``: at least ``minimum`` gold files, each well
    formed, a gold file for every article, and the whole folder passing."""
    articles = folder / "articles"
    golds = sorted(articles.glob("*.gold.json"))

    def test_the_set_has_articles() -> None:
        assert len(golds) >= minimum

    @pytest.mark.parametrize("path", golds, ids=lambda p: p.name)
    def test_gold_file_is_well_formed(path: Path) -> None:
        assert validate.check_gold(path) == []

    def test_every_article_has_a_gold_file() -> None:
        assert [e for e in validate.check_dir(articles) if e.endswith("no gold file")] == []

    def test_the_whole_folder_passes() -> None:
        assert validate.check_dir(articles) == []

    return (test_the_set_has_articles, test_gold_file_is_well_formed, test_every_article_has_a_gold_file,
            test_the_whole_folder_passes)
