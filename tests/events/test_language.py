"""The events engine's language data: inflection rules run their own examples, words load typed."""

from __future__ import annotations

import shutil

import pytest

from timeline import extract_events
from timeline.events import language as language_module
from timeline.events import lexicon as lexicon_module
from timeline.events.language import load_language
from timeline.events.lexicon import inflect, load_inflection, plural

INFLECTION = load_inflection("en")


@pytest.mark.parametrize(("lemma", "forms"), INFLECTION.examples, ids=[e[0] for e in INFLECTION.examples])
def test_language_inflection_examples(lemma, forms):
    made = inflect(lemma) if len(forms) == 4 else (lemma, plural(lemma))
    assert made == forms


@pytest.mark.parametrize(("word", "field"), [
    ("he", "personal_pronouns"), ("they", "group_pronouns"), ("who", "person_relatives"),
    ("but", "contrast_openers"), ("the", "determiners"), ("and", "markers"), ("days", "measures"),
])
def test_language_words_are_typed_sets(word, field):
    words = load_language("en").words
    assert isinstance(getattr(words, field), frozenset) and word in getattr(words, field)


def test_language_unknown_list_names_the_file(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    shutil.copytree(language_module.RULES_DIR / "en", rules / "xx")
    words = rules / "xx" / "words.toml"
    words.write_text(words.read_text(encoding="utf-8") + "\n[extra]\nstray_words = [\"x\"]\n",
                     encoding="utf-8")
    monkeypatch.setattr(language_module, "RULES_DIR", rules)
    monkeypatch.setattr(lexicon_module, "RULES_DIR", rules)
    with pytest.raises(ValueError, match=r"words\.toml.*stray_words"):
        load_language.__wrapped__("xx")


WORDS_EXAMPLES = load_language("en").examples


def test_language_every_words_table_has_examples():
    assert {e.table for e in WORDS_EXAMPLES} >= {"coreference", "dating", "summary"}


@pytest.mark.parametrize("example", WORDS_EXAMPLES, ids=[f"{e.table}:{e.text[:30]}" for e in WORDS_EXAMPLES])
def test_language_words_examples(example):
    frame = extract_events(example.text, dct=example.dct)
    rows = frame[frame["predicate"] == example.predicate]
    assert len(rows) == 1, f"{example.predicate!r} not one event of {example.text!r}: {list(frame['predicate'])}"
    row = rows.iloc[0]
    for field in ("summary", "date", "attribution"):
        if getattr(example, field) is not None:
            assert row[field] == getattr(example, field), field
    assert set(example.actors) <= set(row["actors"])
