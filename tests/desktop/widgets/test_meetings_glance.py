"""The dashboard's organisation-life box and the member page's history: what is due, what to
check, who has had no contact, and a member's last contact."""
from __future__ import annotations

import datetime as dt

from db import branches, clock, meetings, members, records
from desktop.widgets.detail_panel import DetailPanel
from desktop.widgets.meeting_history import show_member_meetings
from desktop.widgets.meetings_glance import MeetingsGlance, glance_figures


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _world(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 6, 14, 9, 0))
    branch = records.create(branches.KIND, {"name": "第一支部"})
    ids = [records.create(members.KIND, {"name": n, "branch": branch.id,
                                            "joined_on": "2010-01-01"}).id
           for n in ("王建国", "李明")]
    records.create(meetings.KIND, {
        "branch": branch.id, "kind": "theme_day", "held_on": "2024-04-10",
                             "attendance": [{"member": ids[0]},
                                            {"member": ids[1], "present": False,
                                             "reason": "sick"}]})
    return branch, ids


def test_the_dashboard_box(qtbot, context, monkeypatch):
    _world(monkeypatch)
    box = MeetingsGlance(context)
    qtbot.addWidget(box)
    box.show_figures(glance_figures())   # today 2024-06-15
    due = _texts(box.due)
    assert "第一支部: Theme party day (held 0 of 1)" in due
    assert "第一支部: Branch general meeting (held 0 of 1)" in due   # Q2 ends this month
    assert not any("Organisation life meeting" in t for t in due)    # due in December
    assert _texts(box.flagged) == [
        "2024-04-10 第一支部 Theme party day: Entered 65 days after it was held (on 2024-06-14)."]
    assert _texts(box.quiet) == ["李明 (第一支部): last contact none recorded"]


def test_the_member_history(qtbot, context, monkeypatch):
    _branch, (wang, li) = _world(monkeypatch)
    panel = DetailPanel()
    qtbot.addWidget(panel)
    section = panel.add_section("Organisation life")
    show_member_meetings(section, wang)
    assert section.texts() == [
        "Last organisational contact: 2024-04-10 (2 months ago)",
        "2024-04-10  第一支部  Theme party day  present"]
    show_member_meetings(section, li)
    assert section.texts()[0] == "Last organisational contact: none recorded"
    assert section.texts()[1].endswith("absent")


def test_the_member_history_says_recent_contact_in_words(qtbot, context, monkeypatch):
    """Not "(0 months ago)" or "(1 months ago)"."""
    _branch, (wang, _li) = _world(monkeypatch)
    panel = DetailPanel()
    qtbot.addWidget(panel)
    section = panel.add_section("Organisation life")
    for today, said in ((dt.date(2024, 5, 9), "(within the last month)"),
                        (dt.date(2024, 5, 10), "(a month ago)"),
                        (dt.date(2024, 6, 9), "(a month ago)")):
        monkeypatch.setattr(clock, "today", lambda today=today: today)
        show_member_meetings(section, wang)
        assert section.texts()[0] == f"Last organisational contact: 2024-04-10 {said}", today
