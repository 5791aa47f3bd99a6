"""The import dialog: problems shown on their cells, Import disabled until the file is clean."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from db import members, records
from db.models import Member
from desktop.dialogs.import_dialog import ImportDialog
from desktop.pages.data import DataPage
from desktop.widgets import sheet_actions
from desktop.widgets.import_preview_model import PROBLEM_BACKGROUND


@pytest.fixture
def today():
    return dt.date(2025, 3, 15)


def roster(tmp_path, rows, name="roster.xlsx"):
    book = openpyxl.Workbook()
    book.active.title = "党员花名册"
    book.active.append(["本车间党员名册"])
    for row in [["序号", "姓名", "性别", "出生年月"], *rows]:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def loaded(qtbot, context, path) -> ImportDialog:
    dialog = ImportDialog(None, context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.load(path)
    return dialog


def test_a_long_cell_does_not_push_the_problems_out_of_sight(qtbot, context, tmp_path):
    from desktop.dialogs.import_dialog import WIDEST_COLUMN

    path = roster(tmp_path, [[1, "张三", "男" * 300, "1980.05"]])
    dialog = loaded(qtbot, context, path)
    view = dialog.tabs.widget(0).findChild(QTableView)
    widest = view.fontMetrics().horizontalAdvance("汉" * WIDEST_COLUMN)
    widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
    assert max(widths[:-1]) <= widest  # (the last, the problems, stretches to the edge)
    assert widths[3] == widest


def test_preview_marks_the_bad_cell_and_blocks_the_import(qtbot, qtmodeltester, context, tmp_path):
    path = roster(tmp_path, [[1, "张三", "男", "1980.05"], [2, "李四", "男女", "1981年2月"]])
    dialog = loaded(qtbot, context, path)
    model = dialog.tabs.widget(0).findChild(QTableView).model()
    qtmodeltester.check(model)
    found = dialog.tabs.widget(0).findChild(QLabel, "sheet_found").text()
    assert "Sheet “党员花名册”: members, header in row 2, 2 rows." in found
    assert "Columns matched: 姓名, 性别, 出生年月 → 出生日期" in found
    assert dialog.tabs.tabText(0) == "党员花名册 ⚠ 1"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Row", "Result", "姓名", "性别", "出生年月", "Problems"]
    bad = model.index(1, headers.index("性别"))
    assert model.data(model.index(1, 0)) == "4" and model.data(model.index(1, 1)) == "Problem"
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole).color().name() == PROBLEM_BACKGROUND
    assert "男女" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert not dialog.commit_button.isEnabled()
    assert Member.select().count() == 0


def test_commit_writes_and_tells_the_pages(qtbot, context, tmp_path):
    path = roster(tmp_path, [[1, "张三", "男", "1980.05"], [2, "李四", "女", "1981年2月"]])
    dialog = loaded(qtbot, context, path)
    assert dialog.commit_button.isEnabled()
    with qtbot.waitSignals([dialog.imported, context.events.changed], timeout=20000):
        dialog.commit_button.click()
    assert sorted(m.name for m in Member.select()) == ["张三", "李四"]
    assert context.dialogs.shown[-1][0] == "info"


def test_existing_people_choice_previews_again(qtbot, context, tmp_path):

    records.create(members.KIND, {"name": "张三", "birth_date": dt.date(1980, 5, 1), "gender": "F"})
    dialog = loaded(qtbot, context, roster(tmp_path, [[1, "张三", "男", "1980.05"]]))
    assert dialog.preview.counts()["skip"] == 1
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.existing.setCurrentIndex(1)
    assert dialog.preview.counts()["update"] == 1
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.commit_button.click()
    assert Member.get().gender == "M"


def test_a_file_that_is_not_a_workbook_is_reported(qtbot, context, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", "utf-8")
    dialog = loaded(qtbot, context, path)
    kind, _title, text = context.dialogs.shown[-1]
    assert kind == "error" and "notes.xlsx" in text
    assert dialog.tabs.count() == 0 and not dialog.commit_button.isEnabled()


def test_data_page_imports_and_exports_through_the_dialog_service(qtbot, context, tmp_path,
                                                                 drive_dialog):
    page = DataPage(context)
    qtbot.addWidget(page)
    assert "sheets" in page.sections  # the spreadsheet tab is on the page
    context.dialogs.file_answers = [roster(tmp_path, [[1, "张三", "男", "1980.05"]])]

    def commit(dialog):
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.commit_button.click()

    result = []
    drive_dialog(lambda: result.append(sheet_actions.import_workbook(page, context)), commit)
    imported, accepted = result[0]
    assert accepted and imported.counts()["create"] == 1
    out = tmp_path / "export"  # no suffix: .xlsx is added
    context.dialogs.file_answers = [out]
    assert sheet_actions.export_workbook(page, context) is not None
    qtbot.waitUntil(lambda: any(kind == "info" and "export.xlsx" in text
                                for kind, _title, text in context.dialogs.shown), timeout=20000)
    rows = list(openpyxl.load_workbook(tmp_path / "export.xlsx")["党员"]
                .iter_rows(values_only=True))
    assert rows[1][0] == "张三"


def test_the_import_chooser_shows_every_kind_of_file_import_reads(context):
    """An old .xls from WPS, a LibreOffice .ods or a CSV was hidden by an .xlsx-only filter in
    the chooser the data page and the record pages open, though the import reads them all."""
    from db.spreadsheet.reading import CSV_SUFFIXES, WORKBOOK_SUFFIXES

    assert sheet_actions.import_workbook(None, context) == (None, False)  # chooser cancelled
    kind, _title, chooser_filter = context.dialogs.shown[-1]
    assert kind == "open"
    for suffix in (".xlsx", ".xls", ".xlsb", ".ods", ".csv"):
        assert f"*{suffix}" in chooser_filter
    assert {".xlsx", ".xls", ".ods", ".csv"} <= {*WORKBOOK_SUFFIXES, *CSV_SUFFIXES}


def test_every_problem_of_a_row_can_be_read_without_a_mouse(qtbot, context, tmp_path):
    """A row with two problems (no name, a date that is no date): both are in its Problems cell,
    one a line, and the row is tall enough to show them. On the real window the cell held one
    line, cut with “…”: the second problem was in a tooltip only."""
    path = roster(tmp_path, [[1, "", "男", "1987.13"], [2, "张三", "男", "1980.05"]])
    dialog = loaded(qtbot, context, path)
    dialog.resize(1100, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.tabs.widget(0).findChild(QTableView)
    model = view.model()
    last = model.columnCount() - 1
    lines = model.index(0, last).data().split("\n")
    assert len(lines) == 2 and "required" in " ".join(lines) and "1987.13" in " ".join(lines)
    line = view.fontMetrics().lineSpacing()
    assert view.rowHeight(0) >= 2 * line
    assert view.rowHeight(0) > view.rowHeight(1)  # a row without problems keeps its height


def test_a_date_typed_as_a_number_shows_the_date_it_is_read_as(qtbot, context, tmp_path):
    """Excel turns 1990.10 typed into a cell into the number 1990.1: the preview showed 1990.1,
    and the person could not tell that October is what the import keeps."""
    path = roster(tmp_path, [[1, "张三", "男", 1990.1], [2, "李四", "男", 1987.11],
                             [3, "王五", "女", "1985.3"], [4, "赵六", "女", 29000]])
    model = loaded(qtbot, context, path).tabs.widget(0).findChild(QTableView).model()
    born = [model.data(model.index(row, 4)) for row in range(4)]
    assert born == ["1990.1 → 1990-10", "1987.11", "1985.3", "29000 → 1979-05-25"]


def test_the_import_chooser_opens_where_the_last_import_came_from(
        qtbot, context, tmp_path, monkeypatch, drive_dialog):
    """First in the user's Documents folder (Qt's default was the folder the program was
    started from), then in the folder of the last file imported while it is there."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert sheet_actions.import_workbook(None, context) == (None, False)
    assert context.dialogs.open_folders == [str(home / "Documents")]

    stick = tmp_path / "stick"
    stick.mkdir()
    context.dialogs.file_answers = [roster(stick, [[1, "张三", "男", "1980.05"]])]
    drive_dialog(lambda: sheet_actions.import_workbook(None, context), lambda d: d.reject())
    assert sheet_actions.import_workbook(None, context) == (None, False)
    assert context.dialogs.open_folders[-1] == str(stick)
    dialog = ImportDialog(None, context)  # its own “choose another file” too
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert context.dialogs.open_folders[-1] == str(stick)

    stick.joinpath("roster.xlsx").unlink()
    stick.rmdir()  # the stick pulled out
    assert sheet_actions.import_workbook(None, context) == (None, False)
    assert context.dialogs.open_folders[-1] == str(home / "Documents")


