"""What every training tool shares (``tools/trainkit.py``): it trains on the news gold sets that
are there, in order, and refuses the measured-only sets (news4, held-out) before writing anything."""

from __future__ import annotations

from pathlib import Path

import pytest
import trainkit

TOOLS = ("train_actors", "train_dates", "train_keep", "train_participants", "train_types")


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("measured_only", ["heldout", "news4", "news13", "news14"])
def test_every_training_tool_refuses_the_measured_only_sets(tmp_path: Path, tool: str, measured_only: str) -> None:
    folder = tmp_path / "gold" / measured_only
    (folder / "articles").mkdir(parents=True)
    with pytest.raises(SystemExit, match="never trained on"):
        trainkit.load_tool(tool).main(["--set", str(folder), "-o", str(tmp_path / "w.json")])
    assert not (tmp_path / "w.json").exists()


def test_the_training_sets_are_the_news_sets_with_gold_in_number_order() -> None:
    names = [p.name for p in trainkit.training_sets()]
    assert not {"news4", "news13", "news14", "heldout"} & set(names)
    numbers = [int(n[4:] or 1) for n in names]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    for folder in trainkit.GOLD.glob("news*"):
        has_gold = any((folder / "articles").glob("*.gold.json"))
        assert (folder.name in names) == (has_gold and folder.name not in trainkit.FORBIDDEN)


def test_a_new_set_joins_the_training_when_its_gold_is_there(tmp_path: Path, monkeypatch) -> None:
    for name, gold, verdicts in [("news", True, True), ("news12", True, False), ("news3", False, False),
                                 ("news4", True, True), ("notes", True, True)]:
        (tmp_path / name / "articles").mkdir(parents=True)
        (tmp_path / name / "verdicts").mkdir()
        if gold:
            (tmp_path / name / "articles" / "a.gold.json").write_text("{}", encoding="utf-8")
        if verdicts:
            (tmp_path / name / "verdicts" / "a.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(trainkit, "GOLD", tmp_path)
    assert [p.name for p in trainkit.training_sets()] == ["news", "news12"]
    assert [p.name for p in trainkit.training_sets("verdicts")] == ["news"]


@pytest.mark.parametrize(("part", "whole", "expected"), [(1, 3, 33.3), (0, 0, 0.0), (2, 2, 100.0)])
def test_percentages_have_one_decimal_and_none_of_nothing(part: int, whole: int, expected: float) -> None:
    assert trainkit.pct(part, whole) == expected
