"""Event status (issue 12): unconfirmed is its own status; declining to be named or not seeming
ready denies nothing. The sentences are the examples of rules/en/status.toml (our own)."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from timeline.events.candidates import sentence_candidates
from timeline.events.status import RULES, load_status_words
from timeline.model import Document
from timeline.pipeline import process

EXAMPLES = tomllib.loads((RULES / "en" / "status.toml").read_text(encoding="utf-8"))["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_status_examples(example):
    text = example["text"]
    found = {c.predicate.text: c.status for c in sentence_candidates(text, 0, len(text))}
    assert found.get(example["predicate"]) == example["status"], found


@pytest.mark.parametrize("text, status", [
    ("Police would neither confirm nor deny that the driver was arrested.", "unconfirmed"),
    ("The claim could not be independently verified, but rebels said they shelled the base.", "claimed"),
    ("The spokesman, who preferred not to be identified, said troops entered the town.", "claimed"),
    ("Troops did not enter the town.", "denied"),
    # the predicate is itself the plan: "is scheduled for", "is set to", "is proposed"
    ("The council vote is scheduled for next Tuesday.", "planned"),
    ("The striker is set to join the champions on a free transfer.", "planned"),
    # a change, a shortfall or a double-negative hedge is no denial
    ("The ferry company no longer runs boats to the island.", "asserted"),
    ("The aid was not enough to end the famine.", "asserted"),
    # a person's announced intent to leave a post: the announcement was made
    ("The club chairman said he would quit at the end of the season.", "asserted"),
])
def test_status_classes(text, status):
    statuses = [c.status for c in sentence_candidates(text, 0, len(text))]
    assert status in statuses, statuses


def test_status_words_load():
    words = load_status_words()
    assert words.unconfirmed.search("neither confirmed nor denied")
    assert words.not_denial.match("be named by")


REPORTED = tomllib.loads((RULES / "en" / "status.toml").read_text(encoding="utf-8"))["reported_examples"]


@pytest.mark.parametrize("example", REPORTED, ids=[e["text"][:40] for e in REPORTED])
def test_reported_status_examples(example):
    """A neutral report of a happening is asserted news; of fighting, or with a claiming verb or a
    hedge, it is a claim (rules/en/status.toml ``reported_examples``)."""
    events = process(Document("t", example["text"], date(2024, 5, 8))).events
    found = {e.predicate: e.status for e in events}
    assert found.get(example["predicate"]) == example["status"], found


def test_toll_reported_by_a_side_is_news():
    """A side's count of the dead in fighting is the news (asserted); its account of what it seized
    or repelled stays its claim (status.toml ``toll_lemmas``)."""
    text = ("Two guards and five attackers died in the raid on the depot, the army said. "
            "Rebels captured the depot, the army said.")
    events = process(Document("t", text, date(2024, 5, 8))).events
    found = {e.predicate: e.status for e in events}
    assert found.get("died") == "asserted", found
    assert found.get("captured") == "claimed", found


def test_warning_of_a_fact_is_news():
    """A warning passes a fact on as plainly as "said" (status.toml ``neutral_reports``); a claiming
    verb still claims."""
    text = ("The port authority warned on Monday that cargo volumes had dropped sharply. "
            "The port authority alleged on Monday that cargo volumes had dropped sharply.")
    events = process(Document("t", text, date(2024, 5, 8))).events
    assert [e.status for e in events if e.predicate == "dropped"] == ["asserted", "claimed"], events


@pytest.mark.parametrize("text, predicate, to_come", [
    ("The home side plays Ghana in a friendly.", "plays", True),
    ("The home side is playing Ghana in a friendly.", "playing", True),
    ("The home side lost to Ghana in a friendly.", "lost", False),
    # an infinitive's time is its governor's; a bare participle has none of its own
    ("The two clubs agreed to build a new stadium.", "build", False),
    ("The new network is small for now, starting with the port district.", "starting", False),
])
def test_tense_that_may_be_to_come(text, predicate, to_come):
    """A linked date after the article's makes an event planned only when its verb's tense allows
    it to come (issue 12: status; :func:`timeline.events.dating.dated_status`)."""
    from timeline.events.cues import may_be_to_come
    from timeline.events.dating import dated_status

    found = {c.predicate.text: c for c in sentence_candidates(text, 0, len(text))}
    assert may_be_to_come(text, found[predicate]) is to_come, found
    later, today = date(2031, 5, 9), date(2031, 5, 2)
    status = dated_status("asserted", "inherited", later, today, may_be_to_come(text, found[predicate]))
    assert status == ("planned" if to_come else "asserted")
    assert dated_status("asserted", "inherited", today, later, True) == "asserted"  # linked to a day before
