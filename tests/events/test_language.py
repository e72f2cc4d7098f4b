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


_ANY_OF = [r"^nobody\b", r"^no one\b[^,]*@", r"(?<!\bthe )(?<!\bof )@(?:fear|fears)\b", r", @said\b",
           r"@[\w-]+ for (?:\d+|two|three) (?:years|days)\b", r"\bonce @", r"[^,]* @wept"]


@pytest.mark.parametrize(("text", "found"), [
    ("nobody @came to the hearing", True), ("and nobody @came to the hearing", False),
    ("no one in the village @heard the blast", True), ("no one, the mayor said, @heard it", False),
    ("the fishermen @fear a second storm", True), ("the @fear of a second storm", False),
    ("talk of @fears grew", False), ("the harbour, @said the mayor, is shut", True),
    ("the dockers @worked for two years in the port", True), ("the dockers @worked for a year", False),
    ("the mill shut once @paid", True), ("the crowd @wept", True), ("@wept", False),
])
def test_any_of_finds_where_one_of_its_patterns_does(text, found):
    """The alternatives of any_of are tried only where they can match (at the start, at their first
    character): the regex still finds a match exactly where one of the patterns does."""
    import re

    assert bool(language_module.any_of(_ANY_OF).search(text)) is found
    assert any(re.search(p, text) for p in _ANY_OF) is found


def test_any_of_agrees_with_its_patterns_on_the_eventness_examples():
    """Every eventness example sentence, with the predicate mark before each of its words: the one
    regex of a table set finds a match exactly where one of its patterns does."""
    import re
    import tomllib

    from timeline.events.eventnessrules import MARK, RULES

    data = tomllib.loads((RULES / "en" / "eventness.toml").read_text(encoding="utf-8"))
    keys = ("patterns", "unless_reported", "unless_dated")
    sets = [[p for t in data.values() for p in t.get(key, [])] for key in keys]
    sentences = [e["text"] for t in data.values() for e in t.get("examples", [])]
    assert sets and sentences
    for patterns in sets:
        one, each = language_module.any_of(patterns), [re.compile(p) for p in patterns]
        for sentence in sentences:
            words = sentence[:1].lower() + sentence[1:]
            for view in (words, *(f"{words[:m.start()]}{MARK}{words[m.start():]}" for m in re.finditer(r"\w+", words))):
                assert bool(one.search(view)) == any(p.search(view) for p in each), view
