"""The plan on the coverage page and the dashboard, and a visit recorded from an entry."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import plans, records
from db.models import PlanEntry
from desktop.dialogs.visit_dialog import VisitDialog
from desktop.pages.coverage import CoveragePage
from desktop.pages.dashboard import DashboardPage
from desktop.widgets.plan_panel import PlanPanel, prefill_of
from desktop.widgets.plan_week import ENTRY_ROLE, PlanWeekBox
from tests.db.helpers import Make


def plan(data: dict):
    return records.create(plans.KIND, data)

JUNE = dt.date(2024, 6, 1)  # the desktop tests' today is 15 June (week 3)


@pytest.fixture
def month(context):
    make = Make()
    far = make.area(name="岭口工区", access_tier=3)
    near = make.area(name="东站工区", access_tier=1)
    zhang, li = make.cadre(name="张三"), make.cadre(name="李四")
    make.visit(near, [zhang], visited_on="2024-05-20")
    late = plan({"month": JUNE, "cadre": zhang.id, "work_area": far.id,
                               "week": 1, "purpose": "talk"})
    now = plan({"month": JUNE, "cadre": li.id, "work_area": near.id, "week": 3})
    later = plan({"month": JUNE, "cadre": li.id, "work_area": far.id, "week": 4})
    return {"far": far, "near": near, "zhang": zhang, "li": li, "late": late, "now": now,
            "later": later}


def _column(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_coverage_page_shows_the_plan_with_states_and_tallies(qtbot, context, month):
    page = CoveragePage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy())   # the plan comes with the figures
    panel = page.plan_panel
    assert page.tabs.indexOf(panel) >= 0
    assert _column(panel.table, 2) == ["岭口工区", "东站工区", "岭口工区"]
    assert _column(panel.table, 5) == ["Late", "Open", "Open"]  # as the tally headers
    assert "3 planned, 0 done, 2 open, 1 late, 0 dropped" in panel.summary.text()
    tally = {panel.tally.item(r, 0).text(): panel.tally.item(r, 1).text()
             for r in range(panel.tally.rowCount())}
    assert tally == {"All entries": "3", "Remote": "2", "Convenient": "1", "张三": "1",
                     "李四": "2"}


def test_drop_asks_a_reason_and_fill_asks_before_replacing(qtbot, context, month):
    panel = PlanPanel(context)
    qtbot.addWidget(panel)
    panel.set_month(JUNE)
    panel.table.selectRow(0)
    context.dialogs.text_answers = ["塌方封路"]
    with qtbot.waitSignal(context.events.changed):
        panel.drop()
    assert records.get(plans.KIND, month["late"].id).dropped_reason == "塌方封路"
    assert _column(panel.table, 5)[0] == "Dropped"
    context.dialogs.confirm_answers = [False]
    panel.fill()
    assert PlanEntry.select().where(~PlanEntry.deleted).count() == 3  # kept: the user said no
    context.dialogs.confirm_answers = [True]
    panel.fill()
    live = PlanEntry.select().where(~PlanEntry.deleted)
    # a new draft: both areas are in June's figures (neither states a 启用日期, so both count as
    # in use since before any record), the remote one first
    assert [e.work_area_id for e in live.order_by(PlanEntry.week)] == [
        month["far"].id, month["near"].id]
    assert {e.id for e in live}.isdisjoint(
        {month["late"].id, month["now"].id, month["later"].id})


def test_recording_a_visit_from_an_entry_fills_in_the_quick_entry(qtbot, context, month):
    dialog = VisitDialog(None, context, prefill=prefill_of(
        plans.month_plan(JUNE).entries[0]))
    qtbot.addWidget(dialog)
    assert dialog.area.value() == month["far"].id
    assert dialog.participants.value() == [month["zhang"].id]
    assert dialog.kind.currentData() == "talk" and dialog.private.isChecked()
    dialog.summary.setPlainText("谈心")
    dialog.revalidate()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert plans.month_plan(JUNE).entries[0].state == "done"


def test_the_dashboard_lists_this_weeks_planned_visits_late_first(qtbot, context, month):
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.busy())   # computed with the figures, off the GUI thread
    box = page.findChild(PlanWeekBox)
    items = [box.list.item(i) for i in range(box.list.count())]
    assert [i.data(ENTRY_ROLE) for i in items] == [month["late"].id, month["now"].id]
    assert items[0].text().startswith("Late (week 1) · 张三 → 岭口工区")
    plans.drop_entry(month["late"].id, "改期")
    context.events.notify("plan_entry")
    qtbot.waitUntil(lambda: box.list.count() == 1)


def test_the_area_page_and_the_plan_print_a_field_packet(qtbot, context, month, tmp_path):
    import io

    from pypdf import PdfReader

    from desktop.pages.areas import AreasPage

    page = AreasPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data() == "岭口工区")
    page.table.selectRow(row)
    out = tmp_path / "area.pdf"
    context.dialogs.file_answers = [out]
    qtbot.mouseClick(page.packet_button, Qt.MouseButton.LeftButton)
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "岭口工区" in text and "Field packet" in text
    panel = PlanPanel(context)
    qtbot.addWidget(panel)
    panel.set_month(JUNE)
    panel.table.selectRow(0)
    planned = tmp_path / "entry.pdf"
    context.dialogs.file_answers = [planned]
    panel.save_packet()
    assert "张三" in PdfReader(io.BytesIO(planned.read_bytes())).pages[0].extract_text()


def test_an_entry_is_added_and_changed_by_hand(qtbot, context, month, save_dialog):
    from desktop.dialogs.plan_dialog import PlanEntryDialog

    dialog = PlanEntryDialog(None, context, JUNE)
    qtbot.addWidget(dialog)
    dialog.cadre.setCurrentIndex(dialog.cadre.findData(month["zhang"].id))
    dialog.area.setCurrentIndex(dialog.area.findData(month["near"].id))
    dialog.week.setValue(5)
    dialog.note.setText("顺路")
    dialog.show()
    save_dialog(dialog)
    added = dialog.saved
    assert (added.month, added.week, added.cadre_id, added.note) == (JUNE, 5, month["zhang"].id,
                                                                     "顺路")
    change = PlanEntryDialog(None, context, JUNE, added.id)
    qtbot.addWidget(change)
    assert change.week.value() == 5 and change.note.text() == "顺路"
    change.week.setValue(2)
    change.show()
    save_dialog(change)
    assert records.get(plans.KIND, added.id).week == 2


def _absent_at_the_far_area(month):
    """王铁柱, working at the far area, absent from his branch's May theme day: (him, it)."""
    from db import assignments, meetings

    make = Make()
    branch = make.branch(name="线路第一支部")
    wang = make.member(name="王铁柱", branch=branch.id)
    records.create(assignments.ASSIGNMENT, {"member": wang.id, "work_area": month["far"].id,
                                            "start_on": "2020-01-01"})
    may = records.create(meetings.KIND, {
        "branch": branch.id, "kind": "theme_day", "held_on": "2024-05-10",
        "attendance": [{"member": wang.id, "present": False, "reason": "shift"}]})
    return wang, may


