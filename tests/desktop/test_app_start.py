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