def test_a_month_kept_as_a_date_cell_shows_as_the_month(qtbot, context, tmp_path):
    """Chinese Excel made a date cell (1987-11-01, shown 1987年11月) of the 1987年11月 typed
    into it: the preview showed 1987-11-01, a day nobody wrote, and imported it as that day."""
    path = roster(tmp_path, [[1, "张三", "男", dt.date(1987, 11, 1)],
                             [2, "李四", "男", dt.date(1987, 11, 1)]])
    book = openpyxl.load_workbook(path)
    book.active["D3"].number_format = 'yyyy"年"m"月"'
    book.active["D4"].number_format = "yyyy-mm-dd"
    book.save(path)
    model = loaded(qtbot, context, path).tabs.widget(0).findChild(QTableView).model()
    assert [model.data(model.index(row, 4)) for row in range(2)] == ["1987-11", "1987-11-01"]


def test_a_date_cell_before_1900_is_said_to_be_one_in_either_language(qtbot, context, tmp_path):
    """A serial of 0 or less (a LibreOffice date before 1900) read as a time of day: the
    Problems cell said “00:00:00” is not a date."""
    from db.i18n import fill
    from db.spreadsheet.converting import NO_DAY_IN_CELL
    from desktop.i18n import Translations

    path = roster(tmp_path, [[1, "张三", "男", -1000]])
    book = openpyxl.load_workbook(path)
    book.active["D3"].number_format = "yyyy-mm-dd"
    book.save(path)
    model = loaded(qtbot, context, path).tabs.widget(0).findChild(QTableView).model()
    problems = model.data(model.index(0, model.columnCount() - 1))
    assert "before 1900" in problems and "not a date" not in problems
    chinese = fill(Translations("zh_CN").tr("db", NO_DAY_IN_CELL), value="00:00:00")
    assert chinese == "该单元格的日期早于1900年或无法读取：表格中存的不是日期，只是时刻 00:00:00。"


def test_a_near_duplicate_names_the_cells_that_differ(qtbot, context, tmp_path):
    # (序号 is no column of a record: numbered anew, it is not a difference)
    path = roster(tmp_path, [[1, "张三", "男", "1980.05"], [2, "张三", "女", "1980.05"]])
    model = loaded(qtbot, context, path).tabs.widget(0).findChild(QTableView).model()
    assert model.data(model.index(1, model.columnCount() - 1)) == (
        "The same record as row 3 of sheet “党员花名册”, but 性别 differs.")


def test_the_sheet_says_how_a_loosely_written_branch_was_read(qtbot, context, tmp_path):
    from db import branches

    records.create(branches.KIND, {"name": "第一党支部"})
    book = openpyxl.Workbook()
    for row in (["姓名", "出生日期", "所在支部"], ["张三", "1980-05-01", "第一支部"]):
        book.active.append(row)
    path = tmp_path / "loose.xlsx"
    book.save(path)
    found = loaded(qtbot, context, path).tabs.widget(0).findChild(QLabel, "sheet_found").text()
    assert "Names read as the records they name: 第一支部 → 第一党支部" in found
