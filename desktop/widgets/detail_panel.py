"""The detail panel beside a record table: a title, a few facts, and sections of related rows.

    panel = DetailPanel()
    facts = panel.facts                               # a QLabel (plain lines)
    members = panel.add_section(self.tr("Members"))   # a ListSection
    periods = panel.add_section(self.tr("包保"), buttons=[(self.tr("Add…"), add, False),
                                                           (self.tr("End…"), end, True)])
    periods.set_items([(row_id, "text", tone), ...])   # tone: False, True (muted) or "#b00020"

A section's buttons act on its current item (those marked True need one). Text is shown as plain
text, so names typed by users can never be read as markup.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.wrapping_list import WrappingList, add_placeholder

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_VISIBLE_ROWS = 10  # longer lists scroll inside the section


class ListSection(QWidget):
    """A heading, a short list of rows, and optional buttons acting on the list."""

    def __init__(self, title: str, buttons: list[tuple[str, Callable, bool]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = WrappingList(fit_rows=MAX_VISIBLE_ROWS)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.setAlternatingRowColors(True)  # where one wrapped row ends and the next begins
        self.empty_text = ""
        self.buttons: list[QPushButton] = []
        self._needs_item: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        if buttons:
            row = QHBoxLayout()
            for text, action, needs_item in buttons:
                button = QPushButton(text)
                button.clicked.connect(lambda _c=False, a=action, n=needs_item:
                                       a(self.current_id()) if n else a())
                row.addWidget(button)
                self.buttons.append(button)
                if needs_item:
                    self._needs_item.append(button)
            row.addStretch()
            layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_items(self, items: list[tuple[str | None, str, bool | str]], empty: str = "") -> None:
        """(row id or None, text, tone) per row, tone being False, True for muted or a colour;
        `empty` is shown when there are none."""
        self.list.clear()
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.Text))
        for row_id, text, tone in items:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row_id)
            if isinstance(tone, str):
                item.setForeground(QBrush(QColor(tone)))
            elif tone:
                item.setForeground(muted)
            self.list.addItem(item)
        if not items and empty:
            add_placeholder(self.list, empty)
        self.list.relayout()  # and again whenever the panel's width changes
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def texts(self) -> list[str]:
        """The rows' texts (not the "none" line)."""
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).flags() != Qt.ItemFlag.NoItemFlags]

    def select_row(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for button in self._needs_item:
            button.setEnabled(has)


class DetailPanel(QScrollArea):
    """A scrolling column: title, facts, then sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(8, 0, 4, 4)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.facts)
        self._end = QWidget()
        self.body_layout.addWidget(self._end, 1)
        self.setWidget(body)
        self.sections: list[ListSection] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A narrow column: the table beside it gets the room."""
        return QSize(340, 400)

    def add_section(self, title: str, buttons: list[tuple[str, Callable, bool]] | None = None
                    ) -> ListSection:
        section = ListSection(title, buttons)
        self.body_layout.insertWidget(self.body_layout.count() - 1, section)
        self.sections.append(section)
        return section

    def set_facts(self, title: str, lines: list[str]) -> None:
        self.title.setText(title)
        self.facts.setText("\n".join(line for line in lines if line))

    def set_empty(self, text: str) -> None:
        """Nothing selected: say so and hide the sections."""
        self.title.setText("")
        self.facts.setText(text)
        for section in self.sections:
            section.hide()
