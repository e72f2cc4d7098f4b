"""A facility head after a body's word names a body, not a site (the seventh session's diagnosis:
"National Seismological Center", "Manila Police District", "Kitsap Public Health District"
dropped as places). Such a name is still a place where every mention is used as one. Sentences
are our own.
"""

from __future__ import annotations

import pytest

from tests.actors.conftest import open_names
from timeline.actors.non_agents import non_agents


@pytest.mark.parametrize(("text", "name"), [
    ("The Varno Seismological Center recorded a quake of magnitude 5.1 on Monday.", "Varno Seismological Center"),
    ("Officers of the Kessel Police District arrested three men.", "Kessel Police District"),
    ("The Dorran Public Health District confirmed two new cases.", "Dorran Public Health District"),
    ("The National Influenza Centre confirmed the first case.", "National Influenza Centre"),
])
def test_facility_bodies_a_body_before_a_facility_head_stays_an_actor(gaz, text, name):
    mentions = open_names(text, name)
    assert non_agents(text, mentions, gaz) == mentions


@pytest.mark.parametrize(("text", "name"), [
    ("Flooding hit homes near the Kessel Police District on Monday.", "Kessel Police District"),
    ("The rocket lifted off from the Delmar Space Centre at noon.", "Delmar Space Centre"),
])
def test_facility_bodies_a_site_used_as_a_place_stays_a_place(gaz, text, name):
    found = non_agents(text, open_names(text, name), gaz)
    assert found and {m.kind for m in found} == {"place"}
