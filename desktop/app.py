"""Starting the window: the application object, fonts, language, the data folder, the main
window."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.i18n import QT_TRANSLATE_NOOP
from desktop.collector import collect_on_gui_thread
from resources import APP_ICON, CJK_FONT_FAMILY, CJK_FONT_FILE

if TYPE_CHECKING:
    from db.store import Store
    from desktop.main_window import MainWindow

ORGANISATION = "BranchDesk"
APPLICATION = "Branch Desk"
TITLE = QT_TRANSLATE_NOOP("app", "Branch Desk")  # the title of the window's own messages


def register_fonts(app: QApplication) -> None:
    """Bundle the CJK font so Chinese never shows as boxes, whatever the machine has."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_FILE))
    if font_id < 0:
        raise RuntimeError(f"cannot load the bundled font {CJK_FONT_FILE}")
    font = QFont(app.font())
    families = [f for f in font.families() if f != CJK_FONT_FAMILY] or [font.family()]
    font.setFamilies([*families, CJK_FONT_FAMILY])
    app.setFont(font)


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     "branch-desk")


def create_application(argv: list[str] | None = None, *, lang: str | None = None) -> QApplication:
    """The application object; `lang`, the session's language, also for Qt's own dialogs."""
    from desktop.lost_references import pin_singletons

    pin_singletons()
    existing = QApplication.instance()
    if lang is not None and existing is None:
        from desktop.i18n import system_dates_in

        system_dates_in(lang)
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("branch-desk")  # matches resources/branch-desk.desktop
    app.setWindowIcon(QIcon(str(APP_ICON)))
    register_fonts(app)
    return app


def chosen_language(lang: str | None, store_settings: QSettings) -> str:
    from desktop.i18n import normalise

    return normalise(lang or store_settings.value("language") or "zh_CN")


def open_window(store: Store | None, *, lang: str, app_settings: QSettings) -> MainWindow:
    """Install the language and build the main window for an open store (used by tests too);
    with store=None, the window's frame, waiting for MainWindow.attach(store)."""
    from desktop.context import AppContext
    from desktop.i18n import Translations
    from desktop.main_window import MainWindow
    from desktop.user_dialogs import UserDialogs

    app = QApplication.instance()
    assert app is not None, "create_application() first"
    translations = Translations(lang)
    translations.install(app)
    setattr(app, "_branch_desk_translations", translations)  # noqa: B010 - keeps them alive
    context = AppContext(store=store, settings=app_settings, lang=translations.lang)
    window = MainWindow(context)
    context.dialogs = UserDialogs(window)
    return window


def run_app(folder: Path | Callable[[], Path], *, lang: str | None = None,
            demo: bool = False) -> int:
    """Paint the window's frame first, then open the database (its check reads the whole file:
    a fraction of a second at depot scale), then show the page; the day's backup runs after.
    `folder` may be a function giving it, so that finding it waits until after the paint too."""
    app_settings = settings()
    lang = chosen_language(lang, app_settings)
    app = create_application(lang=lang)
    collect_on_gui_thread(app)  # never a collection in a worker thread (see desktop/collector)
    window = open_window(None, lang=lang, app_settings=app_settings)
    opened: list[Store] = []
    where = folder if callable(folder) else (lambda: folder)
    window.first_painted.connect(lambda: _check_then_open(window, where(), lang, demo, opened))
    _report_unexpected(window)
    window.show()
    try:
        return app.exec()
    finally:
        # Let background work (the day's backup, a report) finish before the file closes.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        for store in opened:
            store.close()


def prepare(folder: Path, page_module: str = "") -> int | None:
    """Off the GUI thread before the open: import the modules of the page to be shown (the GUI
    thread then only builds it) and read the schema version the file states, without checking
    it (a millisecond); None when there is no database yet or it cannot be read (the open on
    the GUI thread then says why)."""
    import importlib

    import filelock  # noqa: F401 - imported here, not on the GUI thread (80 ms)

    if page_module:
        importlib.import_module(page_module)

    from db.datafolder import DataFolder
    from db.errors import BranchDeskError as Refused
    from db.store import file_version

    path = DataFolder(folder).db_path
    if not path.exists() or not path.stat().st_size:
        return None
    try:
        return file_version(path)
    except Refused:
        return None


