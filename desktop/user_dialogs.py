"""Message boxes and file choosers behind one small service, so tests can answer them."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # QtPrintSupport is loaded when printing
    from PySide6.QtPrintSupport import QPrinter

# Labels of Qt's own file chooser that Qt's Chinese catalogue (qtbase_zh_CN) lacks: it has the
# older "Look in:" but not "&Look in:", so a Chinese session showed them in English. Our
# catalogue, installed on the application too, answers for them.
QT_BASE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)


class UserDialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text from the user (a reason ...); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.parent, title, label)
        return text if ok else None

    def choose_printer(self, printer: QPrinter) -> bool:
        """The print dialog for `printer` (a QPrinter it sets up); False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def open_file(self, title: str, filter: str = "", folder: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filter)
        return Path(name) if name else None

    def save_file(self, title: str, filter: str = "", suggested: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filter)
        return Path(name) if name else None
