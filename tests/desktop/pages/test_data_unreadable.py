"""A file chosen in the window that this user may not read (a workbook to import, an exchange
package, a backup to restore, a key file to join with): the same one line as the CLI says
(tests/desktop/cli/test_unreadable.py), not "damaged", "not a key file" or "Cannot write to".

Root reads everything: as root the files are made unreadable to os.access (what db.files asks),
and hold bytes that are no workbook, package, database or key, so a reader that got past the
check would say the wrong thing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.error_messages import describe
from desktop.i18n import error_text
from desktop.pages.data import DataPage
from desktop.widgets import sheet_actions
from tests.db.helpers import digest


@pytest.fixture
def secret(tmp_path, monkeypatch):
    """secret(suffix): a file this user may not read."""
    made: list[Path] = []
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.R_OK and any(str(path) == str(p) for p in made):
            return False
        return real_access(path, mode, *args, **kwargs)

    if os.geteuid() == 0:
        monkeypatch.setattr(os, "access", access)

    def make(suffix: str) -> Path:
        path = tmp_path / f"secret{suffix}"
        path.write_bytes(b"whatever it holds")
        path.chmod(0o600 if os.geteuid() == 0 else 0)
        made.append(path)
        return path

    yield make
    for path in made:
        path.chmod(0o600)


def _expected(path: Path) -> str:
    return (f"You have no permission to read {path}. Ask for access, or copy the file to a "
            "place where you can read it.")


def _errors(context) -> list[str]:
    return [text for kind, _title, text in context.dialogs.shown if kind == "error"]


def _page(qtbot, context) -> DataPage:
    page = DataPage(context)
    qtbot.addWidget(page)
    return page


def test_importing_an_unreadable_workbook(qtbot, context, secret, drive_dialog):
    path = secret(".xlsx")
    page = _page(qtbot, context)
    before = digest(context.store.db)
    context.dialogs.file_answers = [path]

    def wait_and_close(dialog):
        qtbot.waitUntil(lambda: bool(_errors(context)), timeout=20000)
        dialog.reject()

    drive_dialog(lambda: sheet_actions.import_workbook(page, context), wait_and_close)
    assert _errors(context) == [_expected(path)]
    assert digest(context.store.db) == before


def test_importing_an_unreadable_package(qtbot, context, secret):
    path = secret(".bdsync")
    page = _page(qtbot, context)
    exchange = page.show_section("exchange")
    before = digest(context.store.db)
    context.dialogs.file_answers = [path]
    exchange.import_clicked()
    qtbot.waitUntil(lambda: bool(_errors(context)), timeout=10000)
    assert _errors(context) == [_expected(path)]
    assert exchange.result.text() == _expected(path)
    assert digest(context.store.db) == before


def test_restoring_an_unreadable_backup(qtbot, context, secret):
    path = secret(".sqlite3")
    page = _page(qtbot, context)
    section = page.show_section("backup")
    store = context.store
    before = digest(store.db)
    context.dialogs.file_answers = [path]
    context.dialogs.confirm_answers = [True]
    section.restore_clicked()
    assert _errors(context) == [_expected(path)]
    assert context.store is store and digest(store.db) == before


def test_joining_with_an_unreadable_key_file(qtbot, context, secret):
    path = secret(".bdkey")
    page = _page(qtbot, context)
    exchange = page.show_section("exchange")
    before = digest(context.store.db)
    context.dialogs.file_answers = [path]
    exchange.join_button.click()
    assert _errors(context) == [_expected(path)]
    assert digest(context.store.db) == before


def test_a_read_refused_by_the_system_is_not_called_a_write(secret):
    path = secret(".bdsync")
    exc = PermissionError(13, "Permission denied", str(path))
    assert describe(exc)[1] == {"path": str(path)}
    assert error_text(exc, lambda _context, text: text) == _expected(path)
    chinese = error_text(exc, _chinese())
    assert chinese.startswith(f"没有读取 {path} 的权限。")


def _chinese():
    from desktop.i18n import Translations

    return Translations("zh_CN").tr
