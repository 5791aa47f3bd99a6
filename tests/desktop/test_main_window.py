"""The main window: geometry and last page remembered, menus (backup, settings, about),
languages."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from db import records, workareas
from desktop.app import chosen_language, open_window
from tests.desktop.scripted_dialogs import ScriptedDialogs


@pytest.fixture
def make_window(qtbot, store, tmp_path):
    """make_window(lang): the window on settings kept in tmp_path; translators removed after."""
    app = QApplication.instance()

    def make(lang: str = "en"):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = open_window(store, lang=lang, app_settings=settings)
        window.context.dialogs = ScriptedDialogs()
        qtbot.addWidget(window)
        return window

    yield make
    translations = getattr(app, "_branch_desk_translations", None)
    if translations is not None:
        translations.uninstall(app)


def test_geometry_and_last_page_are_remembered(qtbot, make_window):
    window = make_window()
    window.show()
    window.show_page("report")
    window.resize(1000, 560)  # wider than the record pages need (about 860 px)
    window.close()
    again = make_window()
    assert again.current_page_name() == "report"
    # Qt keeps a restored window on its screen; the offscreen screen is only 800 px wide.
    available = again.screen().availableGeometry().width()
    assert again.height() == 560
    assert abs(again.width() - min(1000, available)) <= 2


def test_first_start_opens_the_dashboard_at_a_usable_size(make_window):
    window = make_window()
    assert window.current_page_name() == "dashboard"
    available = window.screen().availableGeometry()
    assert window.height() <= available.height()  # the status bar stays on a small screen
    assert min(1280, available.width()) * 0.9 <= window.width() <= available.width()


def test_first_size_fits_the_screen():
    from PySide6.QtCore import QSize

    from desktop.main_window import first_size

    assert first_size(QSize(1920, 1080)) == QSize(1280, 800)
    small = first_size(QSize(1366, 728))  # a laptop less its task bar
    assert small.width() == 1280 and small.height() < 728


def test_backup_now_runs_off_the_gui_thread_and_says_where(qtbot, make_window, store):
    window = make_window()
    task = window.backup_now()
    with qtbot.waitSignal(task.signals.done, timeout=10000) as done:
        pass
    path = done.args[0]
    assert path.exists() and path.parent == store.folder.backups
    qtbot.waitUntil(lambda: bool(window.context.dialogs.shown))
    assert window.context.dialogs.shown[-1][0] == "info"
    assert str(path) in window.context.dialogs.shown[-1][2]


def test_about_names_version_data_folder_and_font_licence(make_window, store):
    window = make_window()
    window.about_action.trigger()
    kind, _title, text = window.context.dialogs.shown[-1]
    assert kind == "info"
    assert "0.1.0" in text and str(store.folder.path) in text and "Apache" in text


def test_english_and_chinese_windows(make_window, store):
    records.create(workareas.KIND, {"name": "石门站", "access_tier": 3})
    window = make_window("en")
    window.show()
    page = window.show_page("areas")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Work area"
    assert page.model.index(0, 3).data() == "Remote"
    window.close()
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
    chinese = make_window("zh_CN")
    chinese.show()
    assert chinese.sidebar.item(1).text() == "工区"
    page = chinese.show_page("areas")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "工区"
    assert page.model.index(0, 3).data() == "偏远艰苦"


def test_language_choice(monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(None, settings) == "zh_CN"
    settings.setValue("language", "en")
    assert chosen_language(None, settings) == "en"
    assert chosen_language("zh_CN", settings) == "zh_CN"  # --lang wins


def test_the_frame_is_painted_before_the_store_is_attached(qtbot, store, tmp_path):
    """Start-up paints the window first and opens the database after (run_app)."""
    settings = QSettings(str(tmp_path / "frame.ini"), QSettings.Format.IniFormat)
    window = open_window(None, lang="en", app_settings=settings)
    qtbot.addWidget(window)
    assert not window.sidebar.isEnabled() and not window.backup_action.isEnabled()
    assert window.statusBar().currentMessage() == "Opening the database…"
    with qtbot.waitSignal(window.first_painted):
        window.show()
    window.attach(store)
    assert window.sidebar.isEnabled() and window.backup_action.isEnabled()
    assert window.current_page_name() == "dashboard"
    assert str(store.folder.path) in window.folder_label.text()
    assert window.statusBar().currentMessage() == ""
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())


def test_a_refused_daily_backup_is_reported(make_window, store):
    from db.errors import DataFolderError
    from db.store import DAMAGED

    window = make_window()
    window.daily_backup_failed(DataFolderError(DAMAGED, path="x.sqlite3", detail="row 1 missing"))
    kind, _title, text = window.context.dialogs.shown[-1]
    assert kind == "error" and "automatic backup" in text and "row 1 missing" in text


def test_file_menu_imports_a_workbook(make_window):
    """File → Import from Excel… (where the getting-started panel says the roster import is)
    opens the import's chooser."""
    window = make_window("en")
    assert window.import_action in window.file_menu.actions()
    window.import_action.trigger()  # the chooser is cancelled: nothing more happens
    assert [(kind, title) for kind, title, _f in window.context.dialogs.shown] == [
        ("open", "Import from Excel")]
