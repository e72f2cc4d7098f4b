"""What could not be dated says why: the tagger's own reason, not a guess about the article.

A bare amount that lands nowhere ("the first vote there in [ten years]") is an amount of time,
not an unresolved date; a day counted from a mere year ("in 2019 ... [the same day]") in a dated
article is not "an article without a date".
"""

from __future__ import annotations

import pytest

from timeline.cli import main
from timeline.temporal import tag


@pytest.mark.parametrize(("sentence", "span"), [
    ("It was the first election held there in ten years.", "ten years"),
    ("Prices rose at the fastest pace in two decades.", "two decades"),
    ("The biggest gain in a year came on Friday.", "a year"),
])
def test_an_amount_that_lands_nowhere_is_an_amount(sentence: str, span: str) -> None:
    found = {t.text: t for t in tag(sentence, "2024-10-17")}
    assert found[span].type == "DURATION" and found[span].point_value is None
    assert found[span].anchor == "absolute"
    assert found[span].explanation == f"{span}: an amount of time, not a point in time"


def test_an_amount_that_lands_keeps_its_anchor() -> None:
    found = {t.text: t for t in tag("The bridge will reopen in two weeks.", "2025-04-28")}
    assert (found["two weeks"].point_value, found["two weeks"].anchor) == ("2025-W20", "dct")


@pytest.mark.parametrize(("body", "span", "reason"), [
    ("The record was set in 2019. The women's race was run the same day.", "the same day",
     "not precise to the day"),
    ("The outbreak began this year. During that week, five cases were recorded.", "that week",
     "not precise to the week"),
])
def test_the_warning_of_a_dated_article_gives_the_real_reason(tmp_path, capsys, body, span,
                                                               reason) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(f"date 2024-10-17\n\n{body}\n", encoding="utf-8")
    assert main(["events", str(path), "--format", "jsonl", "-o", str(tmp_path / "e.jsonl")]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if f"'{span}'" in line]
    assert len(warnings) == 1 and reason in warnings[0], warnings
    assert "no article date" not in warnings[0]


def test_the_warning_of_an_undated_article_says_it_has_no_date(tmp_path, capsys) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Rebels seized the town on Saturday.\n", encoding="utf-8")
    assert main(["events", str(path), "--format", "jsonl", "-o", str(tmp_path / "e.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "'Saturday' could not be resolved (a weekday with no day-precise date" in err
