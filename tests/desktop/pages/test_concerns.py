"""The concerns page and dialogs: a concern heard on a visit carried to an explained closure."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from db import concerns, members, records, visits
from db.concerns import flow, history
from db.models import Concern
from desktop.dialogs.concern_dialog import ConcernDialog
from desktop.pages.concerns import OVERDUE_BACKGROUND, ConcernsPage
from desktop.widgets.record_table import ID_ROLE
from tests.db.concerns.helpers import area, cadre, concern

D = dt.date
TODAY = D(2024, 5, 20)


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def world(context):
    shiling, qingshan = area("石岭工区", 3), area("青山工区", 1)
    wang, zhao = cadre("王建国"), cadre("赵丽")
    visit = records.create(visits.KIND, {"visited_on": D(2024, 5, 14), "work_area": shiling.id,
                                         "kind": "work_along", "participants": [zhao.id]})
    return {"shiling": shiling, "qingshan": qingshan, "wang": wang, "zhao": zhao, "visit": visit}


@pytest.fixture
def page(qtbot, context, world):
    widget = ConcernsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def when_dialog_opens(qtbot, fill):
    """Drive the next modal dialog with `fill(dialog)`; it is closed if `fill` leaves it open."""
    def handler():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, handler)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: keys for ASCII, an input-method commit for Chinese (QTest's key
    clicks take ASCII only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def save(qtbot, dialog):
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def shown_error(qtbot, dialog, field: str, text: str) -> None:
    label = dialog.errors[field]
    qtbot.waitUntil(lambda: label.isVisible() and text in label.text())
    assert not dialog.save_button.isEnabled()


def visible_actions(page) -> list[str]:
    return [a for a, button in page.detail_panel.buttons.items() if button.isVisibleTo(page)]


def timeline(page) -> list[str]:
    widget = page.detail_panel.timeline
    return [widget.item(i).text() for i in range(widget.count())]


def test_concern_from_a_visit_to_an_explained_closure(qtbot, page, context, world):
    seen = {}

    def fill_new(dialog):
        fields = dialog.fields
        seen["prefilled"] = (fields["work_area"].currentData(), fields["raised_on"].text(),
                             fields["owner"].currentData())
        type_text(qtbot, fields["raised_by_name"], "李师傅")
        type_text(qtbot, fields["description"], "工具房漏雨，工具生锈")
        save(qtbot, dialog)

    when_dialog_opens(qtbot, fill_new)
    created, accepted = ConcernDialog.ask(page, context, visit_id=world["visit"].id)
    assert accepted
    assert seen["prefilled"] == (world["shiling"].id, "2024-05-14", world["zhao"].id)
    row = records.get(concerns.KIND, created.id)
    assert (row.status, row.visit_id, row.work_area_id, row.owner_id, row.raised_on,
            row.due_on) == ("open", world["visit"].id, world["shiling"].id, world["zhao"].id,
                            D(2024, 5, 14), D(2024, 5, 29))

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select(created.id)
    assert page.detail_panel.title.text() == "工具房漏雨，工具生锈"
    assert visible_actions(page) == ["start", "resolve", "explain", "reassign"]

    def fill_start(dialog):
        type_text(qtbot, dialog.fields["note"], "已联系材料员")
        save(qtbot, dialog)

    when_dialog_opens(qtbot, fill_start)
    qtbot.mouseClick(page.detail_panel.buttons["start"], Qt.MouseButton.LeftButton)
    assert records.get(concerns.KIND, created.id).status == "in_progress"
    assert visible_actions(page) == ["resolve", "explain", "reassign"]

    def fill_explain(dialog):
        assert set(dialog.fields) == {"response", "feedback_on"}
        assert not dialog.save_button.isEnabled()
        assert not dialog.errors["response"].isVisible()  # not touched yet
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.fields["response"].setFocus()
        dialog.fields["feedback_on"].setFocus()  # the response was left empty
        shown_error(qtbot, dialog, "response", "This field is required.")
        type_text(qtbot, dialog.fields["response"], "工具房翻修列入明年计划，已当面说明")
        type_text(qtbot, dialog.fields["feedback_on"], "2024-05-21")
        shown_error(qtbot, dialog, "feedback_on", "The date 2024-05-21 is in the future.")
        dialog.fields["feedback_on"].clear()
        type_text(qtbot, dialog.fields["feedback_on"], "2024-05-10")
        shown_error(qtbot, dialog, "feedback_on", "before the concern was raised (2024-05-14)")
        dialog.fields["feedback_on"].clear()
        type_text(qtbot, dialog.fields["feedback_on"], "2024-05-18")
        save(qtbot, dialog)

    when_dialog_opens(qtbot, fill_explain)
    qtbot.mouseClick(page.detail_panel.buttons["explain"], Qt.MouseButton.LeftButton)

    row = records.get(concerns.KIND, created.id)
    assert (row.status, row.response, row.feedback_on, row.closed_on) == (
        "explained", "工具房翻修列入明年计划，已当面说明", D(2024, 5, 18), D(2024, 5, 18))
    assert [e.action for e in history(created.id)] == ["created", "started", "explained"]
    assert {e.actor for e in history(created.id)} == {context.store.device.name}
    # closed, it leaves the "Not closed" list but stays in the panel with its answer
    assert page.model.row_of(created.id) < 0
    assert page.detail_panel.concern_id == created.id
    assert page.detail_panel.values["response"].text() == "工具房翻修列入明年计划，已当面说明"
    assert "reopen" in visible_actions(page)
    lines = timeline(page)
    assert len(lines) == 3
    assert "Recorded" in lines[0] and "工具房漏雨" in lines[0]
    assert "Handling started · To do → In progress" in lines[1] and "已联系材料员" in lines[1]
    assert "Explained · In progress → Explained" in lines[2]
    assert lines[2].endswith("工具房翻修列入明年计划，已当面说明")
    assert page.detail_panel.values["status"].text() == "Explained"
    assert page.detail_panel.values["feedback"].text() == "2024-05-18"
    assert visible_actions(page) == ["reopen", "satisfaction"]


def test_cancelled_dialog_changes_nothing(qtbot, page, context, world):
    c = concern(world["shiling"], world["wang"])
    page.requery()
    page.select(c.id)

    def fill_reopen_like(dialog):
        type_text(qtbot, dialog.fields["response"], "已修好")
        dialog.reject()

    when_dialog_opens(qtbot, fill_reopen_like)
    qtbot.mouseClick(page.detail_panel.buttons["resolve"], Qt.MouseButton.LeftButton)
    assert records.get(concerns.KIND, c.id).status == "open"
    assert len(history(c.id)) == 1


def test_new_concern_dialog_shows_the_db_errors_next_to_fields(qtbot, page, context, world):
    def fill(dialog):
        assert not dialog.save_button.isEnabled() and not dialog.errors["description"].isVisible()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        shown_error(qtbot, dialog, "description", "This field is required.")
        assert dialog.errors["raised_by"].isVisible()  # neither a member nor a name
        worker = dialog.fields["raised_by"]
        worker.setCurrentIndex(worker.findText("赵丽"))
        type_text(qtbot, dialog.fields["description"], "夜班没有热饭")
        dialog.fields["owner"].setCurrentIndex(dialog.fields["owner"].findText("王建国"))
        save(qtbot, dialog)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (row,) = Concern.select()
    assert (row.description, row.raised_by_id, row.visit_id, row.raised_on) == (
        "夜班没有热饭", world["zhao"].id, None, TODAY)
    assert page.current_id() == row.id


def test_filters_and_overdue_marking(qtbot, page, world, qtmodeltester):
    late = concern(world["shiling"], world["wang"], D(2024, 5, 1), description="逾期的")
    fresh = concern(world["qingshan"], world["zhao"], D(2024, 5, 15), description="新的")
    done = concern(world["qingshan"], world["wang"], D(2024, 4, 1), description="已办结")
    flow.resolve(done.id, "已修好", closed_on=D(2024, 4, 10))
    page.requery()
    qtmodeltester.check(page.model)

    def listed():
        return [page.model.index(r, 0).data(ID_ROLE) for r in range(page.model.rowCount())]

    # the page opens on the work to do, soonest due first; "All" is the first choice
    assert page.status_filter.currentData() == "not_closed"
    assert listed() == [late.id, fresh.id]
    page.status_filter.setCurrentIndex(0)
    assert page.status_filter.currentData() is None
    assert listed() == [done.id, late.id, fresh.id]  # by due date
    late_row = listed().index(late.id)
    background = page.model.index(late_row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == OVERDUE_BACKGROUND
    assert "overdue" in page.model.index(late_row, 4).data()
    assert page.model.index(listed().index(fresh.id), 0).data(
        Qt.ItemDataRole.BackgroundRole) is None

    page.overdue_filter.setChecked(True)
    assert listed() == [late.id]
    page.overdue_filter.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("not_closed"))
    assert listed() == [late.id, fresh.id]
    page.status_filter.setCurrentIndex(0)
    page.area_filter.setCurrentIndex(page.area_filter.findData(world["qingshan"].id))
    assert listed() == [done.id, fresh.id]
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(world["wang"].id))
    assert listed() == [done.id]
    page.area_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(0)
    type_text(qtbot, page.search, "逾期")
    qtbot.waitUntil(lambda: listed() == [late.id])
    qtmodeltester.check(page.model)


def test_filter_choices_follow_new_cadres(qtbot, page, context, world):
    records.create(members.KIND, {"name": "钱进", "is_cadre": True})
    context.events.notify("member")
    assert page.owner_filter.findText("钱进") > 0


def test_history_heading_only_with_a_concern(qtbot, context, world):
    widget = ConcernsPage(context)  # no concern at all: nothing to select
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    detail = widget.detail_panel
    assert widget.current_id() is None
    assert detail.empty.isVisible()
    assert not detail.history_heading.isVisible() and not detail.timeline.isVisible()


def test_page_opens_on_the_soonest_due_open_concern(qtbot, context, world):
    late = concern(world["shiling"], world["wang"], D(2024, 5, 1), description="逾期的")
    concern(world["qingshan"], world["zhao"], D(2024, 5, 15), description="新的")
    done = concern(world["qingshan"], world["wang"], D(2024, 3, 1), description="早已办结")
    flow.resolve(done.id, "已修好", closed_on=D(2024, 3, 10))
    widget = ConcernsPage(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.current_id() == late.id)  # the detail follows the table
    assert widget.detail_panel.title.text() == "逾期的"
    assert widget.detail_panel.history_heading.isVisible()
