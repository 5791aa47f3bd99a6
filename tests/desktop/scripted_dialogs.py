"""A test double for desktop.user_dialogs.UserDialogs: answers from queues, remembers what was
shown. A question the test did not answer in advance fails the test (never a silent yes)."""
from __future__ import annotations

from pathlib import Path

from desktop.user_dialogs import UserDialogs


class UnexpectedQuestion(AssertionError):
    pass


class ScriptedDialogs(UserDialogs):
    def __init__(self):
        super().__init__(None)
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.file_answers: list[Path | None] = []  # none left: the chooser was cancelled
        self.open_folders: list[str] = []  # the folder each open-file chooser started in
        self.text_answers: list[str | None] = []  # none left: the text box was cancelled
        # Print dialogs: True prints (to `print_file` as PDF when set), False cancels.
        self.print_answers: list[bool] = []
        self.print_file: Path | None = None

    def info(self, title, text):
        self.shown.append(("info", title, text))

    def error(self, title, text):
        self.shown.append(("error", title, text))

    def confirm(self, title, text):
        self.shown.append(("confirm", title, text))
        if not self.confirm_answers:
            raise UnexpectedQuestion(f"unexpected question: {title}: {text}")
        return self.confirm_answers.pop(0)

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
        self.open_folders.append(folder)
        return self.file_answers.pop(0) if self.file_answers else None

    def save_file(self, title, filter="", suggested=""):
        self.shown.append(("save", title, filter))
        return self.file_answers.pop(0) if self.file_answers else None
