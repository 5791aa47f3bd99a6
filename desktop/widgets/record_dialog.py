"""Add/edit dialogs that validate as the user types, with the db layer's message by each field.

    class NameDialog(RecordDialog):
        table = "member"

        def __init__(self, parent, context, row_id=None):
            super().__init__(parent, title, check=lambda d: records.check(KIND, d, row_id),
                             save=lambda d: records.create(KIND, d))
            self.add_field("name", self.tr("Name"), QLineEdit())

    record, accepted = NameDialog.ask(parent, context)   # the one way to open a dialog

`check` raises ValidationError (nothing written); Save stays disabled while it does. A new record's
dialog shows a field's message only once the user has touched that field (changed it, or left it)
or asked to save (Enter where Save is the default button, Ctrl+Enter): an empty form is not a
list of mistakes. A dialog for an existing record (existing=True) shows every problem at once.
Field values are read with value_of(widget), so dates typed as text go through db.dates; an edit
dialog fills its fields with set_value(widget, value). A dialog with several groups of fields (tabs)
passes its own QFormLayout to add_field(..., form=...).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import BranchDeskError, ValidationError
from db.i18n import fill
from desktop.context import AppContext
from desktop.i18n import error_text, tr_db

ERROR_STYLE = "color: #b00020;"


def value_of(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None or not widget.isEditable() else widget.currentText().strip()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    getter = getattr(widget, "value", None)
    if callable(getter):
        return getter()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_value(widget: QWidget, value: Any) -> None:
    """Show a stored value in a field widget: the counterpart of value_of."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value is None:
            index = widget.findData("")
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value or 0)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        if value is None:
            text = ""
        elif isinstance(value, (dt.date, dt.datetime)):
            text = value.isoformat()[:10]
        elif isinstance(value, float):
            text = f"{value:g}"
        else:
            text = str(value)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
    else:
        setter = getattr(widget, "setValue", None)
        if not callable(setter):
            raise TypeError(f"cannot show a value in {type(widget).__name__}")
        setter(value)


def changed_signal(widget: QWidget) -> SignalInstance | None:
    for name in ("textChanged", "currentIndexChanged", "toggled", "valueChanged", "changed"):
        signal = getattr(widget, name, None)
        if signal is not None:
            return signal
    return None


class ModalDialog(QDialog):
    """The one way a dialog opens, as novelWriter's getLabel(parent, ...) -> (value, accepted):

        record, accepted = AreaDialog.ask(parent, context, area_id)

    Every dialog takes (parent, context, ...) in that order. `ask` runs it modally, returns what
    it saved (`saved`; None when cancelled) and whether it was accepted, announces the save on
    `context.events` (the dialog's `table`), then lets the dialog go."""

    table = ""  # the table a save changes, for context.events ("" when the dialog says itself)
    context: AppContext | None = None  # its dialogs ask before typed text is dropped

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, *args: Any,
            **kwargs: Any) -> tuple[object, bool]:
        dialog = cls(parent, context, *args, **kwargs)
        dialog.context = context
        try:
            accepted = bool(dialog.exec())
            saved = getattr(dialog, "saved", None) if accepted else None
            if accepted and dialog.table:
                context.events.notify(dialog.table)
            if accepted:
                dialog.after_accept(parent, context)
        finally:
            dialog.deleteLater()
        return saved, accepted

    def after_accept(self, parent: QWidget | None, context: AppContext) -> None:
        """What follows a save (a visit's "then record a concern"); nothing by default."""


