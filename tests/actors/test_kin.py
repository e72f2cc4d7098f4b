"""A person named only as someone's relative or aide is no actor of the article (kin.py)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors.kin import kin_named
from timeline.actors.ner import model_available
from timeline.model import ActorMention, Document
from timeline.pipeline import process

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


def _people(text: str, *names: str) -> list[ActorMention]:
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(ActorMention(start, start + len(name), name, "person:" + name, name, "person"))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.start)


@pytest.mark.parametrize(("text", "names", "kin"), [
    ("Tomas Lind, the son of the late trade minister Erik Lind, was charged.", ("Tomas Lind", "Erik Lind"),
     {"Erik Lind"}),
    ("The daughter of Rosa Imbert, Clara, won a seat.", ("Rosa Imbert",), {"Rosa Imbert"}),
    ("An aide of former premier Aziz Karimov was jailed. Aziz Karimov's party objected.",
     ("Aziz Karimov",), {"Aziz Karimov"}),  # an owner besides
    ("The widow of Omar Salah said the inquiry failed. Omar Salah died in 2019.", ("Omar Salah",), set()),
    ("Erik Lind, the father of two, said he would appeal.", ("Erik Lind",), set()),  # "of" a number, no name
])
def test_kin_named_only_as_a_relative(text, names, kin):
    assert kin_named(text, _people(text, *names)) == kin


@needs_model
def test_kin_a_relative_leaves_the_article_s_actors():
    text = ("Kelvo Bank chairman Tomas Lind, the son of the late trade minister Erik Lind, was charged "
            "on Monday with fraud, prosecutors said.\n\nTomas Lind denied the charges on Tuesday.")
    result = process(Document("kin", text, date(2024, 5, 8)))
    shown = [e for e in result.events if e.shown]
    assert shown and "Tomas Lind" in shown[0].doc_actors
    assert "Erik Lind" not in shown[0].doc_actors
    assert all("Erik Lind" not in e.actors for e in result.events)
