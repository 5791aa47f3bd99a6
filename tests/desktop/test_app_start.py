"""Starting the window on a data folder it cannot use: a dialog in the window's language (a
Windows user never sees stderr), then exit code 2; and Qt's own dialogs speak Chinese too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import desktop.app as app_module
from db.store import Store
from desktop.app import open_store_into, open_window
from desktop.i18n import Translations
from tests.desktop.cli.read_only import read_only


class _App:
    """Stands in for QApplication where the start-up code asks it to quit."""

    translate = staticmethod(QApplication.translate)

    def __init__(self):
        self.exit_codes: list[int] = []

    def instance(self):
        return self

    def exit(self, code: int) -> None:
        self.exit_codes.append(code)


@pytest.mark.parametrize("lang, title, start", [
    ("zh_CN", "党总支工作台", "数据文件夹 {path} 是只读的"),
    ("en", "Branch Desk", "The data folder {path} is read-only"),
])
def test_a_read_only_data_folder_is_said_in_a_dialog(qtbot, tmp_path, monkeypatch, lang, title,
                                                      start):
    folder = tmp_path / "data"
    Store.open(folder).close()
    shown, fake = [], _App()
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda parent, t, text: shown.append((t, text)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(None, lang=lang, app_settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(app_module, "QApplication", fake)
    try:
        with read_only(folder):
            assert open_store_into(window, folder, lang, False) == []
    finally:
        QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
    assert fake.exit_codes == [2]
    [(shown_title, text)] = shown
    assert shown_title == title
    assert text.startswith(start.format(path=folder.resolve())), text


def test_qt_base_translations_are_loaded_for_its_own_dialogs():
    translate = Translations("zh_CN").tr
    assert translate("QFileDialog", "Look in:") == "查找范围："
    assert translate("QFileDialog", "Files of type:") == "文件类型："
    assert translate("QPlatformTheme", "&Yes") == "是(&Y)"
    assert Translations("en").tr("QFileDialog", "Look in:") == "Look in:"


def test_qt_file_chooser_labels_are_chinese(qtbot):
    """Qt's own chooser asks for "&Look in:" and "Files of &type:", which qtbase_zh_CN lacks
    (it has "Look in:"): read off the chooser itself, not off the catalogue."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    app = QApplication.instance()
    translations = Translations("zh_CN")
    translations.install(app)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    finally:
        translations.uninstall(app)
    assert labels == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："]
    assert translations.tr("QAbstractFileIconProvider", "Folder") == "文件夹"


def test_qt_writes_dates_and_numbers_as_the_session_speaks(qtbot):
    """Qt's own widgets format by the default locale: a Chinese session on a machine set to
    English (or to C, as here) wrote the file chooser's dates as "1 12 2026"."""
    from PySide6.QtCore import QDate, QLocale

    app = QApplication.instance()
    for lang, day in (("zh_CN", "2026/12/1"), ("en", "12/1/26")):
        translations = Translations(lang)
        translations.install(app)
        try:
            shown = QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat)
        finally:
            translations.uninstall(app)
        assert shown == day, lang
    assert QLocale().name() == QLocale.system().name()  # given back on leaving


def test_a_current_file_is_shown_while_checked_and_refused_if_damaged(qtbot, tmp_path,
                                                                        monkeypatch):
    """A database of this version opens at once and is checked beside the first figures;
    meanwhile nothing can be changed. One that fails the check is closed with nothing written
    to it, said in a dialog, and the program quits (exit code 2)."""
    from db import migrations, records, workareas
    from desktop import operations

    folder = tmp_path / "data"
    with Store.open(folder) as store:
        for n in range(200):
            records.create(workareas.KIND, {"name": f"工区{n}", "notes": "备注" * 50})
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = store.folder.db_path
    content = bytearray(path.read_bytes())
    content[-4096 * 3 + 200:-4096 * 3 + 1200] = b"\xff" * 1000  # a table page, not the schema
    path.write_bytes(bytes(content))
    shown, fake = [], _App()
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda parent, t, text: shown.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(None, lang="en", app_settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(app_module, "QApplication", fake)
    try:
        [store] = open_store_into(window, folder, "en", False, migrations.LATEST,
                                  check_after=True)
        assert not window.sidebar.isEnabled() and not window.stack.isEnabled()
        assert not window.backup_action.isEnabled()
        assert window.statusBar().currentMessage() == "Checking the database…"
        qtbot.waitUntil(lambda: fake.exit_codes == [2], timeout=10000)
        qtbot.waitUntil(lambda: not operations._running, timeout=10000)  # the page's figures
    finally:
        QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
    assert store.db.is_closed() and not window.sidebar.isEnabled()
    assert path.read_bytes() == bytes(content)
    [text] = shown
    assert text.startswith(f"The database {path} failed its integrity check"), text
    assert not list((folder / "backups").iterdir())  # no backup of a damaged file


def test_a_current_file_that_passes_the_check_can_be_changed(qtbot, tmp_path, monkeypatch):
    from db import migrations
    from desktop import operations
    from tests.desktop.scripted_dialogs import ScriptedDialogs

    folder = tmp_path / "data"
    Store.open(folder).close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(None, lang="en", app_settings=settings)
    window.context.dialogs = ScriptedDialogs()
    qtbot.addWidget(window)
    try:
        [store] = open_store_into(window, folder, "en", False, migrations.LATEST,
                                  check_after=True)
        qtbot.waitUntil(window.sidebar.isEnabled, timeout=10000)
        assert window.stack.isEnabled() and window.backup_action.isEnabled()
        assert window.statusBar().currentMessage() == ""
        qtbot.waitUntil(lambda: not operations._running, timeout=10000)  # the day's backup too
        assert [p.suffix for p in (folder / "backups").iterdir()] == [".sqlite3"]
        assert window.context.dialogs.shown == []
    finally:
        QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
        store.close()
