"""Excel buttons on the record pages: every page exports, the members page also imports."""
from __future__ import annotations

import openpyxl
import pytest

from db import members, records
from db.models import Member
from desktop.dialogs.import_dialog import ImportDialog
from desktop.pages.areas import AreasPage
from desktop.pages.concerns import ConcernsPage
from desktop.pages.members import MembersPage
from desktop.pages.visits import VisitsPage


@pytest.mark.parametrize("page_class", [AreasPage, MembersPage, VisitsPage, ConcernsPage])
def test_each_record_page_exports_every_table(qtbot, context, tmp_path, page_class):
    records.create(members.KIND, {"name": "张三"})
    page = page_class(context)
    qtbot.addWidget(page)
    page.show()
    assert page.export_button.isVisible()
    context.dialogs.file_answers = [tmp_path / "out"]
    page.export_button.click()
    qtbot.waitUntil(lambda: any(kind == "info" and "out.xlsx" in text
                                for kind, _title, text in context.dialogs.shown), timeout=20000)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["党员"]
    assert list(sheet.iter_rows(values_only=True))[1][0] == "张三"


def test_export_does_nothing_when_no_file_is_chosen(qtbot, context, tmp_path):
    page = AreasPage(context)
    qtbot.addWidget(page)
    page.export_button.click()  # ScriptedDialogs answers "cancelled"
    assert [kind for kind, *_ in context.dialogs.shown] == ["save"]


def test_only_the_members_page_imports(qtbot, context):
    pages = [cls(context) for cls in (AreasPage, MembersPage, VisitsPage, ConcernsPage)]
    for page in pages:
        qtbot.addWidget(page)
    assert [hasattr(page, "import_button") for page in pages] == [False, True, False, False]


def test_members_page_imports_a_roster(qtbot, context, tmp_path, drive_dialog):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "出生年月"])
    book.active.append(["李四", "女", "1981年2月"])
    book.save(tmp_path / "roster.xlsx")
    page = MembersPage(context)
    qtbot.addWidget(page)
    page.show()
    context.dialogs.file_answers = [tmp_path / "roster.xlsx"]

    def commit(dialog):
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.commit_button.isEnabled(), timeout=20000)
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.commit_button.click()

    drive_dialog(page.import_button.click, commit)
    assert [m.name for m in Member.select()] == ["李四"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
