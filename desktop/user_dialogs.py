"""Message boxes and file choosers behind one small service, so tests can answer them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class UserDialogs:
    def __init__(self, parent: QWidget | None = None):
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

    def choose_printer(self, printer) -> bool:
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


class ScriptedDialogs(UserDialogs):
    """For tests: answers from queues, and remembers what was shown."""

    def __init__(self):
        super().__init__(None)
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.file_answers: list[Path | None] = []
        self.text_answers: list[str | None] = []
        # Print dialogs: True prints (to `print_file` as PDF when set), False cancels.
        self.print_answers: list[bool] = []
        self.print_file: Path | None = None

    def info(self, title, text):
        self.shown.append(("info", title, text))

    def error(self, title, text):
        self.shown.append(("error", title, text))

    def confirm(self, title, text):
        self.shown.append(("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_text(self, title, label):
        self.shown.append(("text", title, label))
        return self.text_answers.pop(0) if self.text_answers else None

    def choose_printer(self, printer):
        self.shown.append(("print", printer.docName(), ""))
        answer = self.print_answers.pop(0) if self.print_answers else True
        if answer and self.print_file is not None:
            from PySide6.QtPrintSupport import QPrinter

            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.print_file))
        return answer

    def open_file(self, title, filter="", folder=""):
        self.shown.append(("open", title, filter))
        return self.file_answers.pop(0) if self.file_answers else None

    def save_file(self, title, filter="", suggested=""):
        self.shown.append(("save", title, filter))
        return self.file_answers.pop(0) if self.file_answers else None