def precheck(folder: Path) -> int | None:
    """The file check of opening (SQLite's quick_check reads the whole file: 0.1 s at depot
    scale, more on a busy machine), off the GUI thread: the schema version, or None when the
    check fails (the open on the GUI thread then says why)."""
    from db.datafolder import DataFolder
    from db.errors import BranchDeskError as Refused
    from db.store import inspect_file

    try:
        return inspect_file(DataFolder(folder).db_path)
    except Refused:
        return None


def _check_then_open(window, folder: Path, lang: str, demo: bool, opened: list) -> None:
    """A current database is opened at once and checked beside the first page's figures (the
    window writes nothing until the check has passed: see open_store_into); one to be made,
    migrated or refused is checked first, as the open needs to know."""
    from db.migrations import LATEST
    from desktop.operations import Operation
    from desktop.pages import PAGES

    page = dict((name, path) for name, _title, path in PAGES).get(window.current_page_name(), "")

    def open_checked(version: int | None) -> None:
        opened.extend(open_store_into(window, folder, lang, demo, version))

    def prepared(version: int | None) -> None:
        if version == LATEST and not demo:
            opened.extend(open_store_into(window, folder, lang, demo, version, check_after=True))
            return
        if version is None:
            open_checked(None)
            return
        (Operation(window, window.context, precheck, folder).success(open_checked)
         .failure(lambda _exc: open_checked(None)).run(title=APPLICATION))

    (Operation(window, window.context, prepare, folder, page.partition(":")[0])
     .success(prepared).failure(lambda _exc: open_checked(None)).run(title=APPLICATION))


def open_store_into(window: MainWindow, folder: Path, lang: str, demo: bool,
                    checked: int | None = None, *, check_after: bool = False) -> list:
    """Open the data folder into the shown window; on a refusal say why and quit (exit code 2).

    `check_after`: the file's check (`checked` was only read from it) runs off the GUI thread
    once the first page has its figures; until it has passed the window shows
    but cannot change anything (sidebar, menus and page disabled: no write reaches a file not
    yet checked), and the day's backup waits. A file that fails it is closed without a write,
    said, and the program quits (exit code 2), as when the check ran first."""
    from db.store import Store
    from desktop.operations import Operation

    store = None
    try:
        store = Store.open(folder, checked=checked)
        if demo and not store.counts()["member"]:
            from db import demo as demo_data

            demo_data.build("small")
    except Exception as exc:  # noqa: BLE001 - said in a dialog: a Windows user has no stderr
        if store is not None:
            store.close()
        show_error(window, exc)
        QApplication.instance().exit(2)
        return []
    if not check_after:
        window.attach(store)
        _start_backup(window, store)
        return [store]
    from db.store import inspect_file

    window.attach(store, checking=True)

    def passed(_version: int) -> None:
        window.checked()
        _start_backup(window, store)

    def failed(exc: BaseException) -> None:
        store.close(optimize=False)
        show_error(window, exc)
        QApplication.instance().exit(2)

    def check() -> None:  # once the first figures are in: they need not share the CPU
        page = window.stack.currentWidget()
        if getattr(page, "busy", lambda: False)():
            QTimer.singleShot(10, check)
            return
        (Operation(window, window.context, inspect_file, store.folder.db_path)
         .success(passed).failure(failed).run(title=APPLICATION))

    check()
    return [store]


def _start_backup(window: MainWindow, store: Store) -> None:
    """The day's automatic backup, off the GUI thread (a full check and a copy of the file)."""
    from desktop.operations import Operation

    (Operation(window, window.context, _auto_backup, store)
     .failure(window.daily_backup_failed).run(title=APPLICATION))


def _auto_backup(store: Store) -> object:
    """db.backup imported here, in the worker: its encryption library takes a tenth of a second
    to import, which on the GUI thread stalled the first page the user switches to."""
    from db.backup import auto_backup

    return auto_backup(store)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """`exc` as one translated line in a message box titled in the window's language."""
    from desktop.i18n import error_text

    QMessageBox.critical(parent, QApplication.translate("app", TITLE), error_text(exc))


def _report_unexpected(window) -> None:
    """An error no code path caught (in a slot, say) is shown, not left on a console nobody
    reads; BRANCH_DESK_TRACEBACK=1 prints the traceback for a developer too."""
    previous = sys.excepthook

    def hook(kind, exc, trace):
        if os.environ.get("BRANCH_DESK_TRACEBACK"):
            previous(kind, exc, trace)
        if isinstance(exc, Exception):
            show_error(window, exc)

    sys.excepthook = hook


def offscreen_if_headless() -> None:
    """Screenshots and the CLI's Qt work need no screen."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
