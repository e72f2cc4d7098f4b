"""Short "who did what" labels (timeline/events/label.py): sentences of our own across kinds of
news, the rule file's own examples, and the limits every label keeps."""

from __future__ import annotations

import pytest

from timeline.events.label import event_label, load_label_words


def _event(summary, predicate, roles=(), kinds=(), date_text="", **more):
    return {"summary": summary, "predicate": predicate, "actor_roles": [list(r) for r in roles],
            "actor_kinds": [list(k) for k in kinds], "date_text": date_text, **more}


@pytest.mark.parametrize(("event", "label"), [
    # diplomacy: a person named in full and a title before it; the patient as the object
    (_event("Chinese President Xi Jinping welcomed Russian President Vladimir Putin in Beijing on Monday",
            "welcomed", [("Xi Jinping", "agent"), ("Vladimir Putin", "patient")],
            [("Xi Jinping", "person"), ("Vladimir Putin", "person")], "Monday"),
     "Xi Jinping welcomed Putin"),
    # a name with a particle keeps it
    (_event("Ex-president Luiz Inacio da Silva returned to office", "returned",
            [("Luiz Inacio da Silva", "agent")], [("Luiz Inacio da Silva", "person")]),
     "da Silva returned to office"),
    # business: the object's head after its modifiers, the date and its preposition left out
    (_event("The carmaker Volvo agreed on Tuesday to buy its longtime battery supplier Northvolt for $2 billion",
            "buy", [("Volvo", "agent"), ("Northvolt", "patient")],
            [("Volvo", "organisation"), ("Northvolt", "organisation")], "Tuesday"),
     "Volvo agreed to buy Northvolt"),
    # courts: a long person name as a headline writes it (the last word), a passive verb group
    (_event("Former prime minister Anwar Ibrahim Bakar was sentenced to five years in prison in March",
            "sentenced", [("Anwar Ibrahim Bakar", "agent")], [("Anwar Ibrahim Bakar", "person")], "March"),
     "Bakar was sentenced to five…"),
    # science: an organisation named with its acronym in brackets goes by the acronym
    (_event("The European Space Agency (ESA) launched the Juice probe toward Jupiter", "launched",
            [("European Space Agency", "agent")], [("European Space Agency", "organisation")]),
     "ESA launched Juice probe toward…"),
    # a pronoun subject: the event's actor stands in for it
    (_event("She resigned after three years in office", "resigned", [("Mette Frederiksen", "agent")],
            [("Mette Frederiksen", "person")]),
     "Frederiksen resigned…"),
    # an actor not named in the summary, whose subject is one word ("the ministry")
    (_event("The ministry has banned all public gatherings", "banned", [("Kenya", "agent")],
            [("Kenya", "country")]),
     "Kenya has banned all public…"),
    # an apposition between the actor and its verb
    (_event("Satya Nadella, the chief executive of Microsoft, unveiled a new chip", "unveiled",
            [("Satya Nadella", "agent")], [("Satya Nadella", "person")]),
     "Satya Nadella unveiled new chip"),
    # a name after a preposition is not the subject: the summary's own words
    (_event("According to Ramaphosa, the talks collapsed overnight", "collapsed",
            [("Cyril Ramaphosa", "agent")], [("Cyril Ramaphosa", "person")]),
     "According to Ramaphosa, talks…"),
    # no actor at all: the summary's words, capitalised, the date left out
    (_event("Floods in the north killed at least 40 people on Sunday", "killed", date_text="Sunday"),
     "Floods in north killed at least…"),
    # sport: too long in full: the winner, the verb and the beaten side
    (_event("Spain beat England 2-1 in the final in Berlin", "beat",
            [("Spain", "agent"), ("England", "patient")], [("Spain", "country"), ("England", "country")]),
     "Spain beat England"),
    # a long name of a body goes by its head, before its "of ..."
    (_event("The Federal Reserve Bank of New York raised its key rate", "raised",
            [("Federal Reserve Bank of New York", "agent")], [("Federal Reserve Bank of New York", "organisation")]),
     "Federal Reserve Bank raised…"),
    # a quoted word the cut falls after leaves no quote open
    (_event('Mr Carney "welcomed" the decision of the provincial premiers on the pipeline', "welcomed",
            [("Mark Carney", "agent")], [("Mark Carney", "person")]),
     'Carney "welcomed" decision…'),
    # a possessive is not the subject ("Nepal's prime minister" is not Nepal acting)
    (_event("Peru's leader dissolved the congress", "dissolved", [("Peru", "agent")], [("Peru", "country")]),
     "Peru's leader dissolved congress"),
])
def test_who_did_what(event, label):
    assert event_label(event) == label


def test_rule_file_examples():
    examples = load_label_words().examples
    assert examples
    for ex in examples:
        event = _event(ex["summary"], ex["predicate"], ex["roles"], ex["kinds"], ex["date_text"])
        assert event_label(event) == ex["label"], ex["summary"]


@pytest.mark.parametrize("limit", [16, 24, 32, 48])
def test_labels_fit_their_limit_and_end_on_a_word(limit):
    event = _event("The regional parliament of the northern province approved a sweeping budget for schools",
                   "approved")
    label = event_label(event, limit=limit)
    assert 0 < len(label) <= limit
    words = load_label_words()
    last = label.rstrip("…").split()[-1].lower()
    assert last not in words.weak_ends | words.prepositions | words.dropped
    summary = event["summary"].lower().split()
    assert all(word.lower() in summary for word in label.rstrip("…").split())


def test_mentions_give_the_articles_short_name():
    """The sentence's mention of an actor (an acronym for a long canonical name), found by its
    offsets, names the subject in the summary: the apposition after it is skipped."""
    sentence = "NASA, the US space agency, postponed the launch of Artemis on Friday."
    event = _event("NASA, the US space agency, postponed the launch of Artemis", "postponed",
                   [("National Aeronautics and Space Administration", "agent")],
                   [("National Aeronautics and Space Administration", "organisation")],
                   sentence=sentence, sentence_start=100,
                   mentions=[[100, 104, "National Aeronautics and Space Administration"]])
    assert event_label(event) == "NASA postponed launch of Artemis"


def test_a_demonym_is_not_the_subject():
    """A mention in other words than the name ("Indian" for India) qualifies a noun: the
    summary's own subject stays."""
    sentence = "Twenty Indian soldiers were killed in the clash."
    event = _event("Twenty Indian soldiers were killed in the clash", "killed", [("India", "agent")],
                   [("India", "country")], sentence=sentence, sentence_start=0, mentions=[[7, 13, "India"]])
    assert event_label(event) == "Twenty Indian soldiers…"


@pytest.mark.parametrize("event", [{}, {"summary": ""}, {"summary": None, "predicate": None},
                                   {"summary": "Talks", "actor_roles": float("nan")}])
def test_missing_fields(event):
    assert event_label(event) in ("", "Talks")
