"""The work-areas page driven through the UI: create, edit, delete with undo, trash and restore,
search (pinyin too), filters, 包保 and assignments from the detail panel."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import assignments, members, records, workarea_queries, workareas
from desktop.pages.areas import AreasPage


@pytest.fixture
def page(qtbot, context):
    widget = AreasPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def three(context):
    made = [records.create(workareas.KIND, d) for d in (
        {"name": "石门站", "access_tier": 1, "line_section": "京广线"},
        {"name": "长岭站", "access_tier": 3, "line_section": "京广线", "code": "CL"},
        {"name": "白沙站", "access_tier": 2, "line_section": "湘黔线", "active": False},
    )]
    context.events.notify("work_area")
    return made


def shown_names(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_model_passes_the_model_tester(page, three, qtmodeltester):
    qtmodeltester.check(page.model)


def test_create_through_the_dialog(qtbot, page, drive_dialog, save_dialog, type_into):
    def fill(dialog):
        assert not dialog.save_button.isEnabled()  # no name yet
        type_into(dialog.fields["name"], "长岭站")
        type_into(dialog.fields["line_section"], "京广线")
        dialog.fields["access_tier"].setCurrentIndex(2)
        type_into(dialog.fields["headcount"], "12")
        save_dialog(dialog)

    drive_dialog(lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), fill)
    assert shown_names(page) == ["长岭站"]
    (area,) = workareas.list_work_areas()
    assert (area.access_tier, area.headcount, area.line_section) == (3, 12, "京广线")
    assert page.current_id() == area.id  # the new record is selected
    assert page.panel.title.text() == "长岭站"


def test_dialog_shows_the_db_message_by_the_field_and_keeps_save_off(qtbot, page, drive_dialog,
                                                                     type_into):
    def fill(dialog):
        type_into(dialog.fields["name"], "石门站")
        type_into(dialog.fields["distance_km"], "far")
        qtbot.waitUntil(lambda: dialog.errors["distance_km"].isVisible())
        assert "not a number" in dialog.errors["distance_km"].text()
        assert not dialog.save_button.isEnabled()
        dialog.fields["distance_km"].clear()
        type_into(dialog.fields["distance_km"], "3.5")
        qtbot.waitUntil(dialog.save_button.isEnabled)
        assert not dialog.errors["distance_km"].isVisible()
        dialog.reject()

    drive_dialog(lambda: page.new_button.click(), fill)
    assert workareas.list_work_areas() == []


def test_edit_through_the_dialog(qtbot, page, three, drive_dialog, save_dialog, type_into):
    page.select(three[0].id)

    def fill(dialog):
        assert dialog.fields["name"].text() == "石门站"
        assert dialog.fields["access_tier"].currentData() == 1
        dialog.fields["headcount"].clear()
        type_into(dialog.fields["headcount"], "40")
        save_dialog(dialog)

    drive_dialog(lambda: page.edit_button.click(), fill)
    assert records.get(workareas.KIND, three[0].id).headcount == 40
    row = page.model.row_of(three[0].id)
    column = [c.key for c in page.columns].index("headcount")
    assert page.model.index(row, column).data() == "40"


def test_closing_an_area_in_the_dialog_asks_for_the_day(qtbot, page, three, drive_dialog,
                                                       save_dialog, type_into):
    area = three[0]
    page.select(area.id)

    def close(dialog):
        day = dialog.fields["deactivated_on"]
        assert not day.isEnabled() and day.text() == ""  # in use: no date to give
        dialog.fields["active"].setChecked(False)
        assert day.isEnabled() and day.text() == "2024-06-15"  # today, to correct if need be
        day.clear()
        type_into(day, "2024年5月20日")
        save_dialog(dialog)

    drive_dialog(lambda: page.edit_button.click(), close)
    assert records.get(workareas.KIND, area.id).deactivated_on == dt.date(2024, 5, 20)
    column = [c.key for c in page.columns].index("deactivated_on")
    assert page.model.index(page.model.row_of(area.id), column).data() == "2024-05-20"
    assert "Not in use since 2024-05-20" in page.panel.facts.text()

    def reopen(dialog):
        day = dialog.fields["deactivated_on"]
        assert day.isEnabled() and day.text() == "2024-05-20"
        dialog.fields["active"].setChecked(True)
        assert not day.isEnabled() and day.text() == ""
        save_dialog(dialog)

    drive_dialog(lambda: page.edit_button.click(), reopen)
    reopened = records.get(workareas.KIND, area.id)
    assert (reopened.active, reopened.deactivated_on) == (True, None)


def test_delete_confirm_undo_trash_restore(qtbot, page, three, context):
    target = three[1]
    page.select(target.id)
    context.dialogs.confirm_answers = [False, True, True]
    page.delete_button.click()
    assert "长岭站" in shown_names(page)  # said no

    page.select(target.id)
    page.delete_button.click()  # yes
    assert context.dialogs.shown[-1][0] == "confirm"
    assert "长岭站" not in shown_names(page)
    assert page.undo_bar.isVisible()
    page.undo_button.click()
    assert "长岭站" in shown_names(page)
    assert page.current_id() == target.id

    page.delete_button.click()
    page.trash.setChecked(True)
    assert shown_names(page) == ["长岭站"]
    assert page.restore_button.isVisible() and not page.new_button.isEnabled()
    page.select(target.id)
    page.restore_button.click()
    assert shown_names(page) == []
    page.trash.setChecked(False)
    assert "长岭站" in shown_names(page)


@pytest.mark.parametrize("text, expected", [
    ("石门", ["石门站"]), ("smz", ["石门站"]), ("cl", ["长岭站"]), ("shimen", ["石门站"]),
    ("湘黔", ["白沙站"]),
])
def test_search(qtbot, page, three, text, expected, type_into):
    type_into(page.search, text)
    qtbot.waitUntil(lambda: shown_names(page) == expected)


def test_ctrl_f_focuses_search(qtbot, page, three):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_filters(page, three):
    def choose(combo, value):
        combo.setCurrentIndex(combo.findData(value))

    choose(page.tier_filter, 3)
    assert shown_names(page) == ["长岭站"]
    choose(page.tier_filter, None)
    choose(page.active_filter, False)
    assert shown_names(page) == ["白沙站"]
    choose(page.active_filter, True)
    assert shown_names(page) == ["石门站", "长岭站"]
    choose(page.active_filter, None)
    choose(page.line_filter, "湘黔线")
    assert shown_names(page) == ["白沙站"]


def test_in_use_since_is_edited_in_the_dialog_shown_and_sorted(qtbot, page, three,
                                                              drive_dialog, save_dialog,
                                                              type_into):
    page.select(three[1].id)

    def since(dialog):
        day = dialog.fields["in_use_since"]
        assert day.text() == ""  # blank: in use since before any record
        type_into(day, "2023年7月1日")
        save_dialog(dialog)

    drive_dialog(lambda: page.edit_button.click(), since)
    assert records.get(workareas.KIND, three[1].id).in_use_since == dt.date(2023, 7, 1)
    column = [c.key for c in page.columns].index("in_use_since")
    assert page.model.index(page.model.row_of(three[1].id), column).data() == "2023-07-01"
    assert page.model.index(page.model.row_of(three[0].id), column).data() == ""
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert shown_names(page)[0] == "长岭站"  # the blank ones, the earliest, last going down
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert shown_names(page)[-1] == "长岭站"


def test_sorting_by_a_column_header(page, three):
    column = [c.key for c in page.columns].index("access_tier")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ["长岭站", "白沙站", "石门站"]


def test_column_choice_is_remembered(qtbot, context, page, three):
    column = [c.key for c in page.columns].index("code")
    action = page.columns_button.menu().actions()[column]
    action.setChecked(False)
    assert page.table.isColumnHidden(column)
    again = AreasPage(context)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(column)


def test_detail_shows_members_and_edits_responsibilities(qtbot, page, three, context, type_into,
                                                         drive_dialog, save_dialog):
    area = three[1]
    cadre = records.create(members.KIND, {"name": "张三", "is_cadre": True})
    worker = records.create(members.KIND, {"name": "李四"})
    records.create(assignments.ASSIGNMENT, {"member": worker.id, "work_area": area.id,
                                            "start_on": "2024-01-01"})
    context.events.notify("assignment")
    page.select(area.id)
    assert page.members_section.texts() == ["李四, since 2024-01-01"]
    assert page.cadres_section.texts() == []

    def add(dialog):
        dialog.fields["member"].setValue(cadre.id)  # (typed: test_people_typed)
        save_dialog(dialog)

    drive_dialog(lambda: page.cadres_section.buttons[0].click(), add)
    assert page.cadres_section.texts() == ["张三, since 2024-06-15"]
    assert [c.name for c in assignments.cadres_for_area(area.id)] == ["张三"]

    page.members_section.select_row(0)

    def end(dialog):
        dialog.fields["end_on"].clear()
        type_into(dialog.fields["end_on"], "2024年6月1日")
        save_dialog(dialog)

    drive_dialog(lambda: page.members_section.buttons[1].click(), end)
    assert page.members_section.texts() == []  # no longer working here
    assert workarea_queries.area_rows([area.id])[0]["members"] == 0

    page.cadres_section.select_row(0)
    context.dialogs.confirm_answers = [True]
    page.cadres_section.buttons[2].click()  # delete, and yes
    assert page.cadres_section.texts() == []


def test_the_delete_key_on_a_row_asks_then_moves_it_to_the_trash(qtbot, page, three, context):
    from PySide6.QtCore import Qt

    target = three[1]
    page.select(target.id)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    context.dialogs.confirm_answers = [False, True]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert context.dialogs.shown[-1][0] == "confirm" and "长岭站" in shown_names(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # yes this time
    assert "长岭站" not in shown_names(page) and page.undo_bar.isVisible()
