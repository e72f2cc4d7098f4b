"""The actors engine's words: one typed object loaded from rules/<language>/words.toml."""

from __future__ import annotations

import shutil

import pytest

from timeline.actors import language as language_module
from timeline.actors.language import ActorWords, load_language


@pytest.mark.parametrize(("field", "word"), [
    ("titles", "President"), ("name_suffixes", "Jr"), ("appositive_determiners", "the"),
    ("organisation_role_words", "ministry"), ("venue_words", "in"), ("date_words", "since"),
])
def test_actor_words_lists_are_typed(field, word):
    words = load_language("en")
    assert isinstance(getattr(words, field), tuple) and word in getattr(words, field)


def test_actor_words_sets_are_built_from_the_lists():
    words = ActorWords.of({"titles": ["Gen."], "non_names": ["The"], "venue_words": ["in"]})
    assert words.not_given_names == {"Gen.", "The"} and " in " in words.venue_suffixes


def test_actor_words_unknown_list_names_the_file(tmp_path, monkeypatch):
    shutil.copytree(language_module.RULES_DIR / "en", tmp_path / "xx")
    path = tmp_path / "xx" / "words.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[extra]\nstray_words = ["x"]\n', encoding="utf-8")
    monkeypatch.setattr(language_module, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"words\.toml.*stray_words"):
        load_language.__wrapped__("xx")


@pytest.mark.parametrize("lists", [{"titles": ["Gen.", "President"], "venue_words": ["in", "at"]}])
def test_actor_words_hash_once_equal_words_equal_hash(lists):
    """The engine caches its compiled patterns per ActorWords: the hash is computed once when the
    words are built (not over every list at each look-up), and equal words hash alike."""
    words, again = ActorWords.of(lists), ActorWords.of(lists)
    assert words._hash == hash(words) == hash(again) and words == again
    other = ActorWords.of({**lists, "titles": ["Gen."]})
    assert other != words and hash(other) != hash(words)
