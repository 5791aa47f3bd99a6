"""Importing from the window what is not a package for this machine: one line in the session's
language saying what the file is and what to do, and the database as it was. The files are
those a secretary finds on a stick: a package for another laptop or of another general branch,
one cut short, a workbook or the key file chosen by mistake; and a package imported twice."""
from __future__ import annotations

import re

import pytest

from db import members, records
from tests.db.helpers import digest
from tests.db.sync.devices import Devices
from tests.desktop.pages.exchange_section import choose_and_import


@pytest.fixture
def machines(tmp_path):
    devices = Devices(tmp_path / "machines", ["office", "laptop_a", "laptop_b"])
    with devices.on("office"):
        records.create(members.KIND, {"name": "王建国"})
    devices.exchange("office", "laptop_a", full=True)
    yield devices
    devices.close()


def _import(qtbot, tmp_path, store, path) -> tuple[list[str], str]:
    """Choose `path` on the exchange section and answer yes to its question: (errors, result)."""
    page = choose_and_import(qtbot, store, tmp_path, path)
    exchange = page.sections["exchange"]
    return ([x for k, _t, x in exchange.context.dialogs.shown if k == "error"],
            exchange.result.text())


def _refused(qtbot, tmp_path, machines, path) -> str:
    store = machines.open("laptop_a")
    before = digest(store.db)
    errors, result = _import(qtbot, tmp_path, store, path)
    assert errors == [result] and "\n" not in result
    assert digest(store.db) == before
    return result.replace(str(path), "FILE")


def _chinese_only(line: str) -> bool:
    """No English word but a file, a machine's name and a command to type."""
    rest = re.sub(r"FILE|office|laptop_[ab]|sync (join|export)", "", line)
    return not re.search(r"[A-Za-z]{2,}", rest) and re.search(r"[\u4e00-\u9fff]", rest)


def _check(line: str, lang: str, english: str) -> None:
    if lang == "en":
        assert line == english
    else:
        assert _chinese_only(line), line


def test_a_package_made_for_another_laptop(qtbot, tmp_path, machines, lang):
    machines.exchange("office", "laptop_b", full=True)
    machines.exchange("laptop_b", "office")
    with machines.on("office"):
        records.create(members.KIND, {"name": "周七"})
    line = _refused(qtbot, tmp_path, machines, machines.export("office", for_device="laptop_b"))
    _check(line, lang, "FILE was made for laptop_b, not for this machine (laptop_a). Nothing was "
                       "imported; import it on laptop_b, or on office export a package for this "
                       "machine or for everyone.")


def test_a_package_of_another_general_branch(qtbot, tmp_path, machines, lang):
    machines.close()  # (one database open at a time)
    other = Devices(tmp_path / "elsewhere", ["their_office"])  # its own exchange key
    try:
        with other.on("their_office"):
            records.create(members.KIND, {"name": "李四"})
        package = other.export("their_office", full=True)
    finally:
        other.close()
    line = _refused(qtbot, tmp_path, machines, package)
    _check(line, lang, "FILE was sealed with another exchange key. Nothing was read; this machine "
                       "must join the general branch's exchange with its key file (sync join) "
                       "first, or the file belongs to another general branch.")


def test_a_package_cut_short(qtbot, tmp_path, machines, lang):
    package = machines.export("office", full=True)
    data = package.read_bytes()
    package.write_bytes(data[:len(data) // 2])
    line = _refused(qtbot, tmp_path, machines, package)
    _check(line, lang, "FILE is incomplete: the copy was cut short. Nothing was read; copy the "
                       "file again and safely remove the USB stick before unplugging it.")


NOT_A_PACKAGE = ("FILE is not a Branch Desk exchange package. Nothing was imported; choose the "
                 "file that “Export package” (sync export) made on the other machine.")


def test_a_workbook_chosen_by_mistake(qtbot, tmp_path, machines, lang):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["姓名", "工区"])
    workbook.active.append(["王建国", "东站工区"])
    path = tmp_path / "usb" / "党员名单.xlsx"
    path.parent.mkdir()
    workbook.save(path)
    _check(_refused(qtbot, tmp_path, machines, path), lang, NOT_A_PACKAGE)


def test_the_key_file_chosen_by_mistake(qtbot, tmp_path, machines, lang):
    _check(_refused(qtbot, tmp_path, machines, machines.key_file), lang, NOT_A_PACKAGE)


def test_a_package_imported_twice_changes_no_record(qtbot, tmp_path, machines, lang):
    with machines.on("office"):
        records.create(members.KIND, {"name": "周七"})
    # laptop_a has not told the office what it holds: the package has all three records
    # (the general branch, 王建国 and 周七)
    package = machines.export("office", for_device="laptop_a")
    machines.import_("laptop_a", package)
    before = machines.snapshot("laptop_a")
    errors, result = _import(qtbot, tmp_path, machines.open("laptop_a"), package)
    assert errors == [] and machines.snapshot("laptop_a") == before
    if lang == "en":
        assert result == ("Nothing new from office: everything in the package was already "
                          "merged here.")
    else:
        assert result == "来自 office 的交换包没有新内容：其中的记录此前都已合并到本机。"
