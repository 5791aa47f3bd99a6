"""A link row's id is derived from what it links (one person at one meeting is one row on every
device): the hand-made derivation must give exactly uuid5's text, or two devices running
different versions would make two rows of one link."""
from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from db.meetings.entity import attendee_id
from db.models import derived_id
from db.plans import absentees
from db.visits import link_id


@given(st.uuids(), st.text())
def test_a_derived_id_is_uuid5_of_the_namespace_and_the_name(namespace, name):
    assert derived_id(namespace, name) == str(uuid.uuid5(namespace, name))


def test_the_link_ids_are_those_earlier_versions_stored():
    # Made by the version that called uuid.uuid5 (its namespaces, these inputs).
    assert attendee_id("m-1", "p-1") == "3ca8ec59-418f-5690-9eb4-8daf043427f9"
    assert link_id("v-1", "p-1", "participants") == "91d1fd65-ff78-5e34-8534-2d800c31d122"
    assert absentees.link_id("e-1", "a-1") == "903958db-f5b8-5389-8390-2fc412b7b14e"
