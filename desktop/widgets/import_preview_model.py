"""The rows of one sheet of an import preview, with each problem on the cell it is about.

Not a RecordTableModel: its columns are the file's own headers and it colours single cells.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from db.dates import DateParseError, parse_dated
from db.i18n import fill, fill_joined
from db.spreadsheet import ImportPreview, RowProblem, SheetResult
from db.spreadsheet.describe import SEPARATOR, near_lines, render
from db.spreadsheet.layout import SPECS
from desktop.widgets.record_table import display

C = "ImportPreview"
PROBLEM_BACKGROUND = "#f8d7da"
ROW_BACKGROUND = "#fdeeee"
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ImportPreview", "New"),
    "update": QT_TRANSLATE_NOOP("ImportPreview", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreview", "Unchanged"),
    "skip": QT_TRANSLATE_NOOP("ImportPreview", "Skip (exists)"),
    "error": QT_TRANSLATE_NOOP("ImportPreview", "Problem"),
}
ROW = QT_TRANSLATE_NOOP("ImportPreview", "Row")
RESULT = QT_TRANSLATE_NOOP("ImportPreview", "Result")
PROBLEMS = QT_TRANSLATE_NOOP("ImportPreview", "Problems")


def read_as(value: object, kind: str | None) -> str:
    """A cell as the preview shows it: as written, and for a number in a date column how it is
    read as well (1990.1 → 1990-10: Excel made the 1990.10 typed into a number; 45000 →
    2023-03-15, a day number), so that a person sees the date the import will keep."""
    text = display(value)
    if kind not in ("date", "month") or type(value) not in (int, float):
        return text
    try:
        day, month = parse_dated(value, allow_month=kind == "month", from_sheet=True)
    except DateParseError:
        return text
    reading = day.isoformat()[:7] if month else day.isoformat()
    return text if text.replace(".", "-") == reading else f"{text} → {reading}"


def problem_text(problem: RowProblem) -> str:
    return fill_joined(QCoreApplication.translate("db", problem.template),
                       QCoreApplication.translate("db", SEPARATOR), **problem.params)


class PreviewModel(QAbstractTableModel):
    """Columns: row number, result, the sheet's recognised columns, the row's problems."""

    def __init__(self, sheet: SheetResult, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.keys = list(sheet.headers)
        self.raw = dict(sheet.raw_rows)
        self.results = sheet.rows
        spec = next((s for s in SPECS if s.kind == sheet.kind), None)
        self.kinds = {c.key: c.kind for c in spec.columns} if spec is not None else {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.keys) + 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate(C, ROW)
        if section == 1:
            return QCoreApplication.translate(C, RESULT)
        if section == len(self.keys) + 2:
            return QCoreApplication.translate(C, PROBLEMS)
        if 0 < section - 1 <= len(self.keys):
            return self.sheet.headers[self.keys[section - 2]]
        return None

    def _cell_problems(self, result, column: int) -> list:
        if column < 2 or column > len(self.keys) + 1:
            return []
        header = self.sheet.headers[self.keys[column - 2]]
        return [p for p in result.problems if p.column == header]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.results)):
            return None
        result = self.results[index.row()]
        column = index.column()
        last = len(self.keys) + 2
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(result.row)
            if column == 1:
                return QCoreApplication.translate(C, ACTIONS[result.action])
            if column == last:
                return "\n".join(problem_text(p) for p in result.problems)  # one a line
            key = self.keys[column - 2]
            return read_as(self.raw.get(result.row, {}).get(key), self.kinds.get(key))
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = result.problems if column in (1, last) else self._cell_problems(result,
                                                                                         column)
            return "\n".join(problem_text(p) for p in problems) or None
        if role == Qt.ItemDataRole.BackgroundRole and result.problems:
            if self._cell_problems(result, column) or column == last:
                return QBrush(QColor(PROBLEM_BACKGROUND))
            return QBrush(QColor(ROW_BACKGROUND))
        return None


def summary(preview: ImportPreview) -> str:
    """One paragraph: how many rows will be new, updated, skipped, have problems; what is made."""
    counts = preview.counts()
    separator = QCoreApplication.translate("db", SEPARATOR)  # 、 in Chinese, ", " in English
    parts = [fill(QCoreApplication.translate(
        "ImportPreview", "New: {new}, update: {update}, unchanged: {unchanged}, skip: {skip}, "
                         "with problems: {problems}"),
        new=counts["create"], update=counts["update"], unchanged=counts["unchanged"],
        skip=counts["skip"], problems=counts["error"])]
    if preview.created_branches:
        parts.append(fill(QCoreApplication.translate("ImportPreview", "New branches: {names}"),
                          names=separator.join(preview.created_branches)))
    if preview.created_areas:
        parts.append(fill(QCoreApplication.translate(
            "ImportPreview", "New work areas (access tier ordinary; check them): {names}"),
            names=separator.join(preview.created_areas)))
    parts += [render(line, lambda text: QCoreApplication.translate("db", text))
              for line in near_lines(preview)]
    unknown = [name for name in preview.ignored_sheets if name not in preview.near]
    if unknown:
        parts.append(fill(QCoreApplication.translate("ImportPreview",
                                                     "Sheets not recognised: {names}"),
                          names=separator.join(unknown)))
    return "\n".join(parts)