def test_a_make_up_session_on_a_day_is_planned_for_the_absentees_ticked(
        qtbot, context, month, save_dialog):
    from db import meetings
    from desktop.dialogs.plan_dialog import PlanEntryDialog

    wang, may = _absent_at_the_far_area(month)
    dialog = PlanEntryDialog(None, context, JUNE)
    qtbot.addWidget(dialog)
    dialog.cadre.setCurrentIndex(dialog.cadre.findData(month["zhang"].id))
    dialog.area.setCurrentIndex(dialog.area.findData(month["near"].id))
    assert dialog.absentees.value() == [] and dialog.absentees.count() == 1  # nobody owes
    dialog.area.setCurrentIndex(dialog.area.findData(month["far"].id))
    assert dialog.absentees.item(0).text() == "王铁柱 · Theme party day 2024-05-10"
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("makeup"))
    assert dialog.absentees.isEnabled()
    dialog.absentees.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.day.setText("2024-06-26")
    assert dialog.week.value() == 4 and not dialog.week.isEnabled()
    dialog.show()
    save_dialog(dialog)
    entry = next(e for e in plans.month_plan(JUNE).entries if e.id == dialog.saved.id)
    assert (entry.planned_on, entry.week, entry.purpose) == (dt.date(2024, 6, 26), 4, "makeup")
    assert [(a.name, a.attendee_id) for a in entry.absentees] == [
        ("王铁柱", meetings.attendee_id(may.id, wang.id))]
    assert prefill_of(entry)["talked_to"] == [wang.id]  # the visit starts with whom it is for
    change = PlanEntryDialog(None, context, JUNE, entry.id)
    qtbot.addWidget(change)
    assert change.day.text() == "2024-06-26" and change.absentees.value() == [
        meetings.attendee_id(may.id, wang.id)]
    change.day.setText("2024-07-02")  # outside the month: refused, shown at the field
    change.show()
    qtbot.waitUntil(lambda: not change.save_button.isEnabled())
    change.day.setText("")
    change.week.setValue(2)
    save_dialog(change)
    assert (records.get(plans.KIND, entry.id).planned_on, records.get(plans.KIND, entry.id).week
            ) == (None, 2)


def test_a_done_make_up_session_records_its_make_ups_from_the_plan_tab(qtbot, context, month):
    from db import meetings, visits

    wang, may = _absent_at_the_far_area(month)
    records.edit(plans.KIND, month["later"].id, {
        "purpose": "makeup", "absentees": [meetings.attendee_id(may.id, wang.id)]})
    panel = PlanPanel(context)
    qtbot.addWidget(panel)
    panel.set_month(JUNE)
    row = [panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(panel.table.rowCount())].index(month["later"].id)
    assert panel.table.item(row, 4).text() == "Make-up session: 王铁柱"
    panel.table.selectRow(row)
    assert not panel.make_ups_button.isEnabled()  # not visited yet
    records.create(visits.KIND, {"visited_on": "2024-06-14", "work_area": month["far"].id,
                                 "kind": "lecture", "participants": [month["li"].id]})
    panel.refresh()
    panel.table.selectRow(row)
    assert panel.make_ups_button.isEnabled()
    context.dialogs.confirm_answers = [True]
    panel.make_ups_button.click()
    question = context.dialogs.shown[-1][2]
    assert "王铁柱" in question and "2024-06-14" in question
    assert meetings.owed_make_ups(dt.date(2024, 6, 15), [wang.id]) == []
    panel.table.selectRow(row)
    assert not panel.make_ups_button.isEnabled()  # nobody left to record


def test_fill_on_a_month_already_over_is_refused_before_asking_to_replace(context, qtbot, month):
    """May is over on 15 June: the panel says so at once, without first offering to replace
    May's entry by a draft it would then refuse; the entry stays."""
    may = plan({"month": dt.date(2024, 5, 1), "cadre": month["zhang"].id,
                "work_area": month["far"].id, "week": 2})
    panel = PlanPanel(context)
    qtbot.addWidget(panel)
    panel.set_month(dt.date(2024, 5, 1))
    panel.fill()
    assert [kind for kind, *_ in context.dialogs.shown] == ["error"]
    assert "2024-05 is over" in context.dialogs.shown[0][2]
    assert PlanEntry.select().where(~PlanEntry.deleted, PlanEntry.month == may.month).count() == 1
