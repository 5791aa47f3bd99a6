"""The main window: a sidebar of pages, a menu, shortcuts and a status bar."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from desktop.context import AppContext
from desktop.pages import PAGES, PAGE_NAMES


def load_page_class(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Branch Desk"))
        self._pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.stack = QStackedWidget()
        for index, (name, title, _path) in enumerate(PAGES):
            item = QListWidgetItem(QCoreApplication.translate("pages", title))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"Ctrl+{index + 1}")
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stand-in until the page is first shown
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        store = context.store
        status = self.statusBar()
        status.addPermanentWidget(QLabel(self.tr("Data: %1").replace("%1", str(store.folder.path))))
        status.addPermanentWidget(QLabel(self.tr("Device: %1").replace("%1", store.device.name)))

        settings = context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = settings.value("window/page", "dashboard")
        self.show_page(last if last in PAGE_NAMES else "dashboard")

    # pages -------------------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page called `name`, built on first use."""
        if name not in self._pages:
            index = PAGE_NAMES.index(name)
            widget = load_page_class(PAGES[index][2])(self.context, self)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._pages[name] = widget
        return self._pages[name]

    def show_page(self, name: str) -> QWidget:
        index = PAGE_NAMES.index(name)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # calls _show_row
        else:
            self._show_row(index)
        return self._pages[name]

    def current_page_name(self) -> str:
        return PAGE_NAMES[self.stack.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(PAGE_NAMES[row])
        self.stack.setCurrentWidget(widget)

    def record_visit(self):
        """Quick visit entry, from anywhere (Ctrl+N); returns the open dialog."""
        from desktop.dialogs.visit_dialog import open_visit_dialog

        return open_visit_dialog(self, self.context)

    # menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        record_menu = self.menuBar().addMenu(self.tr("&Record"))
        new_visit = QAction(self.tr("New &visit…"), self)
        new_visit.setShortcut(QKeySequence("Ctrl+N"))
        new_visit.triggered.connect(self.record_visit)
        record_menu.addAction(new_visit)
        self.record_menu = record_menu

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (name, title, _path) in enumerate(PAGES):
            action = QAction(QCoreApplication.translate("pages", title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            go_menu.addAction(action)
        self.file_menu, self.go_menu = file_menu, go_menu

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.settings.setValue("window/page", self.current_page_name())
        super().closeEvent(event)
