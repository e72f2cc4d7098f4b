"""Issue 11: a model name written only in a headline is named after the body, or is no actor."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors, ner
from timeline.actors.headline_names import headline_names
from timeline.model import ActorMention

needs_model = pytest.mark.skipif(not ner.model_available(), reason="the NER model package is not installed")


def _open(text: str, form: str, name: str, kind: str = "person") -> list[ActorMention]:
    out, pos = [], text.find(form)
    while pos >= 0:
        out.append(ActorMention(pos, pos + len(form), form, f"{kind}:zz-{name.lower()}", name, kind))
        pos = text.find(form, pos + 1)
    return out


@pytest.mark.parametrize(("text", "headline_form", "body_form"), [
    ("Beaming Kelvo fans toast a third title\n\nKelvo won the final on Sunday.", "Beaming Kelvo", "Kelvo"),
    ("Jubilant Marrow Rovers party into the night\n\nThe fans of Marrow Rovers sang.", "Jubilant Marrow Rovers",
     "Marrow Rovers"),
])
def test_headline_names_a_headline_form_takes_the_body_s_name(gaz, text, headline_form, body_form):
    actor_id, cut = f"person:zz-{headline_form.lower()}", text.index("\n\n")
    body = text.index(body_form, cut)
    mentions = [ActorMention(0, len(headline_form), headline_form, actor_id, headline_form, "person"),
                ActorMention(body, body + len(body_form), body_form, actor_id, headline_form, "person")]
    assert {m.name for m in headline_names(text, mentions, gaz)} == {body_form}


def test_headline_names_a_name_only_in_the_headline_is_no_actor(gaz):
    text = "Harbour Clinic Hunts for Cause of Outbreak\n\nDoctors are testing the water pipes."
    mentions = _open(text, "Harbour Clinic Hunts", "Harbour Clinic Hunts", "organisation")
    assert headline_names(text, mentions, gaz) == []


def test_headline_names_a_name_the_body_writes_stays(gaz):
    text = "Kelvo wins\n\nAnna Kelvo won the final. Kelvo said she was tired."
    mentions = _open(text, "Anna Kelvo", "Anna Kelvo")
    assert headline_names(text, mentions, gaz) == mentions


def test_headline_names_without_a_headline_nothing_changes(gaz):
    text = "Beaming Kelvo fans cheered. Kelvo won the final."
    mentions = _open(text, "Beaming Kelvo", "Beaming Kelvo")
    assert headline_names(text, mentions, gaz) == mentions


@needs_model
def test_headline_names_with_the_model(gaz):
    text = "Beaming Kelvo stars celebrate fifth title after final win\n\nKELVO celebrated a fifth title " \
           "on Sunday.\n\nOn one side stood Kelvo, the champions, chasing a record."
    names = analyst_actors(find_actors(text, gaz, model=True), gaz)
    assert "Beaming Kelvo" not in names
