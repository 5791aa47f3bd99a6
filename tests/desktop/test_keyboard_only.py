"""The whole round from the keyboard alone, in the real window: record a visit with quick entry,
move between pages after the dialog, print the monthly report and save it. Key events only
(QTest); a filter on the application fails the test on any mouse event."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from db.models import Visit
from desktop.app import open_window
from desktop.dialogs.visit_dialog import VisitDialog
from desktop.pages import PAGE_NAMES
from tests.desktop.scripted_dialogs import ScriptedDialogs
from tests.visit_fixtures import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick}


class MouseWatch(QObject):
    def __init__(self):
        super().__init__()
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in MOUSE_EVENTS:
            self.seen.append(event.type())
        return False


class Keyboard:
    """Presses keys where the focus is (an open completer popup first), and counts them."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def target(self):
        return (QApplication.activePopupWidget() or QApplication.focusWidget()
                or QApplication.activeWindow())

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for char in text:
            self.qtbot.keyClicks(self.target(), char)
            self.count += 1

    def ctrl(self, char: str) -> None:
        self.key(getattr(Qt.Key, f"Key_{char}"), CTRL)


@pytest.fixture
def window(qtbot, store, tmp_path, monkeypatch):
    data = build(monkeypatch)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(store, lang="en", app_settings=settings)
    win.context.dialogs = ScriptedDialogs()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    yield win, data
    QApplication.instance().removeEventFilter(watch)
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
    assert watch.seen == [], "a mouse event reached the application"


def page_key(name: str) -> str:
    return str(PAGE_NAMES.index(name) + 1)


def test_visit_pages_print_and_save_from_the_keyboard(qtbot, window, tmp_path):
    win, data = window
    keys = Keyboard(qtbot)
    before = Visit.select().count()

    seen = []

    def fill():  # the dialog runs modally: driven from inside its own event loop
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitDialog))
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert dialog.focusWidget() is dialog.area.edit       # today's date is filled in
        qtbot.waitUntil(dialog.isActiveWindow)
        keys.type("zzz")                                      # 株洲站 by its initials
        keys.key(Qt.Key.Key_Return)                           # takes the typed text, list or not
        assert dialog.area.edit.text() == "株洲站"
        assert dialog.focusWidget() is dialog.participants.edit
        keys.type("zs")                                       # 张三
        keys.key(Qt.Key.Key_Return)
        assert dialog.participants.value() == [data.people["张三"]]
        keys.key(Qt.Key.Key_Tab)                              # kind
        keys.type("sa")                                       # Safety inspection
        assert dialog.kind.currentData() == "safety_check"
        keys.key(Qt.Key.Key_Tab)                              # private
        keys.key(Qt.Key.Key_Tab)                              # hours
        keys.type("2")
        keys.key(Qt.Key.Key_Tab)                              # workers met
        keys.type("6")
        keys.key(Qt.Key.Key_Tab)                              # summary
        keys.type("rails")
        keys.key(Qt.Key.Key_Return, CTRL)                 # save

    QTimer.singleShot(0, fill)
    keys.ctrl("N")                                        # quick visit entry, from anywhere
    visit_keys = keys.count
    dialog = seen[0]
    assert not dialog.isVisible()
    win.activateWindow()  # the window manager's part: offscreen Qt does not hand it back
    qtbot.waitUntil(win.isActiveWindow)
    assert Visit.select().count() == before + 1
    visit = Visit.select().order_by(Visit.created_at.desc()).first()
    assert (visit.kind, visit.hours, visit.workers_met, visit.summary) == (
        "safety_check", 2, 6, "rails")
    assert visit_keys <= 25 + len("rails")  # the issue measured 19–29 plus the note

    keys.ctrl(page_key("visits"))                         # pages move after the dialog
    assert win.current_page_name() == "visits"
    visits_page = win.stack.currentWidget()
    if not visits_page.search.hasFocus():                 # the focus was left in the sidebar:
        assert win.sidebar.hasFocus()
        keys.key(Qt.Key.Key_Tab)                          # the page starts at its search box
    assert visits_page.search.hasFocus()
    keys.key(Qt.Key.Key_Tab)                              # and goes on to a filter,
    assert QApplication.focusWidget() is visits_page.area_filter  # not to the trash

    keys.ctrl(page_key("report"))
    page = win.stack.currentWidget()
    assert win.current_page_name() == "report"
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=20000)
    printed, saved = tmp_path / "printed.pdf", tmp_path / "saved.pdf"
    win.context.dialogs.print_file = printed
    keys.ctrl("P")
    assert [s[0] for s in win.context.dialogs.shown] == ["print"]
    assert printed.stat().st_size > 1000
    win.context.dialogs.file_answers.append(saved)
    keys.ctrl("S")
    assert saved.read_bytes() == page.pdf_bytes and saved.read_bytes().startswith(b"%PDF")
    win.context.dialogs.print_answers.append(False)       # a cancelled print sends nothing
    printed.unlink()
    keys.ctrl("P")
    assert not printed.exists()

    keys.ctrl(page_key("dashboard"))                      # and on, after the dialogs
    assert win.current_page_name() == "dashboard"
