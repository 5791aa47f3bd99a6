"""Backup section: copy the database now, or put a backup back in its place."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from db.backup import backup_now, restore
from db.errors import BranchDeskError
from desktop import tasks
from desktop.context import AppContext
from desktop.i18n import error_text


class BackupSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.task: tasks.Task | None = None
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_clicked)
        self.restore_button = QPushButton(self.tr("Res&tore from a file…"))
        self.restore_button.clicked.connect(self.restore_clicked)
        self.result = QLabel()
        self.result.setWordWrap(True)
        box = QGroupBox(self.tr("Backups"))
        inner = QVBoxLayout(box)
        folder = str(context.store.folder.backups)
        note = QLabel(self.tr("A copy is made automatically once a day (the last 14 are kept) in "
                              "%1. Restoring saves the current database there first.")
                      .replace("%1", folder))
        note.setWordWrap(True)
        inner.addWidget(note)
        inner.addWidget(self.backup_button)
        inner.addWidget(self.restore_button)
        inner.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()

    def backup_clicked(self) -> None:
        self.backup_button.setEnabled(False)
        self.task = tasks.Task(backup_now, self.context.store)
        self.task.signals.done.connect(self._backed_up)
        self.task.signals.failed.connect(self._failed)
        self.result.setText(self.tr("Copying the database…"))
        tasks.start(self.task)

    def _backed_up(self, path) -> None:
        self.backup_button.setEnabled(True)
        self.result.setText(self.tr("Saved a copy as %1.").replace("%1", str(path)))

    def _failed(self, exc) -> None:
        self.backup_button.setEnabled(True)
        text = error_text(exc) if isinstance(exc, BranchDeskError) else str(exc)
        self.context.dialogs.error(self.tr("Backups"), text)

    def restore_clicked(self) -> None:
        """Runs on the GUI thread: the window's own connection is closed and reopened, and the
        context then holds the reopened store, so every page goes on with the restored data."""
        dialogs = self.context.dialogs
        path = dialogs.open_file(self.tr("Restore from a file"),
                                 self.tr("Branch Desk databases (*.sqlite3)"),
                                 str(self.context.store.folder.backups))
        if path is None or not dialogs.confirm(
                self.tr("Restore from a file"),
                self.tr("Replace the records with those in %1? The current database is saved "
                        "first.").replace("%1", path.name)):
            return
        try:
            store, safety = restore(self.context.store, path)
        except BranchDeskError as exc:
            dialogs.error(self.tr("Restore from a file"), error_text(exc))
            return
        self.context.store = store
        self.result.setText(self.tr("Restored %1. The previous database was saved as %2.")
                            .replace("%1", path.name).replace("%2", str(safety)))
        self.context.events.notify("*")
