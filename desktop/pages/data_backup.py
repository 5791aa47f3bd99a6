"""Backup section: copy the database now, or put a backup back in its place."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from db.backup import backup_now, restore
from db.errors import BranchDeskError
from db.i18n import fill
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.operations import Operation


class BackupSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_clicked)
        self.restore_button = QPushButton(self.tr("Res&tore from a file…"))
        self.restore_button.clicked.connect(self.restore_clicked)
        self.result = QLabel()
        self.result.setWordWrap(True)
        box = QGroupBox(self.tr("Backups"))
        inner = QVBoxLayout(box)
        folder = str(context.store.folder.backups)
        note = QLabel(fill(self.tr("A copy is made automatically once a day (the last 14 are "
                                   "kept) in {folder}. Restoring saves the current database "
                                   "there first."), folder=folder))
        note.setWordWrap(True)
        inner.addWidget(note)
        inner.addWidget(self.backup_button)
        inner.addWidget(self.restore_button)
        inner.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()

    def backup_clicked(self) -> Operation:
        self.backup_button.setEnabled(False)
        self.result.setText(self.tr("Copying the database…"))
        return (Operation(self, self.context, backup_now, self.context.store)
                .always(self._finished)
                .success(lambda path: self.result.setText(
                    fill(self.tr("Saved a copy as {path}."), path=path)))
                .run(title=self.tr("Backups")))

    def _finished(self) -> None:
        self.backup_button.setEnabled(True)
        self.result.clear()

    def restore_clicked(self) -> None:
        """Runs on the GUI thread: the window's own connection is closed and reopened, and the
        context then holds the reopened store, so every page goes on with the restored data."""
        dialogs = self.context.dialogs
        path = dialogs.open_file(self.tr("Restore from a file"),
                                 self.tr("Branch Desk databases (*.sqlite3)"),
                                 str(self.context.store.folder.backups))
        if path is None or not dialogs.confirm(
                self.tr("Restore from a file"),
                fill(self.tr("Replace the records with those in {file}? The current database "
                             "is saved first."), file=path.name)):
            return
        try:
            store, safety = restore(self.context.store, path)
        except BranchDeskError as exc:
            dialogs.error(self.tr("Restore from a file"), error_text(exc))
            return
        self.context.store = store
        self.result.setText(fill(self.tr("Restored {file}. The previous database was saved as "
                                         "{copy}."), file=path.name, copy=safety))
        self.context.events.notify("*")
