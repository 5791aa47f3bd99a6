"""The data page's exchange section with scripted dialogs: what the exchange tests of the window
share (export onto bad media, refused imports, renamed areas; each in both languages, `lang`)."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.context import AppContext
from desktop.pages.data import DataPage
from tests.desktop.scripted_dialogs import ScriptedDialogs


def exchange_page(qtbot, store, tmp_path) -> DataPage:
    """A data page on `store`, its exchange section shown; its context's dialogs scripted."""
    context = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                         QSettings.Format.IniFormat))
    context.dialogs = ScriptedDialogs()
    page = DataPage(context)
    qtbot.addWidget(page)
    page.show_section("exchange")
    return page


def choose_and_import(qtbot, store, tmp_path, path) -> DataPage:
    """Import `path` from a new exchange section, answering yes to its question, and wait until
    the import has said how it went: the page (its context's dialogs hold what was shown)."""
    page = exchange_page(qtbot, store, tmp_path)
    dialogs = page.context.dialogs
    dialogs.file_answers = [path]
    dialogs.confirm_answers = [True]
    page.sections["exchange"].import_clicked()
    qtbot.waitUntil(lambda: any(k in ("info", "error") for k, _t, _x in dialogs.shown),
                    timeout=10000)
    return page
