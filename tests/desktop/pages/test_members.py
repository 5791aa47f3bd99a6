"""The members page driven through the UI: create, edit, delete with undo, trash and restore,
search by pinyin initials, each filter, assignments and 包保 from the detail panel."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import assignments, branches, member_queries, members, records, visits, workareas
from desktop.pages.members import MembersPage


@pytest.fixture
def world(context):
    first = records.create(branches.KIND, {"name": "第一支部"})
    second = records.create(branches.KIND, {"name": "第二支部"})
    north = records.create(workareas.KIND, {"name": "北站"})
    south = records.create(workareas.KIND, {"name": "南站"})
    zhang = records.create(members.KIND, {"name": "张三", "is_cadre": True, "branch": first.id})
    zhao = records.create(members.KIND, {"name": "赵四", "branch": second.id})
    wang = records.create(members.KIND, {"name": "王五", "branch": first.id, "status": "retired"})
    records.create(assignments.ASSIGNMENT, {"member": zhao.id, "work_area": north.id,
                                            "start_on": "2024-01-01"})
    return {"first": first, "second": second, "north": north, "south": south, "zhang": zhang,
            "zhao": zhao, "wang": wang}


@pytest.fixture
def page(qtbot, context, world):
    widget = MembersPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown_names(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def cell(page, record_id, key):
    return page.model.index(page.model.row_of(record_id),
                            [c.key for c in page.columns].index(key)).data()


def test_model_passes_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_rows_show_translated_labels_branch_and_work_area(page, world):
    assert shown_names(page) == ["王五", "张三", "赵四"]
    assert cell(page, world["zhao"].id, "branch") == "第二支部"
    assert cell(page, world["zhao"].id, "work_area") == "北站"
    assert cell(page, world["wang"].id, "status") == "Retired"
    assert cell(page, world["zhang"].id, "is_cadre") == "✓"


def test_create_through_the_dialog(qtbot, page, world, drive_dialog, save_dialog, type_into):
    def fill(dialog):
        type_into(dialog.fields["name"], "李明")
        type_into(dialog.fields["joined_on"], "2015.7.1")
        type_into(dialog.fields["birth_date"], "1990-02-03")
        branch = dialog.fields["branch"]
        branch.setCurrentIndex(branch.findData(world["second"].id))
        qtbot.mouseClick(dialog.fields["is_cadre"], Qt.MouseButton.LeftButton)
        save_dialog(dialog)

    drive_dialog(lambda: page.new_button.click(), fill)
    (made,) = [m for m in members.list_members() if m.name == "李明"]
    assert made.joined_on.isoformat() == "2015-07-01"
    assert made.branch_id == world["second"].id and made.is_cadre
    assert made.name_initials == "lm"
    assert page.current_id() == made.id


def test_dialog_rejects_a_bad_date_by_the_field(qtbot, page, drive_dialog, type_into):
    def fill(dialog):
        type_into(dialog.fields["name"], "李明")
        type_into(dialog.fields["joined_on"], "2015-13-01")
        qtbot.waitUntil(lambda: dialog.errors["joined_on"].isVisible())
        assert not dialog.save_button.isEnabled()
        assert "2015-13-01" in dialog.errors["joined_on"].text()
        dialog.reject()

    drive_dialog(lambda: page.new_button.click(), fill)
    assert "李明" not in shown_names(page)


def test_edit_through_the_dialog(qtbot, page, world, drive_dialog, save_dialog, type_into):
    page.select(world["zhao"].id)

    def fill(dialog):
        assert dialog.fields["name"].text() == "赵四"
        assert dialog.fields["branch"].currentData() == world["second"].id
        type_into(dialog.fields["phone"], "13800000000")
        status = dialog.fields["status"]
        status.setCurrentIndex(status.findData("transferred"))
        save_dialog(dialog)

    page.table.setFocus()
    drive_dialog(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), fill)
    zhao = records.get(members.KIND, world["zhao"].id)
    assert (zhao.phone, zhao.status) == ("13800000000", "transferred")
    assert cell(page, zhao.id, "status") == "Transferred out"


def test_delete_undo_trash_restore(page, world, context):
    target = world["wang"]
    page.select(target.id)
    context.dialogs.confirm_answers = [True, True]
    page.delete_button.click()
    assert context.dialogs.shown[-1][0] == "confirm" and "王五" in context.dialogs.shown[-1][2]
    assert "王五" not in shown_names(page)
    page.undo_button.click()
    assert "王五" in shown_names(page)
    page.select(target.id)
    page.delete_button.click()
    page.trash.setChecked(True)
    assert shown_names(page) == ["王五"]
    page.select(target.id)
    page.restore_button.click()
    assert shown_names(page) == []
    page.trash.setChecked(False)
    assert "王五" in shown_names(page)


@pytest.mark.parametrize("text, expected", [
    ("zs", ["张三", "赵四"]), ("zhangsan", ["张三"]), ("张", ["张三"]), ("ww", ["王五"]),
])
def test_search(qtbot, page, type_into, text, expected):
    type_into(page.search, text)
    qtbot.waitUntil(lambda: shown_names(page) == expected)


def test_each_filter(page, world):
    def choose(combo, value):
        combo.setCurrentIndex(combo.findData(value))

    choose(page.branch_filter, world["first"].id)
    assert shown_names(page) == ["王五", "张三"]
    choose(page.branch_filter, None)
    choose(page.status_filter, "retired")
    assert shown_names(page) == ["王五"]
    choose(page.status_filter, None)
    choose(page.cadre_filter, True)
    assert shown_names(page) == ["张三"]
    choose(page.cadre_filter, False)
    assert shown_names(page) == ["王五", "赵四"]
    choose(page.cadre_filter, None)
    choose(page.area_filter, world["north"].id)
    assert shown_names(page) == ["赵四"]


def test_branch_filter_follows_new_branches(page, context):
    records.create(branches.KIND, {"name": "第三支部"})
    context.events.notify("branch")
    assert page.branch_filter.findText("第三支部") > 0


def test_detail_edits_assignments_and_responsibilities(qtbot, page, world, context,
                                                       drive_dialog, save_dialog, type_into):
    zhao, zhang = world["zhao"], world["zhang"]
    page.select(zhao.id)
    assert page.assignments_section.texts() == ["北站, since 2024-01-01"]
    assert page.responsibilities_section.isHidden()  # not a cadre

    page.assignments_section.select_row(0)

    def end(dialog):
        dialog.fields["end_on"].clear()
        type_into(dialog.fields["end_on"], "2024-03-01")
        save_dialog(dialog)

    drive_dialog(lambda: page.assignments_section.buttons[1].click(), end)

    def assign(dialog):
        dialog.fields["work_area"].setValue(world["south"].id)  # (typed: test_people_typed)
        dialog.fields["start_on"].clear()
        type_into(dialog.fields["start_on"], "2024-02-01")  # overlaps the one just ended
        qtbot.waitUntil(lambda: dialog.errors["start_on"].isVisible())
        assert not dialog.save_button.isEnabled()
        dialog.fields["start_on"].clear()
        type_into(dialog.fields["start_on"], "2024-03-01")
        save_dialog(dialog)

    drive_dialog(lambda: page.assignments_section.buttons[0].click(), assign)
    assert page.assignments_section.texts() == ["南站, since 2024-03-01",
                                                "北站, 2024-01-01 to 2024-03-01"]
    assert cell(page, zhao.id, "work_area") == "南站"

    page.select(zhang.id)
    assert page.responsibilities_section.isVisible()

    def responsibility(dialog):
        dialog.fields["work_area"].setValue(world["north"].id)
        save_dialog(dialog)

    drive_dialog(lambda: page.responsibilities_section.buttons[0].click(), responsibility)
    assert page.responsibilities_section.texts() == ["北站, since 2024-06-15"]
    page.responsibilities_section.select_row(0)
    context.dialogs.confirm_answers = [True]
    page.responsibilities_section.buttons[2].click()
    assert page.responsibilities_section.texts() == []


def test_detail_of_a_cadre_lists_visits_made(page, world, context):
    records.create(visits.KIND, {"visited_on": "2024-06-01", "work_area": world["north"].id,
                                 "participants": [world["zhang"].id]})
    context.events.notify("visit")
    page.select(world["zhang"].id)
    assert page.visits_section.heading.text() == "Visits made (1)"
    assert page.visits_section.texts() == ["2024-06-01  北站  Shift work-along"]
    assert member_queries.member_detail(world["zhang"].id)["visits_count"] == 1


def test_a_name_with_placeholder_characters_is_shown_as_typed(page, world, context):
    typed = "李%2{record}{x}"
    odd = records.create(members.KIND, {"name": typed, "branch": world["first"].id})
    records.create(assignments.RESPONSIBILITY, {"member": world["zhang"].id,
                                                "work_area": world["north"].id,
                                                "start_on": "2024-01-01"})
    page.requery()
    page.select(odd.id)
    context.dialogs.confirm_answers = [True]
    page.delete_button.click()
    question = context.dialogs.shown[-1][2]
    assert f"“{typed}”" in question and "{" not in question.replace(typed, "")
    assert page.undo_label.text() == f"“{typed}” moved to the trash."
    page.select(world["zhang"].id)  # a period line: "{name}, since {start}" with the area's name
    records.edit(workareas.KIND, world["north"].id, {"name": "北站%2{start}"})
    page.requery()
    page.select(world["zhang"].id)
    assert any(text.startswith("北站%2{start}, since 2024-01-01")
               for text in page.responsibilities_section.texts())
