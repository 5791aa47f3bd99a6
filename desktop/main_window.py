"""The main window: a sidebar of pages, a menu, shortcuts and a status bar."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from db.i18n import fill
from desktop.context import AppContext
from desktop.operations import Operation
from desktop.pages import PAGE_NAMES, PAGES
from resources import FONTS

if TYPE_CHECKING:
    from db.store import Store

CJK_FONT_LICENCE = FONTS / "LICENSE-wqy-microhei.txt"


def version() -> str:
    """The installed package's version, or the checkout's pyproject version."""
    from importlib import metadata

    try:
        return metadata.version("branch-desk")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        return tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]


SIDEBAR_FONT_PX, SIDEBAR_PADDING_PX = 15, 14
SIDEBAR_STYLE = f"""
QListWidget#sidebar {{ font-size: {SIDEBAR_FONT_PX}px; background: #f1f3f4; outline: 0; }}
QListWidget#sidebar::item {{ padding: 9px {SIDEBAR_PADDING_PX}px; }}
QListWidget#sidebar::item:selected {{ background: #1a3d6d; color: white; }}
QListWidget#sidebar::item:selected:focus {{ background: #2c5aa0; border-left: 4px solid #f2b632;
    padding-left: {SIDEBAR_PADDING_PX - 4}px; }}
