"""The 数据 page: export, import with a summary, conflicts side by side, history, backups."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db import branches, members, records, workareas
from db.models import WorkArea
from desktop.context import AppContext
from desktop.pages.data import DataPage
from tests.db.sync.devices import Devices
from tests.desktop.scripted_dialogs import ScriptedDialogs


@pytest.fixture
def machines(tmp_path):
    devices = Devices(tmp_path / "machines", ["office", "laptop_a"])
    yield devices
    devices.close()


def _page(qtbot, store, tmp_path):
    context = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                         QSettings.Format.IniFormat))
    context.dialogs = ScriptedDialogs()
    page = DataPage(context)
    qtbot.addWidget(page)
    return page


def _conflicted(machines):
    store = machines.open("office")
    area = records.create(workareas.KIND, {"name": "东站工区"}).id
    machines.exchange("office", "laptop_a")
    machines.open("office")
    records.edit(workareas.KIND, area, {"headcount": 7})
    machines.open("laptop_a")
    records.edit(workareas.KIND, area, {"headcount": 9, "notes": "路远"})
    package = machines.export("laptop_a", for_device="office")
    store = machines.open("office")
    return store, area, package


def test_import_runs_off_the_gui_thread_and_shows_a_summary(qtbot, machines, tmp_path):
    store, area, package = _conflicted(machines)
    page = _page(qtbot, store, tmp_path)
    exchange = page.show_section("exchange")
    page.context.dialogs.file_answers = [package]
    page.context.dialogs.confirm_answers = [True]  # the preview's question: import it
    with qtbot.waitSignal(page.context.events.changed, timeout=10000):
        exchange.import_button.click()
    assert "1 conflicts" in exchange.result.text()
    [question] = [text for kind, _t, text in page.context.dialogs.shown if kind == "confirm"]
    assert "Work areas: 0 new, 0 updated, 0 deleted, 1 conflicts" in question
    assert exchange.history.rowCount() >= 2
    conflicts = page.sections["conflicts"]
    assert conflicts.list.count() == 1
    assert conflicts.list.item(0).text() == "Work area · 东站工区"  # db.table_names.ROW_NAMES
    assert conflicts.versions.item(0, 0).text() in ("Workers (all, not only members)", "Notes")


def test_choosing_per_field_resolves_the_conflict(qtbot, machines, tmp_path):
    store, area, package = _conflicted(machines)
    from db.sync import import_package

    import_package(package, store.device)
    page = _page(qtbot, store, tmp_path)
    section = page.show_section("conflicts")
    conflict = section.current()
    for row in range(section.versions.rowCount()):
        box = section.versions.cellWidget(row, section.COL_KEEP)
        if box is not None:
            field = section.versions.item(row, 0).data(section.COLUMN_ROLE)
            wanted = {"headcount": 7, "notes": "路远"}[field]
            box.setCurrentIndex(0 if conflict.shown[field] == wanted else 1)
    section.by_field.click()
    assert section.list.count() == 0 and section.empty.isVisibleTo(section)
    row = WorkArea.get_by_id(area)
    assert (row.headcount, row.notes) == (7, "路远")


def test_export_for_a_device_writes_a_package(qtbot, machines, tmp_path):
    store, _area, package = _conflicted(machines)
    from db.sync import import_package

    import_package(package, store.device)
    page = _page(qtbot, store, tmp_path)
    exchange = page.show_section("exchange")
    index = exchange.target.findText("laptop_a")
    assert index > 0
    exchange.target.setCurrentIndex(index)
    out = tmp_path / "usb" / "for-a"
    out.parent.mkdir()  # (a file chooser gives a folder that is there)
    page.context.dialogs.file_answers = [out]
    exchange.export_clicked()
    qtbot.waitUntil(lambda: "rows" in exchange.result.text(), timeout=10000)
    assert out.with_name("for-a.bdsync").exists()


def test_a_refused_package_shows_the_reason(qtbot, store, tmp_path):
    page = _page(qtbot, store, tmp_path)
    exchange = page.show_section("exchange")
    bad = tmp_path / "bad.bdsync"
    bad.write_text("not a package")
    page.context.dialogs.file_answers = [bad]
    exchange.import_clicked()
    qtbot.waitUntil(lambda: any(kind == "error" for kind, *_ in page.context.dialogs.shown),
                    timeout=10000)
    assert "not a Branch Desk exchange package" in exchange.result.text()


def test_backup_now_and_restore(qtbot, store, tmp_path):
    page = _page(qtbot, store, tmp_path)
    section = page.show_section("backup")
    section.backup_clicked()
    qtbot.waitUntil(lambda: "Saved a copy" in section.result.text(), timeout=10000)
    copy = Path(section.result.text().split("as ", 1)[1].rstrip("."))
    records.create(workareas.KIND, {"name": "备份后新建"})
    page.context.dialogs.file_answers = [copy]
    page.context.dialogs.confirm_answers = [True]
    section.restore_clicked()
    assert page.context.store is not store
    assert WorkArea.select().where(WorkArea.name == "备份后新建").count() == 0
    page.context.store.close()


def test_backup_now_makes_the_data_folder_s_backups_folder_again(qtbot, store, tmp_path):
    """The window's backup writes only into the data folder's own backups/, which is the app's
    layout: removed by hand, it is made again (a folder elsewhere never is: db.files)."""
    import shutil

    shutil.rmtree(store.folder.backups)
    page = _page(qtbot, store, tmp_path)
    section = page.show_section("backup")
    section.backup_clicked()
    qtbot.waitUntil(lambda: "Saved a copy" in section.result.text(), timeout=10000)
    copy = Path(section.result.text().split("as ", 1)[1].rstrip("."))
    assert copy.parent == store.folder.backups and copy.exists()


def test_conflicts_show_field_labels_and_readable_values(qtbot, machines, tmp_path):
    """Stored codes, 0/1 flags and ids of other rows are shown as people read them."""
    from db.sync import import_package

    store = machines.open("office")
    first = records.create(branches.KIND, {"name": "第一支部"}).id
    second = records.create(branches.KIND, {"name": "第二支部"}).id
    person = records.create(members.KIND, {"name": "张三", "branch": first, "gender": "M"}).id
    machines.exchange("office", "laptop_a")
    machines.open("office")
    records.edit(members.KIND, person, {"is_cadre": True, "status": "retired"})
    machines.open("laptop_a")
    records.edit(members.KIND, person, {"branch": second, "gender": "F", "job_post": "线路工"})
    package = machines.export("laptop_a", for_device="office")
    store = machines.open("office")
    import_package(package, store.device)
    page = _page(qtbot, store, tmp_path)
    section = page.show_section("conflicts")
    conflict = section.current()
    table = section.versions
    rows = {table.item(r, 0).data(section.COLUMN_ROLE): r for r in range(table.rowCount())}

    def cells(column):  # (shown, other)
        row = rows[column]
        return (table.item(row, section.COL_SHOWN).text(),
                table.item(row, section.COL_OTHER).text())

    office_shown = conflict.shown["is_cadre"] in (1, True)  # which machine's version is shown
    pairs = {c: cells(c) if office_shown else cells(c)[::-1]
             for c in ("branch_id", "gender", "is_cadre", "status", "job_post")}
    assert pairs == {"branch_id": ("第一支部", "第二支部"), "gender": ("Male", "Female"),
                     "is_cadre": ("Yes", "No"), "status": ("Retired", "On roll"),
                     "job_post": ("", "线路工")}
    assert table.item(rows["branch_id"], 0).text() == "Branch"
    assert table.item(rows["name"], 0).text() == "Full name"
    assert table.item(rows["name"], section.COL_SHOWN).text() == "张三"


def test_the_history_explains_itself_until_the_first_exchange(qtbot, store, tmp_path):
    from db.sync import export_package

    page = _page(qtbot, store, tmp_path)
    page.show()
    exchange = page.show_section("exchange")
    assert exchange.no_history.isVisible() and exchange.history.rowCount() == 0
    export_package(store.device, tmp_path / "out")
    exchange.refresh()
    assert not exchange.no_history.isVisible() and exchange.history.rowCount() == 1


def test_answering_no_to_the_preview_imports_nothing(qtbot, machines, tmp_path):
    from tests.db.helpers import digest

    store, _area, package = _conflicted(machines)
    page = _page(qtbot, store, tmp_path)
    exchange = page.show_section("exchange")
    before = digest(store.db)
    page.context.dialogs.file_answers = [package]
    page.context.dialogs.confirm_answers = [False]
    exchange.import_button.click()
    qtbot.waitUntil(lambda: exchange.result.text() == "Nothing was imported.", timeout=10000)
    assert digest(store.db) == before


def test_the_key_is_saved_and_joined_from_the_page(qtbot, store, tmp_path):
    page = _page(qtbot, store, tmp_path)
    exchange = page.show_section("exchange")
    key = tmp_path / "usb" / "branch.bdkey"
    key.parent.mkdir()  # (a file chooser gives a folder that is there)
    page.context.dialogs.file_answers = [key, key]
    exchange.key_button.click()
    assert key.exists()
    exchange.join_button.click()
    infos = [text for kind, _t, text in page.context.dialogs.shown if kind == "info"]
    assert "Join with a key file" in infos[0] and "joined the exchange" in infos[1]
