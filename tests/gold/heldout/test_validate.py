"""The held-out news gold set is well formed (checked by the dev set's own validator) and held out.

Standard library and pytest only: nothing here imports or runs the timeline tool.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
DEV = HERE.parent / "news"

_spec = importlib.util.spec_from_file_location("gold_heldout_validate", DEV / "validate.py")
validate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = validate
_spec.loader.exec_module(validate)

GOLDS = sorted(ARTICLES.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_has_at_least_twenty_articles() -> None:
    assert len(GOLDS) >= 20


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path) -> None:
    assert validate.check_gold(path) == []


def test_the_whole_folder_passes_the_dev_validator() -> None:
    assert validate.check_dir(ARTICLES) == []
    assert validate.main([str(ARTICLES)]) == 0


def test_no_story_of_the_dev_set_is_held_out_again() -> None:
    dev = [_gold(p) for p in (DEV / "articles").glob("*.gold.json")]
    held = [_gold(p) for p in GOLDS]
    dev_stems = {g["article"].rsplit("-", 3)[0] for g in dev}
    assert not dev_stems & {g["article"].rsplit("-", 3)[0] for g in held}
    assert not {g["source"]["url"] for g in dev} & {g["source"]["url"] for g in held}


def test_the_set_spreads_over_kinds_outlets_and_years() -> None:
    held = [_gold(p) for p in GOLDS]
    assert {g["kind"] for g in held} == validate.KINDS
    assert sum(g["source"]["non_western"] for g in held) >= 7
    assert len({g["dct"][:4] for g in held}) >= 8
