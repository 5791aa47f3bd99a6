"""Fixtures for driving the window through the UI: the app context (scripted message boxes, a
pinned date), and a helper that fills and saves the modal dialog a click opens."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from db import clock
from desktop.context import AppContext
from desktop.i18n import Translations
from tests.desktop.scripted_dialogs import ScriptedDialogs

TODAY = dt.date(2024, 6, 15)


@pytest.fixture
def today() -> dt.date:
    """The day db.clock says it is in a test; a module pins another by overriding this."""
    return TODAY


@pytest.fixture
def context(store, tmp_path, monkeypatch, today):
    """The one app context of the desktop tests: the test's store, settings in a scratch file,
    scripted message boxes, English, and the clock on `today`."""
    monkeypatch.setattr(clock, "today", lambda: today)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings, dialogs=ScriptedDialogs(), lang="en")


@pytest.fixture
def drive_dialog(qtbot):
    """drive_dialog(open_it, fill): call open_it() (which exec()s a dialog) and run fill(dialog)
    inside it. fill ends by saving or cancelling; a dialog left open is rejected, so a failing
    step cannot hang the test."""

    def drive(open_it, fill):
        seen = []

        def handle():
            dialog = QApplication.activeModalWidget()
            seen.append(dialog)
            try:
                fill(dialog)
            finally:
                if dialog is not None and dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, handle)
        open_it()
        assert seen and seen[0] is not None, "no dialog opened"
        return seen[0]

    return drive


@pytest.fixture
def save_dialog(qtbot):
    """save_dialog(dialog): wait for its validation to pass, then click Save."""

    def save(dialog) -> None:
        qtbot.waitUntil(dialog.save_button.isEnabled)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.general_error.text()

    return save


@pytest.fixture
def type_into(qtbot):
    """type_into(widget, text): type as a person would. QTest can only press ASCII keys, so
    Chinese arrives the way an input method delivers it: a committed string."""

    def type_text(widget, text: str) -> None:
        widget.setFocus()
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
            else:
                event = QInputMethodEvent()
                event.setCommitString(char)
                QApplication.sendEvent(widget, event)

    return type_text


@pytest.fixture(params=["en", "zh_CN"])
def lang(request):
    """Each test in English and in Chinese: the window's translators installed."""
    app = QApplication.instance()
    translations = Translations(request.param)
    translations.install(app)
    yield request.param
    translations.uninstall(app)
