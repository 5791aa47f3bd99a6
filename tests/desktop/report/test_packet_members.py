"""The field packet's members: last organisational contact and the make-ups they owe."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from db import assignments, clock, meetings, members, plans, records, visits
from desktop.i18n import Translations
from desktop.report.packet import packet_pdf
from tests.db.helpers import Make

TODAY = dt.date(2024, 6, 20)


@pytest.fixture
def area(store, monkeypatch):
    """黑山道口工区 with three members: one absent from two meetings (one made up), one who
    attended, one with no contact at all."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    make = Make()
    far = make.area(name="黑山道口工区", access_tier=3)
    branch = make.branch(name="线路第一支部")
    wang = make.member(name="王铁柱", branch=branch.id)
    zhao = make.member(name="赵大勇", branch=branch.id)
    sun = make.member(name="孙小明", branch=branch.id)
    for person in (wang, zhao, sun):
        records.create(assignments.ASSIGNMENT, {"member": person.id, "work_area": far.id,
                                                "start_on": "2020-01-01"})

    def meeting(day, kind, absent):
        return records.create(meetings.KIND, {
            "branch": branch.id, "kind": kind, "held_on": day,
            "attendance": [{"member": zhao.id, "present": True},
                           {"member": wang.id, "present": not absent,
                            "reason": "shift" if absent else None}]})

    far.march = meeting("2024-03-08", "branch_assembly", absent=True)
    made_up = meeting("2024-04-12", "party_lecture", absent=True)
    meeting("2024-05-17", "theme_day", absent=False)
    records.create(meetings.MAKE_UP_KIND, {"meeting": made_up.id, "member": wang.id,
                                           "made_up_on": "2024-04-20", "how": "自学"})
    return far, wang, zhao, sun


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_owed_make_ups_are_absences_without_a_make_up(area):
    _far, wang, zhao, sun = area
    owed = meetings.owed_make_ups(TODAY, [wang.id, zhao.id, sun.id])
    assert [(o.name, o.kind, o.held_on) for o in owed] == [
        ("王铁柱", "branch_assembly", dt.date(2024, 3, 8))]
    # Before the make-up of the lecture, that one was owed too.
    assert len(meetings.owed_make_ups(dt.date(2024, 4, 19), [wang.id])) == 2


def test_the_packet_shows_last_contact_and_names_the_meeting_owed(area):
    far, wang, zhao, sun = area
    packet = plans.area_packet(far.id)
    by_name = {m.name: m for m in packet.members}
    assert by_name["王铁柱"].last_contact == dt.date(2024, 5, 17)
    assert by_name["赵大勇"].last_contact == dt.date(2024, 5, 17)
    assert by_name["孙小明"].last_contact is None
    text = _text(packet_pdf([packet], Translations("zh_CN").tr))
    # pypdf gives a cell a line: 王铁柱's row runs up to the next member's name
    row = text[text.index("王铁柱"):text.index("赵大勇")].splitlines()
    assert row == ["王铁柱", "从未", "2024-05-17", "支部党员大会 2024-03-08"]
    assert "党课 2024-04-12" not in text  # made up
    assert "孙小明" in text and "从未" in text
    english = _text(packet_pdf([packet], Translations("en").tr))
    assert "Branch general meeting 2024-03-08" in english.replace("\n", " ")


def test_a_make_up_session_lists_whom_it_is_for_on_its_day(area):
    far, wang, _zhao, _sun = area
    cadre = Make().cadre(name="张建国")
    records.create(plans.KIND, {
        "month": "2024-06", "cadre": cadre.id, "work_area": far.id, "purpose": "makeup",
        "planned_on": "2024-06-27",
        "absentees": [meetings.attendee_id(far.march.id, wang.id)]})
    [entry] = plans.month_plan(dt.date(2024, 6, 1)).entries
    pdf = packet_pdf([plans.area_packet(far.id, entry=entry)], Translations("zh_CN").tr)
    text = _text(pdf).replace("\n", "")
    assert "补课 · 张建国 · 2024-06-27" in text
    assert "补课对象：王铁柱（支部党员大会 2024-03-08）" in text
    english = _text(packet_pdf([plans.area_packet(far.id, entry=entry)],
                               Translations("en").tr)).replace("\n", " ")
    assert "Make-up session for: 王铁柱 (Branch general meeting 2024-03-08)" in english


def test_who_went_is_joined_in_the_packets_language(area):
    """Two cadres on one visit: 王铁柱、赵大勇 in Chinese, 王铁柱, 赵大勇 in English (the
    English packet had the Chinese mark between the names)."""
    far, wang, zhao, _sun = area
    for person in (wang, zhao):
        records.edit(members.KIND, person.id, {"is_cadre": True})
    records.create(visits.KIND, {"visited_on": "2024-06-10", "work_area": far.id,
                                 "participants": [wang.id, zhao.id], "summary": "检查防汛",
                                 "hours": 2.0})
    packet = plans.area_packet(far.id)
    assert "王铁柱、赵大勇" in _text(packet_pdf([packet], Translations("zh_CN").tr))
    assert "王铁柱, 赵大勇" in _text(packet_pdf([packet], Translations("en").tr))
