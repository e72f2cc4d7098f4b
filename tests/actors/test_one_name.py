"""One name per entity: legal forms, initials, given names the model left out, full names
around another person's surname."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors
from timeline.actors.aliases import one_name_per_entity
from timeline.actors.names import given_start, lower_words, slug
from timeline.actors.ner import model_available
from timeline.model import ActorMention

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("text", "start", "end", "name"), [
    ("The chairman A K Ravi Shankar spoke.", 15, 29, "A K Ravi Shankar"),
    ("The winner, Tomas Kerrigan, was happy. Later Kerrigan ran.", 12, 26, "Tomas Kerrigan"),
    ("NAIROBI - Wanjiru Kamau of Kenya won. Kamau said so.", 18, 23, "Wanjiru Kamau"),
    ("Its head of sales, D.J. Tanaka, spoke first.", 24, 30, "D.J. Tanaka"),
    ("Two executives, Leo Pinhal and Agenor Franklin Medo, were convicted.", 38, 51, "Agenor Franklin Medo"),
])
def test_given_start_takes_initials_and_given_names(text, start, end, name):
    assert text[given_start(text, start, end, frozenset({"The"}), set(), lower_words(text)) : end] == name


@pytest.mark.parametrize(("text", "start", "end"), [
    ("A SpaceX rocket flew.", 2, 8),  # the article "A", not an initial
    ("The Lightning Bolt strikes again.", 14, 18),  # after a determiner
    ("Then Kamau won. He ran then.", 5, 10),  # a word the article writes in lower case
    ("The side's Coach Jose Pereira resigned.", 17, 29),  # a title, not a given name
])
def test_given_start_leaves_other_words(text, start, end):
    assert given_start(text, start, end, frozenset({"The", "coach"}), set(), lower_words(text)) == start


@needs_model
@pytest.mark.parametrize(("text", "names", "not_names"), [
    ("India's largest paper maker, Rangold Ltd., said on Friday that profit rose. Rangold's shares jumped.",
     {"Rangold Ltd."}, {"Rangold"}),
    ("The agency's chairman A K Ravi Shankar said the launch went well.", {"A K Ravi Shankar"}, {"K Ravi Shankar"}),
    ("Mumbai: Varuna Industries on Monday reported a 12 per cent rise in profit. VIL shares ended higher.",
     {"Varuna Industries"}, {"VIL"}),
    ("Former Governor Paul Varnell was convicted. Varnell wept. His wife, Ellen, was also convicted. "
     "Ellen Varnell, who faces eight counts, will be sentenced later.",
     {"Paul Varnell", "Ellen Varnell"}, {"Ellen"}),
])
def test_find_actors_one_name_per_entity(gaz, text, names, not_names):
    found = set(analyst_actors(find_actors(text, gaz, model=True), gaz))
    assert names <= found and not found & not_names


def test_names_listed_with_a_person_are_people(gaz):
    from timeline.actors.coordination import coordinated_people
    from timeline.actors.ner import Entity

    text = "Two executives, Leo Pinhal and Agenor Medo, were convicted in Curitiba and Lisbon."
    ents = [Entity(16, 26, "FAC"), Entity(31, 42, "PERSON"), Entity(62, 70, "GPE"), Entity(75, 81, "GPE")]
    assert [e.label for e in coordinated_people(text, ents, gaz)] == ["PERSON", "PERSON", "GPE", "GPE"]



@pytest.mark.parametrize(("text", "people"), [
    ("Tomas Evren, Mara Hollis and Dana Korvik were sworn in.", ["Tomas Evren", "Mara Hollis", "Dana Korvik"]),
    ("Rain fell. Tomas Evren, Mara Hollis, Dana Korvik and Ivo Lune quit.",
     ["Tomas Evren", "Mara Hollis", "Dana Korvik", "Ivo Lune"]),
    ("Rising Costs, Mara Hollis and Dana Korvik said, hurt costs.", ["Mara Hollis", "Dana Korvik"]),  # "costs"
    ("Tomas Evren, Mara Hollis said.", ["Mara Hollis"]),  # no list after the person: an address
])
def test_the_unlabelled_first_name_of_a_list_of_people_is_a_person(gaz, text, people):
    from timeline.actors.coordination import coordinated_people
    from timeline.actors.ner import Entity

    ents = [Entity(text.index(p), text.index(p) + len(p), "PERSON") for p in people[-3:] if p != "Tomas Evren"]
    out = coordinated_people(text, ents, gaz)
    assert [text[e.start : e.end] for e in out if e.label == "PERSON"] == people


def test_a_name_the_model_calls_a_product_listed_with_people_is_a_person(gaz):
    from timeline.actors.coordination import coordinated_people
    from timeline.actors.ner import Entity

    text = "The crew, Mara Hollis, Victor Lune and Dana Korvik, flew on a Falcon Nine rocket."
    ents = [Entity(10, 21, "PERSON"), Entity(23, 34, "PERSON"), Entity(39, 50, "PRODUCT"), Entity(62, 73, "PRODUCT")]
    assert [e.label for e in coordinated_people(text, ents, gaz)] == ["PERSON", "PERSON", "PERSON", "PRODUCT"]


@needs_model
@pytest.mark.parametrize(("text", "name", "not_name"), [
    ("In a separate discovery, a team from the Kenyan Red Cross recovered 30 bodies.", "Kenyan Red Cross",
     "International Committee of the Red Cross"),
])
def test_find_actors_a_national_branch_is_its_own_actor(gaz, text, name, not_name):
    found = set(analyst_actors(find_actors(text, gaz, model=True), gaz))
    assert name in found and not_name not in found


@needs_model
@pytest.mark.parametrize(("text", "short", "name"), [
    ("The Caribbean Institute of Volcanology and Seismology (Carivolcs) raised the alert. Carivolcs said ash fell.",
     "Carivolcs", "Caribbean Institute of Volcanology and Seismology"),
    ("Miners accused the National Union of Dockworkers (Nud). The Nud denied it.",
     "Nud", "National Union of Dockworkers"),
])
def test_a_bracketed_short_form_with_one_capital_is_the_organisation(gaz, text, short, name):
    found = find_actors(text, gaz, model=True)
    shorts = [m for m in found if m.text == short]
    assert shorts and {m.name for m in shorts} == {name}


def _open(text: str, name: str, kind: str) -> list[ActorMention]:
    """Every occurrence of ``name`` as an open-world mention of ``kind``."""
    out, pos = [], text.find(name)
    while pos >= 0:
        prefix = "person" if kind == "person" else "org"
        out.append(ActorMention(pos, pos + len(name), name, f"{prefix}:{slug(name)}", name, kind))
        pos = text.find(name, pos + len(name))
    return out


@pytest.mark.parametrize(("text", "full", "full_kind", "short", "short_kind"), [
    # an acronym after a comma and "or"
    ("The Varno Space Agency, or VSA, said the launch went well. VSA engineers cheered.",
     "Varno Space Agency", "organisation", "VSA", "person"),
    # the capitals of a name the model took for a person's, in brackets: an organisation
    ("Members of the ruling Tessa Union Movement (TUM) met. TUM won 80 seats.",
     "Tessa Union Movement", "person", "TUM", "organisation"),
])
def test_one_name_an_acronym_names_the_entity_whatever_the_model_s_label(gaz, text, full, full_kind, short,
                                                                         short_kind):
    mentions = sorted(_open(text, full, full_kind) + [m for m in _open(text, short, short_kind)
                                                      if not any(f.start <= m.start < f.end
                                                                 for f in _open(text, full, full_kind))],
                      key=lambda m: m.start)
    out = one_name_per_entity(text, mentions, gaz)
    assert {m.name for m in out} == {full}
    assert {m.kind for m in out} == {"organisation"}


@pytest.mark.parametrize(("text", "full", "short", "short_kind"), [
    ("Contracts went to Lazaro Vento, a builder. The panel also gave Vento six years.", "Lazaro Vento", "Vento",
     "organisation"),
    ("Power passed to Ramon Peral Soto at midnight. Peral Soto later named his cabinet.", "Ramon Peral Soto",
     "Peral Soto", "person"),
])
def test_one_name_a_person_s_name_the_model_took_for_an_organisation_takes_its_short_form(gaz, text, full, short,
                                                                                        short_kind):
    fulls = _open(text, full, "organisation")
    shorts = [m for m in _open(text, short, short_kind) if not any(f.start <= m.start < f.end for f in fulls)]
    out = one_name_per_entity(text, sorted(fulls + shorts, key=lambda m: m.start), gaz)
    assert {m.name for m in out} == {full}
    assert len({m.actor_id for m in out}) == 1
    if short_kind == "person":  # a short form the model calls a person makes the entity a person
        assert {m.kind for m in out} == {"person"}


def _person(start: int, text: str, actor_id: str, name: str) -> ActorMention:
    return ActorMention(start, start + len(text), text, actor_id, name, "person")


@pytest.mark.parametrize(("mentions", "names"), [
    # the gazetteer gave the surname to another bearer: the one named last in full wins
    ([_person(0, "Rosa Quispe", "person:rosa-quispe", "Rosa Quispe"),
      _person(30, "Quispe", "person:leader-quispe", "Tomas Quispe")], ["Rosa Quispe", "Rosa Quispe"]),
    # its own bearer named in full before it keeps it, even with another bearer named since
    ([_person(0, "Tomas Quispe", "person:leader-quispe", "Tomas Quispe"),
      _person(20, "Rosa Quispe", "person:rosa-quispe", "Rosa Quispe"),
      _person(40, "Quispe", "person:leader-quispe", "Tomas Quispe")], ["Tomas Quispe", "Rosa Quispe", "Tomas Quispe"]),
    # no full name before it: unchanged
    ([_person(0, "Quispe", "person:leader-quispe", "Tomas Quispe"),
      _person(20, "Rosa Quispe", "person:rosa-quispe", "Rosa Quispe")], ["Tomas Quispe", "Rosa Quispe"]),
])
def test_one_name_surname_is_the_bearer_named_last(mentions, names):
    from timeline.actors.surnames import nearest_bearers
    assert [m.name for m in nearest_bearers(mentions)] == names


@needs_model
@pytest.mark.parametrize(("text", "short", "full"), [
    ("Here in Masaka, the district nurse, Grace Akello Nambi, said the clinic opened. "
     "Akello asked parents to come early.", "Akello", "Grace Akello Nambi"),
    ("The winner, Maria T. Osei, thanked her coach. Osei said she would rest.", "Osei", "Maria T. Osei"),
])
def test_one_name_middle_of_three_names_the_person(text, short, full):
    found = find_actors(text, model=True)
    assert [m.name for m in found if m.text == short] == [full]
