"""The learned event type (``timeline/events/typemodel.py``): the weights file matches the features
module, the model types sentences of our own of several kinds, and says "other" when unsure."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.events.typefeatures import TEMPLATES, document_features, fixed_names, load_type_words, words_of
from timeline.events.typemodel import WEIGHTS, TypeModel, load_type_model, probabilities, type_step
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings


def test_the_weights_file_matches_the_features_module() -> None:
    model = load_type_model()
    fixed = fixed_names()
    assert model.names[: len(fixed)] == fixed
    vocabulary = model.names[len(fixed):]
    assert vocabulary and all(name.startswith(TEMPLATES) for name in vocabulary)
    assert len(set(model.names)) == len(model.names)
    assert set(model.classes) <= set(load_type_words().types) and model.unsure == "other"
    assert all(len(w) == len(model.classes) for w in model.weights.values())
    assert 0.0 <= model.threshold < 1.0
    about = model.about
    assert "news4" not in " ".join(about["sets"]) and "heldout" not in " ".join(about["sets"])
    assert {"rules", "cross_validated", "in_sample"} <= set(about["type_accuracy"])


def test_a_weights_file_of_other_features_is_refused_naming_it(tmp_path: Path) -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["features"] = ["bias", "rule=sport", *data["features"][2:]]
    bad = tmp_path / "type_weights.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="type_weights.json.*features differ"):
        load_type_model(bad)


def _article(text: str) -> list:
    return process(Document("t", text, date(2024, 5, 8))).events


@pytest.mark.parametrize("text, predicate, expected", [
    ("The central bank raised its interest rates by half a point on Tuesday.", "raised", "economy"),
    ("The retailer's quarterly profit rose 12% to $3 billion on Tuesday.", "rose", "economy"),
    ("A magnitude 6.4 earthquake struck the mountain province on Tuesday, killing 12 people.", "struck", "disaster"),
    ("The district court sentenced the former mayor to eight years in prison on Tuesday.", "sentenced", "legal"),
    ("Police arrested the treasurer of the city council on fraud charges on Tuesday.", "arrested", "legal"),
    ("The home side won the cup final 2-1 on Sunday after the striker scored twice.", "won", "sport"),
    ("The space agency launched a weather satellite into orbit on Tuesday.", "launched", "science"),
    ("Health officials confirmed 30 new cases of cholera in the port city on Tuesday.", "confirmed", "health"),
    ("The prime minister resigned on Tuesday after losing a confidence vote in parliament.", "resigned", "politics"),
    ("Troops shelled the border town with artillery on Tuesday.", "shelled", "conflict"),
])
def test_the_model_types_sentences_of_several_kinds(text, predicate, expected) -> None:
    events = [e for e in _article(text) if e.predicate == predicate]
    assert events, [(e.predicate, e.event_type) for e in _article(text)]
    assert events[0].event_type == expected


def test_the_rules_type_is_kept_when_the_model_is_off() -> None:
    text = "The space agency launched a weather satellite into orbit on Tuesday."
    off = process(Document("t", text, date(2024, 5, 8)), Settings(type_model=False)).events
    assert off and off[0].event_type in load_type_words().types


def _toy(threshold: float) -> TypeModel:
    """Two classes, one word that tells them apart a little."""
    names = (*fixed_names(), "clause=rocket")
    weights = {n: (0.0, 0.0) for n in names}
    weights["clause=rocket"] = (0.0, 0.4)
    return TypeModel(("sport", "science"), names, weights, threshold, "other", {})


def test_under_the_threshold_the_type_is_other_not_a_guess() -> None:
    text = "The agency launched the rocket on Tuesday."
    events = process(Document("t", text, date(2024, 5, 8)), Settings(type_model=False)).events
    assert events
    sure = type_step(text, None, events, {}, _toy(0.5))
    unsure = type_step(text, None, events, {}, _toy(0.9))
    assert sure[0].event_type == "science"  # 0.6 >= 0.5
    assert unsure[0].event_type == "other"  # 0.6 < 0.9


def test_probabilities_are_a_softmax_over_the_classes() -> None:
    p = probabilities(_toy(0.0), {"bias": 1.0, "clause=rocket": 1.0})
    assert sum(p) == pytest.approx(1.0) and p[1] > p[0]
    assert probabilities(_toy(0.0), {"bias": 1.0}) == pytest.approx([0.5, 0.5])


def test_features_name_the_rules_type_the_words_and_the_article_prior() -> None:
    text = "The court jailed the banker on Monday. The court fined the bank on Tuesday."
    events = process(Document("t", text, date(2024, 5, 8)), Settings(type_model=False)).events
    assert len(events) == 2
    rows = document_features(text, "legal", events, [None, None])
    first = rows[0]
    assert first["bias"] == 1.0 and first[f"rule={events[0].event_type}"] == 1.0
    assert "clause=court" in first or "lemma=jailed" in first
    assert first["domain=legal"] == 1.0
    assert first[f"article={events[1].event_type}"] == 1.0  # the one other event's type


@pytest.mark.parametrize("text, unit", [
    ("Profit rose to $2.5 billion.", "money"),
    ("Shares fell 4% on Monday.", "percent"),
    ("The floods left 40 people dead.", "people"),
])
def test_numbers_with_their_unit_class(text, unit) -> None:
    events = process(Document("t", text, date(2024, 5, 8)), Settings(type_model=False)).events
    assert events
    rows = document_features(text, None, events[:1], [None])
    assert rows[0].get(f"unit={unit}") == 1.0 and rows[0].get("number") == 1.0


def test_words_are_lower_case_letters_only() -> None:
    assert words_of("The UN's 2024 vote: Re-run at 9 am") == ["the", "un's", "vote", "re-run"]
