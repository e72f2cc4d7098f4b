"""The dependency parse layer and the summaries read from it (issue 12, points 1 and 6).

Without the model, the parse is None and every summary is the one read from tokens: both paths
are tested. Sentences are our own; the rule file's examples run too.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import ner
from timeline.events.candidates import sentence_candidates
from timeline.events.parsed import document_parse, load_parse_rules, parsed_summary
from timeline.events.summary import summarize
from timeline.model import Document, Sentence
from timeline.pipeline import process
from timeline.settings import Settings
from timeline.text.parse import Parse

COMPONENTS = load_parse_rules().components
needs_model = pytest.mark.skipif(not ner.model_available(), reason="the NER model package is not installed")


def _summaries(text: str, parse: Parse | None) -> dict[str, str]:
    found = sentence_candidates(text, 0, len(text))
    predicates = frozenset(c.predicate.start for c in found)
    return {c.predicate.text: summarize(text, c, 30, parse, predicates) for c in found}


def test_parse_columns_must_agree():
    with pytest.raises(ValueError, match="one value per token"):
        Parse((0,), (3,), (0, 0), ("ROOT",), ("VBD",), (True,))


def test_no_parse_without_components():
    assert ner.parse("Rebels seized the town.", [(0, 23)], components=()) is None


def test_parse_navigation():
    # "Rebels seized towns": seized heads both
    p = Parse((0, 7, 14), (6, 13, 19), (1, 1, 1), ("nsubj", "ROOT", "dobj"), ("NNS", "VBD", "NNS"),
              (True, False, False))
    assert p.children(1) == (0, 2)
    assert p.subtree(1) == (0, 1, 2)
    assert p.subtree(2) == (2,)
    assert p.at(7) == 1 and p.at(8) is None
    assert list(p.within(7, 19)) == [1, 2]
    assert len(Parse.empty()) == 0


def _found(text: str, sentences: list[Sentence]) -> dict:
    return {s.start: sentence_candidates(text, s.start, s.end) for s in sentences}


def test_no_parse_when_off_or_without_model():
    text = "Rebels seized the town and the army withdrew."
    sentences = [Sentence(0, len(text))]
    assert document_parse(text, sentences, _found(text, sentences), Settings(parse=False)) is None
    assert document_parse(text, sentences, _found(text, sentences), Settings(parse=True, actor_model=False)) is None


@needs_model
def test_only_sentences_of_two_events_or_more_are_parsed():
    text = "Rebels seized the town. The army attacked the port and rebels fled on Monday."
    sentences = [Sentence(0, 23), Sentence(24, len(text))]
    found = _found(text, sentences)
    assert len(found[0]) == 1 and len(found[24]) == 2
    parse = document_parse(text, sentences, found, Settings(parse=True))
    assert parse is not None and parse.starts[0] == 24 and parse.ends[-1] == len(text)


def test_without_parse_the_token_summary_stays():
    text = "The council approved the budget and the mayor resigned on Friday."
    found = sentence_candidates(text, 0, len(text))
    assert found
    for c in found:
        assert summarize(text, c, 30, None, frozenset()) == summarize(text, c)


def test_parse_off_by_default_gives_the_token_summaries():
    doc = Document("d", "The army said it shelled the port, which rebels held, on Monday.", date(2025, 3, 4))
    assert Settings().parse is False
    assert [e.summary for e in process(doc).events] == [e.summary for e in process(doc, Settings(parse=False)).events]


@needs_model
def test_model_parse_offsets_and_heads():
    text = "Intro line\n\nThe jury acquitted the driver. It rained."
    start = text.index("The")
    p = ner.parse(text, [(start, text.index(".") + 1)], components=COMPONENTS)
    assert p is not None and len(p) == 6
    assert [text[s:e] for s, e in zip(p.starts, p.ends, strict=True)][:3] == ["The", "jury", "acquitted"]
    assert all(0 <= h < len(p) for h in p.heads)
    root = p.at(text.index("acquitted"))
    assert p.heads[root] == root and p.sent_starts[0]


@needs_model
@pytest.mark.parametrize(("text", "predicate", "summary"), load_parse_rules().examples)
def test_rule_file_examples(text, predicate, summary):
    parse = ner.parse(text, [(0, len(text))], components=COMPONENTS)
    assert _summaries(text, parse)[predicate] == summary


@needs_model
@pytest.mark.parametrize(("text", "predicate", "summary"), [
    # two finite clauses with their own subjects are two events, never one summary
    ("The union called a strike, and the minister resigned the next day.", "resigned",
     "The minister resigned the next day"),
    # a relative clause that reports its own event is left out of the main one
    ("The senator, who resigned in May, joined the company on Monday.", "joined",
     "The senator joined the company on Monday"),
    # a verb joined to another borrows its subject
    ("The court convicted the banker and sentenced him to nine years.", "sentenced",
     "The court sentenced him to nine years"),
    # a reporter after the words it reports stays with them
    ("The bridge reopened on Sunday, officials said.", "reopened",
     "The bridge reopened on Sunday, officials said"),
])
def test_parsed_summaries_are_one_clause(text, predicate, summary):
    parse = ner.parse(text, [(0, len(text))], components=COMPONENTS)
    assert _summaries(text, parse)[predicate] == summary


@needs_model
def test_non_finite_predicate_keeps_the_token_summary():
    text = "With prices rising, the bank raised its rates, the newspaper reported."
    parse = ner.parse(text, [(0, len(text))], components=COMPONENTS)
    for c in sentence_candidates(text, 0, len(text)):
        if c.predicate.text == "rising":
            assert parsed_summary(text, parse, c) is None


@needs_model
def test_pipeline_with_parse_on():
    doc = Document("d", "The union called a strike, and the minister resigned the next day.", date(2025, 3, 4))
    summaries = [e.summary for e in process(doc, Settings(parse=True)).events]
    assert all(" and " not in s for s in summaries), summaries


def _hand_parse(text: str, tags: list[str]) -> Parse:
    """A flat parse of ``text``'s space-separated tokens with the given tags (heads all on 0)."""
    starts, pos = [], 0
    for word in text.split(" "):
        starts.append(pos)
        pos += len(word) + 1
    ends = [s + len(w) for s, w in zip(starts, text.split(" "), strict=True)]
    n = len(starts)
    return Parse(tuple(starts), tuple(ends), (0,) * n, ("dep",) * n, tuple(tags), (True,) + (False,) * (n - 1))


@pytest.mark.parametrize(("keep", "words"), [
    # the aside is cut: its comma goes, the quotation marks keep their pair
    ([0, 1, 2, 3, 4, 5, 6, 10, 11, 12], 'He said the " bridge " was rebuilt'),
    # a closing quotation mark left without its pair beside the cut goes too
    ([0, 1, 2, 4, 5, 6, 10, 11, 12], "He said the bridge was rebuilt"),
    # commas at the ends go
    ([6, 7, 8, 9], "which fell"),
])
def test_words_drop_loose_punctuation(keep, words):
    from timeline.events.parsed import _words

    text = 'He said the " bridge " , which fell , was rebuilt .'
    tags = ["PRP", "VBD", "DT", "``", "NN", "''", ",", "WDT", "VBD", ",", "VBD", "VBN", "."]
    assert _words(text, _hand_parse(text, tags), keep, load_parse_rules()) == words
