"""Pickers for records chosen by name from the keyboard: type a name, its pinyin or its initials
(`zs` → 张三, `csz` → 长沙站) and pick from the completer.

Choices are dicts from a db function: {"id", "name", "search"} where `search` holds the name,
initials and full pinyin. Both pickers have `value()`, `setValue()` and a `changed` signal, so
RecordDialog reads and watches them like any field.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.pinyin import variants

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchCompleter(QCompleter):
    """Matches anywhere in the hidden search key, shows and inserts the plain name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices_model = QStandardItemModel(self)
        self.setModel(self.choices_model)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def set_choices(self, choices: list[dict]) -> None:
        self.choices_model.clear()
        for choice in choices:
            item = QStandardItem(choice["name"])
            item.setData(choice["id"], ID_ROLE)
            item.setData(choice["search"].lower(), SEARCH_ROLE)
            self.choices_model.appendRow(item)

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt override
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def _resolve(choices: list[dict], text: str) -> dict | None:
    """The choice `text` names: an exact name, else the only one whose search key contains it."""
    text = text.strip()
    if not text:
        return None
    exact = [c for c in choices if c["name"] == text]
    if exact:
        return exact[0]
    needle = text.lower()
    found = [c for c in choices if needle in c["search"].lower()]
    return found[0] if len(found) == 1 else None


class _Entry(QLineEdit):
    """A line edit where Enter picks what is typed (`on_enter` returns True to stay) or moves on,
    instead of pressing the dialog's default button. With the completer's list open, a row
    chosen in it wins; with none chosen, Enter and Tab take the typed text as it is."""

    def __init__(self, on_enter, parent=None):
        super().__init__(parent)
        self.on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        popup = self.completer().popup() if self.completer() is not None else None
        if popup is not None and popup.isVisible():
            if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) or \
                    popup.currentIndex().isValid():
                return super().keyPressEvent(event)  # the completer handles it
            popup.hide()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier):
            if not self.on_enter():
                self.focusNextChild()
            elif self.text().strip():
                self.offer_choices(at_least=2)  # initials of several names: choose with ↓
            event.accept()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers() \
                and self.text().strip() and self.offer_choices(at_least=1):
            event.accept()  # the list back, for what is typed
            return
        if key == Qt.Key.Key_Tab and not event.modifiers():
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)


    def offer_choices(self, at_least: int) -> bool:
        """Open the list of names the typed text matches, if there are `at_least` of them."""
        completer = self.completer()
        if completer is None:
            return False
        completer.setCompletionPrefix(self.text())
        if completer.completionCount() < at_least:
            return False
        completer.complete()
        return True


class RecordPicker(QWidget):
    """One record by name (a work area): value() is the id of the one choice the text names
    (exactly, or as the only match of its pinyin), else the text itself, or None when empty."""

    changed = Signal()

    def __init__(self, choices: list[dict] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _Entry(self._complete_typed)
        self.completer = SearchCompleter(self)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(lambda index: self.changed.emit())
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._complete_typed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.choices: list[dict] = []
        self.set_choices(choices or [])

    def set_choices(self, choices: list[dict]) -> None:
        self.choices = list(choices)
        self.completer.set_choices(self.choices)

    def _complete_typed(self) -> bool:
        """Initials typed and left (csz ⇥) become the one name they match. Returns True (Enter
        stays here) when the text names no choice: the dialog says which name is unknown."""
        found = _resolve(self.choices, self.edit.text())
        if found and found["name"] != self.edit.text():
            self.edit.setText(found["name"])
        return found is None and bool(self.edit.text().strip())

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        found = _resolve(self.choices, text)
        return found["id"] if found else text

    def setValue(self, record_id: str | None) -> None:  # noqa: N802 - the set_value convention
        for choice in self.choices:
            if choice["id"] == record_id:
                self.edit.setText(choice["name"])
                return
        self.edit.clear()


class PeoplePicker(QWidget):
    """Several records (people): type and press Enter (or pick from the list) to add one;
    Backspace in the empty entry removes the last; click a name to remove it."""

    changed = Signal()

    def __init__(self, choices: list[dict] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _Entry(self._add_typed)
        self.edit.installEventFilter(self)
        self.completer = SearchCompleter(self)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._add_index)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.RichText)
        self.chosen_label.linkActivated.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.choices: list[dict] = []
        self._ids: list[str] = []
        self._names: dict[str, str] = {}
        self.set_choices(choices or [])

    def set_choices(self, choices: list[dict]) -> None:
        self.choices = list(choices)
        self._names.update({c["id"]: c["name"] for c in self.choices})
        self.completer.set_choices(self.choices)

    def value(self) -> list[str]:
        return list(self._ids)

    def setValue(self, ids: list[str], names: dict[str, str] | None = None) -> None:  # noqa: N802
        self._names.update(names or {})
        self._ids = []
        for record_id in ids:
            self.add(record_id, notify=False)
        self._show()
        self.changed.emit()

    def add(self, record_id: str, *, notify: bool = True) -> None:
        if record_id not in self._ids:
            self._ids.append(record_id)
        if notify:
            self._show()
            self.changed.emit()

    def remove(self, record_id: str) -> None:
        if record_id in self._ids:
            self._ids.remove(record_id)
            self._show()
            self.changed.emit()

    def _add_index(self, index: QModelIndex) -> None:
        self.add(index.data(ID_ROLE))
        self.edit.clear()
        # Once the popup has closed, QCompleter writes the row's name back into the entry: empty
        # it then too (unless the user has typed on), ready for the next name.
        name = index.data()
        QTimer.singleShot(0, self.edit, lambda: self.edit.text() == name and self.edit.clear())

    def _add_typed(self) -> bool:
        if not self.edit.text().strip():
            return False
        found = _resolve(self.choices, self.edit.text())
        if found:
            self.add(found["id"])
            self.edit.clear()
        return True  # stay here: add another, or fix what was typed

    def _show(self) -> None:
        links = [f'<a href="{i}" style="text-decoration:none">{_escape(self._names.get(i, i))}'
                 f' ✕</a>' for i in self._ids]
        self.chosen_label.setText("&nbsp;&nbsp;".join(links))
        self.chosen_label.setVisible(bool(self._ids))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Backspace and not self.edit.text() and self._ids):
            self.remove(self._ids[-1])
            return True
        return super().eventFilter(watched, event)


class ChoiceCombo(QComboBox):
    """A fixed list (visit kinds) with type-ahead by pinyin as well as by the shown label:
    `tx` picks 谈心谈话, `g` the first whose reading starts with g. Letters typed within the
    platform's keyboard interval add up; a letter that matches nothing starts over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def item_keys(self, index: int) -> set[str]:
        label = self.itemText(index)
        return {label.lower(), *variants(label)}

    def type_ahead(self, text: str) -> bool:
        """Select the first item whose label or reading starts with `text`."""
        for index in range(self.count()):
            if any(key.startswith(text) for key in self.item_keys(index)):
                self.setCurrentIndex(index)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text().lower()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if plain and len(text) == 1 and text.isascii() and text.isalnum():
            interval = QApplication.keyboardInputInterval()
            if not self._clock.isValid() or self._clock.elapsed() > interval:
                self._typed = ""
            self._clock.start()
            self._typed += text
            if not self.type_ahead(self._typed):
                self._typed = text
                self.type_ahead(text)
            event.accept()
            return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
