"""The context cues: written in lower case, read in the lower-cased text, tried only where one
can start (the ``cue_start`` setting) and where the text begins like one (a trie of their
prefixes), with the same matches as without those shortcuts."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from timeline.temporal import grammar as grammar_module
from timeline.temporal import tag
from timeline.temporal.grammar import load_grammar
from timeline.temporal.scanner import lowered


def _unguarded(grammar) -> re.Pattern:
    """The cues alone, without the shortcuts before them (``cue_start`` and the prefix trie)."""
    tense = grammar.cues["tense"].pattern
    assert tense.startswith(grammar.settings["cue_start"] + "(?=")  # both shortcuts in use
    return re.compile(tense[tense.index("(?:(?P<"):])


def _spans(pattern: re.Pattern, text: str) -> list[tuple[str | None, int, int]]:
    return [(m.lastgroup, m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("sentence", [
    "The ministry said talks will resume on Friday, and he'll attend them.",
    "Until Thursday, police had not named a suspect; they won't before Monday.",
    "Prices rose 3% -- the highest since 2009 -- and officials were surprised.",
    "Shareholders meet again Tuesday.\nThe vote is expected on May 3.",
    "Reunited, the wildcats were scheduled to be released; the willow wasn't planted.",
    "Bewilled: unwilling, overheld and outran; hadn't, hadrian, sworn until.",
])
def test_the_shortcuts_find_the_same_cues(sentence: str) -> None:
    g = load_grammar("en")
    text = lowered(sentence)
    assert _spans(g.cues["tense"], text) == _spans(_unguarded(g), text)
    assert _spans(g.cues["tense"], text), "each sentence holds a cue"


def test_the_shortcuts_find_the_same_cues_in_the_corpora(shared_corpora) -> None:
    g = load_grammar("en")
    with open(shared_corpora / "timebank.jsonl", encoding="utf-8") as f:
        text = lowered("\n".join(json.loads(line)["text"] for line in f if line.strip()))
    found = _spans(g.cues["tense"], text)
    assert len(found) > 1000
    assert found == _spans(_unguarded(g), text)


def test_cues_are_read_in_the_lower_cased_text() -> None:
    assert tag("The talks WILL RESUME ON FRIDAY.", "2019-07-15")[0].value == "2019-07-19"
    assert tag("The talks RESUMED ON FRIDAY.", "2019-07-15")[0].value == "2019-07-12"


def test_a_cue_in_upper_case_is_refused_naming_the_file(tmp_path, monkeypatch) -> None:
    shutil.copytree(grammar_module.RULES_DIR / "en", tmp_path / "xx")
    manifest = tmp_path / "xx" / "language.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "future_weak = '''\\buntil\\b'''", "future_weak = '''\\bUntil\\b'''"), encoding="utf-8")
    monkeypatch.setattr(grammar_module, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"language\.toml: cue 'future_weak'.*lower case"):
        grammar_module.load_grammar.__wrapped__("xx")
