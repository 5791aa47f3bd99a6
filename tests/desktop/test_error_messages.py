"""Any error becomes one line naming what happened, in the user's language."""
from __future__ import annotations

import errno
import sqlite3

import pytest

from db.errors import BranchDeskError
from desktop.i18n import Translations, error_text

ZH = Translations("zh_CN").tr
EN = Translations("en").tr


def sqlite_error(text: str, name: str) -> sqlite3.OperationalError:
    """An error as SQLite raises it, with its extended code's name."""
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorname = name
    return exc


@pytest.mark.parametrize(("exc", "english", "chinese"), [
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.bdsync"),
     "The disk is full (/media/usb/x.bdsync).", "磁盘已满"),
    (PermissionError(errno.EACCES, "Permission denied", "/ro/out.xlsx"),
     "Cannot write to /ro/out.xlsx", "/ro/out.xlsx"),
    (OSError(errno.EROFS, "Read-only file system", "/cdrom/a"), "Cannot write to /cdrom/a", "只读"),
    (FileNotFoundError(errno.ENOENT, "No such file", "nope.xlsx"), "nope.xlsx does not exist",
     "不存在"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "/tmp"), "/tmp is a folder", "文件夹"),
    (sqlite3.OperationalError("database or disk is full"), "The disk is full.", "磁盘已满"),
    (sqlite_error("disk I/O error", "SQLITE_IOERR_SHMSIZE"), "The disk is full.", "磁盘已满"),
    (sqlite_error("disk I/O error", "SQLITE_IOERR_WRITE"), "The disk could not be read or written",
     "磁盘"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "The database is read-only",
     "只读"),
    (ZeroDivisionError("division by zero"), "Something unexpected went wrong (ZeroDivisionError)",
     "ZeroDivisionError"),
])
def test_each_kind_of_error_is_named_in_both_languages(exc, english, chinese):
    assert error_text(exc, EN).startswith(english)
    assert chinese in error_text(exc, ZH)
    assert "\n" not in error_text(exc, ZH) and "Traceback" not in error_text(exc, ZH)


def test_a_user_value_is_never_substituted_again():
    exc = BranchDeskError("No such record: {id}", id="{id} %2 {name}")
    assert error_text(exc, EN) == "No such record: {id} %2 {name}"


def test_a_refused_package_row_reads_wholly_in_the_language():
    from db.errors import Problem
    from db.sync.incoming import INVALID_ROW, InvalidRow
    from db.validate import TOO_BIG

    exc = InvalidRow(INVALID_ROW, problem=Problem("hours", TOO_BIG, {"max": 24}),
                     path="p.bdsync", table="visit", row="abc", field="hours")
    assert "Must be at most 24." in error_text(exc, EN)
    chinese = error_text(exc, ZH)
    assert "Must be" not in chinese and "24" in chinese and "未导入" in chinese
