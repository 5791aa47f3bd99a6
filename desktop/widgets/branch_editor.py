"""The branches (党支部) list of the settings dialog: add, rename (and name the secretary), delete
to the trash, restore. Changes apply at once, like the record pages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import branches, member_queries, records
from db.errors import BranchDeskError
from db.i18n import fill
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.widgets.wrapping_list import add_placeholder

ID_ROLE = Qt.ItemDataRole.UserRole


class BranchEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget()
        self.list.setObjectName("branches")
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("&Rename…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button = QPushButton(self.tr("Res&tore"))
        self.restore_button.clicked.connect(self.restore_current)
        self.trash = QCheckBox(self.tr("Tras&h"))
        self.trash.toggled.connect(self.refresh)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button,
                       self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.trash)
        self.hint = QLabel(self.tr(
            "A branch (party branch) is where each member belongs: its meetings, quotas and "
            "members are counted by branch. Add each branch of the general branch with Add…; "
            "name its secretary once the members are in."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        deleted = self.trash.isChecked()
        secretaries = dict(member_queries.member_choices())
        self.list.clear()
        for branch in branches.list_branches(deleted=deleted):
            text = branch.name
            if branch.secretary_id in secretaries:
                text = fill(self.tr("{branch} (secretary: {secretary})"), branch=branch.name,
                            secretary=secretaries[branch.secretary_id])
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, branch.id)
            self.list.addItem(item)
        if not self.list.count():
            add_placeholder(self.list, self.tr("The trash is empty.") if deleted else self.tr(
                "No branches yet: press Add… to add the first."))
        self._update_buttons()

    def has_branches(self) -> bool:
        return any(self.list.item(row).data(ID_ROLE) for row in range(self.list.count()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """With no branch yet, the keyboard starts on Add…: the one thing to do here."""
        super().showEvent(event)
        if not self.has_branches() and self.add_button.isEnabled():
            self.add_button.setFocus()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _update_buttons(self) -> None:
        deleted, has = self.trash.isChecked(), self.current_id() is not None
        self.add_button.setEnabled(not deleted)
        self.edit_button.setEnabled(has and not deleted)
        self.delete_button.setVisible(not deleted)
        self.delete_button.setEnabled(has)
        self.restore_button.setVisible(deleted)
        self.restore_button.setEnabled(has)

    def edit(self, branch_id: str | None) -> None:
        from desktop.dialogs.branch_dialog import BranchDialog

        saved, _accepted = BranchDialog.ask(self, self.context, branch_id)
        if saved is not None:
            self._changed(saved.id)

    def edit_current(self) -> None:
        if self.current_id() and not self.trash.isChecked():
            self.edit(self.current_id())

    def delete_current(self) -> None:
        branch_id = self.current_id()
        if branch_id and self.context.dialogs.confirm(self.tr("Delete"), fill(
                self.tr("Move the branch “{branch}” to the trash?"),
                branch=self.list.currentItem().text())
        ):
            self._try(lambda: records.delete(branches.KIND, branch_id))

    def restore_current(self) -> None:
        branch_id = self.current_id()
        if branch_id:
            self._try(lambda: records.restore(branches.KIND, branch_id))

    def _try(self, action) -> None:
        try:
            action()
        except BranchDeskError as exc:
            self.context.dialogs.error(self.tr("Cannot do that"), error_text(exc))
            return
        self.context.events.notify("branch")
        self._changed(None)

    def _changed(self, select: str | None) -> None:
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == select:
                self.list.setCurrentRow(row)
