"""Starting the window: the application object, fonts, language, the data folder, the main
window."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import BranchDeskError
from resources import CJK_FONT_FAMILY, CJK_FONT_FILE

ORGANISATION = "BranchDesk"
APPLICATION = "Branch Desk"


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


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    register_fonts(app)
    return app


def chosen_language(lang: str | None, store_settings: QSettings) -> str:
    from desktop.i18n import normalise

    return normalise(lang or store_settings.value("language") or "zh_CN")


def open_window(store, *, lang: str, app_settings: QSettings):
    """Install the language and build the main window for an open store (used by tests too);
    with store=None, the window's frame, waiting for MainWindow.attach(store)."""
    from desktop.context import AppContext
    from desktop.i18n import Translations
    from desktop.main_window import MainWindow
    from desktop.user_dialogs import UserDialogs

    app = QApplication.instance()
    translations = Translations(lang)
    translations.install(app)
    app._branch_desk_translations = translations  # keep the translators alive
    context = AppContext(store=store, settings=app_settings, lang=translations.lang)
    window = MainWindow(context)
    context.dialogs = UserDialogs(window)
    return window


def run_app(folder: Path | Callable[[], Path], *, lang: str | None = None,
            demo: bool = False) -> int:
    """Paint the window's frame first, then open the database (its check reads the whole file:
    a fraction of a second at depot scale), then show the page; the day's backup runs after.
    `folder` may be a function giving it, so that finding it waits until after the paint too."""
    app = create_application()
    app_settings = settings()
    lang = chosen_language(lang, app_settings)
    window = open_window(None, lang=lang, app_settings=app_settings)
    opened = []
    where = folder if callable(folder) else (lambda: folder)
    window.first_painted.connect(lambda: _check_then_open(window, where(), lang, demo, opened))
    window.show()
    try:
        return app.exec()
    finally:
        # Let background work (the day's backup, a report) finish before the file closes.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        for store in opened:
            store.close()


def precheck(folder: Path, page_module: str = "") -> int | None:
    """The file check of opening (SQLite's quick_check reads the whole file: 0.1 s at depot
    scale, more on a busy machine), run off the GUI thread so the window stays responsive; the
    schema version, or None when there is no database yet or the check fails (the open on the
    GUI thread then says why). Meanwhile (SQLite lets go of Python while it reads) the modules
    of the page to be shown are imported, so the GUI thread only builds it."""
    import importlib

    import filelock  # noqa: F401 - imported here, not on the GUI thread (80 ms)

    if page_module:
        importlib.import_module(page_module)

    from db.datafolder import DataFolder
    from db.errors import BranchDeskError as Refused
    from db.store import inspect_file

    path = DataFolder(folder).db_path
    if not path.exists() or not path.stat().st_size:
        return None
    try:
        return inspect_file(path)
    except Refused:
        return None


def _check_then_open(window, folder: Path, lang: str, demo: bool, opened: list) -> None:
    from desktop.pages import PAGES
    from desktop.tasks import Task, start

    page = dict((name, path) for name, _title, path in PAGES).get(window.current_page_name(), "")
    task = Task(precheck, folder, page.partition(":")[0])
    task.signals.done.connect(
        lambda version: opened.extend(_open_store(window, folder, lang, demo, version)))
    task.signals.failed.connect(
        lambda _exc: opened.extend(_open_store(window, folder, lang, demo)))
    start(task)


def _open_store(window, folder: Path, lang: str, demo: bool,
                checked: int | None = None) -> list:
    """Open the data folder into the shown window; on a refusal say why and quit (exit code 2)."""
    from db.store import Store
    from desktop.operations import Operation

    try:
        store = Store.open(folder, checked=checked)
    except BranchDeskError as exc:
        from desktop.i18n import Translations, error_text

        QMessageBox.critical(window, APPLICATION, error_text(exc, Translations(lang).tr))
        QApplication.instance().exit(2)
        return []
    if demo and not store.counts()["member"]:
        from db import demo as demo_data

        demo_data.build("small")
    window.attach(store)
    from db.backup import auto_backup

    # off the GUI thread: a full check and a copy of the file
    (Operation(window, window.context, auto_backup, store)
     .failure(window.daily_backup_failed).run(title=APPLICATION))
    return [store]


def offscreen_if_headless() -> None:
    """Screenshots and the CLI's Qt work need no screen."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
