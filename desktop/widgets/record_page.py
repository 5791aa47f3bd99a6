"""The frame every record page shares: search, filters, a sortable table, a detail panel, the
trash, and delete with undo.

A page subclasses RecordPage and provides:
    columns                          list[Column]
    table_name                       the db table it shows, for context.events
    query_ids(search, filters, sort_key, descending, deleted) -> list[str]   (a db function)
    load_rows(ids) -> list[dict]                                          (a db function)
    delete_record(id) / restore_record(id)                                (db functions)
    edit_record(id | None)           open the add/edit dialog; return True (or the saved record's
                                     id, which then gets selected) when saved
    show_detail(id | None)           fill self.detail (a QWidget of the page's choosing, put in
                                     place with set_detail(widget))
Filters are widgets the page adds with add_filter(widget, getter); any change requeries. With
`fill_in_background` (tens of thousands of rows), a page shown with its records changed (or
first) queries the ids off the GUI thread (query_ids must then use only its arguments).
Spreadsheet buttons: the class attributes `excel_export` / `excel_import` (sheet_actions).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import BranchDeskError
from db.i18n import fill
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.operations import BackgroundFigures
from desktop.widgets import record_columns as columns_ui
from desktop.widgets import sheet_actions
from desktop.widgets.record_table import ID_ROLE, Column, RecordTableModel


class RecordPage(QWidget):
    columns: list[Column] = []
    table_name = ""
    default_sort: tuple[str, bool] = ("", False)
    excel_export = False
    excel_import = False
    fill_in_background = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._filters: list = []
        self._filter_widgets: list[QWidget] = []
        self._sort = self.default_sort
        self._last_deleted: str | None = None
        self._select_next: str | None = None  # a record just saved, selected at the next requery
        self._stale = True  # data changed while hidden: requery when shown
        self._fill = BackgroundFigures(self, context, self._filled)

        self.search = columns_ui.SearchField(self.tr("Search (name or pinyin initials, e.g. zs)"))
        self.search.into_results.connect(self._into_results)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.requery)
        self.search.textChanged.connect(self._search_timer.start)

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.clicked.connect(lambda: self._edit(self.current_id()))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button = QPushButton(self.tr("Res&tore"))
        self.restore_button.clicked.connect(self.restore_current)
        self.restore_button.hide()  # only in the trash
        self.trash = QCheckBox(self.tr("Tr&ash"))
        self.trash.setToolTip(self.tr("Show deleted records, to restore them"))
        self.trash.toggled.connect(self._trash_toggled)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("&Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search, 2)
        self.toolbar.addStretch(1)
        # Filters get their own row: four labelled combos beside the buttons made the page
        # wider than a 1280-pixel screen in English.
        self.filter_bar = QHBoxLayout()
        filter_row = QHBoxLayout()
        filter_row.addLayout(self.filter_bar)
        filter_row.addStretch(1)
        for widget in (self.trash, self.columns_button, self.new_button, self.edit_button,
                       self.delete_button, self.restore_button):
            self.toolbar.addWidget(widget)
        sheet_actions.add_buttons(self)  # the page's excel_import / excel_export

        self.model = RecordTableModel(self.columns, self.load_rows, self)
        self.table = columns_ui.record_table(self.model, self.columns, self._sort)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        # Enter or a double click (the platform's "activate") opens the record for editing
        self.table.activated.connect(lambda _i: self._edit(self.current_id()))
        remove = QAction(self.table)  # the Delete key on a row: to the trash, after asking
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.delete_current)
        self.table.addAction(remove)
        # The Columns menu; the choice is remembered per page in the app settings.
        columns_ui.column_menu(self.columns_button, self.table, self.columns, context.settings,
                    f"columns/{self.table_name or type(self).__name__}/hidden")

        # Said over the empty table: what to do when there is nothing yet, or why nothing shows.
        self.empty_label = columns_ui.empty_hint_label(self.table)

        self.count_label = QLabel()
        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addStretch()
        self.undo_bar.hide()

        self.detail = QWidget()
        self.detail.setMinimumWidth(280)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.undo_bar, 1)
        left_layout.addLayout(bottom)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        context.events.changed.connect(self._data_changed)
        # Connected last: enabling sorting above asks for a sort at once, before the page is built.
        self.model.sort_requested.connect(self._sort_requested)

    # subclass interface ------------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        raise NotImplementedError

    def load_rows(self, ids: list[str]) -> list[dict]:
        raise NotImplementedError

    def delete_record(self, record_id: str) -> None:
        raise NotImplementedError

    def restore_record(self, record_id: str) -> None:
        raise NotImplementedError

    def edit_record(self, record_id: str | None) -> bool:
        raise NotImplementedError

    def show_detail(self, record_id: str | None) -> None:
        """Fill the detail panel; the default shows nothing."""

    def empty_hint(self) -> str:
        """What to do on a page with no records at all (pages name their own button)."""
        return self.tr("Nothing here yet. Click “New” to add the first record.")

    def empty_text(self, filtered: bool) -> str:
        """The line over an empty table; `filtered` when the search or a filter is in use."""
        if self.trash.isChecked():
            return self.tr("The trash is empty.")
        if filtered:
            return self.tr("Nothing matches the search and filters.")
        return self.empty_hint()

    def set_detail(self, widget: QWidget) -> None:
        """Use `widget` as the detail panel, on the right of the table (at its size hint's
        width)."""
        old, self.detail = self.detail, widget
        self.splitter.replaceWidget(1, widget)
        old.deleteLater()
        detail = max(widget.sizeHint().width(), widget.minimumWidth())
        self.splitter.setSizes([max(self.width() - detail, detail * 2), detail])

    def record_label(self, record_id: str) -> str:
        row = (self.model.record(self.model.row_of(record_id))
               if self.model.row_of(record_id) >= 0 else {})
        return str(row.get("name") or row.get("title") or "")

    # filters -----------------------------------------------------------------------------------
    def add_filter(self, widget: QWidget, getter: Callable[[], object], label: str = "") -> None:
        if label:
            self.filter_bar.addWidget(QLabel(label))
        self.filter_bar.addWidget(widget)
        self._filters.append(getter)
        self._filter_widgets.append(widget)
        for signal_name in ("currentIndexChanged", "toggled", "editingFinished", "changed"):
            signal = getattr(widget, signal_name, None)
            if signal is not None:
                signal.connect(lambda *_: self.requery())
                break

    def add_combo_filter(self, label: str, options: list[tuple[str, object]]) -> QComboBox:
        """A combo of (label, value) with "all" (None) first."""
        combo = QComboBox()
        combo.addItem(self.tr("All"), None)
        for text, value in options:
            combo.addItem(text, value)
        self.add_filter(combo, combo.currentData, label)
        return combo

    # behaviour ---------------------------------------------------------------------------------
    def _into_results(self) -> None:
        """Down or Enter in the search: into the table, on the first row if none is chosen."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.requery()
        self._select_first()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def busy(self) -> bool:
        """The ids are being queried (in the background)."""
        return self._fill.busy()

    def _query(self) -> tuple:
        return (self.search.text().strip(), [get() for get in self._filters], self._sort[0],
                self._sort[1], self.trash.isChecked())

    def fill(self) -> None:
        """Requery off the GUI thread (the page being shown); the rows come when ready."""
        self._stale = False
        self._fill.load(self.query_ids, *self._query())

    def _filled(self, ids: list[str]) -> None:
        self.requery(ids=ids)
        self._select_first()

    def _select_first(self) -> None:
        """Opening with nothing selected: the first row's detail, not an empty panel (not after a
        search: the user's selection is kept while it still matches)."""
        if self.current_id() is None and self.model.rowCount():
            self.select(self.model.ids()[0])

    def requery(self, keep: str | None = None, *, ids: list[str] | None = None) -> None:
        keep = keep or self._select_next or self.current_id()
        self._select_next = None
        self._stale = False
        if ids is None:
            self._fill.cancel()
            ids = self.query_ids(*self._query())
        search, filters = self.search.text().strip(), [get() for get in self._filters]
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("1 record") if len(ids) == 1
                                 else fill(self.tr("{count} records"), count=len(ids)))
        if not ids:
            self.empty_label.setText(self.empty_text(bool(search) or any(filters)))
        self.empty_label.setVisible(not ids)
        if keep and self.model.row_of(keep) >= 0:
            self.select(keep)
        else:
            self._current_changed()

    def refresh(self) -> None:
        self.requery()

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def show_record(self, record_id: str) -> bool:
        """Select a record another page points at (a dashboard line, an area's concern), clearing
        the search, the filters and the trash when they hide it; False if it is not there."""
        if self._stale or self.busy():
            self.requery()
        if self.model.row_of(record_id) < 0:
            self._clear_filters()
        self.select(record_id)
        return self.current_id() == record_id

    def _clear_filters(self) -> None:
        """Search, filters and trash back to "everything", then one requery."""
        columns_ui.reset_quietly([self.search, self.trash, *self._filter_widgets])
        self._trash_toggled(False)  # the buttons as outside the trash (and a requery)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.trash.isChecked():
            return
        label = self.record_label(record_id)
        if not self.context.dialogs.confirm(self.tr("Delete"), fill(self.tr(
                "Move “{record}” to the trash? You can restore it from the trash."), record=label)):
            return
        if self._try(lambda: self.delete_record(record_id)):
            self._last_deleted = record_id
            self.undo_label.setText(fill(self.tr("“{record}” moved to the trash."), record=label))
            self.undo_bar.show()
            self.context.events.notify(self.table_name)

    def undo_delete(self) -> None:
        record_id, self._last_deleted = self._last_deleted, None
        self.undo_bar.hide()
        if record_id and self._try(lambda: self.restore_record(record_id)):
            self.context.events.notify(self.table_name)
            self.select(record_id)

    def restore_current(self) -> None:
        record_id = self.current_id()
        if (record_id and self.trash.isChecked()
                and self._try(lambda: self.restore_record(record_id))):
            self.context.events.notify(self.table_name)

    def _try(self, action) -> bool:
        try:
            action()
        except BranchDeskError as exc:
            self.context.dialogs.error(self.tr("Cannot do that"), error_text(exc))
            return False
        return True

    def new_record(self) -> None:
        """The dialog for a new record (the New button, or another page asking)."""
        self._edit(None)

    def _edit(self, record_id: str | None) -> None:
        if self.trash.isChecked():
            return
        saved = self.edit_record(record_id)  # the dialog has announced its save
        if isinstance(saved, str):
            if self._stale:
                self._select_next = saved  # selected when the page is next shown
            else:
                self.select(saved)

    def _trash_toggled(self, on: bool) -> None:
        self.new_button.setEnabled(not on)
        self.edit_button.setEnabled(not on)
        self.delete_button.setVisible(not on)
        self.restore_button.setVisible(on)
        self.undo_bar.hide()
        self.requery()

    def _sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        if not self._stale:  # not while being built: the first show queries
            self.requery()

    def _current_changed(self) -> None:
        record_id = self.current_id()
        self.edit_button.setEnabled(record_id is not None and not self.trash.isChecked())
        self.delete_button.setEnabled(record_id is not None)
        self.restore_button.setEnabled(record_id is not None)
        self.show_detail(record_id)

    def _data_changed(self, table: str) -> None:
        """Any change may show here (counts, names), so requery now, or when next shown."""
        if self.isVisible():
            self.requery()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.fill() if self.fill_in_background else self.requery()
        columns_ui.set_tab_chain([self.search, *self._filter_widgets, self.table,  # search first
                                  *(getattr(self, n, None) for n in columns_ui.TAB_BUTTONS)])
        super().showEvent(event)
        # The first row's detail after the table's first paint, on a timer (queued events would
        # all run in one turn of the event loop): the two never add up to one long wait.
        QTimer.singleShot(1, self, self._select_first)