"""  # the focused sidebar (Tab, Shift+Tab) shows a yellow edge on its row


def first_size(available: QSize) -> QSize:
    """1280×800 where it fits; on a smaller screen (a 1366×768 laptop) a bit less than all of it."""
    return QSize(min(1280, int(available.width() * 0.95)), min(800, int(available.height() * 0.92)))


def load_page_class(path: str) -> Callable[[AppContext, QWidget], QWidget]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    """The window; without a store yet (start-up) it shows its frame and waits for `attach`."""

    first_painted = Signal()  # once, after the first paint: the moment to open the database

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._painted = False
        self.context = context
        context.navigator.attach(self)  # pages ask the navigator to show one another
        self.setWindowTitle(self.tr("Branch Desk"))
        self._pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.stack = QStackedWidget()
        for index, (_name, title, _path) in enumerate(PAGES):
            item = QListWidgetItem(QCoreApplication.translate("pages", title))
            item.setToolTip(f"Ctrl+{index + 1}")
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stand-in until the page is first shown
        self.sidebar.currentRowChanged.connect(self._show_row)
        # As wide as the longest title in this language needs (font and padding as in
        # SIDEBAR_STYLE), and no wider; measured directly, before the style sheet is applied.
        font = QFont(self.font())
        font.setPixelSize(SIDEBAR_FONT_PX)
        widest = max(QFontMetrics(font).horizontalAdvance(self.sidebar.item(i).text())
                     for i in range(self.sidebar.count()))
        self.sidebar.setFixedWidth(max(widest + 2 * SIDEBAR_PADDING_PX + 12, 120))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        status = self.statusBar()
        self.folder_label = QLabel()
        status.addPermanentWidget(self.folder_label)
        self.device_label = QLabel()
        status.addPermanentWidget(self.device_label)

        geometry = context.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        if context.store is not None:
            self.attach(context.store)
        else:
            self.sidebar.setEnabled(False)
            for action in self._store_actions:
                action.setEnabled(False)
            status.showMessage(self.tr("Opening the database…"))

    def attach(self, store: Store, *, checking: bool = False) -> None:
        """The store is open: fill the status bar and show the page last used. `checking`: the
        file's check is still running, so the page shows its figures but nothing can be changed
        (sidebar, menus and page disabled) until `checked()`."""
        self.context.store = store
        self._apply_shortcuts()
        self.folder_label.setText(fill(self.tr("Data: {folder}"), folder=store.folder.path))
        self._show_device()
        if checking:
            self.stack.setEnabled(False)
            self.statusBar().showMessage(self.tr("Checking the database…"))
        else:
            self.checked()
        last = self.context.settings.value("window/page", "dashboard")
        self.show_page(last if last in PAGE_NAMES else "dashboard")

    def checked(self) -> None:
        """The open's file check passed: the window can change records."""
        self.stack.setEnabled(True)
        self.sidebar.setEnabled(True)
        for action in self._store_actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint is on screen

    # pages -------------------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page called `name`, built on first use."""
        if name not in self._pages:
            index = PAGE_NAMES.index(name)
            widget = load_page_class(PAGES[index][2])(self.context, self)
            old = self.stack.widget(index)
            if old is not None:  # the placeholder holding the page's place
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
        if self.context.store is None:  # closed while still opening
            return str(self.context.settings.value("window/page", "dashboard"))
        return PAGE_NAMES[self.stack.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(PAGE_NAMES[row])
        self.stack.setCurrentWidget(widget)

    def record_visit(self, prefill: dict | None = None) -> object | None:
        """Quick visit entry, from anywhere (Ctrl+N); returns the saved visit (None if not).
        `prefill` starts it from a plan entry (work area, cadres, kind)."""
        from desktop.dialogs.visit_dialog import VisitDialog

        return VisitDialog.ask(self, self.context, prefill=prefill)[0]

    # menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import from Excel…"), self)
        import_action.triggered.connect(lambda: self.import_workbook())
        file_menu.addAction(import_action)
        backup_action = QAction(self.tr("&Backup now"), self)
        backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        self._shortcuts = [(quit_action, "Quit")]
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        record_menu = self.menuBar().addMenu(self.tr("&Record"))
        new_visit = QAction(self.tr("New &visit…"), self)
        self._shortcuts.append((new_visit, "Ctrl+N"))
        new_visit.triggered.connect(lambda: self.record_visit())
        record_menu.addAction(new_visit)
        self.record_menu = record_menu

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (name, title, _path) in enumerate(PAGES):
            action = QAction(QCoreApplication.translate("pages", title), self)
            self._shortcuts.append((action, f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            go_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_action = QAction(self.tr("&Settings…"), self)
        self._shortcuts.append((settings_action, "Preferences"))
        settings_action.triggered.connect(lambda: self.open_settings())
        settings_menu.addAction(settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Branch Desk"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self.file_menu, self.go_menu = file_menu, go_menu
        self.settings_menu, self.help_menu = settings_menu, help_menu
        self.backup_action, self.settings_action = backup_action, settings_action
        self.about_action = about_action
        self.import_action = import_action
        self._store_actions = [import_action, backup_action, new_visit, settings_action,
                               about_action, *go_menu.actions()]

    def _apply_shortcuts(self) -> None:
        """Give the menu actions their keys. Done once the window has painted: the first key
        sequence makes PySide build Qt's key enums (some 20 ms), which the first paint need not
        wait for. A name is one of Qt's standard keys (Quit, Preferences), else a key string."""
        for action, key in self._shortcuts:
            standard = getattr(QKeySequence.StandardKey, key, None)
            action.setShortcut(standard if standard is not None else QKeySequence(key))
        self._shortcuts = []

    # actions -----------------------------------------------------------------------------------
    def open_settings(self, tab: str = "general") -> None:
        from desktop.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog.ask(self, self.context, tab=tab)[1]:
            self._show_device()

    def import_workbook(self) -> None:
        """A roster or log into the database: chosen, previewed, then imported (all or none)."""
        from desktop.widgets.sheet_actions import import_workbook

        import_workbook(self, self.context)

    def backup_now(self) -> Operation:
        """Copy the database into the backups folder, off the GUI thread."""
        from db.backup import backup_now

        return (Operation(self, self.context, backup_now, self.context.store)
                .success(lambda path: self.context.dialogs.info(self.tr("Backup"), fill(
                    self.tr("The database was copied to {path}"), path=path)))
                .run(title=self.tr("Backup"), label=self.tr("Making a backup…")))

    def daily_backup_failed(self, exc: BaseException) -> None:
        """The automatic backup refused (a damaged database) or failed: the secretary must know."""
        from desktop.i18n import error_text

        self.context.dialogs.error(self.tr("Backup"), fill(
            self.tr("Today's automatic backup was not made: {error}"), error=error_text(exc)))

    def about_text(self) -> str:
        return "\n\n".join([
            fill(self.tr("Branch Desk {version}"), version=version()),
            self.tr("Visits, concerns and monthly reports for a workshop party general branch."),
            fill(self.tr("Data folder: {folder}"), folder=self.context.store.folder.path),
            fill(self.tr("Chinese text uses the bundled font WenQuanYi Micro Hei "
                         "(Apache License 2.0; licence in {licence})."), licence=CJK_FONT_LICENCE),
        ])

    def show_about(self) -> None:
        self.context.dialogs.info(self.tr("About Branch Desk"), self.about_text())

    def _show_device(self) -> None:
        self.device_label.setText(
            fill(self.tr("Device: {device}"), device=self.context.store.device.name))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.settings.setValue("window/page", self.current_page_name())
        super().closeEvent(event)