class RecordDialog(ModalDialog):
    def __init__(self, parent: QWidget | None, title: str, *, check: Callable[[dict], object],
                 save: Callable[[dict], object], existing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.check, self.save = check, save
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.saved = None
        self._shown_data: dict | None = None  # the fields as first shown: what typing changes
        self.touched: set[str] = set()  # fields whose problems are shown
        self.show_all_problems = existing
        self._armed = False  # changes count as the user's once shown (not the dialog filling in)
        self.form = QFormLayout()
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        # Qt's own "Save" has no mnemonic: Alt+S saves (Ctrl+Enter too), Esc cancels.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.try_save)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(self, key: str, label: str, widget: QWidget, *,
                  form: QFormLayout | None = None) -> QWidget:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(1)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        # A field of fixed height keeps its box at that height: a form with room to spare had
        # grown the box and dropped the field to the bottom, far below its label.
        if widget.minimumHeight() == widget.maximumHeight():
            box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        (form or self.form).addRow(label, box)
        self.fields[key], self.errors[key] = widget, error
        widget.setObjectName(key)
        signal = changed_signal(widget)
        if signal is not None:
            signal.connect(lambda *_, k=key: self._changed(k))
        return widget

    def data(self) -> dict:
        return {key: value_of(widget) for key, widget in self.fields.items()}

    def set_data(self, values: dict) -> None:
        """Fill the fields that `values` names (an edit dialog's starting point)."""
        for key, value in values.items():
            if key in self.fields:
                set_value(self.fields[key], value)

    def show_problems(self, exc: BranchDeskError | None) -> None:
        """Show the problems of fields the user has touched (all of them once asked to save, or
        for an existing record); those of fields without a place go under the form once any is
        touched."""
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        if exc is not None:
            self._show_messages(exc)
        self._fit_messages()

    def _fit_messages(self) -> None:
        """As tall as the messages shown need: a window does not follow its wrapped labels'
        height for its width, so a message of two lines (a picker's unknown name) had the room
        of one and ran over the next field."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(need)
        if need > self.height():
            self.resize(self.width(), need)

    def _show_messages(self, exc: BranchDeskError) -> None:
        if isinstance(exc, ValidationError):
            messages: dict[str, list[str]] = {}
            for problem in exc.problems:
                messages.setdefault(problem.field, []).append(self._unknown_name(problem.field) or
                                                              fill(tr_db(problem.template),
                                                                   **problem.params))
            for field, texts in messages.items():
                if not self._shows(field):
                    continue
                label = self.errors.get(field, self.general_error)
                label.setText(" ".join(texts) if label is not self.general_error
                              else "\n".join(texts))
                label.show()
        else:
            self.general_error.setText(error_text(exc))
            self.general_error.show()

    def _unknown_name(self, field: str) -> str | None:
        """For a picker whose typed text names no choice: that name, said plainly (the record
        layer only knows that no record has that id)."""
        from desktop.widgets.pickers import RecordPicker

        widget = self.fields.get(field)
        if not isinstance(widget, RecordPicker):
            return None
        typed = widget.edit.text().strip()
        if not typed or widget.value() != typed:
            return None
        return fill(self.tr("Nothing here is named “{name}”: choose one from the list."),
                    name=typed)

    def revalidate(self) -> bool:
        try:
            self.check(self.data())
        except BranchDeskError as exc:
            self.show_problems(exc)
            self.save_button.setEnabled(False)
            return False
        self.show_problems(None)
        self.save_button.setEnabled(True)
        return True

    def _shows(self, field: str) -> bool:
        if self.show_all_problems:
            return True
        return field in self.touched if field in self.errors else bool(self.touched)

    def try_save(self) -> None:
        """The user asked to save: show every problem, and save when there is none."""
        self.show_all_problems = True
        if self.revalidate():
            self._save()

    def _changed(self, key: str) -> None:
        if self._armed:
            self.touched.add(key)
        self._timer.start()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a field counts as touching it (an empty required field says so then)."""
        if not self._armed or old is None:
            return
        for key, widget in self.fields.items():
            if old is widget or widget.isAncestorOf(old):
                if new is not None and (new is widget or widget.isAncestorOf(new)):
                    return
                if key not in self.touched:
                    self.touched.add(key)
                    self._timer.start()
                return

    def cancel(self) -> None:
        """Esc, Cancel or the window's close: after asking, when something was typed."""
        if self._shown_data is None or self.data() == self._shown_data:
            self.reject()
            return
        from desktop.user_dialogs import UserDialogs

        dialogs = self.context.dialogs if self.context is not None else UserDialogs(self)
        if dialogs.confirm(self.tr("Discard"), self.tr("Discard what you have typed here?")):
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """The title bar's close asks as Esc does (a program closing the dialog does not)."""
        if not event.spontaneous():
            super().closeEvent(event)
            return
        event.ignore()
        self.cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter where Save is the default button: with Save off, show what stops it. Esc
        asks before dropping what was typed."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel()
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() and not self.save_button.isEnabled() \
                and (self.save_button.isDefault() or self.save_button.autoDefault()):
            self.try_save()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._armed = True
        if self._shown_data is None:
            self._shown_data = self.data()
        self._focus_first_field()
        self.revalidate()

    def _focus_first_field(self) -> None:
        """Typing starts in a field: the one the dialog chose (a visit's work area), else the
        first. Left to Qt, the window's first focusable widget had the keyboard, and the
        buttons are made before the fields: on X, Save or Cancel took what was typed."""
        focus = self.focusWidget()
        if focus is not None and any(focus is widget or widget.isAncestorOf(focus)
                                     for widget in self.fields.values()):
            return
        for widget in self.fields.values():
            target = widget.focusProxy() or widget
            if target.isEnabled() and target.focusPolicy() != Qt.FocusPolicy.NoFocus \
                    and widget.isVisibleTo(self):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _save(self) -> None:
        try:
            self.saved = self.save(self.data())
        except BranchDeskError as exc:
            self.show_problems(exc)
            self.save_button.setEnabled(False)
            return
        self.accept()
