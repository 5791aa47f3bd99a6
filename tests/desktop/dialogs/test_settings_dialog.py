"""The settings dialog: policy saved through the record layer, bad values refused by the field,
language and device name kept, branches added, renamed, deleted and restored."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import branches, members, organisation, records
from desktop.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, context):
    widget = SettingsDialog(None, context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def replace(type_into, widget, text):
    widget.clear()
    type_into(widget, text)


def test_shows_the_current_policy(dialog):
    assert dialog.fields["visits_per_month"].text() == "1"
    assert dialog.fields["overdue_days"].text() == "45"
    assert dialog.fields["tier3_weight"].text() == "2.5"
    assert dialog.fields["language"].currentData() == "en"


def test_saves_names_and_policy(qtbot, dialog, type_into, save_dialog):
    replace(type_into, dialog.fields["name"], "机务车间党总支")
    replace(type_into, dialog.fields["overdue_days"], "30")
    replace(type_into, dialog.fields["tier3_weight"], "3")
    save_dialog(dialog)
    org = organisation.get_organisation()
    assert (org.name, org.overdue_days, org.tier3_weight) == ("机务车间党总支", 30, 3.0)


@pytest.mark.parametrize("field, text, message", [
    ("overdue_days", "0", "at least 1"),
    ("concern_due_days", "ten", "not a whole number"),
    ("visits_per_month", "", "required"),
    ("tier1_weight", "-1", "at least 0"),
])
def test_rejects_bad_values_by_the_field(qtbot, dialog, type_into, field, text, message):
    dialog.tabs.setCurrentIndex(0)
    replace(type_into, dialog.fields[field], text)
    qtbot.waitUntil(lambda: not dialog.errors[field].isHidden())
    assert message in dialog.errors[field].text()
    assert not dialog.save_button.isEnabled()
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.fields[field])  # brought forward
    dialog.save_button.click()  # disabled: nothing happens
    assert dialog.isVisible()
    assert organisation.get_organisation().overdue_days == 45


def test_language_and_device_name(context, dialog, type_into, save_dialog):
    language = dialog.fields["language"]
    language.setCurrentIndex(language.findData("zh_CN"))
    replace(type_into, dialog.fields["device_name"], "office-pc")
    save_dialog(dialog)
    assert context.settings.value("language") == "zh_CN"
    assert context.store.device.name == "office-pc"
    assert context.store.folder.device().name == "office-pc"


def test_branches_add_rename_delete_restore(qtbot, context, dialog, drive_dialog, save_dialog,
                                            type_into):
    editor = dialog.branches
    secretary = records.create(members.KIND, {"name": "张三"})

    def add(branch_dialog):
        type_into(branch_dialog.fields["name"], "第一支部")
        branch_dialog.fields["secretary_id"].setValue(secretary.id)
        save_dialog(branch_dialog)

    drive_dialog(lambda: editor.add_button.click(), add)
    (branch,) = branches.list_branches()
    assert (branch.name, branch.secretary_id) == ("第一支部", secretary.id)
    assert editor.list.item(0).text() == "第一支部 (secretary: 张三)"

    def rename(branch_dialog):
        replace(type_into, branch_dialog.fields["name"], "线路支部")
        save_dialog(branch_dialog)

    editor.list.setCurrentRow(0)
    drive_dialog(lambda: editor.edit_button.click(), rename)
    assert branches.list_branches()[0].name == "线路支部"

    member = records.create(members.KIND, {"name": "李四", "branch": branch.id})
    editor.list.setCurrentRow(0)
    context.dialogs.confirm_answers = [True]
    editor.delete_button.click()  # asked, then refused: it has a member
    assert context.dialogs.shown[-1][0] == "error"
    assert branches.list_branches() != []
    records.edit(members.KIND, member.id, {"branch": None})
    context.dialogs.confirm_answers = [True]
    editor.delete_button.click()
    assert branches.list_branches() == []
    editor.trash.setChecked(True)
    editor.list.setCurrentRow(0)
    editor.restore_button.click()
    editor.trash.setChecked(False)
    assert [b.name for b in branches.list_branches()] == ["线路支部"]


def test_meeting_quotas_are_edited_in_settings(qtbot, dialog, type_into, save_dialog):
    from db import meetings

    assert dialog.fields["quota_party_lecture_per"].currentData() == "quarter"
    assert dialog.fields["quota_party_lecture_count"].text() == "1"
    replace(type_into, dialog.fields["quota_party_lecture_count"], "40")
    qtbot.waitUntil(lambda: not dialog.errors["quota_party_lecture_count"].isHidden())
    assert "at most 31" in dialog.errors["quota_party_lecture_count"].text()
    replace(type_into, dialog.fields["quota_party_lecture_count"], "2")
    dialog.fields["quota_party_lecture_per"].setCurrentIndex(
        dialog.fields["quota_party_lecture_per"].findData("month"))
    save_dialog(dialog)
    rules = meetings.quota_rules()
    assert rules["party_lecture"] == ("month", 2) and rules["theme_day"] == ("month", 1)


def test_an_empty_branches_tab_says_what_a_branch_is_and_starts_on_add(qtbot, context):
    dialog = SettingsDialog(None, context, tab="branches")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = dialog.branches
    assert dialog.tabs.currentWidget() is editor
    assert editor.hint.isVisible() and "where each member belongs" in editor.hint.text()
    assert editor.list.count() == 1 and editor.current_id() is None
    assert "press Add" in editor.list.item(0).text()
    assert not editor.list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.focusWidget() is editor.add_button
    records.create(branches.KIND, {"name": "线路一支部"})
    editor.refresh()
    assert [editor.list.item(r).text() for r in range(editor.list.count())] == ["线路一支部"]
