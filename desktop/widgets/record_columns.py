"""The table of a record page, its Columns menu and its empty hint: how rows are shown, sorted
and selected, which columns a person chose to see (remembered per page in the app settings), and
what is said over an empty table."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.record_table import Column, RecordTableModel
from desktop.widgets.table_sort import sort_from_keyboard


class SearchField(QLineEdit):
    """A record page's search box. Down or Enter goes into the results (`into_results`): a
    search that leaves one concern should not take a dozen Tabs to reach it."""

    into_results = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        # Room for the placeholder in Chinese; less where the window is narrow (1024 pixels,
        # English), so the buttons beside it keep theirs.
        self.setMinimumWidth(160)
        self.setPlaceholderText(placeholder)
        find = QAction(self)  # Ctrl+F
        find.setShortcut(QKeySequence.StandardKey.Find)
        # The whole window: after a click in the sidebar the focus is there, not in the page.
        # Only the page on show has a live shortcut (hidden pages' actions are inactive).
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_and_select)
        self.addAction(find)

    def focus_and_select(self) -> None:
        self.setFocus()
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.into_results.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def record_table(model: RecordTableModel, columns: list[Column],
                 sort: tuple[str, bool]) -> QTableView:
    """A read-only, single-row-selecting table over `model`, sorted by `sort` (key, descending)."""
    table = QTableView()
    table.setModel(model)
    # Tab leaves the table (Qt's default walks every cell first: 13 columns × 60 rows of
    # Tabs to get out of the coverage table); the arrows move in it.
    table.setTabKeyNavigation(False)
    keys = [column.key for column in columns]
    table.horizontalHeader().setSortIndicator(
        keys.index(sort[0]) if sort[0] in keys else -1,
        Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    sort_from_keyboard(table)  # the Menu key or Shift+F10: sort without the header's mouse
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for index, column in enumerate(columns):
        if column.width:
            table.setColumnWidth(index, column.width)
    return table


def empty_hint_label(table: QTableView) -> QLabel:
    """A greyed, hidden label centred over the table's empty viewport (like the empty lines of
    other lists), for what to do when there is nothing yet or why nothing shows."""
    label = QLabel()
    label.setObjectName("empty_hint")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    layout = QVBoxLayout(table.viewport())
    layout.setContentsMargins(24, 24, 24, 24)
    layout.addWidget(label)
    label.hide()
    return label


def column_menu(button: QToolButton, table: QTableView, columns: list[Column],
                settings: QSettings, key: str) -> QMenu:
    """Give `button` a menu that shows and hides the table's columns, kept in `settings[key]`."""
    menu = QMenu(button)
    value = settings.value(key, [])
    hidden = {value} if isinstance(value, str) else set(value) if isinstance(value, list) else set()

    def shown(index: int, on: bool) -> None:
        table.setColumnHidden(index, not on)
        settings.setValue(key, [c.key for i, c in enumerate(columns) if table.isColumnHidden(i)])

    for index, column in enumerate(columns):
        action = menu.addAction(QCoreApplication.translate("columns", column.title))
        action.setCheckable(True)
        action.setChecked(column.key not in hidden)
        table.setColumnHidden(index, column.key in hidden)
        action.toggled.connect(lambda on, i=index: shown(i, on))
    button.setMenu(menu)
    # The menu arrow is drawn inside the button: room for the text (and its mnemonic), the arrow
    # and a margin, as high as the push buttons beside it; it had cramped "列(C)".
    metrics = button.fontMetrics()
    button.setMinimumWidth(metrics.horizontalAdvance(button.text().replace("&", "")) + 34)
    button.setSizePolicy(button.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Preferred)
    return menu


# A record page's buttons in Tab order after its search, filters and table; the trash last.
TAB_BUTTONS = ("new_button", "edit_button", "delete_button", "restore_button", "import_button",
               "export_button", "columns_button", "trash")


def set_tab_chain(widgets: list) -> None:
    """Tab visits `widgets` in this order (None and hidden-for-good entries are skipped)."""
    chain = [widget for widget in widgets if widget is not None]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def reset_quietly(widgets: list[QWidget]) -> None:
    """Each search box, combo and check box back to its first state, without a signal."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

    for widget in widgets:
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(0)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(False)
        elif isinstance(widget, QLineEdit):
            widget.clear()
        widget.blockSignals(False)
