"""The data files: well-formed, consistent, big enough, and the generated file up to date."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from timeline.actors.gazetteer import DATA, build_gazetteer


def rows(pattern: str) -> list[dict]:
    out = []
    for path in sorted(DATA.glob(pattern)):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return out


@pytest.mark.parametrize("kind", ["country", "organisation", "agency", "outlet", "person"])
def test_gazetteer_data_every_actor_has_a_known_kind_and_a_pattern(kind):
    actors = [a for a in rows("*.actors.jsonl") if a["kind"] == kind]
    assert actors
    with_pattern = {p["id"] for p in rows("*.patterns.jsonl")}
    missing = [a["id"] for a in actors if a["id"] not in with_pattern]
    assert missing == []


@pytest.mark.parametrize("field", ["label", "pattern", "id"])
def test_gazetteer_data_pattern_lines_are_spacy_style(field):
    assert all(field in p and p[field] for p in rows("*.patterns.jsonl"))


def test_gazetteer_data_ids_are_unique():
    ids = [a["id"] for a in rows("*.actors.jsonl")]
    assert len(ids) == len(set(ids))


def test_gazetteer_data_countries_and_leaders_are_known():
    countries = {a["name"] for a in rows("countries.actors.jsonl")}
    for a in rows("*.actors.jsonl"):
        assert a.get("country", "") in countries | {""}, a


def test_gazetteer_data_no_alias_names_two_countries():
    by_key = defaultdict(set)
    for p in rows("countries.patterns.jsonl"):
        by_key[(p["pattern"], p.get("case", ""))].add(p["id"])
    assert {k: v for k, v in by_key.items() if len(v) > 1} == {}


@pytest.mark.parametrize(("kind", "minimum"), [("person", 150), ("country", 195)])
def test_gazetteer_data_sizes(kind, minimum):
    assert sum(a["kind"] == kind for a in rows("*.actors.jsonl")) >= minimum


def test_gazetteer_data_leaders_have_country_or_organisation_and_years():
    for a in rows("leaders.actors.jsonl"):
        assert a["country"] or a.get("parent"), a
        assert a["in_office"][:4].isdigit(), a


def test_gazetteer_data_unknown_pattern_id_is_an_error():
    with pytest.raises(ValueError, match="unknown actor"):
        build_gazetteer([], [{"label": "GPE", "pattern": "Atlantis", "id": "country:x"}], {})


def test_gazetteer_data_generated_countries_are_up_to_date():
    pytest.importorskip("countryinfo")
    from timeline.actors.build_gazetteer import build, load_countryinfo

    overrides = json.loads((DATA / "country_overrides.json").read_text(encoding="utf-8"))
    actors, patterns = build(load_countryinfo(), overrides)
    assert actors == rows("countries.actors.jsonl")
    assert patterns == rows("countries.patterns.jsonl")
