"""The shared Kursk sample: document actors exactly as gold, and the actor traps."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors


def test_find_actors_sample_document_actors_equal_gold(sample, gaz):
    text, gold = sample
    if not gold:
        pytest.skip("the gold file is in ../shared, which is not checked out (a user's clone)")
    found = analyst_actors(find_actors(text, gaz), gaz)
    assert sorted(found) == sorted(gold["document_actors"])
    assert len(found) == len(set(found))


def test_find_actors_sample_offsets_point_into_text(sample, gaz):
    text, _ = sample
    for m in find_actors(text, gaz):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("snippet", "name", "forbidden"),
    [
        ("Kim Jong UN personally", "Kim Jong Un", "United Nations"),
        ("Democratic People's Republic of Korea", "North Korea", "South Korea"),
    ],
)
def test_find_actors_sample_traps(sample, gaz, snippet, name, forbidden):
    text, gold = sample
    assert any(t["text"] == snippet for t in gold.get("traps", ())) or snippet in text
    start = text.index(snippet)
    inside = [m for m in find_actors(text, gaz) if start <= m.start < start + len(snippet)]
    assert [m.name for m in inside] == [name]
    assert forbidden not in {m.name for m in inside}


@pytest.mark.parametrize(
    ("snippet", "name", "country"),
    [
        ("KCNA had reported", "KCNA", "North Korea"),
        ("The Kremlin, in a statement", "Kremlin", "Russia"),
        ("South Korea's Ministry of Defence", "Ministry of Defence (South Korea)", "South Korea"),
        (
            "The North's Central Military Commission",
            "Central Military Commission (North Korea)",
            "North Korea",
        ),
        ("Koo Byoungsam, the ministry", "Koo Byoungsam", "South Korea"),
        ("Kim said, KCNA", "Kim Jong Un", "North Korea"),
        ("an AFP report", "AFP", ""),
        ("(File Image/Reuters)", "Reuters", ""),
        ("urged the North to withdraw", "North Korea", "North Korea"),
    ],
)
def test_find_actors_sample_mentions(sample, gaz, snippet, name, country):
    text, _ = sample
    start = text.index(snippet)
    inside = [m for m in find_actors(text, gaz) if start <= m.start < start + len(snippet)]
    assert any(m.name == name and m.country == country for m in inside), inside
